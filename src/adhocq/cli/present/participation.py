"""Who took part in which query: countries x queries (`matrix --queries`) and, per query, how
many answered and how many the summary names (`count --by query`)."""

from __future__ import annotations

from adhocq import ask
from adhocq.cli.present.corpus import absence_note, columns
from adhocq.cli.present.query import text
from adhocq.messages import N_, tr
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
    headers = [*columns(lang, ("code", N_("Code")), ("name", N_("Country")))]
    headers += [Column(ds.query.id, ds.query.id, mark=True) for ds in queries]
    headers.append(Column("total", tr(lang, "Total"), summary=True))
    rows: list[tuple[Cell, ...]] = []
    for code, country in countries.items():
        marks = [_status(ds, code) for ds in queries]
        seen = sum(1 for mark in marks if mark is not None)
        rows.append((code, text(country.name, lang), *marks, seen))
    per_query = [sum(1 for row in rows if row[2 + i] is not None) for i in range(len(queries))]
    footer: tuple[Cell, ...] = (tr(lang, "Total"), "", *per_query, sum(per_query))
    title = tr(lang, "Countries x {n} ad hoc queries: answered (listed) or named")
    title = title.format(n=len(queries))
    note = absence_note(corpus, lang)
    return Result(title, tuple(headers), tuple(rows), note, footer=footer, lang=lang)


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
    headers = columns(
        lang,
        ("query", N_("Query")),
        ("published", N_("Published")),
        ("respondents", N_("Respondents")),
        ("listed", N_("Listed")),
        ("count", N_("Countries named")),
        ("countries", N_("Codes")),
    )
    title = tr(lang, "Respondents and countries named per query ({n} queries)")
    title = title.format(n=len(rows))
    return Result(title, headers, tuple(rows), absence_note(corpus, lang), lang=lang)


def by_query_chart(corpus: Corpus, lang: str) -> Chart:
    """The countries each query lists or names, as bars, longest first."""
    table = by_query(corpus, lang)  # its title and caption
    bars = [Bar(ds.query.id, len(_named(ds))) for ds in ask.queries(corpus)]
    bars.sort(key=lambda bar: -bar.count)
    return Chart(table.title, tuple(bars), table.caption)
