"""Batch I of the corpus: full compilations of older queries known by their headers alone (rows
10 to 18 of the table in shared/sources/corpus.md; the 2012 citizenship-test compilation, row 14,
upgrades a listing record whose test is in test_batch_e.py). Each test holds what the header
prints, written out by hand from the page as read: title, requester, request and compilation
dates, the count and the whole list as printed, every respondent (token, EMN code) in printed
order, and the source."""

from __future__ import annotations

from as_read import DATA, notes_of

import adhocq
from adhocq.model import Coverage, Dataset

LAWSDOCBOX = "http://lawsdocbox.com/Immigration/"  # as the stored copies give it


def _is_a_header(ds: Dataset) -> None:
    """Only the header was read: respondents, no answers or findings."""
    assert ds.findings == () and ds.questions == ()
    assert all(r.answers == () and r.measures == () for r in ds.responses)
    assert {r.source for r in ds.responses} == {"header"}
    assert ds.query.coverage is Coverage.header
    assert [b.id for b in ds.query.bullets] == ["header"]
    assert ds.query.published is None


def test_medical_treatment_visa() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2017-nl-medical-treatment-visa.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == "EMN Ad-Hoc Query on Short term visa for planned medical treatment"
    # A person's name is printed as the requester; the country is the background's.
    assert query.requester is not None and query.requester.en == "Hans LEMMENS"
    assert query.requester_country == "NL"
    assert query.asked == "2017-11-02" and query.compiled is None
    assert query.respondent_count == 18
    assert query.list_printed == (
        "Austria, Belgium, Croatia, Czech Republic, Estonia, Finland, France, Germany, Hungary, "
        "Ireland, Latvia, Lithuania, Luxembourg, Netherlands, Portugal, Slovak Republic, "
        "United Kingdom, Norway (18 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Croatia", "HR"), ("Czech Republic", "CZ"),
        ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"),
        ("Hungary", "HU"), ("Ireland", "IE"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Portugal", "PT"),
        ("Slovak Republic", "SK"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "88380971-Emn-ad-hoc-query-on-short-term-visa-for-planned-medical-"
            "treatment-border.html",
        )
    ]
    notes = notes_of(ds)
    assert "'Requested by Hans LEMMENS on 2nd November 2017'" in notes
    assert "the Dutch government is studying policy options" in notes


def test_mass_influx_emergency() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2017-ee-mass-influx-emergency.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on emergency situation in case of mass influx of asylum seekers"
    )
    assert query.requester is not None and query.requester.en == "EE EMN NCP"
    assert query.requester_country == "EE"
    assert query.asked == "2017-03-15" and query.compiled is None
    assert query.respondent_count == 20
    assert query.list_printed == (
        "Austria, Belgium, Croatia, Cyprus, Czech Republic, Estonia, Finland, France, Germany, "
        "Hungary, Italy, Latvia, Lithuania, Luxembourg, Netherlands, Poland, Slovak Republic, "
        "Sweden, United Kingdom, Norway (20 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Croatia", "HR"), ("Cyprus", "CY"),
        ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
        ("Germany", "DE"), ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"),
        ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Poland", "PL"),
        ("Slovak Republic", "SK"), ("Sweden", "SE"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            "https://lawsdocbox.com/Immigration/80266729-Emn-ad-hoc-query-on-emergency-"
            "situation-in-case-of-mass-influx-of-asylum-seekers-protection.html",
        )
    ]
    assert "'Requested by EE EMN NCP on 15th March 2017'" in notes_of(ds)


def test_students_work_after_studies() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2012-lu-students-work-after-studies.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "Ad-Hoc Query on the possibility and conditions for third-country national students "
        "to work after the completion of their higher education studies"
    )
    assert query.requester is not None and query.requester.en == "LU EMN NCP"
    assert query.requester_country == "LU"
    assert query.asked == "2012-10-04" and str(query.compiled) == "2012-11-05"
    assert query.respondent_count == 23
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Czech Republic, Estonia, Finland, France, Germany, Greece, "
        "Hungary, Italy, Latvia, Lithuania, Luxembourg, Netherlands, Poland, Portugal, "
        "Slovak Republic, Slovenia, Spain, Sweden, United Kingdom plus Norway (23 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Czech Republic", "CZ"),
        ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"),
        ("Greece", "EL"), ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"),
        ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Poland", "PL"),
        ("Portugal", "PT"), ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"),
        ("Sweden", "SE"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "103259403-Ad-hoc-query-on-the-possibility-and-conditions-for-third-"
            "country-national-students-to-work-after-the-completion-of-their-higher-education-"
            "studies.html",
        )
    ]
    notes = notes_of(ds)
    assert "'Requested by LU EMN NCP on 4 th October 2012'" in notes
    assert "'United Kingdom plus Norway'" in notes


def test_au_pairs_trainees() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2012-xx-au-pairs-trainees.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "Ad-Hoc Query on third-country national au-pairs and remunerated trainees; volunteers, "
        "school pupils and unremunerated trainees (for those Member States where some or all of "
        "the optional groups of Directive 2004/114 have not been covered)"
    )
    # The Commission asked: no requester country.
    assert query.requester is not None and query.requester.en == "COM"
    assert query.requester_country is None
    assert query.asked == "2012-10-01" and str(query.compiled) == "2012-12-04"
    assert query.respondent_count == 23
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Czech Republic, Finland, France, Germany, Greece, Hungary, "
        "Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands, Poland, Portugal, "
        "Slovak Republic, Slovenia, Spain, Sweden, United Kingdom plus Norway (23 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Czech Republic", "CZ"),
        ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"), ("Greece", "EL"),
        ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Malta", "MT"), ("Netherlands", "NL"), ("Poland", "PL"),
        ("Portugal", "PT"), ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"),
        ("Sweden", "SE"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "74526608-Requested-by-com-on-1-st-october-compilation-produced-on-"
            "4-th-december-2012.html",
        )
    ]
    assert "'Requested by COM on 1 st October 2012'" in notes_of(ds)


