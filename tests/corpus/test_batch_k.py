"""Batch K of the corpus: queries known by EMN Belgium's listings of ad hoc queries (section D of
shared/sources/corpus-more.md), one listing record each (coverage = "listing"). Most are known
only by a listing's date and lead paragraph, which print no title: the title is adhocq's own
wording (`title_printed == ()`). Where EMN Belgium's own page on the query was found, its title,
requester and count are as that page prints them. Each test holds, written out by hand from the
pages as read, the title, requester, date, count, topics and sources."""

from __future__ import annotations

from as_read import DATA, notes_of

import adhocq
from adhocq.model import CountBasis, Coverage, Dataset

BE = "https://emnbelgium.be/"
LISTING = BE + "publication-type/emn-reports-studies/ad-hoc-queries?page="


def _is_a_listing(ds: Dataset) -> None:
    assert ds.findings == () and ds.responses == () and ds.questions == ()
    assert ds.query.coverage is Coverage.listing and ds.query.findings_read is None
    assert ds.query.bullets == ()


def _named(ds: Dataset) -> list[tuple[str, str | None]]:
    return [(m.printed, m.code) for m in ds.query.respondents_named]


def test_lorry_drivers() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2023-cz-lorry-drivers-shortage.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == (
        "Shortage of lorry drivers and fast-track admission of third-country nationals"
    )
    assert query.title_printed == ()
    assert query.requester_country == "CZ" and query.asked is None
    assert query.requester is not None
    assert query.requester.en == "The Ministry of Transport of the Czech Republic"
    assert str(query.published) == "2023-10-18" and query.respondent_count is None
    assert query.topics == ("legal-migration",)
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", BE + "keywords/vrachtwagenchauffeur")
    ]
    notes = notes_of(ds)
    assert "'Publication date: 18 October 2023'" in notes
    assert "does not say in so many words who launched the query" in notes


def test_guardianship_of_unaccompanied_minors() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2023-lu-guardianship-unaccompanied-minors.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == "Good practices in the guardianship of unaccompanied minors"
    assert query.title_printed == ()
    assert query.requester_country == "LU" and query.asked is None
    assert query.requester is not None and query.requester.en == (
        "The Luxembourg Ombudsman for Children and Youth (OKaJu), together with UNICEF Luxembourg"
    )
    assert str(query.published) == "2023-09-01" and query.respondent_count is None
    assert query.topics == ("minors", "asylum")
    assert [(s.lang, s.url) for s in query.sources] == [("en", LISTING + "5")]
    notes = notes_of(ds)
    assert "'Publication date: 01 September 2023'" in notes
    assert "'Keywords: guardianship'" in notes


def test_bilateral_labour_agreements() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2023-xx-bilateral-labour-agreements.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == (
        "Bilateral agreements and programmes with third countries on labour mobility"
    )
    assert query.title_printed == ()
    assert query.requester_country is None and query.asked is None
    assert query.requester is not None
    assert (query.requester.en, query.requester.get("fr")) == (
        "The European Commission",
        "La Commission européenne",
    )
    assert str(query.published) == "2023-08-03" and query.respondent_count is None
    assert query.topics == ("legal-migration", "policy")
    assert [(s.lang, s.url) for s in query.sources] == [("fr", BE + "fr/taxonomy/term/1065")]
    assert "'Date de publication: 03 août 2023'" in notes_of(ds)


def test_workload_of_asylum_employees() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2023-lv-asylum-workload-employees.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == (
        "Ad Hoc Query on the workload of employees involved in the examination of asylum "
        "applications"
    )
    assert query.title_printed == ("en",)
    assert query.requester_country == "LV" and query.asked == "2023-08"
    assert query.requester is not None and query.requester.en == (
        "EMN Latvia, on behalf of the Office of Citizenship and Migration Affairs (OCMA)"
    )
    assert str(query.published) == "2023-10-06"
    assert (query.respondent_count, query.count_basis) == (20, CountBasis.answered)
    assert _named(ds) == [("BE", "BE")]
    assert query.topics == ("asylum", "administration")
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", BE + "geography/europe?page=1"),
        (
            "en",
            BE + "publication/ad-hoc-query-workload-employees-involved-examination-asylum-"
            "applications",
        ),
    ]
    notes = notes_of(ds)
    assert "'Publication date: 06 October 2023'" in notes
    assert "its findings are not encoded" in notes


