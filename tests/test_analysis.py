from __future__ import annotations

from dataclasses import replace

import pytest

from adhocq.cli.input import category_id, respondent
from adhocq.cli.present import analysis, query
from adhocq.errors import UsageProblem
from adhocq.model import Dataset


def test_matrix_marks_totals_and_service(dataset: Dataset) -> None:
    result = analysis.matrix(dataset, "en")
    names = result.names
    assert names[:3] == ["code", "name", "offers_service"] and names[-1] == "total"
    assert names[3:-1] == [t.id for t in dataset.types]
    rows = {row[0]: row for row in result.rows}
    cz = rows["CZ"]
    assert [names[i] for i, v in enumerate(cz) if v is True] == [
        "offers_service", "staffing", "training", "psychological-support",
        "stakeholder-coordination",
    ]  # fmt: skip
    assert cz[-1] == 4
    assert "total" not in rows  # the totals are a footer, never a row among the countries
    total = result.footer
    assert total is not None
    assert total[2] == 14 and total[names.index("staffing")] == 6 and total[-1] == 30
    assert [c.name for c in result.columns if c.mark] == names[3:-1]
    assert [c.name for c in result.columns if c.summary] == ["total"]
    machine = result.without_summaries()
    assert machine.footer is None and machine.names == names[:-1]
    assert all(isinstance(v, bool) for row in machine.rows for v in row[2:])


def test_matrix_category_and_transpose(dataset: Dataset) -> None:
    narrow = analysis.matrix(dataset, "en", category=category_id(dataset, "PREPAREDNESS"))
    assert narrow.names[3:-1] == ["lessons-past-crises", "lessons-other-countries"]
    flipped = analysis.matrix(dataset, "en", category="preparedness", transpose=True)
    assert flipped.names[0] == "type" and flipped.names[-1] == "total"
    by_type = {row[0]: row for row in flipped.rows}
    es = flipped.names.index("ES")  # upper-case codes, as every other output writes them
    assert by_type["lessons-other-countries"][es] is True
    assert "total" not in by_type and flipped.footer is not None and flipped.footer[-1] == 2


def test_compare_leaves_out_types_none_report_unless_all(dataset: Dataset) -> None:
    result = analysis.compare(dataset, "en", [respondent(dataset, c) for c in ["se", "LT"]])
    assert result.names == ["type", "category", "label", "SE", "LT"]
    assert [row[0] for row in result.rows] == [
        "offers_service", "flexible-resources", "reprioritisation",
    ]  # fmt: skip
    assert result.rows[2][3:] == (True, False)
    everything = analysis.compare(
        dataset, "en", [respondent(dataset, c) for c in ["se", "lt"]], show_all=True
    )
    assert len(everything.rows) == 1 + len(dataset.types)


def test_compare_needs_two_different_respondents(dataset: Dataset) -> None:
    with pytest.raises(UsageProblem, match="at least two"):
        analysis.compare(dataset, "en", [respondent(dataset, c) for c in ["cz"]])
    with pytest.raises(UsageProblem, match="different countries"):
        analysis.compare(dataset, "en", [respondent(dataset, c) for c in ["cz", "CZ"]])


def test_set_logic_on_countries(dataset: Dataset) -> None:
    def codes(**filters: list[str]) -> set[str]:
        result = query.countries(dataset, "en", **filters)  # type: ignore[arg-type]
        return {str(row[0]) for row in result.rows}

    assert codes(any_of=["training", "templates"]) == {"CZ", "PL", "FI"}
    assert codes(any_of=["training", "templates"], lacks=["staffing"]) == {"PL", "FI"}
    assert codes(has=["flexible-resources"], lacks=["new-procedures", "reprioritisation"]) == {
        "CY", "LT",
    }  # fmt: skip
    no_service = query.countries(dataset, "en", answers={"service": False}, lacks=["staffing"])
    assert {row[0] for row in no_service.rows} == {"HR", "LU", "SI", "SK"}


def test_non_respondents(dataset: Dataset) -> None:
    result = query.non_respondents(dataset, "fr")
    assert result.rows == (
        ("DE", "Allemagne"), ("EE", "Estonie"), ("EL", "Grèce"), ("IE", "Irlande"),
        ("MT", "Malte"), ("PT", "Portugal"), ("RO", "Roumanie"),
    )  # fmt: skip


def test_a_type_named_like_a_fixed_column_gets_its_own_column(dataset: Dataset) -> None:
    """A type may have any id, "code" or "total" included: its column is then `type:ID`."""
    renamed = {"staffing": "code", "training": "total"}
    types = tuple(replace(t, id=renamed.get(t.id, t.id)) for t in dataset.types)
    responses = tuple(
        replace(r, measures=tuple(replace(m, type=renamed.get(m.type, m.type)) for m in r.measures))
        for r in dataset.responses
    )
    matrix = analysis.matrix(replace(dataset, types=types, responses=responses), "en")
    names = matrix.names
    assert len(names) == len(set(names))
    assert names[:5] == ["code", "name", "offers_service", "type:code", "type:total"]
    cz = next(row for row in matrix.rows if row[0] == "CZ")
    assert cz[3:5] == (True, True) and cz[-1] == 4
