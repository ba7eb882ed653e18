"""Who took part in which query: countries x queries (`matrix --queries`) and, per query, how
many answered and how many the summary names (`count --by query`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adhocq import ask
from adhocq.cli.present.across_queries import absence_note, columns, linked, sources
from adhocq.cli.present.results import text
from adhocq.cli.present.wording import COUNT_BASIS
from adhocq.messages import N_, tr
from adhocq.model import Country, iso_date
from adhocq.output.picture import Bar, Chart
from adhocq.output.result import Cell, Column, Result

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex


ROLES = (
    ("asked", "Q", N_("asked the query")),
    ("answered", "A", N_("listed or named among those that answered")),
    ("named", "N", N_("named in a finding or for a measure")),
    ("asked, answered", "QA", N_("asked and answered")),
    ("asked, named", "QN", N_("asked, and named")),
    ("requested", "R", N_("asked to answer, by a header that names those asked")),
)


def matrix(index: CorpusIndex, lang: str) -> Result:
    """One row per country some query declares, one column per query (newest first): what
    the summary says of the country (`Listing.status`: asked, answered, named), empty where it
    says nothing; the number of queries per country as the total. A table shows each status as
    a letter, with a line that says what each means."""
    queries = ask.queries(index)
    countries: dict[str, Country] = {}
    for declared in ask.countries(index):
        countries.setdefault(declared.code, declared)
    headers = [*columns(lang, ("code", N_("Code")), ("name", N_("Country")))]
    undated = tr(lang, "date not known")
    headers += [
        Column(x.id, x.id, mark=True, group=str(x.dated_on.year) if x.dated_on else undated)
        for x in queries
    ]
    headers.append(Column("total", tr(lang, "Total"), summary=True))
    rows: list[tuple[Cell, ...]] = []
    for code, country in countries.items():
        marks = [x.roles(code) for x in queries]  # a list, as compare --queries writes it
        seen = sum(1 for mark in marks if mark)
        rows.append((code, text(country.name, lang), *marks, seen))
    per_query = [sum(1 for row in rows if row[2 + i]) for i in range(len(queries))]
    footer: tuple[Cell, ...] = (tr(lang, "Total"), "", *per_query, sum(per_query))
    title = tr(lang, "Countries x {n} ad hoc queries: asked, answered (listed) or named")
    title = title.format(n=len(queries))
    note = absence_note(len(queries), lang)
    shorts = tuple((word, short, tr(lang, meaning)) for word, short, meaning in ROLES)
    return Result(
        title, tuple(headers), tuple(rows), note, footer=footer, lang=lang, abbreviations=shorts
    )


def by_query(index: CorpusIndex, lang: str) -> Result:
    """One row per query, newest first: the respondents the summary counts, how many it lists,
    and the countries it lists or names."""
    rows: list[tuple[Cell, ...]] = []
    for x in ask.queries(index):
        listed = len(x.respondents) if x.respondents else None
        named = x.countries
        basis = COUNT_BASIS[x.count_basis] if x.respondent_count is not None else None
        count = (x.respondent_count, basis, listed, len(named), named, x.uncoded)
        rows.append((x.id, iso_date(x.published), *count))
    headers = linked(
        columns(
            lang,
            ("query", N_("Query")),
            ("published", N_("Published")),
            ("respondents", N_("Respondents")),
            ("count_basis", N_("Counted")),
            ("listed", N_("Listed")),
            ("count", N_("Countries named")),
            ("countries", N_("Codes")),
            ("uncoded", N_("Printed, no EMN code")),
        ),
        "query",
    )
    title = tr(lang, "Respondents and countries named per query ({n} queries)")
    title = title.format(n=len(rows))
    note = absence_note(len(rows), lang)
    links = sources(ask.listings(index), lang)  # an HTML export links each id to its summary
    return Result(title, headers, tuple(rows), note, lang=lang, links=links)


def by_query_chart(index: CorpusIndex, lang: str) -> Chart:
    """The countries each query lists or names, as bars, longest first."""
    table = by_query(index, lang)  # its title and caption
    bars = [Bar(x.id, len(x.countries)) for x in ask.queries(index)]
    bars.sort(key=lambda bar: -bar.count)
    return Chart(table.title, tuple(bars), table.caption)