def test_migration_strategies() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-xx-migration-strategies.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == "Migration strategies of EMN Member and Observer Countries"
    assert query.title_printed == ()
    assert query.requester_country is None and query.requester is None and query.asked is None
    assert str(query.published) == "2024-03-22" and query.respondent_count is None
    assert query.topics == ("policy",)
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", BE + "statelessness/ad-hoc-queries?q=%2Fstatelessness%2Fad-hoc-queries&page=0")
    ]
    notes = notes_of(ds)
    assert "'Publication date: 22 March 2024'" in notes
    assert "migration policy, migration strategy" in notes


def test_cessation_after_travel_to_the_country_of_origin() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-xx-cessation-travel-country-origin.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == (
        "Cessation of international protection after travel to or contact with the country of "
        "origin"
    )
    assert query.title_printed == ()
    assert query.requester_country is None and query.requester is None and query.asked is None
    assert str(query.published) == "2024-06-02" and query.respondent_count is None
    assert query.topics == ("asylum",)
    assert [(s.lang, s.url) for s in query.sources] == [("en", LISTING + "3")]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "'Publication date: 02 June 2024'" in notes


def test_checks_of_residence_in_allocated_accommodation() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2025-ie-residence-checks-accommodation.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == (
        "Ad Hoc Query on mechanisms for verifying actual residence in allocated asylum "
        "accommodation"
    )
    assert query.title_printed == ("en",)
    assert query.requester_country == "IE" and query.asked is None
    assert query.requester is not None and query.requester.en == "Ireland"
    assert str(query.published) == "2025-02-16"
    assert (query.respondent_count, query.count_basis) == (25, CountBasis.public_answer)
    assert _named(ds) == []
    assert query.topics == ("reception", "asylum")
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", BE + "keywords/aanwezigheidscontrole"),
        (
            "en",
            BE + "publication/ad-hoc-query-mechanisms-verifying-actual-residence-allocated-"
            "asylum-accommodation",
        ),
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "'Publication date: 16 February 2025'" in notes


def test_language_and_citizenship_tests() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2025-fr-language-citizenship-tests.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == (
        "Ad Hoc Query on the procedures for examining applications for citizenship based on "
        "language proficiency and citizenship tests"
    )
    assert query.title_printed == ("en",)
    assert query.requester_country == "FR" and query.asked is None
    assert query.requester is not None
    assert query.requester.en == "The French National Contact Point (NCP) to the EMN"
    assert str(query.published) == "2025-12-14"
    assert (query.respondent_count, query.count_basis) == (25, CountBasis.public_answer)
    assert _named(ds) == [("BE", "BE")]
    assert query.topics == ("citizenship", "integration")
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", BE + "keywords/citizenship-test"),
        (
            "en",
            BE + "publication/ad-hoc-query-procedures-examining-applications-citizenship-based-"
            "language-proficiency",
        ),
    ]
    notes = notes_of(ds)
    assert "'Publication date: 14 December 2025'" in notes
    assert "'Main theme: Citizenship & Nationality'" in notes


def test_belgian_migration_code() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2021-be-migration-code.toml")
    _is_a_listing(ds)
    query = ds.query
    assert query.title.en == "Ad Hoc Query on the Belgian Migration Code"
    assert query.title_printed == ("en",)
    assert query.requester_country == "BE" and query.asked is None
    assert query.requester is not None and query.requester.en == "EMN Belgium"
    assert str(query.published) == "2021-06-16" and query.respondent_count is None
    assert query.topics == ("policy", "administration")
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", BE + "keywords/migration-code"),
        ("en", BE + "publication/summary-ad-hoc-query-belgian-migration-code"),
    ]
    notes = notes_of(ds)
    assert "'Publication date: 16 June 2021'" in notes
    assert "'Keywords: Migration Code'" in notes
