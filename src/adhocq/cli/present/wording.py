"""What the data means, in adhocq's words (see adhocq.messages for the other languages).

A summary names countries per finding; a country missing from a finding's list was not named
there, which is not the same as "no": it may still do it. Every output that shows a missing mark
says so in these words.
"""

from adhocq.errors import NotFound
from adhocq.messages import N_, NC_, Message, Phrase, phrase, tr
from adhocq.model import (
    CountBasis,
    Country,
    Coverage,
    Dataset,
    Membership,
    RespondentsGiven,
    Response,
)

# Values of a column that people read in their language (a table, Markdown, HTML) and machines
# as the English token (CSV, JSON).
MEMBERSHIP = {
    Membership.member: N_("member"),
    Membership.observer: N_("observer"),
    Membership.former_member: N_("former member"),
    Membership.non_member: N_("neither an EMN member nor an observer"),
}
RESPONDENTS_GIVEN = {
    RespondentsGiven.listed: N_("listed"),
    RespondentsGiven.counted: N_("counted"),
    RespondentsGiven.unknown: N_("unknown"),
}
COUNT_BASIS = {
    CountBasis.answered: NC_("count basis", "answered"),
    CountBasis.public_answer: N_("public-answer"),
}


def appearance(appears: str) -> Message | str:
    """How a country appears in a query ("answered", "named"), as a value of a column."""
    from adhocq.across import ANSWERED, ASKED, NAMED, NOT_LISTED, REQUESTED, UNKNOWN

    said = {
        ANSWERED: N_("answered"),
        NAMED: N_("named"),
        ASKED: N_("asked"),
        REQUESTED: N_("requested"),
        NOT_LISTED: NC_("a country's role", "not listed"),
        UNKNOWN: N_("not known"),
    }
    return said.get(appears, appears)


def not_named_note(lang: str) -> str:
    """The caption line of every result that shows absence."""
    return tr(
        lang,
        "Only what the summary names is shown; a country not named for a measure may still "
        "take it.",
    )


def not_named_in_findings_note(lang: str) -> str:
    """The caption line of a list of findings that name countries."""
    return tr(
        lang,
        "Only the countries a finding names are shown; a country it does not name may still be "
        "in the same case.",
    )


def not_named(lang: str) -> str:
    return tr(lang, "not named in the summary")


def measures_named(count: int, lang: str) -> str:
    """'no measure named in the summary', '1 measure …', '3 measures …'."""
    if count == 0:
        return tr(lang, "no measure named in the summary")
    if count == 1:
        return tr(lang, "1 measure named in the summary")
    return tr(lang, "{n} measures named in the summary").format(n=count)


def respondents_given(ds: Dataset, lang: str) -> str:
    """How the summary gives its respondents, as a sentence part: what may be said of a country
    it does not name."""
    return given_phrase(ds).said(lang)


def given_phrase(ds: Dataset) -> Phrase:
    """`respondents_given` before the language it is said in is known (an error's part)."""
    count = ds.query.respondent_count
    given = ds.respondents_given
    header = ds.query.coverage is Coverage.header
    if given is RespondentsGiven.listed and header:
        named = len(ds.responses)
        if ds.count_disagrees:
            template = N_("the compilation's header names {named} respondents and counts {n}")
            return phrase(template, named=named, n=count)
        return phrase(N_("the compilation's header names its {n} respondents"), n=named)
    if given is RespondentsGiven.listed:
        return phrase(N_("the summary lists its {n} respondents"), n=count)
    if header and ds.query.asked_of:
        return phrase(
            N_(
                "the compilation's header names the {n} countries asked to answer, not those "
                "who answered"
            ),
            n=len(ds.query.asked_of),
        )
    if given is RespondentsGiven.unknown:
        return phrase(N_("the summary neither lists nor counts its respondents"))
    if ds.query.count_basis is CountBasis.public_answer:
        return phrase(
            N_(
                "the summary does not list its respondents ({n} gave a public answer; more may "
                "have answered)"
            ),
            n=count,
        )
    return phrase(N_("the summary does not list its respondents ({n} answered)"), n=count)


def response(ds: Dataset, c: Country) -> Response:
    """The response of country `c`; NotFound where the summary does not list it among the
    respondents, saying what the summary does say."""
    found = ds.response_by_code(c.code)
    if found is not None:
        return found
    name = f"{c.code} ({c.name.en})"
    if ds.answered(c.code) is None:
        template = N_(
            "{name}: {given}, so it gives no answers or measures per country; "
            "'adhocq show {code}' shows what it says of {code}"
        )
        raise NotFound(phrase(template, name=name, given=given_phrase(ds), code=c.code))
    if ds.query.requester_country == c.code:
        template = N_("{name} asked this query; the summary does not list it as a respondent")
        raise NotFound(phrase(template, name=name))
    template = N_(
        "{name} is an EMN {membership} but did not answer this query; see 'adhocq info' for "
        "the respondents"
    )
    raise NotFound(phrase(template, name=name, membership=N_(c.membership.value)))
