"""Batch E of the corpus: summary pages whose findings, as far as they could be read, name no
country (section C of shared/sources/corpus-more.md). Each test holds what the page gives, written
out by hand from the page as read: requester, date, count and its basis, coverage, sources."""

from __future__ import annotations

from as_read import BE, DATA, notes_of

import adhocq
from adhocq.model import CountBasis, Coverage


def test_family_reunification_protection() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2023-xx-family-reunification-protection.toml")
    assert {f.id: [m.printed for m in f.mentions] for f in ds.findings} == {
        "sponsor-submits": [],
        "family-member-submits": [],
        "visa-application-abroad": [],
    }
    assert {f.source for f in ds.findings} == {"f1"}
    query = ds.query
    assert (query.respondent_count, query.count_basis) == (26, CountBasis.answered)
    assert [(m.printed, m.code) for m in query.respondents_named] == [("BE", "BE")]
    assert ds.responses == ()
    assert query.coverage is Coverage.excerpt and query.findings_read == 1
    assert query.requester_country is None and query.requester is None and query.asked is None
    assert str(query.published) == "2023-09-25"
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-family-reunification-beneficiaries-international-protection"
    ]
    notes = notes_of(ds)
    assert "dev.infinity-dt.com" in notes
    assert "https://emnbelgium.be/keywords/familieband" in notes


def test_citizenship_test_2012() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2012-at-citizenship-test.toml")
    # The compilation's header and the notice of its publication; no answers were read.
    assert ds.findings == () and ds.questions == ()
    assert all(r.answers == () and r.measures == () for r in ds.responses)
    query = ds.query
    assert query.coverage is Coverage.header and query.findings_read is None
    assert [b.id for b in query.bullets] == ["header"]
    assert (query.respondent_count, query.count_basis) == (20, CountBasis.answered)
    assert query.respondents_named == ()
    assert query.title.en == "Ad-Hoc Query on Citizenship Tests"  # as the header prints it
    assert query.requester is not None and query.requester.en == "AT EMN NCP"
    assert query.requester_country == "AT" and query.asked == "2012-04-27"
    assert str(query.compiled) == "2012-09-28"
    assert str(query.published) == "2012-10-10"
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Czech Republic, Cyprus, Estonia, Finland, France, Germany, "
        "Greece, Hungary, Latvia, Luxembourg, Malta, Netherlands, Portugal, Slovak Republic, "
        "Spain, Sweden, United Kingdom (20 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Czech Republic", "CZ"),
        ("Cyprus", "CY"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
        ("Germany", "DE"), ("Greece", "EL"), ("Hungary", "HU"), ("Latvia", "LV"),
        ("Luxembourg", "LU"), ("Malta", "MT"), ("Netherlands", "NL"), ("Portugal", "PT"),
        ("Slovak Republic", "SK"), ("Spain", "ES"), ("Sweden", "SE"), ("United Kingdom", "UK"),
    ]  # fmt: skip
    assert {r.source for r in ds.responses} == {"header"}
    assert [s.url for s in query.sources] == [
        BE + "ad-hoc-query-citizenship-test",
        "https://paperzz.com/doc/8267391/399.-citizenship-test",
    ]
    notes = notes_of(ds)
    assert "'Wed 10 Oct 2012'" in notes
    assert "'Requested by AT EMN NCP on 27th April 2012'" in notes
    assert "'Ad-hoc query on citizenship test'" in notes
