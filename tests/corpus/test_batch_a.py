"""Batch a of the corpus: EMN ad hoc query summaries published by the Belgian EMN contact point
(queries 1 to 7 of shared/sources/corpus.md). Every country list below is written out by hand
from the page as read, not computed from the data files: for each finding, the countries it
names as (printed token, EMN code) pairs in printed order."""

from __future__ import annotations

from pathlib import Path

import adhocq
from adhocq import Coverage, Dataset

DATA = Path(__file__).resolve().parents[2] / "data"

Mentions = dict[str, list[tuple[str, str | None]]]


def _load(name: str) -> Dataset:
    return adhocq.load(DATA / f"{name}.toml")


def _mentions(ds: Dataset) -> Mentions:
    """The summary's own findings (another publisher's: test_second_publishers.py)."""
    others = {b.id for b in ds.query.bullets if b.page is not None}
    return {
        f.id: [(m.printed, m.code) for m in f.mentions]
        for f in ds.findings
        if f.source not in others
    }


def test_return_decisions_entry_bans() -> None:
    ds = _load("emn-ahq-2023-se-return-decisions-entry-bans")
    assert _mentions(ds) == {
        "no-validity-limit": [("BE", "BE")],
        "entry-ban-up-to-five-years": [],
        "longer-bans-public-order": [],
    }
    assert ds.query.respondent_count == 28 and ds.responses == ()
    assert ds.query.coverage is Coverage.complete and ds.query.findings_read is None


def test_speech_translation_devices() -> None:
    ds = _load("emn-ahq-2023-cz-speech-translation-devices")
    assert _mentions(ds) == {
        "none-use-devices": [],
        "none-plan-devices": [],
        "nothing-on-rules": [],
    }
    assert ds.query.respondent_count == 22 and ds.responses == ()
    assert ds.query.coverage is Coverage.complete and ds.query.findings_read is None


def test_child_protection_order_permit() -> None:
    ds = _load("emn-ahq-2023-nl-child-protection-order-permit")
    assert _mentions(ds) == {"similar-order-half": [("the Netherlands", "NL")]}
    assert ds.query.respondent_count == 21
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"),
        ("Belgium", "BE"),
        ("Bulgaria", "BG"),
        ("Croatia", "HR"),
        ("Cyprus", "CY"),
        ("Czech Republic", "CZ"),
        ("Estonia", "EE"),
        ("Finland", "FI"),
        ("France", "FR"),
        ("Germany", "DE"),
        ("Greece", "EL"),
        ("Hungary", "HU"),
        ("Ireland", "IE"),
        ("Latvia", "LV"),
        ("Lithuania", "LT"),
        ("Luxembourg", "LU"),
        ("Netherlands", "NL"),
        ("Poland", "PL"),
        ("Portugal", "PT"),
        ("Slovakia", "SK"),
        ("Slovenia", "SI"),
    ]
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1


def test_digital_identity_documents() -> None:
    ds = _load("emn-ahq-2023-xx-digital-identity-documents")
    assert _mentions(ds) == {
        "already-issue-digital": [
            ("DE", "DE"),
            ("IT", "IT"),
            ("LT", "LT"),
            ("PL", "PL"),
            ("GE", "GE"),
        ],
        "wallet-nationals-first": [("BE", "BE")],
    }
    assert ds.query.respondent_count == 25
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"),
        ("Belgium", "BE"),
        ("Bulgaria", "BG"),
        ("Croatia", "HR"),
        ("Cyprus", "CY"),
        ("Czech Republic", "CZ"),
        ("Estonia", "EE"),
        ("Finland", "FI"),
        ("France", "FR"),
        ("Germany", "DE"),
        ("Hungary", "HU"),
        ("Ireland", "IE"),
        ("Italy", "IT"),
        ("Latvia", "LV"),
        ("Lithuania", "LT"),
        ("Luxembourg", "LU"),
        ("Netherlands", "NL"),
        ("Poland", "PL"),
        ("Portugal", "PT"),
        ("Slovakia", "SK"),
        ("Slovenia", "SI"),
        ("Spain", "ES"),
        ("Sweden", "SE"),
        ("Georgia", "GE"),
        ("Ukraine", "UA"),
    ]
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 2


