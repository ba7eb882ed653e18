"""The queries closest to a draft (`related TEXT`): one row per query, best first, with what
it is, where the draft's words are in it and the best of those texts; with a country, its
role in each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adhocq import ask
from adhocq.across import Hit, Match
from adhocq.cli.present.across_queries import absence_note, caption, columns, linked, sources
from adhocq.cli.present.results import title
from adhocq.cli.present.wording import RESPONDENTS_GIVEN, appearance
from adhocq.messages import N_, Message, shown, tr
from adhocq.model import iso_date
from adhocq.output.result import Cell, Result

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex

# Where a passage is, as a person reads it ("finding ie-topics-tested").
_WHERE: dict[str, Message] = {
    "query": N_("title"),
    "theme": N_("theme"),
    "bullet": N_("bullet"),
    "question": N_("question"),
    "finding": N_("finding"),
}


def related(
    index: CorpusIndex, lang: str, text: str, limit: int | None, code: str | None = None
) -> Result:
    """The `limit` queries closest to `text` (all that share a word with it where `limit` is
    None), best first; with `code`, that country's role in each and what names it."""
    found = ask.related(index, text, limit)
    named = ask.named_in(index, code) if code is not None else {}
    rows = [(n, *_row(m, lang, code, named)) for n, m in enumerate(found, start=1)]
    headers: tuple[tuple[str, Message], ...] = (
        ("rank", N_("Rank")),
        ("query", N_("Query")),
        ("date", N_("Date")),
        ("requester_country", N_("By")),
        ("title", N_("Title")),
        ("respondents", N_("Respondents")),
        ("respondents_given", N_("Respondents given")),
        ("coverage", N_("Coverage")),
        ("topics", N_("Topics")),
        ("matched", N_("Found in")),
        ("passage", N_("Passage")),
        ("score", N_("Score")),
    )
    if code is not None:
        headers += (("country", N_("Country")), ("role", N_("Role")), ("named_in", N_("Named in")))
    total = ask.size(index)
    heading = tr(lang, "Ad hoc queries closest to “{text}” ({found} of {total}), closest first")
    note = absence_note(total, lang) if code is not None else caption(total, lang)
    note += "\n" + tr(
        lang,
        "Closest: sharing the draft's rarest words (BM25 over titles, themes, questions, "
        "findings and topics); the score compares queries of this draft only.",
    )
    return Result(
        heading.format(text=_quoted(text), found=len(rows), total=total),
        linked(columns(lang, *headers), "query"),
        tuple(rows),
        note,
        empty_reason="" if rows else tr(lang, "no query shares a word with the draft"),
        lang=lang,
        links=sources((m.listing for m in found), lang),
    )


def _row(
    match: Match, lang: str, code: str | None, named: dict[str, tuple[str, ...]]
) -> tuple[Cell, ...]:
    x = match.listing
    row: tuple[Cell, ...] = (
        x.id,
        iso_date(x.dated_on),
        x.requester_country,
        title(x, lang),
        x.respondent_count,
        RESPONDENTS_GIVEN[x.respondents_given],
        x.coverage.value,
        x.topics,
        tuple(_where(hit, lang, described=not x.title_printed) for hit in match.passages),
        match.passages[0].text if match.passages else None,
        round(match.score, 2),
    )
    if code is not None:
        role = ", ".join(shown(lang, appearance(each)) for each in x.role(code))
        row += (code, role, named.get(x.id, ()))
    return row


QUOTED = 80
"""How much of a draft a title quotes, at most (in characters)."""


def _quoted(text: str) -> str:
    """The draft as a title quotes it: on one line, cut at QUOTED characters."""
    line = " ".join(text.split())
    return line if len(line) <= QUOTED else line[: QUOTED - 1] + "…"


def _where(hit: Hit, lang: str, described: bool) -> str:
    """Where a matched text is: "title", "finding ie-topics-tested" (no text: a list of these
    is read whole, as lists are, where texts may hold the separator); the title of a query no
    source titles (`described`) is said to be adhocq's words."""
    kind, _, rest = hit.field.partition(":")
    where = shown(lang, _WHERE[kind.split(".")[0]])
    if described and kind == "query.title":
        where = tr(lang, "title (adhocq's words)")
    ident = rest.rsplit(".", 1)[0]
    return f"{where} {ident}" if ident else where
