"""Questions across queries as tables: the queries of the dataset (`queries`) and everything it
says of one country (`country`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from adhocq import ask
from adhocq.across import Heading, Listing, Sighting
from adhocq.cli.present.results import text, title
from adhocq.cli.present.source import address
from adhocq.cli.present.wording import COUNT_BASIS, appearance
from adhocq.messages import N_, shown, tr
from adhocq.model import Coverage, iso_date
from adhocq.output.result import Cell, Column, Json, Result

if TYPE_CHECKING:
    import datetime

    from adhocq.reading.index import CorpusIndex

NOT_NAMED_ACROSS = N_(
    "Only what the summaries list or name is shown; a country missing from a query may still "
    "have answered it."
)


def caption(n: int, lang: str = "en") -> str:
    """The caption of a result across `n` queries."""
    if n == 1:
        return tr(lang, "Sources: the pages of 1 EMN ad hoc query")
    return tr(lang, "Sources: the pages of {n} EMN ad hoc queries").format(n=n)


def absence_note(n: int, lang: str) -> str:
    """The caption of a result across `n` queries that shows absence."""
    return caption(n, lang) + "\n" + tr(lang, NOT_NAMED_ACROSS)


def columns(lang: str, *headers: tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(name, shown(lang, header)) for name, header in headers)


def queries(
    index: CorpusIndex,
    lang: str,
    country: str | None = None,
    requester: str | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    search: str | None = None,
    latest: int | None = None,
    coverage: Coverage | None = None,
    topics: frozenset[str] | None = None,
) -> Result:
    """One row per query, newest first, filtered as `ask.queries` filters (`country`,
    `requester`: codes; `since`, `until`: the first and last day; `search`: words to look
    for); with `latest`, the newest `latest` of them. Each query's id links to its source
    where a document can link (HTML)."""
    every = ask.listings(index)
    found = ask.queries(
        index,
        country=country,
        requester=requester,
        since=since,
        until=until,
        text=search,
        coverage=coverage,
        topics=topics,
    )
    rows = [_query_row(x, lang) for x in found[:latest]]
    headers = linked(
        columns(
            lang,
            ("id", N_("Id")),
            ("published", N_("Published")),
            ("requester_country", N_("By")),
            ("requester", N_("Requester")),
            ("title", N_("Title")),
            ("title_printed", N_("Title printed in")),
            ("respondents", N_("Respondents")),
            ("count_basis", N_("Counted")),
            ("coverage", N_("Coverage")),
            ("findings_read", N_("Findings read")),
            ("url", N_("Source")),
            ("compiled", N_("Compiled")),
            ("topics", N_("Topics")),
        ),
        "id",
    )
    title = tr(lang, "Ad hoc queries ({found} of {total}), newest first")
    title = title.format(found=len(rows), total=len(every))
    note = absence_note(len(every), lang) if country is not None else caption(len(every), lang)
    return Result(title, headers, tuple(rows), note, lang=lang, links=sources(every, lang))


def _query_row(x: Listing, lang: str) -> tuple[Cell, ...]:
    return (
        x.id,
        iso_date(x.published),
        x.requester_country,
        text(x.requester, lang) if x.requester is not None else None,
        title(x, lang),
        x.title_printed,
        x.respondent_count,
        COUNT_BASIS[x.count_basis] if x.respondent_count is not None else None,
        x.coverage.value,
        x.findings_read,
        address(x.sources, lang) or None,
        iso_date(x.compiled),
        x.topics,
    )


def linked(headers: tuple[Column, ...], *names: str) -> tuple[Column, ...]:
    """`headers`, with the columns `names` (of query ids) linking to the queries' sources."""
    return tuple(replace(c, link=True) if c.name in names else c for c in headers)


def sources(listings: Iterable[Listing | Heading], lang: str) -> dict[str, str]:
    """Each query's id -> the address of its summary in `lang` (see `address`)."""
    return {x.id: url for x in listings if (url := address(x.sources, lang))}


