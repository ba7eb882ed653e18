"""Corpus batch b: EMN ad hoc query summaries of EMN Belgium, queries 8 to 14 of
shared/sources/corpus.md. Every country list below is written out by hand from the page as read
(printed token, EMN code), in the order printed; none is computed from the files."""

from __future__ import annotations

from pathlib import Path

import adhocq
from adhocq.model import Coverage, Dataset

DATA = Path(__file__).resolve().parents[2] / "data"

Mentions = list[tuple[str, str | None]]


def _mentions(ds: Dataset) -> dict[str, Mentions]:
    """The summary's own findings (another publisher's: test_second_publishers.py)."""
    others = {b.id for b in ds.query.bullets if b.page is not None}
    return {
        f.id: [(m.printed, m.code) for m in f.mentions]
        for f in ds.findings
        if f.source not in others
    }


def test_alternatives_to_detention() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-cz-alternatives-detention.toml")
    assert _mentions(ds) == {
        "no-ranking": [],
        "hr-ranking": [("HR", "HR")],
        "only-five-record-absconding": [
            ("BG", "BG"),
            ("EE", "EE"),
            ("HU", "HU"),
            ("LV", "LV"),
            ("SI", "SI"),
        ],
    }
    assert ds.query.respondent_count == 18 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 2
    assert ds.query.requester_country == "CZ"


def test_au_pair_regulations() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-nl-au-pair-regulations.toml")
    assert _mentions(ds) == {
        "not-transposed": [
            ("CY", "CY"),
            ("HR", "HR"),
            ("CZ", "CZ"),
            ("GR", "EL"),
            ("HU", "HU"),
            ("IE", "IE"),
            ("LV", "LV"),
            ("LT", "LT"),
            ("PL", "PL"),
            ("PT", "PT"),
            ("RS", "RS"),
            ("SK", "SK"),
            ("SI", "SI"),
        ],
        "agency-sponsor-only-nl": [("the Netherlands", "NL")],
        "host-family-sponsor": [],
        "tasks-and-hour-limits": [],
        "hours-20-a-week": [("BE", "BE")],
        "hours-25-a-week": [("EE", "EE"), ("FI", "FI"), ("FR", "FR"), ("LU", "LU"), ("SE", "SE")],
        "hours-30-a-week": [("DE", "DE"), ("NL", "NL")],
    }
    assert ds.query.respondent_count == 23 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 3
    assert ds.query.requester_country == "NL"


def test_language_courses_integration() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-el-language-courses-integration.toml")
    assert _mentions(ds) == {
        "language-requirement-to-settle": [
            ("HR", "HR"),
            ("DE", "DE"),
            ("LV", "LV"),
            ("PL", "PL"),
            ("PT", "PT"),
            ("SI", "SI"),
        ],
        "courses-aim-at-a2": [("BE", "BE")],
        "courses-aim-at-b1": [("EE", "EE"), ("FI", "FI"), ("DE", "DE"), ("NL", "NL")],
        "flanders-b1-oral": [("Flanders (BE)", "BE")],
        "certificate-at-end": [],
    }
    flanders = next(f for f in ds.findings if f.id == "flanders-b1-oral")
    assert [m.qualifier for m in flanders.mentions] == ["Flanders"]
    # B1 is the level these countries' integration courses target, not a condition they set.
    b1 = next(f for f in ds.findings if f.id == "courses-aim-at-b1")
    assert "courses" in b1.text.en and "require" not in b1.text.en
    certificate = next(f for f in ds.findings if f.id == "certificate-at-end")
    assert certificate.source == "f3" and certificate.text.en.startswith("Sixteen ")
    assert ds.query.respondent_count == 23 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 3
    assert ds.query.requester_country == "EL"


def test_detention_without_judicial_review() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2025-ee-detention-judicial-review.toml")
    assert _mentions(ds) == {
        "similar-to-ee": [("EE", "EE")],
        "review-within-48h": [("IT", "IT"), ("LT", "LT"), ("PL", "PL")],
        "review-within-72h": [("ES", "ES"), ("HU", "HU")],
        "review-within-96h": [("FI", "FI")],
        "longer-detention-open-to-appeal": [],
        "sk-up-to-18-months": [("SK", "SK")],
    }
    assert {f.id: f.source for f in ds.findings}["sk-up-to-18-months"] == "f2"
    assert ds.query.respondent_count == 22 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 2
    assert ds.query.requester_country == "EE"
    # 22 is a count of public answers among 26 EMN Member Countries, not all of them.
    notes = " ".join(n.en for n in ds.query.notes)
    assert "that is EU Member States without Denmark" not in notes
    assert "26 EMN Member Countries" in notes and "22 is not all of them" in notes


def test_language_requirements_family_reunification() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2025-fi-language-family-reunification.toml")
    assert _mentions(ds) == {
        "only-de-requires-language": [("DE", "DE")],
        "be-no-pre-entry-requirement": [("BE", "BE")],
    }
    assert ds.query.respondent_count == 23 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1
    assert ds.query.requester_country == "FI"


def test_public_order_element_sponsor() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-fr-public-order-sponsor.toml")
    assert _mentions(ds) == {
        "only-el-checks-sponsor": [("EL", "EL")],
        "applicants-not-sponsor": [],
        "sponsor-loses-permit": [("BE", "BE")],
    }
    assert ds.query.respondent_count == 25 and ds.responses == ()
    assert ds.query.coverage is Coverage.complete and ds.query.findings_read is None
    assert ds.query.requester_country == "FR"


def test_education_employment_irregular_stay() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2023-nl-education-employment-irregular.toml")
    assert _mentions(ds) == {"only-se-de-labour-market": [("SE", "SE"), ("DE", "DE")]}
    assert ds.query.respondent_count == 23 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1
    assert ds.query.requester_country == "NL"
