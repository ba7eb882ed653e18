"""Whole-picture questions: the countries x types matrix and side-by-side profiles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from adhocq import ask
from adhocq.cli.present.results import answer_columns, make_result, text
from adhocq.errors import UsageProblem
from adhocq.messages import N_, phrase, tr
from adhocq.model import Dataset, MeasureType, Response
from adhocq.output.result import Cell, Result


def _types(ds: Dataset, category: str | None) -> list[MeasureType]:
    if category is None:
        return list(ds.types)
    return [t for t in ds.types if t.category == category]


def matrix(ds: Dataset, lang: str, category: str | None = None, transpose: bool = False) -> Result:
    """One row per respondent, one yes/no column per type (in category order) and the row's
    total; the column totals as a footer. Transposed: one row per type, one column per country.
    Totals are for people: machine formats leave them out unless asked (`--totals`).
    `category`: a category's id, whose types alone are shown."""
    types = _types(ds, category)
    scope = f" ({category})" if category is not None else ""
    if transpose:
        return _matrix_by_type(ds, lang, types, scope)
    columns = [("code", N_("Code")), ("name", N_("Country")), *answer_columns(ds, True, lang)]
    taken = {name for name, _ in columns} | {"total"}
    keys = [type_column(t.id, taken) for t in types]
    columns += [(key, t.id) for key, t in zip(keys, types, strict=True)]
    columns.append(("total", N_("Total")))
    grid = ask.matrix(ds, [t.id for t in types])
    rows: list[tuple[Cell, ...]] = []
    for r, marks in grid:
        answers = [r.answer(q.id) for q in ds.questions]
        rows.append((r.code, text(r.country.name, lang), *answers, *marks, sum(marks)))
    totals = [sum(marks[index] for _, marks in grid) for index in range(len(types))]
    yes = [sum(1 for r in ds.responses if r.answer(q.id)) for q in ds.questions]
    footer: tuple[Cell, ...] = (tr(lang, "Total"), "", *yes, *totals, sum(totals))
    title = tr(lang, "Countries x measure types named in the summary{scope}").format(scope=scope)
    result = make_result(ds, lang, title, columns, rows, keys, True, not ds.questions)
    return _with_totals(result, footer)


def type_column(type_id: str, taken: set[str]) -> str:
    """A type's column is named by its id, or `type:ID` where the id is the name of another
    column of the same table ("code", "total", an answer's column): never two columns alike."""
    return f"type:{type_id}" if type_id in taken else type_id


def _with_totals(result: Result, footer: tuple[Cell, ...]) -> Result:
    columns = tuple(replace(c, summary=True) if c.name == "total" else c for c in result.columns)
    return replace(result, columns=columns, footer=footer)


def _matrix_by_type(ds: Dataset, lang: str, types: list[MeasureType], scope: str) -> Result:
    codes = [r.code for r in ds.responses]
    columns = [("type", N_("Type")), *zip(codes, codes, strict=True), ("total", N_("Total"))]
    grid = ask.matrix(ds, [t.id for t in types])
    rows: list[tuple[Cell, ...]] = []
    for index, t in enumerate(types):
        reported = [marks[index] for _, marks in grid]
        rows.append((t.id, *reported, sum(reported)))
    per_country = [sum(marks) for _, marks in grid]
    title = tr(lang, "Measure types x countries named in the summary{scope}").format(scope=scope)
    result = make_result(ds, lang, title, columns, rows, codes, True, not ds.questions)
    return _with_totals(result, (tr(lang, "Total"), *per_country, sum(per_country)))


def compare(
    ds: Dataset, lang: str, responses: Sequence[Response], show_all: bool = False
) -> Result:
    """Profiles side by side: one row per question (the answers), then one row per type with a
    mark per country."""
    seen = [r.code for r in responses]
    if len(set(seen)) != len(seen):
        template = N_("compare needs different countries, got {codes}")
        raise UsageProblem(phrase(template, codes=" ".join(seen)))
    if len(responses) < 2:
        raise UsageProblem(N_("compare needs at least two country codes"))
    columns: list[tuple[str, str]] = [
        ("type", N_("Type")),
        ("category", N_("Category")),
        ("label", N_("Label")),
    ]
    columns += [(r.code, r.code) for r in responses]
    rows: list[tuple[Cell, ...]] = [
        (q.column, "", text(q.statement, lang), *(r.answer(q.id) for r in responses))
        for q in ds.questions
    ]
    for t in ds.types:
        reported = [t.id in r.type_ids() for r in responses]
        if show_all or any(reported):
            rows.append((t.id, t.category, text(t.label, lang), *reported))
    names = ", ".join(f"{r.country.name.get(lang)} ({r.code})" for r in responses)
    title = tr(lang, "Compared: {names}; measure types named in the summary").format(names=names)
    return make_result(ds, lang, title, columns, rows, seen, True, not ds.questions)
