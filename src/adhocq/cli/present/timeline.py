"""A topic across the years (`timeline TOPIC`): each query of the topic, oldest first, and each
country's role in it, one row per query and country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adhocq import ask
from adhocq.cli.present.across_queries import absence_note, columns, linked, sources
from adhocq.cli.present.wording import appearance
from adhocq.messages import N_, shown, tr
from adhocq.model import iso_date
from adhocq.output.result import Cell, Result
from adhocq.topics import label

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex


def timeline(index: CorpusIndex, lang: str, topic: str, code: str | None = None) -> Result:
    """One row per query of `topic` (oldest first) and country (or `code` alone): the query's
    date, the country's role in it, and the findings and measures that name it."""
    rows: list[tuple[Cell, ...]] = []
    queries: set[str] = set()
    for x, country, role, refs in ask.timeline(index, topic, code):
        said = ", ".join(shown(lang, appearance(each)) for each in role)
        rows.append((x.id, iso_date(x.dated_on), country, said, refs))
        queries.add(x.id)
    headers = linked(
        columns(
            lang,
            ("query", N_("Query")),
            ("date", N_("Date")),
            ("country", N_("Country")),
            ("role", N_("Role")),
            ("named_in", N_("Named in")),
        ),
        "query",
    )
    title = tr(lang, "{topic}: {n} ad hoc queries, oldest first").format(
        topic=label(topic, lang), n=len(queries)
    )
    dates = tr(lang, "Date: of publication, else of the compilation, else when it was asked.")
    total = ask.size(index)
    why = "" if rows else tr(lang, "no query has the chosen topics")
    return Result(
        title,
        headers,
        tuple(rows),
        absence_note(total, lang) + "\n" + dates,
        empty_reason=why,
        lang=lang,
        links=sources(ask.listings(index), lang),
    )