def test_linguistic_diversity_students() -> None:
    ds = _load("emn-ahq-2024-it-linguistic-diversity-students")
    assert _mentions(ds) == {
        "mother-tongue-measures": [
            ("AT", "AT"),
            ("BE (French Community)", "BE"),
            ("BG", "BG"),
            ("EE", "EE"),
            ("FI", "FI"),
            ("FR", "FR"),
            ("DE", "DE"),
            ("LU", "LU"),
            ("PL", "PL"),
            ("RS", "RS"),
            ("SK", "SK"),
            ("SI", "SI"),
            ("ES", "ES"),
            ("SE", "SE"),
        ],
        "ukrainian-minority-only": [("HR", "HR")],
        "not-yet-in-preschool": [
            ("BE (French Community)", "BE"),
            ("EE", "EE"),
            ("DE", "DE"),
            ("PL", "PL"),
            ("RS", "RS"),
            ("SE", "SE"),
        ],
    }
    qualified = [m.qualifier for f in ds.findings for m in f.mentions if m.qualifier]
    assert qualified == ["French Community", "French Community"]
    assert ds.query.respondent_count == 23 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 2
    # Where the date was read.
    assert any("https://emnbelgium.be/keywords/education-0" in n.en for n in ds.query.notes)


def test_forecasting_migration_trends() -> None:
    ds = _load("emn-ahq-2024-fi-forecasting-migration-trends")
    assert _mentions(ds) == {
        "use-forecasting-methods": [
            ("AT", "AT"),
            ("BE", "BE"),
            ("BG", "BG"),
            ("CZ", "CZ"),
            ("EE", "EE"),
            ("FI", "FI"),
            ("GR", "EL"),
            ("HR", "HR"),
            ("IT", "IT"),
            ("NO", "NO"),
            ("PL", "PL"),
            ("RS", "RS"),
            ("SE", "SE"),
            ("SI", "SI"),
            ("SK", "SK"),
        ],
        "frontex-ciram": [
            ("AT", "AT"),
            ("CZ", "CZ"),
            ("EE", "EE"),
            ("FI", "FI"),
            ("GR", "EL"),
            ("PL", "PL"),
            ("RS", "RS"),
            ("SI", "SI"),
            ("SK", "SK"),
        ],
        "asylum-influx-scenarios": [("BE", "BE"), ("NO", "NO"), ("SE", "SE")],
        "foresight": [("AT", "AT"), ("FI", "FI")],
    }
    assert ds.query.respondent_count == 21 and ds.responses == ()
    # The stored page stops inside bullet 1: the file holds its whole statements only.
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1


def test_citizenship_tests() -> None:
    ds = _load("emn-ahq-2024-fi-citizenship-tests")
    assert _mentions(ds) == {
        "organise-citizenship-test": [
            ("AT", "AT"),
            ("CY", "CY"),
            ("CZ", "CZ"),
            ("DE", "DE"),
            ("EE", "EE"),
            ("ES", "ES"),
            ("FR", "FR"),
            ("GE", "GE"),
            ("GR", "EL"),
            ("HR", "HR"),
            ("HU", "HU"),
            ("LI", None),
            ("LU", "LU"),
            ("LV", "LV"),
            ("NL", "NL"),
        ],
        "test-by-education-bodies": [
            ("CY", "CY"),
            ("EE", "EE"),
            ("HR", "HR"),
            ("LI", None),
            ("LU", "LU"),
            ("NL", "NL"),
        ],
        "test-by-citizenship-migration-bodies": [
            ("DE", "DE"),
            ("ES", "ES"),
            ("FR", "FR"),
            ("GE", "GE"),
            ("GR", "EL"),
            ("HU", "HU"),
            ("LV", "LV"),
        ],
    }
    assert ds.query.respondent_count == 25 and ds.responses == ()
    # The stored page stops inside bullet 1: the file holds its whole statements only.
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1
