"""Questions across queries as tables: the queries of the dataset (`queries`) and everything it
says of one country (`country`)."""

from __future__ import annotations

import calendar
import datetime
import re

from adhocq import ask
from adhocq.cli.present.profile import coverage
from adhocq.cli.present.query import text
from adhocq.countries import EMN_COUNTRIES
from adhocq.errors import UsageProblem
from adhocq.model import Corpus, Coverage, Dataset
from adhocq.output.result import Cell, Column, Json, Result

NOT_NAMED_ACROSS = (
    "Only what the summaries list or name is shown; a country missing from a query may still "
    "have answered it."
)
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?")


def caption(corpus: Corpus) -> str:
    n = len(corpus.queries)
    return f"Sources: {n} EMN ad hoc query {'summary' if n == 1 else 'summaries'}"


def country_code(raw: str, corpus: Corpus) -> str:
    """An EMN country as typed: its code (any case, GR for EL) or its name in any language of
    the dataset (any case or accents); else a usage error."""
    from adhocq.cli.typed import country_code as code_of
    from adhocq.cli.typed import named

    every = [country for ds in corpus.queries for country in ds.countries]
    return code_of(raw, named(every, every_emn=True))


def date_bound(raw: str, option: str, end: bool) -> datetime.date:
    """`2024`, `2024-03` or `2024-03-26` as the first day it covers (or the last, for `end`)."""
    found = _DATE.fullmatch(raw.strip())
    try:
        if found is None:
            raise ValueError
        year, month, day = (int(part) if part else None for part in found.groups())
        assert year is not None
        first_month, last_month = (month, month) if month else (1, 12)
        if day is not None:
            return datetime.date(year, first_month, day)
        if not end:
            return datetime.date(year, first_month, 1)
        return datetime.date(year, last_month, calendar.monthrange(year, last_month)[1])
    except ValueError:
        message = f"{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, got {raw!r}"
        raise UsageProblem(message) from None


def queries(
    corpus: Corpus,
    lang: str,
    country: str | None = None,
    requester: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
) -> Result:
    """One row per query, newest first, filtered as `ask.queries` filters."""
    if search is not None and not search.strip():
        raise UsageProblem("--search text is empty; give a word to look for")
    found = ask.queries(
        corpus,
        country=country_code(country, corpus) if country is not None else None,
        requester=country_code(requester, corpus) if requester is not None else None,
        since=date_bound(since, "--since", end=False) if since is not None else None,
        until=date_bound(until, "--until", end=True) if until is not None else None,
        text=search,
    )
    rows = [_query_row(ds, lang) for ds in found]
    columns = (
        Column("id", "Id"),
        Column("published", "Published"),
        Column("requester_country", "By"),
        Column("requester", "Requester"),
        Column("title", "Title"),
        Column("respondents", "Respondents"),
        Column("coverage", "Coverage"),
    )
    title = f"Ad hoc queries ({len(rows)} of {len(corpus.queries)}), newest first"
    note = caption(corpus) + ("\n" + NOT_NAMED_ACROSS if country is not None else "")
    return Result(title, columns, tuple(rows), note)


def _query_row(ds: Dataset, lang: str) -> tuple[Cell, ...]:
    q = ds.query
    return (
        q.id,
        q.published.isoformat(),
        q.requester_country,
        text(q.requester, lang) if q.requester is not None else None,
        text(q.title, lang),
        q.respondent_count,
        coverage(q),
    )


def country(corpus: Corpus, lang: str, raw: str) -> Result:
    """Each query a country answered, and each finding that names it."""
    code = country_code(raw, corpus)
    rows: list[tuple[Cell, ...]] = []
    for seen in ask.appearances(corpus, code):
        q = seen.query.query
        published = q.published.isoformat()
        if seen.measure is not None:
            measure = seen.measure
            what = (f"measure:{measure.type}", text(measure.description, lang))
            rows.append((q.id, published, "named", *what))
        elif seen.finding is not None:
            finding = seen.finding
            rows.append((q.id, published, "named", finding.id, text(finding.text, lang)))
        else:
            rows.append((q.id, published, "answered", None, text(q.title, lang)))
    columns = (
        Column("query", "Query"),
        Column("published", "Published"),
        Column("appears", "Appears"),
        Column("finding", "Finding"),
        Column("text", "Text"),
    )
    name = next(en for c, _, en, _ in EMN_COUNTRIES if c == code)
    queries = len({row[0] for row in rows})
    title = f"{name} ({code}) in the ad hoc queries: {queries} of {len(corpus.queries)}"
    return Result(title, columns, tuple(rows), caption(corpus) + "\n" + NOT_NAMED_ACROSS)


def describe(corpus: Corpus, lang: str) -> Result:
    """The dataset as a whole: its queries, their dates, requesters and coverage, the countries
    they list or name, and the default query."""
    queries = ask.queries(corpus)
    dates = sorted(ds.query.published for ds in queries)
    requesters = sorted({ds.query.requester_country or "" for ds in queries} - {""})
    involved = {code for ds in queries for code in ask.named_codes(ds)}
    involved |= {r.code for ds in queries for r in ds.responses}
    complete = sum(1 for ds in queries if ds.query.coverage is Coverage.complete)
    default = corpus.default()
    languages = sorted({lang for ds in queries for lang in ds.languages})
    document: dict[str, Json] = {
        "queries": len(queries),
        "first_published": dates[0].isoformat() if dates else None,
        "last_published": dates[-1].isoformat() if dates else None,
        "requesters": [*requesters],
        "complete": complete,
        "excerpts": len(queries) - complete,
        "countries_listed_or_named": len(involved),
        "languages": [*languages],
        "default_query": default.query.id if default is not None else None,
        "query_ids": [*(ds.query.id for ds in queries)],
    }
    rows: list[tuple[Cell, ...]] = [
        ("queries", len(queries)),
        ("published", f"{dates[0]} to {dates[-1]}" if dates else None),
        ("requesters", tuple(requesters)),
        ("coverage", f"{complete} complete, {len(queries) - complete} excerpts"),
        ("countries_listed_or_named", len(involved)),
        ("languages", tuple(languages)),
        ("default_query", default.query.id if default is not None else None),
    ]
    rows += [("query", ds.query.id) for ds in queries]
    title = f"The dataset: {len(queries)} ad hoc queries"
    columns = (Column("field", "Field"), Column("value", "Value"))
    return Result(title, columns, tuple(rows), caption(corpus), document=document)