def country(
    index: CorpusIndex, lang: str, code: str, topics: frozenset[str] | None = None
) -> Result:
    """Each query (tagged with one of `topics`), newest first, with what it says of the country
    `code`: that it asked or answered the query (its title as text) and each finding or measure
    that names it; else that the query's list of respondents leaves it out, or nothing."""
    rows: list[tuple[Cell, ...]] = []
    chosen = ask.queries(index, topics=topics)
    headings = ask.headings(index)  # after the listings: read from them, not again
    by_id = {x.id: x for x in headings}
    seen_in: dict[str, list[Sighting]] = {}
    for seen in ask.appearances(index, code):
        seen_in.setdefault(seen.query_id, []).append(seen)
    for x in chosen:
        day = iso_date(x.dated_on)
        for seen in seen_in.get(x.id, ()):
            of_query = seen.ref is None  # the query's title, printed or adhocq's translation
            said = title(by_id[seen.query_id], lang) if of_query else text(seen.text, lang)
            rows.append((seen.query_id, day, appearance(seen.appears), seen.ref, said))
        if x.id not in seen_in:
            (role,) = x.role(code)
            rows.append((x.id, day, appearance(role), None, title(x, lang)))
    headers = linked(
        columns(
            lang,
            ("query", N_("Query")),
            ("date", N_("Date")),
            ("appears", N_("Appears")),
            ("finding", N_("Finding")),
            ("text", N_("Text")),
        ),
        "query",
    )
    # The name as a query of the dataset declares it (a file may declare its own countries).
    declared = (c for c in ask.countries(index) if c.code == code)
    country = next(declared, None)
    name = country.name.get(lang) if country is not None else code
    total = ask.size(index)
    found = len({row[0] for row in rows if row[0] in seen_in})
    heading = tr(lang, "{name} ({code}) in the ad hoc queries: {found} of {total}").format(
        name=name, code=code, found=found, total=total
    )
    why = "" if rows else tr(lang, "no query has the chosen topics")
    links = sources(headings, lang)
    dates = tr(lang, "Date: of publication, else of the compilation, else when it was asked.")
    return Result(
        heading,
        headers,
        tuple(rows),
        absence_note(total, lang) + "\n" + dates,
        empty_reason=why,
        lang=lang,
        links=links,
    )


def describe(index: CorpusIndex, lang: str) -> Result:
    """The dataset as a whole: its queries, their dates, requesters and coverage, the countries
    they list or name, and the default query."""
    queries = ask.queries(index)
    dates = sorted(day for x in queries if (day := x.published) is not None)
    requesters = sorted({x.requester_country or "" for x in queries} - {""})
    involved = {code for x in queries for code in x.countries}
    complete = sum(1 for x in queries if x.coverage is Coverage.complete)
    listings = sum(1 for x in queries if x.coverage is Coverage.listing)
    header_records = sum(1 for x in queries if x.coverage is Coverage.header)
    undated = sum(1 for x in queries if x.dated_on is None)
    default = ask.default_id(index)
    languages = sorted({lang for x in queries for lang in x.languages})
    document: dict[str, Json] = {
        "queries": len(queries),
        "first_published": dates[0].isoformat() if dates else None,
        "last_published": dates[-1].isoformat() if dates else None,
        "undated": undated,
        "requesters": [*requesters],
        "complete": complete,
        "excerpts": len(queries) - complete - listings - header_records,
        "listings": listings,
        "headers": header_records,
        "countries_listed_or_named": len(involved),
        "languages": [*languages],
        "default_query": default,
        "query_ids": [*(x.id for x in queries)],
    }
    # The rows say what the document says, under the same names: values, never sentences.
    rows: list[tuple[Cell, ...]] = [
        ("queries", len(queries)),
        ("first_published", dates[0].isoformat() if dates else None),
        ("last_published", dates[-1].isoformat() if dates else None),
        ("undated", undated),
        ("requesters", tuple(requesters)),
        ("complete", complete),
        ("excerpts", len(queries) - complete - listings - header_records),
        ("listings", listings),
        ("headers", header_records),
        ("countries_listed_or_named", len(involved)),
        ("languages", tuple(languages)),
        ("default_query", default),
    ]
    rows += [("query", x.id) for x in queries]
    title = tr(lang, "The dataset: {n} ad hoc queries").format(n=len(queries))
    headers = columns(lang, ("field", N_("Field")), ("value", N_("Value")))
    note = caption(len(queries), lang)
    return Result(title, headers, tuple(rows), note, document=document, lang=lang)
