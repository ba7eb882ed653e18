"""Batch H of the corpus: full compilations known by their headers (the table of full compilations
in shared/sources/corpus.md, rows 1 to 9), one header record each (coverage = "header"): who
asked, when, when it was compiled and who answered, and nothing of the answers. Each test holds,
written out by hand from the page as read, the title, requester, dates, the printed list and its
total, every country printed (token, EMN code) in the order printed, and the sources."""

from __future__ import annotations

from as_read import DATA, notes_of

import adhocq
from adhocq.model import Coverage, Dataset

LAWSDOCBOX = "http://lawsdocbox.com/Immigration/"  # as the stored copies give it


def _is_a_header(ds: Dataset) -> None:
    assert ds.findings == () and ds.questions == ()
    assert ds.query.coverage is Coverage.header and ds.query.findings_read is None
    assert [b.id for b in ds.query.bullets] == ["header"]
    assert ds.query.published is None
    for response in ds.responses:
        assert response.answers == () and response.measures == ()
        assert response.source == "header"


def test_social_media_in_migrant_smuggling() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2016-xx-social-media-migrant-smuggling.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on COM AHQ on Addressing and preventing the use of social media in "
        "migrant smuggling – exploring cooperation frameworks with social media and other "
        "relevant online service providers"
    )
    assert query.requester is not None and query.requester.en == "COM"
    assert query.requester_country is None
    assert (query.asked, query.compiled) == ("2016-04-18", None)
    assert query.respondent_count == 21
    assert query.list_printed == (
        "Austria, Belgium, Croatia, Cyprus, Czech Republic, Estonia, Finland, France, Germany, "
        "Hungary, Latvia, Lithuania, Luxembourg, Netherlands, Poland, Slovak Republic, Slovenia, "
        "Spain, Sweden, United Kingdom, Norway (21 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Croatia", "HR"), ("Cyprus", "CY"),
        ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
        ("Germany", "DE"), ("Hungary", "HU"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Poland", "PL"),
        ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"), ("Sweden", "SE"),
        ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert query.asked_of == ()
    assert [(s.lang, s.url) for s in query.sources] == [
        ("en", LAWSDOCBOX + "114451930-Questions-background-information.html"),
        (
            "en",
            "https://vdocuments.mx/responses-from-austria-belgium-croatia-cyprus-czech-"
            "exploring-cooperation.html",
        ),
    ]
    notes = notes_of(ds)
    assert "the header read whole" in notes and "'Requested by COM on 18th April 2016'" in notes
    assert "No 'Compilation produced on' line" in notes


def test_searching_of_coi_for_asylum_procedures() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2014-ee-coi-searching-asylum.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == "Ad-hoc query on searching of COI for asylum procedures"
    assert query.requester is not None and query.requester.en == "EE EMN NCP"
    assert query.requester_country == "EE"
    assert (query.asked, str(query.compiled)) == ("2014-07-02", "2014-09-22")
    assert query.respondent_count == 24
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Cyprus, Estonia, Finland, France, Germany, Greece, Hungary, "
        "Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands, Poland, Romania, "
        "Slovak Republic, Spain, Sweden, United Kingdom plus Norway (24 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Cyprus", "CY"),
        ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"),
        ("Greece", "EL"), ("Hungary", "HU"), ("Ireland", "IE"), ("Italy", "IT"),
        ("Latvia", "LV"), ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Malta", "MT"),
        ("Netherlands", "NL"), ("Poland", "PL"), ("Romania", "RO"), ("Slovak Republic", "SK"),
        ("Spain", "ES"), ("Sweden", "SE"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "95602935-Ad-hoc-query-on-searching-of-coi-for-asylum-procedures-"
            "requested-by-ee-emn-ncp-on-2-th-july-compilation-produced-on-22-th-september-"
            "2014.html",
        )
    ]
    notes = notes_of(ds)
    assert "'Requested by EE EMN NCP on 2 th July 2014'" in notes
    assert "'Compilation produced on 22 th September 2014'" in notes


def test_entry_bans_entered_into_the_sis() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2015-xx-entry-bans-sis-consultation.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "Ad-Hoc Query on Entry bans entered into the SIS and consultation procedures in Member "
        "States"
    )
    assert query.requester is not None and query.requester.en == "COM"
    assert query.requester_country is None
    assert (query.asked, str(query.compiled)) == ("2015-02-13", "2015-04-20")
    # the list names 23 countries and its total says 22: both kept as printed
    assert query.respondent_count == 22
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Czech Republic, Finland, France, Germany, Greece, "
        "Hungary, Ireland, Latvia, Lithuania, Luxembourg, Netherlands, Poland, Portugal, Romania, "
        "Slovak Republic, Slovenia, Sweden, United Kingdom plus Norway (22 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Czech Republic", "CZ"), ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"),
        ("Greece", "EL"), ("Hungary", "HU"), ("Ireland", "IE"), ("Latvia", "LV"),
        ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Poland", "PL"),
        ("Portugal", "PT"), ("Romania", "RO"), ("Slovak Republic", "SK"), ("Slovenia", "SI"),
        ("Sweden", "SE"), ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "66937239-Ad-hoc-query-on-entry-bans-entered-into-the-sis-and-"
            "consultation-procedures-in-member-states-requested-by-com-on-13-th-february-2015.html",
        ),
        (
            "en",
            "https://vdocuments.us/ad-hoc-query-on-entry-bans-entered-into-the-sis-and-"
            "consultation-2017-1-4-croatia.html",
        ),
    ]
    notes = notes_of(ds)
    assert "names 23 countries" in notes and "'(22 in Total)'" in notes


