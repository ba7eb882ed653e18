"""Builders of what a query file declares: its questions, finding kinds, categories, measure
types and countries, each checked through the Checker."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adhocq import model as m
from adhocq.countries import ALIASES, CODE
from adhocq.reading.schema import Checker

_COLUMN = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")


def question_builder(
    c: Checker, bullets: set[str]
) -> Callable[[dict[str, Any], str], m.Question | None]:
    texts = ("label", "statement", "yes", "no")

    def build(table: dict[str, Any], path: str) -> m.Question | None:
        c.keys(table, path, required={"id", "column", "source", *texts}, optional={"short"})
        ident = c.ident(table, "id", path)
        column = c.get(table, "column", path, str)
        if column is not None and not _COLUMN.fullmatch(column):
            c.problem(f"{path}.column", f"expected a snake_case name like 'offers_help', got "
                      f"{column!r}")  # fmt: skip
            column = None
        label, statement, yes, no = (c.text(table, key, path) for key in texts)
        source = c.reference(table, "source", path, bullets, "summary bullet")
        short = c.text(table, "short", path)
        if not (ident and column and label and statement and yes and no and source):
            return None
        if "short" in table and short is None:
            return None
        return m.Question(ident, column, label, statement, yes, no, source, short)

    return build


def finding_kind_builder(c: Checker) -> Callable[[dict[str, Any], str], m.FindingKind | None]:
    def build(table: dict[str, Any], path: str) -> m.FindingKind | None:
        c.keys(table, path, required={"id", "label"})
        ident, label = c.ident(table, "id", path), c.text(table, "label", path)
        return m.FindingKind(ident, label) if ident and label else None

    return build


def category_builder(c: Checker) -> Callable[[dict[str, Any], str], m.Category | None]:
    def build(table: dict[str, Any], path: str) -> m.Category | None:
        c.keys(table, path, required={"id", "label"})
        ident, label = c.ident(table, "id", path), c.text(table, "label", path)
        return m.Category(ident, label) if ident and label else None

    return build


def measure_type_builder(
    c: Checker, categories: set[str]
) -> Callable[[dict[str, Any], str], m.MeasureType | None]:
    def build(table: dict[str, Any], path: str) -> m.MeasureType | None:
        c.keys(table, path, required={"id", "category", "label"})
        ident, label = c.ident(table, "id", path), c.text(table, "label", path)
        category = c.reference(table, "category", path, categories, "category")
        return m.MeasureType(ident, category, label) if ident and category and label else None

    return build


def country_builder(c: Checker) -> Callable[[dict[str, Any], str], m.Country | None]:
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
