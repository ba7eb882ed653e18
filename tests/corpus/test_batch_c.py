"""Batch C of the corpus: each query file's country lists, written out by hand from the summary
page it encodes (not computed from the file), with its respondent count and coverage."""

from __future__ import annotations

from pathlib import Path

import adhocq
from adhocq.model import Coverage, Dataset

DATA = Path(__file__).resolve().parents[2] / "data"


def mentions(ds: Dataset) -> dict[str, list[tuple[str, str | None]]]:
    return {f.id: [(m.printed, m.code) for m in f.mentions] for f in ds.findings}


def test_digital_nomad_forged_documents() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-cy-digital-nomad-forged-documents.toml")
    assert mentions(ds) == {
        "eight-have-nomad-scheme": [("BE", "BE")],
        "procedures-vary": [],
        "proof-of-employment-abroad": [],
    }
    assert [f.source for f in ds.findings] == ["f1", "f2", "f2"]
    assert ds.query.respondent_count == 21 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 2
    assert ds.query.requester_country == "CY" and ds.query.asked is None


def test_autonomous_housing() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2023-xx-autonomous-housing.toml")
    assert mentions(ds) == {"housing-challenges": [("Serbia", "RS")], "transition-measures": []}
    # The page names "some of the main challenges", not all the obstacles there are.
    challenges = next(f for f in ds.findings if f.id == "housing-challenges")
    assert "some of the main challenges" in challenges.text.en
    assert "main obstacles" not in challenges.text.en
    # The French copy stops inside the first bullet; the English inside the second.
    notes = " ".join(n.en for n in ds.query.notes)
    assert "French copy stops earlier, inside the first findings bullet" in notes
    assert ds.query.respondent_count == 23 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 2
    assert ds.query.requester_country is None and ds.query.asked is None


def test_flexible_housing_capacity() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2022-xx-flexible-housing-capacity.toml")
    assert mentions(ds) == {"data-to-estimate-demand": []}
    assert ds.query.respondent_count == 25 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1
    assert ds.query.requester_country is None and ds.query.asked is None


def test_family_reunification_waiting_period() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-fr-family-reunification-waiting-period.toml")
    eight = ["AT", "FI", "HU", "LV", "LU", "PT", "SK", "SE"]
    assert mentions(ds) == {"no-waiting-period": [(c, c) for c in eight]}
    assert ds.query.respondent_count == 23 and ds.responses == ()
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1
    assert ds.query.requester_country == "FR" and ds.query.asked == "2023-11"
