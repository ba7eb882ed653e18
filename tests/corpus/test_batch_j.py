"""Batch J of the corpus: full compilations known by their header only (coverage = "header"):
rows 19 to 21 of the full compilations in shared/sources/corpus.md and the six of section E of
corpus-more.md. Each test holds, written out by hand from the header as read, the title,
requester, dates, the printed list and its total, every respondent (token, EMN code) in printed
order, and the source; nothing of the answers is encoded."""

from __future__ import annotations

from pathlib import Path

from as_read import DATA, notes_of

import adhocq
from adhocq.model import Coverage, Dataset, Membership

LAWSDOCBOX = "http://lawsdocbox.com/Immigration/"  # as the stored copies give it
"""Where a file waits that the model cannot load yet (not bundled: not in data/ itself)."""


def _header_only(name: str, folder: Path = DATA, *, disagrees: bool = False) -> Dataset:
    ds = adhocq.load(folder / f"{name}.toml")
    assert ds.count_disagrees is disagrees
    assert ds.query.id == name
    assert ds.query.coverage is Coverage.header
    assert ds.findings == () and ds.questions == ()
    assert all(r.answers == () and r.measures == () for r in ds.responses)
    assert {r.source for r in ds.responses} == {"header"}
    assert [b.id for b in ds.query.bullets] == ["header"]
    return ds


def _source(ds: Dataset) -> list[tuple[str, str]]:
    return [(s.lang, s.url) for s in ds.query.sources]


def test_language_civic_integration_part_2() -> None:
    ds = _header_only("emn-ahq-2017-fr-language-civic-integration-part-2")
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on Integration measures regarding language courses and civic "
        "integration Part 2"
    )
    assert query.requester_country == "FR" and query.requester is not None
    assert query.requester.en == "FR EMN NCP"
    assert query.asked == "2017-04-12" and query.compiled is None
    assert query.respondent_count == 20
    assert query.list_printed == (
        "Austria, Belgium, Croatia, Czech Republic, Estonia, Finland, France, Germany, Hungary, "
        "Italy, Latvia, Lithuania, Luxembourg, Netherlands, Poland, Slovak Republic, Slovenia, "
        "Spain, Sweden, Norway (20 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Croatia", "HR"), ("Czech Republic", "CZ"),
        ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"),
        ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Poland", "PL"),
        ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"), ("Sweden", "SE"),
        ("Norway", "NO"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            LAWSDOCBOX + "74651411-Emn-ad-hoc-query-on-integration-measures-regarding-language-"
            "courses-and-civic-integration-part-2-integration.html",
        )
    ]
    notes = notes_of(ds)
    assert "Part 2 only" in notes and "Part 1 was not found" in notes


def test_return_directive_detention() -> None:
    ds = _header_only("emn-ahq-2017-bg-return-directive-detention", DATA)
    query = ds.query
    assert query.title.en == "EMN Ad-Hoc Query on Implementation of Directive 2008/115/EC"
    assert query.requester_country == "BG" and query.requester is not None
    assert query.requester.en == "BG EMN NCP"
    assert query.asked == "2017-05-16" and query.compiled is None
    assert query.respondent_count == 21
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Cyprus, Czech Republic, Estonia, Finland, Hungary, "
        "Ireland, Italy, Latvia, Lithuania, Luxembourg, Netherlands, Slovak Republic, Slovenia, "
        "Spain, Sweden, Switzerland, United Kingdom (21 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Cyprus", "CY"), ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"),
        ("Hungary", "HU"), ("Ireland", "IE"), ("Italy", "IT"), ("Latvia", "LV"),
        ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Netherlands", "NL"),
        ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"), ("Sweden", "SE"),
        ("Switzerland", "CH"), ("United Kingdom", "UK"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            LAWSDOCBOX
            + "103658441-Emn-ad-hoc-query-on-implementation-of-directive-2008-115-ec.html",
        )
    ]
    assert "Switzerland" in notes_of(ds)


def test_reception_language_communication() -> None:
    ds = _header_only("emn-ahq-2019-be-reception-language-communication")
    query = ds.query
    assert query.title.en == (
        "AD HOC QUERY ON 2019.44 Language and Communication Policy and Measures in Reception "
        "Facilities for Applicants for International Protection"
    )
    assert query.requester_country == "BE" and query.requester is not None
    assert query.requester.en == "EMN NCP Belgium"
    assert query.asked == "2019-03-24" and query.compiled is None
    assert query.respondent_count == 24
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Cyprus, Czech Republic, Estonia, Finland, France, "
        "Germany, Greece, Hungary, Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands, "
        "Poland, Slovakia, Spain, Sweden, United Kingdom plus Norway (24 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Cyprus", "CY"), ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"),
        ("France", "FR"), ("Germany", "DE"), ("Greece", "EL"), ("Hungary", "HU"),
        ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"), ("Luxembourg", "LU"),
        ("Malta", "MT"), ("Netherlands", "NL"), ("Poland", "PL"), ("Slovakia", "SK"),
        ("Spain", "ES"), ("Sweden", "SE"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            "https://vdocuments.us/1-background-information-choose-your-language-a-language-"
            "and-communication.html",
        )
    ]


