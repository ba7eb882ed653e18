"""The [query] table of a file: who asked, when, how the summary gives its respondents, its
title as printed, its sources and how much of it the file holds (`assemble.build` calls
`query`)."""

from __future__ import annotations

import datetime
from typing import Any

from adhocq import model as m
from adhocq.reading.assemble_answers import Declared, mention_parser
from adhocq.reading.schema import LANGUAGE, Checker


def query(
    table: Any, c: Checker, bullets: dict[str, m.Bullet], known: dict[str, m.Country]
) -> m.Query | None:
    path = "query"
    if not c.is_table(table, path):
        return None
    c.keys(
        table,
        path,
        required={"id", "title", "published", "coverage", "themes", "sources", "bullets"},
        # A summary may not say who asked, when, or how many answered: then the file leaves
        # them out.
        optional={"notes", "findings_read", "requester_country", "requester", "asked", "default"}
        | {"respondent_count", "count_basis", "title_printed", "respondents_named"}
        | {"compiled", "list_printed", "asked_of", "topics"},
    )
    requester_country = c.get(table, "requester_country", path, str)
    if requester_country is not None and requester_country not in known:
        c.problem(f"{path}.requester_country", f"unknown country code {requester_country!r}")
    asked = c.get(table, "asked", path, str)
    if asked is not None and m.asked_day(asked) is None:
        c.problem(f"{path}.asked", f"expected a month as 'YYYY-MM' or a day, got {asked!r}")
    compiled = c.get(table, "compiled", path, datetime.date)
    topics = _topics(table, path, c)
    list_printed = c.get(table, "list_printed", path, str)
    said = table.get("published")
    unknown_date = said == UNKNOWN_DATE  # said so: no page read shows it
    if isinstance(said, str) and not unknown_date:
        message = f'expected a date (YYYY-MM-DD, no quotes) or "{UNKNOWN_DATE}", got a string'
        c.problem(f"{path}.published", message)
    published = None if isinstance(said, str) else c.get(table, "published", path, datetime.date)
    count = c.get(table, "respondent_count", path, int)
    basis = c.choice(table, "count_basis", path, m.CountBasis) if "count_basis" in table else None
    if basis is not None and count is None:
        c.problem(f"{path}.count_basis", "says what respondent_count counts, but there is none")
    coverage = c.choice(table, "coverage", path, m.Coverage)
    read = _findings_read(table, path, coverage, c)
    sources = c.table_list(table, "sources", path, lambda t, p: _source(c, t, p))
    themes = c.text_list(table, "themes", path)
    notes = c.text_list(table, "notes", path) if "notes" in table else []
    ident, title = c.ident(table, "id", path), c.text(table, "title", path)
    requester = c.text(table, "requester", path)
    default = c.get(table, "default", path, bool)
    printed = _title_printed(table, path, title, c)
    if ident is None or title is None or coverage is None:
        return None
    if published is None and not unknown_date:  # its problem is reported
        return None
    return m.Query(
        ident,
        title,
        requester_country,
        requester,
        asked,
        published,
        count,
        coverage,
        read,
        tuple(themes),
        tuple(sources),
        tuple(bullets.values()),
        tuple(notes),
        bool(default),
        basis or m.CountBasis.answered,
        printed,
        compiled=compiled,
        list_printed=list_printed,
        topics=topics,
    )


def _topics(table: dict[str, Any], path: str, c: Checker) -> tuple[str, ...]:
    """The topics of `adhocq.topics` the query is tagged with, each once."""
    from adhocq.topics import TOPIC_IDS

    said = c.get(table, "topics", path, list) or []
    found: list[str] = []
    for index, topic in enumerate(said):
        where = f"{path}.topics[{index}]"
        if topic not in TOPIC_IDS:
            c.problem(where, f"unknown topic {topic!r} (expected one of: {', '.join(TOPIC_IDS)})")
        elif topic in found:
            c.problem(where, f"duplicate topic {topic!r}")
        else:
            found.append(topic)
    return tuple(found)


def respondents_named(
    raw: dict[str, Any], c: Checker, declared: Declared, query: m.Query
) -> tuple[m.Mention, ...]:
    """The respondents a summary names without listing them all ("including BE"): countries,
    each once, no more than the count; only where the file has no [[responses]]."""
    path = "query.respondents_named"
    if "respondents_named" in raw["query"] and "responses" in raw:
        c.problem(path, "the respondents are listed in [[responses]]: they name them all")
        return ()
    named = _countries(raw, "respondents_named", c, declared, "a respondent")
    if query.respondent_count is not None and len(named) > query.respondent_count:
        c.problem(path, f"names {len(named)} respondents of {query.respondent_count}")
    return named


