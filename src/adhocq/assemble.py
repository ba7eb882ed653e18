"""Raw TOML tables -> the frozen model, every check going through a Checker that collects
located problems instead of stopping at the first."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

from adhocq import model as m
from adhocq.countries import ALIASES, CODE
from adhocq.schema import Checker

# Column names of the matrix, where each type id is a column too, and the other values of
# `map --by`.
RESERVED_TYPE_IDS = frozenset({"code", "name", "total", "offers-service", "measures"})
_UNIQUE = (
    ("categories", "id", "category id"),
    ("types", "id", "type id"),
    ("countries", "code", "country code"),
    ("responses", "country", "country code"),
    ("findings", "id", "finding id"),
)


def build(raw: dict[str, Any], c: Checker) -> m.Dataset | None:
    c.keys(
        raw,
        "",
        required={
            "schema_version",
            "query",
            "categories",
            "types",
            "countries",
            "responses",
            "findings",
        },
    )
    version = c.get(raw, "schema_version", "", int)
    if version is not None and version != 1:
        c.problem("schema_version", f"unsupported schema_version {version} (expected 1)")
    bullets = _query_bullets(raw, c)
    for key, field, what in _UNIQUE:
        c.unique(raw, key, "", field, what)
    # References are checked against what is declared, even where a declaration has its own
    # problem, so that one mistake is reported once and not again at every use.
    categories = c.table_list(raw, "categories", "", _category(c))
    types = c.table_list(raw, "types", "", _measure_type(c, _declared(raw, "categories", "id")))
    countries = c.table_list(raw, "countries", "", _country(c))
    known = {x.code: x for x in countries}
    type_ids = _declared(raw, "types", "id")
    declared_codes = _declared(raw, "countries", "code")
    responses = c.table_list(
        raw, "responses", "", _response(c, known, declared_codes, type_ids, bullets)
    )
    findings = c.table_list(raw, "findings", "", _finding(c, bullets))
    query = _query(raw.get("query"), c, bullets, known)
    raw_responses = raw.get("responses")
    answered = len(raw_responses) if isinstance(raw_responses, list) else 0
    if query is not None and query.respondent_count != answered:
        c.problem(
            "query.respondent_count",
            f"says {query.respondent_count} respondents but there are {answered} [[responses]]",
        )
    if query is None or c.problems:
        return None
    return m.Dataset(
        query, tuple(categories), tuple(types), tuple(countries), tuple(responses), tuple(findings)
    )


def _declared(raw: dict[str, Any], key: str, field: str) -> set[str]:
    items = raw.get(key)
    if not isinstance(items, list):
        return set()
    return {i[field] for i in items if isinstance(i, dict) and isinstance(i.get(field), str)}


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
        required={
            "id",
            "title",
            "requester_country",
            "requester",
            "asked",
            "published",
            "respondent_count",
            "themes",
            "sources",
            "bullets",
        },
        optional={"notes"},
    )
    requester_country = c.get(table, "requester_country", path, str)
    if requester_country is not None and requester_country not in known:
        c.problem(f"{path}.requester_country", f"unknown country code {requester_country!r}")
    asked = c.get(table, "asked", path, str)
    if asked is not None and not re.fullmatch(r"[0-9]{4}-[0-9]{2}", asked):
        c.problem(f"{path}.asked", f"expected a month as 'YYYY-MM', got {asked!r}")
    published = c.get(table, "published", path, datetime.date)
    count = c.get(table, "respondent_count", path, int)
    sources = c.table_list(table, "sources", path, lambda t, p: _source(c, t, p))
    themes = c.text_list(table, "themes", path)
    notes = c.text_list(table, "notes", path) if "notes" in table else []
    ident, title = c.ident(table, "id", path), c.text(table, "title", path)
    requester = c.text(table, "requester", path)
    if (
        ident is None
        or title is None
        or requester_country is None
        or requester is None
        or asked is None
        or published is None
        or count is None
    ):
        return None
    return m.Query(
        ident,
        title,
        requester_country,
        requester,
        asked,
        published,
        count,
        tuple(themes),
        tuple(sources),
        tuple(bullets.values()),
        tuple(notes),
    )


def _source(c: Checker, table: dict[str, Any], path: str) -> m.Source | None:
    c.keys(table, path, required={"lang", "url"})
    lang, url = c.get(table, "lang", path, str), c.get(table, "url", path, str)
    if lang is not None and not re.fullmatch(r"[a-z]{2}", lang):
        c.problem(f"{path}.lang", f"expected a two-letter language code like 'fr', got {lang!r}")
        lang = None
    if url is not None and not url.startswith("https://"):
        c.problem(f"{path}.url", f"expected an https:// address, got {url!r}")
        url = None
    return m.Source(lang, url) if lang is not None and url is not None else None


def _category(c: Checker) -> Callable[[dict[str, Any], str], m.Category | None]:
    def build(table: dict[str, Any], path: str) -> m.Category | None:
        c.keys(table, path, required={"id", "label"})
        ident, label = c.ident(table, "id", path), c.text(table, "label", path)
        return m.Category(ident, label) if ident and label else None

    return build


def _measure_type(
    c: Checker, categories: set[str]
) -> Callable[[dict[str, Any], str], m.MeasureType | None]:
    def build(table: dict[str, Any], path: str) -> m.MeasureType | None:
        c.keys(table, path, required={"id", "category", "label"})
        ident, label = c.ident(table, "id", path), c.text(table, "label", path)
        if ident in RESERVED_TYPE_IDS:
            # Reported, but kept so that the measures using it do not each report it again.
            c.problem(f"{path}.id", f"{ident!r} cannot be a measure type id: adhocq uses that "
                      "name itself (matrix columns, map --by)")  # fmt: skip
        category = c.reference(table, "category", path, categories, "category")
        return m.MeasureType(ident, category, label) if ident and category and label else None

    return build


def _country(c: Checker) -> Callable[[dict[str, Any], str], m.Country | None]:
    def build(table: dict[str, Any], path: str) -> m.Country | None:
        c.keys(table, path, required={"code", "membership", "name"})
        code = c.get(table, "code", path, str)
        if code is not None and not CODE.fullmatch(code):
            c.problem(f"{path}.code", f"expected a two-letter upper-case code, got {code!r}")
            code = None
        elif code in ALIASES:
            wanted = ALIASES[code]
            c.problem(
                f"{path}.code",
                f"{code!r} is not an EMN code: write {wanted!r} (an alias for the command line)",
            )
            code = None
        membership = c.choice(table, "membership", path, m.Membership)
        name = c.text(table, "name", path)
        return m.Country(code, membership, name) if code and membership and name else None

    return build


def _response(
    c: Checker,
    known: dict[str, m.Country],
    declared_codes: set[str],
    type_ids: set[str],
    bullets: dict[str, m.Bullet],
) -> Callable[[dict[str, Any], str], m.Response | None]:
    bullet_ids = set(bullets)  # once: a set per measure would make the checks quadratic

    def measure(table: dict[str, Any], path: str) -> m.Measure | None:
        c.keys(table, path, required={"type", "description", "source"})
        kind = c.reference(table, "type", path, type_ids, "measure type")
        description = c.text(table, "description", path)
        source = c.reference(table, "source", path, bullet_ids, "summary bullet")
        return m.Measure(kind, description, source) if kind and description and source else None

    def build(table: dict[str, Any], path: str) -> m.Response | None:
        c.keys(
            table,
            path,
            required={"country", "offers_service", "source"},
            optional={"measures", "notes"},
        )
        country = None
        code = c.get(table, "country", path, str)
        if code is not None:
            country = known.get(code)
            if code not in declared_codes:
                guess = c.suggest(code, declared_codes)
                hint = f" (did you mean {guess!r}?)" if guess else ""
                c.problem(
                    f"{path}.country", f"{code!r} is not an EMN country code in [[countries]]{hint}"
                )
        offers = c.get(table, "offers_service", path, bool)
        source = c.reference(table, "source", path, bullet_ids, "summary bullet")
        measures = c.table_list(table, "measures", path, measure) if "measures" in table else []
        seen: set[str] = set()
        for index, item in enumerate(measures):
            if item.type in seen:
                c.problem(
                    f"{path}.measures[{index}].type",
                    f"measure type {item.type!r} appears twice for this country",
                )
            seen.add(item.type)
        notes = c.text_list(table, "notes", path) if "notes" in table else []
        if country is None or offers is None or source is None:
            return None
        return m.Response(country, offers, source, tuple(measures), tuple(notes))

    return build


def _finding(
    c: Checker, bullets: dict[str, m.Bullet]
) -> Callable[[dict[str, Any], str], m.Finding | None]:
    bullet_ids = set(bullets)

    def build(table: dict[str, Any], path: str) -> m.Finding | None:
        c.keys(table, path, required={"kind", "id", "text", "source"})
        kind = c.choice(table, "kind", path, m.FindingKind)
        ident, text = c.ident(table, "id", path), c.text(table, "text", path)
        source = c.reference(table, "source", path, bullet_ids, "summary bullet")
        return m.Finding(kind, ident, text, source) if kind and ident and text and source else None

    return build