def test_false_forged_documents_impact() -> None:
    ds = _header_only("emn-ahq-2017-xx-false-forged-documents-impact", disagrees=True)
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on Impact of false/forged documents in the immigration and asylum "
        "procedures (2nd ad-hoc query for the policy brief on identity fraud)"
    )
    assert query.requester_country is None and query.requester is not None
    assert query.requester.en == "Adolfo SOMMARRIBAS"
    assert query.asked == "2017-06-16" and query.compiled is None
    assert query.respondent_count == 20
    assert query.list_printed == (
        "Austria, Belgium, Croatia, Czech Republic, Estonia, Finland, France, Germany, Hungary, "
        "Italy, Latvia, Lithuania, , Netherlands, Slovak Republic, Slovenia, Spain, Sweden, "
        "United Kingdom, Norway (20 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Croatia", "HR"), ("Czech Republic", "CZ"),
        ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"),
        ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Netherlands", "NL"), ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"),
        ("Sweden", "SE"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            "https://docslib.org/doc/12702553/emn-ad-hoc-query-on-impact-of-false-forged-"
            "documents-in-the",
        )
    ]
    notes = notes_of(ds)
    assert "'Lithuania, , Netherlands'" in notes and "a person's name" in notes


def test_early_language_support() -> None:
    ds = _header_only("emn-ahq-2019-uk-early-language-support")
    query = ds.query
    assert query.title.en == "AD HOC QUERY ON 2019.15 Early language support"
    assert query.requester_country == "UK" and query.requester is not None
    assert query.requester.en == "UK EMN NCP"
    assert query.asked == "2019-01-29" and query.compiled is None
    assert query.respondent_count == 24
    assert query.list_printed == (
        "EMN NCP Austria, EMN NCP Belgium, EMN NCP Bulgaria, EMN NCP Croatia, EMN NCP Cyprus, "
        "EMN NCP Czech Republic, EMN NCP Estonia, EMN NCP Finland , EMN NCP France, "
        "EMN NCP Germany, EMN NCP Hungary, EMN NCP Ireland, EMN NCP Italy, EMN NCP Latvia , "
        "EMN NCP Lithuania, EMN NCP Luxembourg, EMN NCP Netherlands, EMN NCP Poland, "
        "EMN NCP Portugal, EMN NCP Slovakia, EMN NCP Spain, EMN NCP Sweden, "
        "EMN NCP United Kingdom plus EMN NCP Norway (24 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("EMN NCP Austria", "AT"), ("EMN NCP Belgium", "BE"), ("EMN NCP Bulgaria", "BG"),
        ("EMN NCP Croatia", "HR"), ("EMN NCP Cyprus", "CY"), ("EMN NCP Czech Republic", "CZ"),
        ("EMN NCP Estonia", "EE"), ("EMN NCP Finland", "FI"), ("EMN NCP France", "FR"),
        ("EMN NCP Germany", "DE"), ("EMN NCP Hungary", "HU"), ("EMN NCP Ireland", "IE"),
        ("EMN NCP Italy", "IT"), ("EMN NCP Latvia", "LV"), ("EMN NCP Lithuania", "LT"),
        ("EMN NCP Luxembourg", "LU"), ("EMN NCP Netherlands", "NL"), ("EMN NCP Poland", "PL"),
        ("EMN NCP Portugal", "PT"), ("EMN NCP Slovakia", "SK"), ("EMN NCP Spain", "ES"),
        ("EMN NCP Sweden", "SE"), ("EMN NCP United Kingdom", "UK"), ("EMN NCP Norway", "NO"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            "https://pdfslide.us/documents/1-background-information-1-of-38-ad-hoc-query-on-"
            "201915-early-language-support.html",
        )
    ]


def test_identity_documents_misuse() -> None:
    ds = _header_only("emn-ahq-2015-no-identity-documents-misuse")
    query = ds.query
    assert query.title.en == "Ad-Hoc Query on the detection of misuse of EU/EFTA identity documents"
    assert query.requester_country == "NO" and query.requester is not None
    assert query.requester.en == "NO EMN NCP"
    assert query.asked == "2015-06-19" and query.compiled is None
    assert query.respondent_count == 22
    assert query.list_printed == (
        "Belgium, Czech Republic, Estonia, Finland, France, Germany, Hungary, Italy, Latvia, "
        "Lithuania, Luxembourg, Malta, Netherland, Portugal, Romania, Slovak Republic, Slovenia, "
        "Spain, Sweden, United Kingdom plus Croatia, Norway (22 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Belgium", "BE"), ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"),
        ("France", "FR"), ("Germany", "DE"), ("Hungary", "HU"), ("Italy", "IT"),
        ("Latvia", "LV"), ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Malta", "MT"),
        ("Netherland", "NL"), ("Portugal", "PT"), ("Romania", "RO"),
        ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"), ("Sweden", "SE"),
        ("United Kingdom", "UK"), ("Croatia", "HR"), ("Norway", "NO"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            LAWSDOCBOX + "96176799-Ad-hoc-query-on-the-detection-of-misuse-of-eu-efta-identity-"
            "documents-requested-by-no-emn-ncp-on-19-of-june-2015.html",
        )
    ]
    notes = notes_of(ds)
    assert "'Netherland'" in notes and "'OPEN'" in notes