def asked_of(raw: dict[str, Any], c: Checker, declared: Declared) -> tuple[m.Mention, ...]:
    """The countries a compilation's header says responses were requested from."""
    return _countries(raw, "asked_of", c, declared, "a country asked")


def _countries(
    raw: dict[str, Any], key: str, c: Checker, declared: Declared, what: str
) -> tuple[m.Mention, ...]:
    """A list of countries in [query], each as printed, each a country, each once."""
    path = f"query.{key}"
    items = c.get(raw["query"], key, "query", list)
    if items is None:
        return ()
    parse = mention_parser(c, declared)
    found = [parse(item, f"{path}[{i}]") for i, item in enumerate(items)]
    named = tuple(x for x in found if x is not None)
    for i, x in enumerate(named):
        if x.code is None:
            c.problem(f"{path}[{i}]", f"{x.printed!r} names no EMN country: {what} is one")
    codes = [x.code for x in named]
    if len(set(codes)) != len(codes):
        c.problem(path, "a country is named twice")
    return named


def _title_printed(
    table: dict[str, Any], path: str, title: m.Text | None, c: Checker
) -> tuple[str, ...]:
    """The languages a source printed the title in (English where the file does not say): each
    a language of the title, and of a source, which is the page that printed it."""
    raw = table.get("sources")
    found = [s.get("lang") for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []
    # Where a source's language is itself a problem, that one is reported, not this.
    pages = set(found) if all(isinstance(lang, str) for lang in found) else set()
    said = "title_printed" in table
    key = f"{path}.title_printed"
    langs: list[Any] = (c.get(table, "title_printed", path, list) or []) if said else [m.ENGLISH]
    for index, lang in enumerate(langs):
        where = f"{key}[{index}]" if said else key
        if not isinstance(lang, str) or not LANGUAGE.fullmatch(lang):
            c.problem(where, f"expected a two-letter language code like 'fr', got {lang!r}")
        elif langs.index(lang) != index:
            c.problem(where, f"duplicate language {lang!r}")
        elif title is not None and not title.has(lang):
            c.problem(where, f"the title has no text in {lang!r}")
        elif pages and lang not in pages:
            c.problem(where, _no_source(lang, said))
    if said and langs == []:  # no source read prints a title: `title` is adhocq's words
        return ()
    return tuple(lang for lang in langs if isinstance(lang, str)) or (m.ENGLISH,)


def _no_source(lang: str, said: bool) -> str:
    if said:
        return f"no source is in {lang!r}, the language of a page that printed the title"
    return (
        f"no source is in {lang!r}: a title is taken as printed in English unless "
        'title_printed names its languages (title_printed = ["fr"])'
    )


UNKNOWN_DATE = "unknown"
"""`published = "unknown"`: no page read shows when the summary was published."""


def _findings_read(
    table: dict[str, Any], path: str, coverage: m.Coverage | None, c: Checker
) -> int | None:
    read = c.get(table, "findings_read", path, int)
    if coverage is m.Coverage.excerpt and read is None and "findings_read" not in table:
        c.problem(f"{path}.findings_read", "an excerpt says how many findings it holds")
    elif coverage is m.Coverage.complete and read is not None:
        c.problem(f"{path}.findings_read", "only an excerpt has findings_read")
    elif coverage in (m.Coverage.listing, m.Coverage.header) and read is not None:
        c.problem(f"{path}.findings_read", "only an excerpt has findings_read")
    elif read is not None and read < 0:
        c.problem(f"{path}.findings_read", f"expected 0 or more, got {read}")
    return read


def _source(c: Checker, table: dict[str, Any], path: str) -> m.Source | None:
    c.keys(table, path, required={"lang", "url"})
    lang, url = c.get(table, "lang", path, str), c.get(table, "url", path, str)
    if lang is not None and not LANGUAGE.fullmatch(lang):
        c.problem(f"{path}.lang", f"expected a two-letter language code like 'fr', got {lang!r}")
        lang = None
    if url is not None and not url.startswith(("https://", "http://")):
        # the address as read: some document-sharing sites serve their pages over http only
        c.problem(f"{path}.url", f"expected an https:// or http:// address, got {url!r}")
        url = None
    return m.Source(lang, url) if lang is not None and url is not None else None
