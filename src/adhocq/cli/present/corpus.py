"""Questions across queries as tables: the queries of the dataset (`queries`) and everything it
says of one country (`country`)."""

from __future__ import annotations

import calendar
import datetime
import re

from adhocq import ask
from adhocq.cli.present.profile import coverage
from adhocq.cli.present.query import text
from adhocq.errors import UsageProblem
from adhocq.messages import N_, shown, tr
from adhocq.model import Corpus, Coverage, Dataset
from adhocq.output.result import Cell, Column, Json, Result

NOT_NAMED_ACROSS = N_(
    "Only what the summaries list or name is shown; a country missing from a query may still "
    "have answered it."
)
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?")


def caption(corpus: Corpus, lang: str = "en") -> str:
    n = len(corpus.queries)
    if n == 1:
        return tr(lang, "Sources: 1 EMN ad hoc query summary")
    return tr(lang, "Sources: {n} EMN ad hoc query summaries").format(n=n)


def absence_note(corpus: Corpus, lang: str) -> str:
    """The caption of a result across queries that shows absence."""
    return caption(corpus, lang) + "\n" + tr(lang, NOT_NAMED_ACROSS)


def columns(lang: str, *headers: tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(name, shown(lang, header)) for name, header in headers)


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
    headers = columns(
        lang,
        ("id", N_("Id")),
        ("published", N_("Published")),
        ("requester_country", N_("By")),
        ("requester", N_("Requester")),
        ("title", N_("Title")),
        ("respondents", N_("Respondents")),
        ("coverage", N_("Coverage")),
    )
    title = tr(lang, "Ad hoc queries ({found} of {total}), newest first")
    title = title.format(found=len(rows), total=len(corpus.queries))
    note = absence_note(corpus, lang) if country is not None else caption(corpus, lang)
    return Result(title, headers, tuple(rows), note, lang=lang)


def _query_row(ds: Dataset, lang: str) -> tuple[Cell, ...]:
    q = ds.query
    return (
        q.id,
        q.published.isoformat(),
        q.requester_country,
        text(q.requester, lang) if q.requester is not None else None,
        text(q.title, lang),
        q.respondent_count,
        coverage(q, lang),
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
    headers = columns(
        lang,
        ("query", N_("Query")),
        ("published", N_("Published")),
        ("appears", N_("Appears")),
        ("finding", N_("Finding")),
        ("text", N_("Text")),
    )
    # The name as a query of the dataset declares it (a file may declare its own countries).
    declared = (c for ds in corpus.queries for c in ds.countries if c.code == code)
    country = next(declared, None)
    name = country.name.get(lang) if country is not None else code
    title = tr(lang, "{name} ({code}) in the ad hoc queries: {found} of {total}").format(
        name=name, code=code, found=len({row[0] for row in rows}), total=len(corpus.queries)
    )
    return Result(title, headers, tuple(rows), absence_note(corpus, lang), lang=lang)


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
    title = tr(lang, "The dataset: {n} ad hoc queries").format(n=len(queries))
    headers = columns(lang, ("field", N_("Field")), ("value", N_("Value")))
    return Result(title, headers, tuple(rows), caption(corpus, lang), document=document, lang=lang)