def test_documents_identity_fraud_determination_procedure() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2017-nl-identity-fraud-determination.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on Documents Identity Fraud Determination Procedure (IFDP)"
    )
    assert query.requester is not None and query.requester.en == "NL EMN NCP"
    assert query.requester_country == "NL"
    assert (query.asked, query.compiled) == ("2017-06-15", None)
    assert query.respondent_count == 21
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Czech Republic, Estonia, Finland, France, Germany, "
        "Hungary, Latvia, Lithuania, Luxembourg, Malta, Netherlands, Slovak Republic, Slovenia, "
        "Spain, Sweden, United Kingdom, Norway (21 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
        ("Germany", "DE"), ("Hungary", "HU"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Malta", "MT"), ("Netherlands", "NL"),
        ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"), ("Sweden", "SE"),
        ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "85637936-Emn-ad-hoc-query-on-documents-identity-fraud-determination-"
            "procedure-ifdp.html",
        ),
        (
            "en",
            "https://pdfslide.net/documents/miscellaneous-european-commission-the-training-for-"
            "the-recognition-of-forgedfalse.html",
        ),
        (
            "en",
            "https://docslib.org/doc/6956274/emn-ad-hoc-query-on-documents-identity-fraud-"
            "determination",
        ),
    ]
    notes = notes_of(ds)
    assert "'Requested by Dylano DE WILDE on 15th June 2017'" in notes
    assert "'Requested by NL EMN NCP on 15th June 2017'" in notes


def test_biometric_information_for_legal_migration() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2017-se-biometrics-legal-migration.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == "EMN Ad-Hoc Query on Biometric information for legal migration cases"
    assert query.requester is not None and query.requester.en == "SE EMN NCP"
    assert query.requester_country == "SE"
    assert (query.asked, query.compiled) == ("2017-05-30", None)
    assert query.respondent_count == 21
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Czech Republic, Estonia, Finland, France, Germany, "
        "Hungary, Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands, Poland, "
        "Slovak Republic, Spain, Sweden, United Kingdom (21 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
        ("Germany", "DE"), ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"),
        ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Malta", "MT"), ("Netherlands", "NL"),
        ("Poland", "PL"), ("Slovak Republic", "SK"), ("Spain", "ES"), ("Sweden", "SE"),
        ("United Kingdom", "UK"),
    ]  # fmt: skip
    # Austria's answer is not for wider dissemination, yet counted: the only response with a note
    noted = {r.code: " ".join(n.en for n in r.notes) for r in ds.responses if r.notes}
    assert list(noted) == ["AT"] and "not for wider dissemination" in noted["AT"]
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "123280503-Emn-ad-hoc-query-on-biometric-information-for-legal-"
            "migration-cases.html",
        )
    ]
    assert "'No' in its 'Wider Dissemination' column" in notes_of(ds)


def test_submission_of_application_for_temporary_residence_permit() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2016-ee-temporary-residence-application.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on the submission of application for temporary residence permit"
    )
    assert query.requester is not None and query.requester.en == "EE EMN NCP"
    assert query.requester_country == "EE"
    assert (query.asked, query.compiled) == ("2016-01-07", None)
    assert query.respondent_count == 20
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Czech Republic, Estonia, Finland, France, Germany, "
        "Hungary, Italy, Latvia, Lithuania, Luxembourg, Netherlands, Portugal, Slovak Republic, "
        "Sweden, United Kingdom, Norway (20 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
        ("Germany", "DE"), ("Hungary", "HU"), ("Italy", "IT"), ("Latvia", "LV"),
        ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Portugal", "PT"),
        ("Slovak Republic", "SK"), ("Sweden", "SE"), ("United Kingdom", "UK"),
        ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "91318362-Emn-ad-hoc-query-on-the-submission-of-application-for-"
            "temporary-residence-permit.html",
        )
    ]
    assert "No 'Compilation produced on' line" in notes_of(ds)


