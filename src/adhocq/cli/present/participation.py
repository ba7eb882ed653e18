"""Who took part in which query: countries x queries (`matrix --queries`) and, per query, how
many answered and how many the summary names (`count --by query`)."""

from __future__ import annotations

from adhocq import ask
from adhocq.cli.present.corpus import NOT_NAMED_ACROSS, caption
from adhocq.cli.present.query import text
from adhocq.model import Corpus, Dataset
from adhocq.output.result import Bar, Cell, Chart, Column, Result

ANSWERED, NAMED = "answered", "named"


def _status(ds: Dataset, code: str) -> str | None:
    if ds.response_by_code(code) is not None:
        return ANSWERED
    if code in ask.named_codes(ds):
        return NAMED
    return None


def _in_date_order(corpus: Corpus) -> list[Dataset]:
    return sorted(corpus.queries, key=lambda ds: (ds.query.published, ds.query.id))


def matrix(corpus: Corpus, lang: str) -> Result:
    """One row per EMN country, one column per query (oldest first): `answered` where the
    summary lists it among the respondents, `named` where it names it otherwise, empty where
    it does neither; the number of queries per country as the total."""
    queries = _in_date_order(corpus)
    countries = {c.code: c for ds in queries for c in ds.countries}
    columns = [Column("code", "Code"), Column("name", "Country")]
    columns += [Column(ds.query.id, ds.query.id, mark=True) for ds in queries]
    columns.append(Column("total", "Total", summary=True))
    rows: list[tuple[Cell, ...]] = []
    for code, country in countries.items():
        marks = [_status(ds, code) for ds in queries]
        seen = sum(1 for mark in marks if mark is not None)
        rows.append((code, text(country.name, lang), *marks, seen))
    per_query = [sum(1 for row in rows if row[2 + i] is not None) for i in range(len(queries))]
    footer: tuple[Cell, ...] = ("Total", "", *per_query, sum(per_query))
    title = f"Countries x {len(queries)} ad hoc queries: answered (listed) or named"
    note = caption(corpus) + "\n" + NOT_NAMED_ACROSS
    return Result(title, tuple(columns), tuple(rows), note, footer=footer)


def _named(ds: Dataset) -> tuple[str, ...]:
    codes = ask.named_codes(ds) | {r.code for r in ds.responses}
    return tuple(c.code for c in ds.countries if c.code in codes)


def by_query(corpus: Corpus, lang: str) -> Result:
    """One row per query, newest first: the respondents the summary counts, how many it lists,
    and the countries it lists or names."""
    rows: list[tuple[Cell, ...]] = []
    for ds in ask.queries(corpus):
        q = ds.query
        listed = len(ds.responses) if ds.responses else None
        named = _named(ds)
        rows.append((q.id, q.published.isoformat(), q.respondent_count, listed, len(named), named))
    columns = (
        Column("query", "Query"),
        Column("published", "Published"),
        Column("respondents", "Respondents"),
        Column("listed", "Listed"),
        Column("count", "Countries named"),
        Column("countries", "Codes"),
    )
    title = f"Respondents and countries named per query ({len(rows)} queries)"
    note = caption(corpus) + "\n" + NOT_NAMED_ACROSS
    return Result(title, columns, tuple(rows), note)


def by_query_chart(corpus: Corpus, lang: str) -> Chart:
    """The countries each query lists or names, as bars, longest first."""
    table = by_query(corpus, lang)  # its title and caption
    bars = [Bar(ds.query.id, len(_named(ds))) for ds in ask.queries(corpus)]
    bars.sort(key=lambda bar: -bar.count)
    return Chart(table.title, tuple(bars), table.caption)
