"""What the data means, in adhocq's words (see adhocq.messages for the other languages).

A summary names countries per finding; a country missing from a finding's list was not named
there, which is not the same as "no": it may still do it. Every output that shows a missing mark
says so in these words.
"""

from adhocq.messages import tr
from adhocq.model import CountBasis, Dataset, RespondentsGiven


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
    count = ds.query.respondent_count
    given = ds.respondents_given
    if given is RespondentsGiven.listed:
        return tr(lang, "the summary lists its {n} respondents").format(n=count)
    if given is RespondentsGiven.unknown:
        return tr(lang, "the summary neither lists nor counts its respondents")
    if ds.query.count_basis is CountBasis.public_answer:
        return tr(
            lang,
            "the summary does not list its respondents ({n} gave a public answer; more may have "
            "answered)",
        ).format(n=count)
    return tr(lang, "the summary does not list its respondents ({n} answered)").format(n=count)


def respondent_count(count: int | None, basis: CountBasis, lang: str) -> int | str | None:
    """The count of respondents as a cell says it: 25, "21 public answers", or None where the
    summary gives none."""
    if count is not None and basis is CountBasis.public_answer:
        return tr(lang, "{n} public answers").format(n=count)
    return count
