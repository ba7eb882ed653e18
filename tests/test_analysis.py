from __future__ import annotations

import pytest

from adhocq import analysis, query
from adhocq.errors import UsageProblem
from adhocq.model import Dataset, Lang


def test_matrix_marks_totals_and_service(dataset: Dataset) -> None:
    result = analysis.matrix(dataset, Lang.en)
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
    narrow = analysis.matrix(dataset, Lang.en, category="PREPAREDNESS")
    assert narrow.names[3:-1] == ["lessons-past-crises", "lessons-other-countries"]
    flipped = analysis.matrix(dataset, Lang.en, category="preparedness", transpose=True)
    assert flipped.names[0] == "type" and flipped.names[-1] == "total"
    by_type = {row[0]: row for row in flipped.rows}
    es = flipped.names.index("ES")  # upper-case codes, as every other output writes them
    assert by_type["lessons-other-countries"][es] is True
    assert "total" not in by_type and flipped.footer is not None and flipped.footer[-1] == 2


def test_compare_leaves_out_types_none_report_unless_all(dataset: Dataset) -> None:
    result = analysis.compare(dataset, Lang.en, ["se", "LT"])
    assert result.names == ["type", "category", "label", "SE", "LT"]
    assert [row[0] for row in result.rows] == [
        "offers_service", "flexible-resources", "reprioritisation",
    ]  # fmt: skip
    assert result.rows[2][3:] == (True, False)
    everything = analysis.compare(dataset, Lang.en, ["se", "lt"], show_all=True)
    assert len(everything.rows) == 1 + len(dataset.types)


def test_compare_needs_two_different_respondents(dataset: Dataset) -> None:
    with pytest.raises(UsageProblem, match="at least two"):
        analysis.compare(dataset, Lang.en, ["cz"])
    with pytest.raises(UsageProblem, match="different countries"):
        analysis.compare(dataset, Lang.en, ["cz", "CZ"])


def test_set_logic_on_countries(dataset: Dataset) -> None:
    def codes(**filters: list[str]) -> set[str]:
        result = query.countries(dataset, Lang.en, **filters)  # type: ignore[arg-type]
        return {str(row[0]) for row in result.rows}

    assert codes(any_of=["training", "templates"]) == {"CZ", "PL", "FI"}
    assert codes(any_of=["training", "templates"], lacks=["staffing"]) == {"PL", "FI"}
    assert codes(has=["flexible-resources"], lacks=["new-procedures", "reprioritisation"]) == {
        "CY", "LT",
    }  # fmt: skip
    no_service = query.countries(dataset, Lang.en, offers_service=False, lacks=["staffing"])
    assert {row[0] for row in no_service.rows} == {"HR", "LU", "SI", "SK"}


def test_non_respondents(dataset: Dataset) -> None:
    result = query.non_respondents(dataset, Lang.fr)
    assert result.rows == (
        ("DE", "Allemagne"), ("EE", "Estonie"), ("EL", "Grèce"), ("IE", "Irlande"),
        ("MT", "Malte"), ("PT", "Portugal"), ("RO", "Roumanie"),
    )  # fmt: skip


def test_reserved_type_ids_cover_every_name_adhocq_uses_itself(dataset: Dataset) -> None:
    from adhocq.assemble import RESERVED_TYPE_IDS
    from adhocq.mapdata import BY_CHOICES

    matrix = analysis.matrix(dataset, Lang.en)
    fixed_columns = {c.name for c in matrix.columns} - {t.id for t in dataset.types}
    kebab = {name for name in fixed_columns if "_" not in name}  # ids cannot hold "_"
    assert kebab | set(BY_CHOICES) == set(RESERVED_TYPE_IDS)
