"""Findings of a second publisher's summary of a bundled query (EMN Ireland, EMN Netherlands):
each new finding, its countries as printed, and its bullet's page, written by hand from the page
as read; the Belgian summary's findings stay as they were."""

from __future__ import annotations

from as_read import DATA, mentions_of, notes_of

import adhocq
from adhocq.model import Coverage, Dataset

IRELAND = "https://emn.ie/ahq-citizenship-tests"
NETHERLANDS = (
    "https://www.emnnetherlands.nl/actueel/"
    "verblijfsvergunning-vereist-voor-werk-onderwijs-meeste-eu-lidstaten"
)


def _load(name: str) -> Dataset:
    return adhocq.load(DATA / f"{name}.toml")


def _pages(ds: Dataset) -> dict[str, str | None]:
    """Each finding's id -> the page of its bullet (None for the Belgian summary's)."""
    bullets = {b.id: b.page for b in ds.query.bullets}
    return {f.id: bullets[f.source] for f in ds.findings}


def test_citizenship_tests_has_emn_irelands_findings() -> None:
    ds = _load("emn-ahq-2024-fi-citizenship-tests")
    pages = _pages(ds)
    mentions = mentions_of(ds)
    belgian = [f for f, page in pages.items() if page is None]
    assert len(belgian) == 3
    assert {f: (mentions[f], page) for f, page in pages.items() if page is not None} == {
        "ie-topics-tested": ([], IRELAND),
        "ie-separate-language-exam": ([], IRELAND),
        "ie-fee-in-most": ([], IRELAND),
        "ie-ireland-no-test": ([("Ireland", "IE")], IRELAND),
    }
    assert IRELAND in [s.url for s in ds.query.sources]
    # Ireland's page says nothing of who answered beyond the count: only BE stays named.
    assert [m.code for m in ds.query.respondents_named] == ["BE"]
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1
    assert "are EMN Ireland's" in notes_of(ds)


def test_education_employment_irregular_has_emn_netherlands_findings() -> None:
    ds = _load("emn-ahq-2023-nl-education-employment-irregular")
    pages = _pages(ds)
    mentions = mentions_of(ds)
    belgian = [f for f, page in pages.items() if page is None]
    assert belgian == ["only-se-de-labour-market"]
    permit = [
        ("BG", "BG"), ("HR", "HR"), ("CY", "CY"), ("EE", "EE"), ("HU", "HU"),
        ("IR", None), ("IT", "IT"), ("LT", "LT"), ("LU", "LU"), ("LV", "LV"),
        ("NL", "NL"), ("PT", "PT"), ("PL", "PL"), ("SK", "SK"), ("SI", "SI"),
        ("SE", "SE"),
    ]  # fmt: skip
    assert {f: (mentions[f], page) for f, page in pages.items() if page is not None} == {
        "nl-some-allow-study": ([], NETHERLANDS),
        "nl-se-work-if-worked-in-asylum": ([("Zweden", "SE")], NETHERLANDS),
        "nl-de-work-if-return-impossible": ([("Duitsland", "DE")], NETHERLANDS),
        "nl-permit-needed-for-education": (permit, NETHERLANDS),
        "nl-de-vocational-without-permit": ([("Duitsland", "DE")], NETHERLANDS),
        "nl-exceptions-temporary-permit": ([], NETHERLANDS),
        "nl-nl-finish-education-begun-as-minor": ([("Nederland", "NL")], NETHERLANDS),
    }
    assert ("nl", NETHERLANDS) in [(s.lang, s.url) for s in ds.query.sources]
    assert ds.query.title_printed == ("en", "fr")  # the Dutch page does not print the title
    assert ds.query.respondent_count == 23
    assert [m.code for m in ds.query.respondents_named] == ["BE"]
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 1
    notes = notes_of(ds)
    assert "'IR' is no EMN country code" in notes and "are EMN Netherlands'" in notes
