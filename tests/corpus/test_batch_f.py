"""Batch F of the corpus: summary pages of sections B and C of shared/sources/corpus-more.md that
could not be encoded before a file could say that no page read shows the publication date, and a
query of section D whose summary page was found after all. Each test holds what the page gives,
written out by hand from the page as read: every country list (printed token, EMN code) in the
order printed, requester, date or its absence, count and its basis, coverage, sources."""

from __future__ import annotations

from as_read import BE, DATA, mentions_of, notes_of

import adhocq
from adhocq.model import CountBasis, Coverage


def test_booking_interviews() -> None:
    ds = adhocq.load(DATA / "emn-ahq-undated-fi-booking-interviews.toml")
    assert mentions_of(ds) == {
        "no-automatic-slots-for-all": [],
        "coordinated-by-hand": [],
        "se-automatic-slots": [("SE", "SE")],
        "methods-vary": [],
        "at-internal-chronological": [("AT", "AT")],
    }
    assert [f.source for f in ds.findings] == ["f1", "f1", "f1", "f2", "f2"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (26, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 2
    assert query.requester_country == "FI" and query.asked is None
    assert query.published is None
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-procedures-regard-booking-interviews"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "no Publication Date" in notes


def test_technologies_language_return() -> None:
    ds = adhocq.load(DATA / "emn-ahq-undated-hu-technologies-language-return.toml")
    assert mentions_of(ds) == {
        "half-use-technology": [("BE", "BE")],
        "general-translation-apps": [],
        "vasco-handheld-devices": [("BE", "BE"), ("DE", "DE"), ("EE", "EE")],
        "it-sia-gestionale": [("IT", "IT")],
        "it-direct-contact-without-apps": [("IT", "IT")],
    }
    assert [f.source for f in ds.findings] == ["f1", "f2", "f2", "f2", "f2"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (24, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 2
    assert query.requester_country == "HU" and str(query.asked) == "2025-04"
    assert query.published is None
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-use-new-technologies-overcome-language-barriers-return-procedures"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "no Publication Date" in notes


def test_family_reunification_procedure() -> None:
    ds = adhocq.load(DATA / "emn-ahq-undated-bg-family-reunification-procedure.toml")
    assert mentions_of(ds) == {
        "sponsor-or-family-member-applies": [],
        "nl-either-may-apply": [("NL", "NL")],
        "visa-free-apply-on-territory": [
            ("AT", "AT"), ("BE", "BE"), ("HR", "HR"), ("CY", "CY"),
            ("EE", "EE"), ("LV", "LV"), ("SK", "SK"),
        ],
    }  # fmt: skip
    assert [f.source for f in ds.findings] == ["f1", "f1", "f2"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (23, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 2
    assert query.requester_country == "BG" and query.asked is None
    assert query.published is None
    assert [s.url for s in query.sources] == ["https://emnbelgium.be/nl/node/5069"]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "no Publication Date" in notes
    assert "'2003/89/EC'" in notes  # kept as printed


def test_labour_mobility_agreements() -> None:
    ds = adhocq.load(DATA / "emn-ahq-undated-sk-labour-mobility-agreements.toml")
    printed = "AT BE BG CY CZ DE EL FI FR HR IE IT LV LT LU PL".split()
    assert mentions_of(ds) == {
        "countries-with-agreements": [(token, token) for token in printed],
        "regions-covered": [],
        "some-not-yet-implemented": [],
    }
    assert [f.source for f in ds.findings] == ["f1", "f1", "f1"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (25, CountBasis.answered)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 1
    assert query.requester_country == "SK" and query.asked is None
    assert query.published is None
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-labour-mobility-agreements-non-eueea-countries"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "no Publication Date" in notes


def test_unaccompanied_minors_statistics() -> None:
    ds = adhocq.load(DATA / "emn-ahq-undated-se-unaccompanied-minors-statistics.toml")
    # A notice of the publication, read whole; the publication itself was not read.
    assert ds.findings == () and ds.responses == () and ds.questions == ()
    query = ds.query
    assert query.coverage is Coverage.listing and query.findings_read is None
    assert query.bullets == ()
    assert (query.respondent_count, query.count_basis) == (16, CountBasis.answered)
    assert query.respondents_named == ()
    assert query.title.en == "Ad Hoc Query on unaccompanied minors – updated facts and statistics"
    assert query.requester_country == "SE" and query.asked is None
    assert query.published is None
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-unaccompanied-minors-updated-facts-and-statistics"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "no Publication Date" in notes


def test_torture_victims() -> None:
    ds = adhocq.load(DATA / "emn-ahq-undated-xx-torture-victims.toml")
    # The copy stops inside the first sentence of the findings: none could be read to its end.
    assert ds.findings == () and ds.responses == () and ds.questions == ()
    query = ds.query
    assert query.coverage is Coverage.excerpt and query.findings_read == 0
    assert query.bullets == ()
    assert (query.respondent_count, query.count_basis) == (27, CountBasis.answered)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert query.requester_country is None and query.requester is None and query.asked is None
    assert query.published is None
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-practices-and-challenges-identifying-victims-torture-and-ill-treatment"
    ]
    notes = notes_of(ds)
    assert "https://emnbelgium.be/geography/europe?page=1" in notes
    assert "could not be read here and is not encoded" in notes


def test_immigrant_consultative_bodies() -> None:
    ds = adhocq.load(DATA / "emn-ahq-undated-es-immigrant-consultative-bodies.toml")
    # The copy stops before the first findings bullet: none could be read.
    assert ds.findings == () and ds.responses == () and ds.questions == ()
    query = ds.query
    assert query.coverage is Coverage.excerpt and query.findings_read == 0
    assert query.bullets == ()
    assert (query.respondent_count, query.count_basis) == (23, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert query.requester_country == "ES" and query.asked is None
    assert query.published is None
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-national-immigrant-consultative-bodies"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "no Publication Date" in notes


def test_young_people_associations() -> None:
    # Listed in section D as known only by a listing; its summary page was found since.
    ds = adhocq.load(DATA / "emn-ahq-2024-it-young-people-associations.toml")
    assert mentions_of(ds) == {
        "five-have-similar-association": [
            ("AT", "AT"), ("GR", "EL"), ("PT", "PT"), ("ES", "ES"), ("SE", "SE"),
        ],
    }  # fmt: skip
    assert [f.source for f in ds.findings] == ["f1"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (23, CountBasis.answered)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 1
    assert query.requester_country == "IT" and query.asked is None
    assert str(query.published) == "2024-02-29"
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-young-people-migratory-background-and-associative-realities"
    ]
    notes = notes_of(ds)
    assert "emnbelgium.be page itself" in notes
    assert "https://emnbelgium.be/statelessness/ad-hoc-queries?q=" in notes


def test_citizenship_new_generations() -> None:
    # Listed in section D as known only by a listing; its summary page was found since.
    ds = adhocq.load(DATA / "emn-ahq-2024-it-citizenship-new-generations.toml")
    first = "AT BE CY CZ DE EE EL FR HR IE LT LU NL PL PT SE SI SK UA".split()
    second = "AT BE CY EE EL FR HR IE LT LU NL PT SE SI SK UA".split()
    assert mentions_of(ds) == {
        "most-changed-nationality-law": [(token, token) for token in first],
        "changes-to-requirements": [(token, token) for token in second],
    }
    assert [f.source for f in ds.findings] == ["f1", "f2"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (25, CountBasis.answered)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 2
    assert query.requester_country == "IT" and query.asked is None
    assert str(query.published) == "2024-02-22"
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-legislation-acquisition-citizenship-new-generations"
    ]
    notes = notes_of(ds)
    assert "emnbelgium.be page itself" in notes
    assert "https://emnbelgium.be/keywords/new-generation" in notes


def test_single_permit_short_stay() -> None:
    ds = adhocq.load(DATA / "emn-ahq-undated-cz-single-permit-short-stay.toml")
    # The copy stops in the background: neither the respondents nor the findings were reached.
    assert ds.findings == () and ds.responses == () and ds.questions == ()
    query = ds.query
    assert query.coverage is Coverage.excerpt and query.findings_read == 0
    assert query.bullets == ()
    assert query.respondent_count is None and query.respondents_named == ()
    assert query.requester_country == "CZ" and query.asked is None
    assert query.published is None
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-applications-single-permit-reside-and-work-short-stay"
    ]
    notes = notes_of(ds)
    assert "emnbelgium.be page itself" in notes
    assert "no Publication Date" in notes


def test_citizenship_naturalisation_conditions() -> None:
    # Listed in section D as known only by a listing; its summary page was found since.
    ds = adhocq.load(DATA / "emn-ahq-2024-cz-citizenship-naturalisation-conditions.toml")
    assert mentions_of(ds) == {"nine-require-losing-citizenship": [], "exceptions-for-marriage": []}
    assert [f.source for f in ds.findings] == ["f1", "f1"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (22, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 1
    assert query.requester_country == "CZ" and query.asked is None
    assert str(query.published) == "2024-06-03"
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-conditions-acquire-citizenship-naturalisation"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "ad-hoc-queries?page=3" in notes
