"""Raw TOML tables -> the frozen model, every check going through a Checker that collects
located problems instead of stopping at the first. The query and what it declares are built
here; the respondents and the findings in `assemble_answers`."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from adhocq import model as m
from adhocq.countries import EMN_COUNTRIES
from adhocq.reading.assemble_answers import (
    Declared,
    finding_builder,
    mention_parser,
    response_builder,
)
from adhocq.reading.declarations import (
    category_builder,
    country_builder,
    finding_kind_builder,
    measure_type_builder,
    question_builder,
)
from adhocq.reading.schema import LANGUAGE, Checker

SCHEMA_VERSION = 2
_UNIQUE = (
    ("questions", "id", "question id"),
    ("questions", "column", "question column"),
    ("finding_kinds", "id", "finding kind id"),
    ("categories", "id", "category id"),
    ("types", "id", "type id"),
    ("countries", "code", "country code"),
    ("responses", "country", "country code"),
    ("findings", "id", "finding id"),
)
_EMN = tuple(
    m.Country(code, m.Membership(membership), m.Text(en, (m.Translation("fr", fr),)))
    for code, membership, en, fr in EMN_COUNTRIES
)
_REQUIRED = {"schema_version", "query"}
_OPTIONAL = {"questions", "finding_kinds", "categories", "types", "countries", "responses"}
_OPTIONAL |= {"findings"}


def build(raw: dict[str, Any], c: Checker) -> m.Dataset | None:
    version = raw.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # 2.0 == 2 and True == 1
        # Nothing else is checked: a file in another format would get a problem at every key.
        c.problem("schema_version", _version_problem(version))
        return None
    c.keys(raw, "", required=_REQUIRED, optional=_OPTIONAL)
    bullets = _query_bullets(raw, c)
    for key, field, what in _UNIQUE:
        c.unique(raw, key, "", field, what)
    _distinct_names(raw, c)
    # References are checked against what is declared, even where a declaration has its own
    # problem, so that one mistake is reported once and not again at every use.
    bullet_ids = set(bullets)
    questions = _optional_list(raw, "questions", c, question_builder(c, bullet_ids))
    kinds = _optional_list(raw, "finding_kinds", c, finding_kind_builder(c))
    categories = _optional_list(raw, "categories", c, category_builder(c))
    category_ids = _declared(raw, "categories", "id")
    types = _optional_list(raw, "types", c, measure_type_builder(c, category_ids))
    if "countries" in raw:
        countries = c.table_list(raw, "countries", "", country_builder(c))
        codes = _declared(raw, "countries", "code")
    else:
        countries = list(_EMN)
        codes = {country.code for country in countries}
    declared = Declared(
        countries={x.code: x for x in countries},
        codes=codes,
        types=_declared(raw, "types", "id"),
        questions=_declared(raw, "questions", "id"),
        kinds=_declared(raw, "finding_kinds", "id"),
        bullets=bullet_ids,
    )
    responses = _optional_list(raw, "responses", c, response_builder(c, declared))
    findings = _optional_list(raw, "findings", c, finding_builder(c, declared))
    query = _query(raw.get("query"), c, bullets, declared.countries)
    if query is not None:
        named = _respondents_named(raw, c, declared, query)
        query = replace(query, respondents_named=named) if named else query
    raw_responses = raw.get("responses")
    answered = len(raw_responses) if isinstance(raw_responses, list) else 0
    # Without [[responses]], the summary gives a count of respondents (or none) and no list.
    counted = isinstance(raw.get("query"), dict) and "respondent_count" in raw["query"]
    if query is not None and "responses" in raw and not counted:
        c.problem("query.respondent_count", f"missing: the file lists {answered} [[responses]]")
    elif (
        query is not None and "responses" in raw and query.respondent_count not in (answered, None)
    ):
        c.problem(
            "query.respondent_count",
            f"says {query.respondent_count} respondents but there are {answered} [[responses]]",
        )
    if query is None or c.problems:
        return None
    return m.Dataset(
        query,
        tuple(questions),
        tuple(kinds),
        tuple(categories),
        tuple(types),
        tuple(countries),
        tuple(responses),
        tuple(findings),
        _languages(raw),
    )


def _version_problem(version: Any) -> str:
    if version is None:
        return f"missing required key 'schema_version' (this adhocq reads {SCHEMA_VERSION})"
    if type(version) is not int:
        return f"expected the integer {SCHEMA_VERSION}, got {version!r}"
    if version == 1:
        return (
            "schema_version 1 is the first format of adhocq files; this adhocq reads "
            f"schema_version {SCHEMA_VERSION}, where questions, answers and finding kinds are "
            "declared in the file (see docs/design.md, 'Dataset format')"
        )
    return f"unsupported schema_version {version!r} (this adhocq reads {SCHEMA_VERSION})"


def _optional_list(
    raw: dict[str, Any], key: str, c: Checker, build: Callable[[dict[str, Any], str], Any]
) -> list[Any]:
    return c.table_list(raw, key, "", build) if key in raw else []


def _declared(raw: dict[str, Any], key: str, field: str) -> set[str]:
    items = raw.get(key)
    if not isinstance(items, list):
        return set()
    return {i[field] for i in items if isinstance(i, dict) and isinstance(i.get(field), str)}


def _distinct_names(raw: dict[str, Any], c: Checker) -> None:
    """A question and a measure type are both something a country is asked about (`map --by`,
    the rows of `compare`): they may not share an id."""
    types = _declared(raw, "types", "id")
    items = raw.get("questions")
    for index, item in enumerate(items if isinstance(items, list) else []):
        ident = item.get("id") if isinstance(item, dict) else None
        if isinstance(ident, str) and ident in types:
            c.problem(f"questions[{index}].id", f"{ident!r} is also a measure type id")


def _languages(raw: Any) -> tuple[str, ...]:
    """Every language a text of the file is written in: English, then the others A to Z."""
    found: set[str] = set()
    pending = [raw]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            if isinstance(value.get(m.ENGLISH), str):
                found.update(key for key in value if isinstance(value[key], str))
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return (m.ENGLISH, *sorted(found - {m.ENGLISH}))


def _query_bullets(raw: dict[str, Any], c: Checker) -> dict[str, m.Bullet]:
    query = raw.get("query")
    if not isinstance(query, dict):
        return {}

    def bullet(table: dict[str, Any], path: str) -> m.Bullet | None:
        c.keys(table, path, required={"id", "title"})
        ident, title = c.ident(table, "id", path), c.text(table, "title", path)
        return m.Bullet(ident, title) if ident and title else None

    c.unique(query, "bullets", "query", "id", "bullet id")
    found = c.table_list(query, "bullets", "query", bullet)
    return {b.id: b for b in found}


def _query(
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
        | {"respondent_count", "count_basis", "title_printed", "respondents_named"},
    )
    requester_country = c.get(table, "requester_country", path, str)
    if requester_country is not None and requester_country not in known:
        c.problem(f"{path}.requester_country", f"unknown country code {requester_country!r}")
    asked = c.get(table, "asked", path, str)
    if asked is not None and not re.fullmatch(r"[0-9]{4}-[0-9]{2}", asked):
        c.problem(f"{path}.asked", f"expected a month as 'YYYY-MM', got {asked!r}")
    published = c.get(table, "published", path, datetime.date)
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
    if ident is None or title is None or published is None or coverage is None:
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
    )


def _respondents_named(
    raw: dict[str, Any], c: Checker, declared: Declared, query: m.Query
) -> tuple[m.Mention, ...]:
    """The respondents a summary names without listing them all ("including BE"): countries,
    each once, no more than the count; only where the file has no [[responses]]."""
    path = "query.respondents_named"
    items = c.get(raw["query"], "respondents_named", "query", list)
    if items is None:
        return ()
    if "responses" in raw:
        c.problem(path, "the respondents are listed in [[responses]]: they name them all")
        return ()
    parse = mention_parser(c, declared)
    found = [parse(item, f"{path}[{i}]") for i, item in enumerate(items)]
    named = tuple(x for x in found if x is not None)
    for i, x in enumerate(named):
        if x.code is None:
            c.problem(f"{path}[{i}]", f"{x.printed!r} names no EMN country: a respondent is one")
    codes = [x.code for x in named]
    if len(set(codes)) != len(codes):
        c.problem(path, "a country is named twice")
    if query.respondent_count is not None and len(named) > query.respondent_count:
        c.problem(path, f"names {len(named)} respondents of {query.respondent_count}")
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
    if said and langs == [] and isinstance(table["title_printed"], list):
        c.problem(key, "expected at least one language")
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
    return tuple(lang for lang in langs if isinstance(lang, str)) or (m.ENGLISH,)


def _no_source(lang: str, said: bool) -> str:
    if said:
        return f"no source is in {lang!r}, the language of a page that printed the title"
    return (
        f"no source is in {lang!r}: a title is taken as printed in English unless "
        'title_printed names its languages (title_printed = ["fr"])'
    )


def _findings_read(
    table: dict[str, Any], path: str, coverage: m.Coverage | None, c: Checker
) -> int | None:
    read = c.get(table, "findings_read", path, int)
    if coverage is m.Coverage.excerpt and read is None and "findings_read" not in table:
        c.problem(f"{path}.findings_read", "an excerpt says how many findings it holds")
    elif coverage is m.Coverage.complete and read is not None:
        c.problem(f"{path}.findings_read", "only an excerpt has findings_read")
    elif read is not None and read < 1:
        c.problem(f"{path}.findings_read", f"expected at least 1, got {read}")
    return read


def _source(c: Checker, table: dict[str, Any], path: str) -> m.Source | None:
    c.keys(table, path, required={"lang", "url"})
    lang, url = c.get(table, "lang", path, str), c.get(table, "url", path, str)
    if lang is not None and not LANGUAGE.fullmatch(lang):
        c.problem(f"{path}.lang", f"expected a two-letter language code like 'fr', got {lang!r}")
        lang = None
    if url is not None and not url.startswith("https://"):
        c.problem(f"{path}.url", f"expected an https:// address, got {url!r}")
        url = None
    return m.Source(lang, url) if lang is not None and url is not None else None