def test_linguistic_integration_programmes() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2012-de-linguistic-integration-programmes.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "Ad-Hoc Query on Programmes for the Linguistic Integration of Immigrants"
    )
    assert query.requester is not None and query.requester.en == "DE EMN NCP"
    assert query.requester_country == "DE"
    assert query.asked == "2012-07-12" and str(query.compiled) == "2012-08-20"
    assert query.respondent_count == 18
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Czech Republic, Estonia, France, Germany, Greece, Ireland, "
        "Italy, Lithuania, Luxembourg, Netherlands, Poland, Portugal, Slovak Republic, "
        "Sweden and United Kingdom (18 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Czech Republic", "CZ"),
        ("Estonia", "EE"), ("France", "FR"), ("Germany", "DE"), ("Greece", "EL"),
        ("Ireland", "IE"), ("Italy", "IT"), ("Lithuania", "LT"), ("Luxembourg", "LU"),
        ("Netherlands", "NL"), ("Poland", "PL"), ("Portugal", "PT"),
        ("Slovak Republic", "SK"), ("Sweden", "SE"), ("United Kingdom", "UK"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "110508126-Ad-hoc-query-on-programmes-for-the-linguistic-integration-"
            "of-immigrants-requested-by-de-emn-ncp-on-12-th-july-2012.html",
        )
    ]
    assert "'Requested by DE EMN NCP on 12 th July 2012'" in notes_of(ds)


def test_asylum_seekers_labour_market() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2015-at-asylum-seekers-labour-market.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == "Ad-Hoc Query on access to the labour market for asylum seekers"
    assert query.requester is not None and query.requester.en == "AT EMN NCP"
    assert query.requester_country == "AT"
    assert query.asked == "2015-01-23" and str(query.compiled) == "2015-06-03"
    assert query.respondent_count == 26
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Cyprus, Czech Republic, Estonia, Finland, France, "
        "Germany, Greece, Hungary, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, "
        "Netherlands, Poland, Portugal, Slovak Republic, Slovenia, Sweden, United Kingdom plus "
        "Norway (26 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Cyprus", "CY"), ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"),
        ("France", "FR"), ("Germany", "DE"), ("Greece", "EL"), ("Hungary", "HU"),
        ("Ireland", "IE"), ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Malta", "MT"), ("Netherlands", "NL"), ("Poland", "PL"),
        ("Portugal", "PT"), ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Sweden", "SE"),
        ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            "https://lawsdocbox.com/Immigration/107229395-Ad-hoc-query-on-access-to-the-labour-"
            "market-for-asylum-seekers-requested-by-at-emn-ncp-on-23-rd-january-compilation-"
            "produced-on-3-rd-june-2015.html",
        )
    ]
    assert "'Requested by AT EMN NCP on 23 rd January 2015'" in notes_of(ds)


def test_identity_family_checks() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2016-nl-identity-family-checks.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "Checking identity and family relationships in case of family reunification with a "
        "beneficiary of international protection"
    )
    assert query.requester is not None and query.requester.en == "the Netherlands"
    assert query.requester_country == "NL"
    assert query.asked == "2016-06-10" and str(query.compiled) == "2016-07-18"
    assert query.respondent_count == 21
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Czech Republic, Finland, France, Germany, Hungary, "
        "Italy, Latvia, Lithuania, Luxembourg, Netherlands, Poland, Portugal, Slovak Republic, "
        "Slovenia, Sweden, United Kingdom, Norway (21 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Czech Republic", "CZ"), ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"),
        ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Poland", "PL"), ("Portugal", "PT"),
        ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Sweden", "SE"),
        ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            "https://vdocuments.net/ad-hoc-query-from-the-netherlands-many-beneficiaries-of-"
            "international-protection.html",
        )
    ]
    notes = notes_of(ds)
    assert "'Ad-Hoc Query from the Netherlands'" in notes
    assert "'Responses from: Responses from Austria, …'" in notes


def test_albanian_children_return() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2017-uk-albanian-children-return.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on Returning Albanian Unaccompanied Asylum Seeking Children"
    )
    assert query.requester is not None and query.requester.en == "United Kingdom"
    assert query.requester_country == "UK"
    assert query.asked == "2017-01-24" and query.compiled is None
    assert query.respondent_count == 24
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Cyprus, Czech Republic, Estonia, Finland, France, "
        "Germany, Hungary, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands, "
        "Poland, Slovak Republic, Sweden, Switzerland, United Kingdom, Norway (24 in total)"
    )
    # Switzerland, neither an EMN member nor an observer, is in the list as printed.
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Cyprus", "CY"), ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"),
        ("France", "FR"), ("Germany", "DE"), ("Hungary", "HU"), ("Ireland", "IE"),
        ("Italy", "IT"), ("Latvia", "LV"), ("Lithuania", "LT"), ("Luxembourg", "LU"),
        ("Malta", "MT"), ("Netherlands", "NL"), ("Poland", "PL"), ("Slovak Republic", "SK"),
        ("Sweden", "SE"), ("Switzerland", "CH"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "99810887-Emn-ad-hoc-query-on-returning-albanian-unaccompanied-asylum-"
            "seeking-children-return.html",
        )
    ]
    assert "'Requested by United Kingdom on 24th January 2017'" in notes_of(ds)
