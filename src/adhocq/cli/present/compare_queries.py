"""Two or more countries side by side across queries (`compare CODE CODE --queries`): for each
query, what its summary says of each country, as the corpus index knows it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from adhocq import ask
from adhocq.across import Listing
from adhocq.cli.present.across_queries import caption, columns, linked, sources
from adhocq.errors import UsageProblem
from adhocq.messages import N_, tr
from adhocq.model import iso_date
from adhocq.output.result import Cell, Column, Result

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex

LEGEND = N_(
    "answered: the summary lists or names it among the respondents; named: a finding or a "
    "measure names it; asked: it asked the query; empty: the summary neither lists nor names "
    "it (where a summary only counts its respondents, it may still have answered)."
)


def compare(index: CorpusIndex, lang: str, codes: Sequence[str], show_all: bool = False) -> Result:
    """One row per query, newest first, with a cell per country: what the query says of it
    (`Listing.roles`); the queries that say nothing of any of them only with `show_all`. The
    number of queries that say something of each country is the footer."""
    if len(set(codes)) != len(codes):
        raise UsageProblem(f"compare needs different countries, got {' '.join(codes)}")
    if len(codes) < 2:
        raise UsageProblem("compare needs at least two country codes")
    every = ask.queries(index)
    rows = [_row(x, codes) for x in every]
    rows = [row for row in rows if show_all or any(row[2:])]
    headers = (
        *linked(columns(lang, ("query", N_("Query")), ("published", N_("Published"))), "query"),
        *(Column(code, code) for code in codes),
    )
    said = [sum(1 for row in rows if row[2 + at]) for at in range(len(codes))]
    footer: tuple[Cell, ...] = (tr(lang, "Total"), "", *said)
    title = tr(lang, "Compared across the ad hoc queries: {codes} ({found} of {total} queries)")
    title = title.format(codes=", ".join(codes), found=len(rows), total=len(every))
    note = caption(len(every), lang) + "\n" + tr(lang, LEGEND)
    links = sources(every, lang)
    why = tr(lang, "no summary lists or names {codes}").format(codes=", ".join(codes))
    return Result(
        title, headers, tuple(rows), note, footer=footer, empty_reason=why, lang=lang, links=links
    )


def _row(x: Listing, codes: Sequence[str]) -> tuple[Cell, ...]:
    return (x.id, iso_date(x.published), *(x.roles(code) for code in codes))