def test_calculating_five_year_residency_for_long_term_residents() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2018-lt-long-term-residence-five-years.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "EMN Ad-Hoc Query on AHQ on calculating 5-year legal residency for long term residents"
    )
    # a person's name is printed as the requester; the background places the query with Lithuania
    assert query.requester is not None and query.requester.en == "Vytautas EŽERSKIS"
    assert query.requester_country == "LT"
    assert (query.asked, query.compiled) == ("2018-03-20", None)
    assert query.respondent_count == 22
    assert query.list_printed == (
        "Austria, Belgium, Bulgaria, Croatia, Czech Republic, Estonia, Finland, France, Germany, "
        "Greece, Hungary, Ireland, Latvia, Lithuania, Luxembourg, Malta, Netherlands, Poland, "
        "Slovak Republic, Sweden, United Kingdom, Norway (22 in total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Bulgaria", "BG"), ("Croatia", "HR"),
        ("Czech Republic", "CZ"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
        ("Germany", "DE"), ("Greece", "EL"), ("Hungary", "HU"), ("Ireland", "IE"),
        ("Latvia", "LV"), ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Malta", "MT"),
        ("Netherlands", "NL"), ("Poland", "PL"), ("Slovak Republic", "SK"), ("Sweden", "SE"),
        ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "101425451-Emn-ad-hoc-query-on-ahq-on-calculating-5-year-legal-"
            "residency-for-long-term-residents-residence.html",
        )
    ]
    notes = notes_of(ds)
    assert "'Requested by Vytautas EŽERSKIS on 20th March 2018'" in notes
    assert "Republic of Lithuania" in notes


def test_verification_of_invitation_letters() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2015-lt-invitation-letters-visas.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "LT Ad-Hoc Query on verification of invitation letters in visa issuing process"
    )
    assert query.requester is not None and query.requester.en == "LT NCP"
    assert query.requester_country == "LT"
    assert (query.asked, str(query.compiled)) == ("2015-01-13", "2015-04-02")
    # "Responses requested from": those asked, not those who answered
    assert ds.responses == () and query.respondent_count is None
    assert query.list_printed == (
        "Austria, Belgium, Czech Republic, Estonia, Finland, Germany, Greece, Hungary, Latvia, "
        "Lithuania, Luxembourg, Malta, Netherlands, Poland, Portugal, Slovak Republic, Slovenia, "
        "Spain, Sweden, United Kingdom and Norway (21 in Total)"
    )
    assert [(m.printed, m.code) for m in query.asked_of] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Czech Republic", "CZ"), ("Estonia", "EE"),
        ("Finland", "FI"), ("Germany", "DE"), ("Greece", "EL"), ("Hungary", "HU"),
        ("Latvia", "LV"), ("Lithuania", "LT"), ("Luxembourg", "LU"), ("Malta", "MT"),
        ("Netherlands", "NL"), ("Poland", "PL"), ("Portugal", "PT"), ("Slovak Republic", "SK"),
        ("Slovenia", "SI"), ("Spain", "ES"), ("Sweden", "SE"), ("United Kingdom", "UK"),
        ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "81471422-Lt-ad-hoc-query-on-verification-of-invitation-letters-in-"
            "visa-issuing-process-requested-by-lt-ncp-on-13-th-january-2015.html",
        )
    ]
    notes = notes_of(ds)
    assert "'Responses requested from" in notes and "not those who answered" in notes


def test_authenticity_of_documents_from_bangladeshi_asylum_seekers() -> None:
    ds = adhocq.load(DATA / "emn-ahq-2014-sk-bangladesh-document-authenticity.toml")
    _is_a_header(ds)
    query = ds.query
    assert query.title.en == (
        "Ad-Hoc Query on assessment of authenticity of documents submitted by asylum seekers "
        "from Bangladesh"
    )
    assert query.requester is not None and query.requester.en == "SK EMN NCP"
    assert query.requester_country == "SK"
    assert (query.asked, str(query.compiled)) == ("2014-11-19", "2014-12-15")
    assert query.respondent_count == 21
    assert query.list_printed == (
        "Austria, Belgium, Czech Republic, Estonia, Finland, France, Germany, Greece, Hungary, "
        "Ireland, Latvia, Lithuania, Luxembourg, Netherlands, Romania, Slovak Republic, Slovenia, "
        "Spain, Sweden, United Kingdom plus Norway (21 in Total)"
    )
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Austria", "AT"), ("Belgium", "BE"), ("Czech Republic", "CZ"), ("Estonia", "EE"),
        ("Finland", "FI"), ("France", "FR"), ("Germany", "DE"), ("Greece", "EL"),
        ("Hungary", "HU"), ("Ireland", "IE"), ("Latvia", "LV"), ("Lithuania", "LT"),
        ("Luxembourg", "LU"), ("Netherlands", "NL"), ("Romania", "RO"),
        ("Slovak Republic", "SK"), ("Slovenia", "SI"), ("Spain", "ES"), ("Sweden", "SE"),
        ("United Kingdom", "UK"), ("Norway", "NO"),
    ]  # fmt: skip
    assert [(s.lang, s.url) for s in query.sources] == [
        (
            "en",
            LAWSDOCBOX + "73720095-Ad-hoc-query-on-assessment-of-authenticity-of-documents-"
            "submitted-by-asylum-seekers-from-bangladesh-requested-by-sk-emn-ncp-on-19-th-"
            "november-2014.html",
        )
    ]
    assert "'Compilation produced in 15 th December 2014'" in notes_of(ds)
