"""Raw TOML tables -> the frozen model, every check going through a Checker that collects
located problems instead of stopping at the first. The query and what it declares are built
here; the respondents and the findings in `assemble_answers`."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from adhocq import model as m
from adhocq.countries import OUTSIDE, countries_on
from adhocq.reading import assemble_query, coverage
from adhocq.reading.assemble_answers import (
    Declared,
    finding_builder,
    response_builder,
)
from adhocq.reading.declarations import (
    category_builder,
    country_builder,
    finding_kind_builder,
    measure_type_builder,
    question_builder,
)
from adhocq.reading.schema import Checker

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


@functools.lru_cache(maxsize=64)
def _emn_on(day: datetime.date | None, named: frozenset[str]) -> tuple[m.Country, ...]:
    return tuple(
        m.Country(code, m.Membership(membership), m.Text(en, (m.Translation("fr", fr),)))
        for code, membership, en, fr in countries_on(day, set(named))
    )


def _default_countries(raw: dict[str, Any]) -> tuple[m.Country, ...]:
    """The countries of a file that declares none: the EMN's on the day the query was asked
    (the first of its month where the file gives a month; where it gives neither, the day it
    was published or compiled; else today's), with a country outside them that a response or
    `asked_of` names."""
    query = raw.get("query")
    query = query if isinstance(query, dict) else {}
    asked = query.get("asked")
    day = m.asked_day(asked) if isinstance(asked, str) else None  # else a problem reported
    for key in ("published", "compiled"):
        said = query.get(key)
        if day is None and isinstance(said, datetime.date):
            day = said
    outside = {code for code, *_ in OUTSIDE}
    items = [*_dicts(raw.get("responses")), *_dicts(query.get("asked_of"))]
    named = {x.get("country", x.get("code")) for x in items} & outside
    return _emn_on(day, frozenset(c for c in named if isinstance(c, str)))


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


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
        countries = list(_default_countries(raw))
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
    query = assemble_query.query(raw.get("query"), c, bullets, declared.countries)
    if query is not None:
        named = assemble_query.respondents_named(raw, c, declared, query)
        query = replace(query, respondents_named=named) if named else query
        asked_of = assemble_query.asked_of(raw, c, declared)
        query = replace(query, asked_of=asked_of) if asked_of else query
    raw_responses = raw.get("responses")
    answered = len(raw_responses) if isinstance(raw_responses, list) else 0
    # Without [[responses]], the summary gives a count of respondents (or none) and no list.
    counted = isinstance(raw.get("query"), dict) and "respondent_count" in raw["query"]
    if query is not None and "responses" in raw and not counted:
        c.problem("query.respondent_count", f"missing: the file lists {answered} [[responses]]")
    elif (
        query is not None
        and "responses" in raw
        and query.respondent_count not in (answered, None)
        and query.coverage is not m.Coverage.header  # a header's total may disagree: kept
    ):
        c.problem(
            "query.respondent_count",
            f"says {query.respondent_count} respondents but there are {answered} [[responses]]",
        )
    if query is not None:
        coverage.claims_no_more(raw, query, c)
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

    sources = query.get("sources")
    pages = (
        {s["url"] for s in sources if isinstance(s, dict) and isinstance(s.get("url"), str)}
        if isinstance(sources, list)
        else set()
    )

    def bullet(table: dict[str, Any], path: str) -> m.Bullet | None:
        c.keys(table, path, required={"id", "title"}, optional={"page"})
        ident, title = c.ident(table, "id", path), c.text(table, "title", path)
        page = c.get(table, "page", path, str)
        if page is not None and page not in pages:
            c.problem(f"{path}.page", "expected the url of one of the query's sources")
        return m.Bullet(ident, title, page) if ident and title else None

    c.unique(query, "bullets", "query", "id", "bullet id")
    found = c.table_list(query, "bullets", "query", bullet)
    return {b.id: b for b in found}
