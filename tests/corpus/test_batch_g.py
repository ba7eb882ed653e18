"""Batch G of the corpus: queries known only by notices (section D of shared/sources/
corpus-more.md), one listing record each (coverage = "listing"): what the listing or notice says
of the query and nothing more. Each test holds, written out by hand from the pages as read, the
title, date and where it was read, requester, count, every country printed (token, EMN code) in
the order printed, and the sources."""

from __future__ import annotations

from as_read import DATA, notes_of

import adhocq
from adhocq.model import CountBasis, Coverage, Dataset

LISTING = "https://emnbelgium.be/publication-type/emn-reports-studies/ad-hoc-queries?page="


def _is_a_listing(ds: Dataset) -> None:
    assert ds.findings == () and ds.responses == () and ds.questions == ()
    assert ds.query.coverage is Coverage.listing and ds.query.findings_read is None
    assert ds.query.bullets == ()


def test_involving_migrants_in_policy() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-nl-involving-migrants-policy.toml")
    _is_a_listing(ds)
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (22, CountBasis.answered)
    assert [(m.printed, m.code) for m in query.respondents_named] == [
        ("Oostenrijk (AT)", "AT"), ("België (BE)", "BE"), ("Cyprus (CY)", "CY"),
        ("Estland (EE)", "EE"), ("Finland (FI)", "FI"), ("Frankrijk (FR)", "FR"),
        ("Duitsland (DE)", "DE"), ("Griekenland (GR)", "EL"), ("Hongarije (HU)", "HU"),
        ("Ierland (IE)", "IE"), ("Italië (IT)", "IT"), ("Kroatië (HR)", "HR"),
        ("Letland (LV)", "LV"), ("Litouwen (LT)", "LT"), ("Luxemburg (LU)", "LU"),
        ("Nederland (NL)", "NL"), ("Polen (PL)", "PL"), ("Portugal (PT)", "PT"),
        ("Slowakije (SK)", "SK"), ("Slovenië (SI)", "SI"), ("Tsjechië (CZ)", "CZ"),
        ("Zweden (SE)", "SE"),
    ]  # fmt: skip
    assert query.title.en == (
        "Involving and consulting third country nationals during the process of developing "
        "migration policies"
    )
    assert query.requester_country == "NL" and query.asked is None
    assert str(query.published) == "2024-12-12"
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", LISTING + "2"),
        (
            "nl",
            "https://www.emnnetherlands.nl/onderzoeken/ad-hoc-query-involving-and-consulting-"
            "third-country-nationals-during-process-developing",
        ),
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "'Publication date: 12 December 2024'" in notes