def test_identity_international_protection() -> None:
    ds = _header_only("emn-ahq-2016-fi-identity-international-protection")
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on Best Practices and Methods of Establishing the Identity of "
        "Applicants for International Protection"
    )
    assert query.requester_country == "FI" and query.requester is not None
    assert query.requester.en == "FI EMN NCP"
    assert query.asked == "2016-03-15" and query.compiled is None
    assert query.respondent_count == 20
    assert query.list_printed == (
        "Austria, Belgium, Croatia, Cyprus, Czech Republic, Estonia, Finland, Germany, Hungary, "
        "Italy, Latvia, Lithuania, Luxembourg, Netherlands, Portugal, Slovak Republic, Slovenia, "
        "Sweden, United Kingdom, Norway (20 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Croatia", "HR"), ("Cyprus", "CY"),
        ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"), ("Germany", "DE"),
        ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Portugal", "PT"),
        ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Sweden", "SE"),
        ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            LAWSDOCBOX + "95590172-Emn-ad-hoc-query-on-best-practices-and-methods-of-establishing-"
            "the-identity-of-applicants-for-international-protection-protection.html",
        )
    ]


def test_residence_permit_checks() -> None:
    ds = _header_only("emn-ahq-2012-ee-residence-permit-checks")
    query = ds.query
    assert query.title.en == (
        "Ad-Hoc Query on the Checks conducted during processing of a residence permit application"
    )
    assert query.requester_country == "EE" and query.requester is not None
    assert query.requester.en == "EE EMN NCP"
    assert query.asked == "2012-01-31" and str(query.compiled) == "2012-02-27"
    assert query.respondent_count == 13
    assert query.list_printed == (
        "Czech Republic, Estonia, Finland, France, Hungary, Latvia, Lithuania, Luxembourg, "
        "Netherlands, Romania, Slovak Republic, Sweden and United Kingdom (13 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
        ("Hungary", "HU"), ("Latvia", "LV"), ("Lithuania", "LT"), ("Luxembourg", "LU"),
        ("Netherlands", "NL"), ("Romania", "RO"), ("Slovak Republic", "SK"), ("Sweden", "SE"),
        ("United Kingdom", "UK"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            LAWSDOCBOX + "97929933-Ad-hoc-query-on-the-checks-conducted-during-processing-of-a-"
            "residence-permit-application-requested-by-ee-emn-ncp-on-31-st-january-2012.html",
        )
    ]


def test_foreign_workers_inflow() -> None:
    ds = _header_only("emn-ahq-2013-lt-foreign-workers-inflow", disagrees=True)
    query = ds.query
    assert query.title.en == (
        "Ad-Hoc Query on regulatory framework to control inflow of foreign workers"
    )
    assert query.requester_country == "LT" and query.requester is not None
    assert query.requester.en == "LT EMN NCP"
    assert query.asked == "2013-09-27" and str(query.compiled) == "2014-01-14"
    assert query.respondent_count == 25  # as printed: the list names 29
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Cyprus, Czech Republic, Denmark, Estonia, Finland, France, "
        "Germany, Greece, Hungary, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, "
        "Netherlands, Poland, Portugal, Romania, Slovak Republic, Slovenia, Spain, Sweden, "
        "United Kingdom plus Croatia, Norway (25 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Cyprus", "CY"),
        ("Czech Republic", "CZ"), ("Denmark", "DK"), ("Estonia", "EE"), ("Finland", "FI"),
        ("France", "FR"), ("Germany", "DE"), ("Greece", "EL"), ("Hungary", "HU"),
        ("Ireland", "IE"), ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Malta", "MT"), ("Netherlands", "NL"), ("Poland", "PL"),
        ("Portugal", "PT"), ("Romania", "RO"), ("Slovak Republic", "SK"), ("Slovenia", "SI"),
        ("Spain", "ES"), ("Sweden", "SE"), ("United Kingdom", "UK"), ("Croatia", "HR"),
        ("Norway", "NO"),
    ]  # fmt: skip
    assert _source(ds) == [
        (
            "en",
            LAWSDOCBOX + "77082518-Ad-hoc-query-on-regulatory-framework-to-control-inflow-of-"
            "foreign-workers.html",
        )
    ]
    membership = {c.code: c.membership for c in ds.countries}
    assert membership["DK"] is Membership.non_member  # never an EMN member
    assert membership["UK"] is membership["HR"] is Membership.member  # in September 2013
    notes = notes_of(ds)
    assert "names 29 countries" in notes and "'(25 in Total)'" in notes and "Denmark" in notes
