"""Whole-picture questions: the countries x types matrix and side-by-side profiles."""

from __future__ import annotations

from collections.abc import Sequence

from adhocq.errors import UsageProblem
from adhocq.model import Dataset, Lang, MeasureType
from adhocq.query import category_id, make_result, respondent
from adhocq.result import Cell, Result


def _types(ds: Dataset, category: str | None) -> list[MeasureType]:
    if category is None:
        return list(ds.types)
    wanted = category_id(ds, category)
    return [t for t in ds.types if t.category == wanted]


def matrix(ds: Dataset, lang: Lang, category: str | None = None, transpose: bool = False) -> Result:
    """One row per respondent, one column per type (in category order), row and column totals.
    Transposed: one row per type, one column per country."""
    types = _types(ds, category)
    scope = f" ({category_id(ds, category)})" if category is not None else ""
    if transpose:
        return _matrix_by_type(ds, lang, types, scope)
    # Numbered headers keep the grid narrow enough for a terminal; the title is the legend.
    columns = [("code", "Code"), ("name", "Country"), ("offers_service", "Service")]
    columns += [(t.id, str(number)) for number, t in enumerate(types, 1)] + [("total", "Total")]
    rows: list[tuple[Cell, ...]] = []
    for r in ds.responses:
        marks = [t.id in r.type_ids() for t in types]
        rows.append((r.code, r.country.name.get(lang), r.offers_service, *marks, sum(marks)))
    totals = [sum(1 for r in ds.responses if t.id in r.type_ids()) for t in types]
    offering = sum(1 for r in ds.responses if r.offers_service)
    rows.append(("total", "", offering, *totals, sum(totals)))
    groups: dict[str, list[str]] = {}
    for number, t in enumerate(types, 1):
        groups.setdefault(t.category, []).append(f"{number} {t.id}")
    legend = "; ".join(f"{category}: {', '.join(items)}" for category, items in groups.items())
    title = f"Countries x measure types{scope}: {legend}"
    return make_result(ds, title, columns, rows, marks=[t.id for t in types])


def _matrix_by_type(ds: Dataset, lang: Lang, types: list[MeasureType], scope: str) -> Result:
    codes = [r.code for r in ds.responses]
    country_columns = [code.lower() for code in codes]
    columns = [("type", "Type"), *zip(country_columns, codes, strict=True), ("total", "Total")]
    rows: list[tuple[Cell, ...]] = []
    for t in types:
        reported = [t.id in r.type_ids() for r in ds.responses]
        rows.append((t.id, *reported, sum(reported)))
    per_country = [sum(1 for t in types if t.id in r.type_ids()) for r in ds.responses]
    rows.append(("total", *per_country, sum(per_country)))
    title = f"Measure types x countries{scope}"
    return make_result(ds, title, columns, rows, country_columns)


def compare(ds: Dataset, lang: Lang, codes: Sequence[str], show_all: bool = False) -> Result:
    """Profiles side by side: the service, then one row per type with a mark per country."""
    responses = [respondent(ds, code) for code in codes]
    seen = [r.code for r in responses]
    if len(set(seen)) != len(seen):
        raise UsageProblem(f"compare needs different countries, got {' '.join(seen)}")
    if len(responses) < 2:
        raise UsageProblem("compare needs at least two country codes")
    columns = [("type", "Type"), ("category", "Category"), ("label", "Label")]
    columns += [(r.code.lower(), r.code) for r in responses]
    rows: list[tuple[Cell, ...]] = [
        ("offers_service", "", "Offers a customer service", *(r.offers_service for r in responses))
    ]
    for t in ds.types:
        reported = [t.id in r.type_ids() for r in responses]
        if show_all or any(reported):
            rows.append((t.id, t.category, t.label.get(lang), *reported))
    names = ", ".join(f"{r.country.name.get(lang)} ({r.code})" for r in responses)
    country_columns = [r.code.lower() for r in responses]
    return make_result(ds, f"Compared: {names}", columns, rows, country_columns)
