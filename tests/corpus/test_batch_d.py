"""Batch D of the corpus: summary pages with country-level findings that were not yet bundled
(section B of shared/sources/corpus-more.md). Every country list is written out by hand from the
page as read (printed token, EMN code), in the order printed; none is computed from the files."""

from __future__ import annotations

from as_read import BE, DATA, mentions_of, notes_of

import adhocq
from adhocq.model import CountBasis, Coverage


def test_single_permit_labour_market_access() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-si-single-permit-labour-market-access.toml")
    assert mentions_of(ds) == {
        "five-allow-work-before-residence-check": [],
        "be-work-after-residence-check": [("BE", "BE")],
        "some-only-specific-occupations": [],
    }
    assert [f.source for f in ds.findings] == ["f1", "f1", "f2"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (25, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 2
    assert query.requester_country == "SI" and query.asked is None
    assert str(query.published) == "2024-06-20"
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-access-labour-market-third-country-nationals-during-their-single-permit"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "ad-hoc-queries?page=3" in notes


def test_processing_times_work_permits() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2025-fi-processing-times-work-permits.toml")
    assert mentions_of(ds) == {
        "maximum-time-in-law": [],
        "maximums-hard-to-compare": [],
        "be-two-authorities": [("BE", "BE")],
    }
    assert [f.source for f in ds.findings] == ["f1", "f1", "f1"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (24, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 1
    assert query.requester_country == "FI" and query.asked is None
    assert str(query.published) == "2025-09-06"
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-processing-times-work-based-residence-permits"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "https://emnbelgium.be/keywords/processing-time" in notes


def test_residence_permit_prerequisites() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-ee-residence-permit-prerequisites.toml")
    assert mentions_of(ds) == {
        "about-half-require-prior-authorisation": [],
        "prerequisites-differ": [],
        "be-long-stay-visa-then-permit": [("BE", "BE")],
        "be-register-within-eight-days": [("BE", "BE")],
    }
    assert [f.source for f in ds.findings] == ["f1", "f2", "f2", "f2"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (22, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 2
    assert query.requester_country == "EE" and query.asked is None
    assert str(query.published) == "2024-11-29"
    assert [s.url for s in query.sources] == [BE + "ad-hoc-query-pre-requisites-residence-permits"]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "https://emnbelgium.be/commissioner/emn?page=3" in notes


def test_visas_right_to_work() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2024-ee-visas-right-to-work.toml")
    assert mentions_of(ds) == {
        "short-stay-work-under-90-days": [],
        "work-on-short-stay-alone": [("ES", "ES")],
        "no-work-without-residence-permit": [("CY", "CY")],
        "c-visa-for-employment": [("AT", "AT")],
        "separate-work-permit": [("BE", "BE"), ("FR", "FR")],
        "registration": [("EE", "EE")],
        "some-sectors-exempt": [],
    }
    assert {f.source for f in ds.findings} == {"f1"}
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (21, CountBasis.public_answer)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 1
    assert query.requester_country == "EE" and query.asked is None
    assert str(query.published) == "2024-11-30"
    assert [s.url for s in query.sources] == [BE + "ad-hoc-query-visas-and-right-work"]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "https://emnbelgium.be/commissioner/emn?page=3" in notes


def test_public_order_public_security() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2017-nl-public-order-public-security.toml")
    assert mentions_of(ds) == {
        "transposed-almost-literally": [("Belgium", "BE")],
        "case-by-case": [],
        "all-circumstances-weighed": [],
        "be-serious-crime-undefined": [("Belgium", "BE")],
    }
    assert [f.source for f in ds.findings] == ["f1", "f2", "f3", "f4"]
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (16, CountBasis.answered)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("Belgium", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.complete and query.findings_read is None
    assert query.requester_country == "NL" and query.asked == "2016-12"
    assert str(query.published) == "2017-02-13"
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", BE + "ad-hoc-query-public-order-and-public-security"),
        (
            "nl",
            "https://emnbelgium.be/nl/publication/ad-hoc-query-over-openbare-orde-en-openbare-veiligheid",
        ),
    ]
    assert query.title_printed == ("en",)
    assert "'16 (Member) States provided an answer, including Belgium'" in notes_of(ds)
