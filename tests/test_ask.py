from __future__ import annotations

import subprocess
import sys

import pytest

from adhocq import ask
from adhocq.model import Dataset, Measure, Response


def codes(responses: tuple[Response, ...]) -> list[str]:
    return [r.code for r in responses]


def test_respondents_by_types_category_and_answer(dataset: Dataset) -> None:
    assert codes(ask.respondents(dataset, has=["staffing", "psychological-support"])) == ["CZ"]
    some = ask.respondents(dataset, any_of=["training", "templates"], lacks=["staffing"])
    assert codes(some) == ["FI", "PL"]
    assert codes(ask.respondents(dataset, category="preparedness")) == ["ES", "FI"]
    assert codes(ask.respondents(dataset, answers={"service": False})) == [
        "CY",
        "HR",
        "LU",
        "SI",
        "SK",
    ]
    with pytest.raises(ValueError, match="unknown question"):
        ask.respondents(dataset, answers={"servic": True})
    assert len(ask.respondents(dataset)) == 19


def test_measures_are_records_with_their_response(dataset: Dataset) -> None:
    found = ask.measures(dataset, types=["training"])
    assert [(r.code, m.type, m.source) for r, m in found] == [
        ("CZ", "training", "staff"), ("PL", "training", "staff"),
    ]  # fmt: skip
    assert all(isinstance(m, Measure) for _, m in found)
    assert len(ask.measures(dataset, countries=["PL"])) == 4
    assert ask.measures(dataset, types=["staffing"], category="preparedness") == ()


def test_named_for_and_by_type(dataset: Dataset) -> None:
    assert codes(ask.named_for(dataset, ["lessons-past-crises", "lessons-other-countries"])) == [
        "ES", "FI",
    ]  # fmt: skip
    counts = {t.id: len(named) for t, named in ask.by_type(dataset)}
    assert counts["staffing"] == 6 and sum(counts.values()) == 30


def test_ids_are_exact_and_unknown_ones_are_value_errors(dataset: Dataset) -> None:
    with pytest.raises(ValueError, match="unknown measure type"):
        ask.respondents(dataset, has=["STAFFING"])
    with pytest.raises(ValueError, match="unknown category: nope"):
        ask.types_in(dataset, "nope")


def test_counts_and_matrix_are_records(dataset: Dataset) -> None:
    categories = {c.id: codes(named) for c, named in ask.by_category(dataset)}
    assert categories["preparedness"] == ["ES", "FI"]
    assert len(categories["staff-support"]) == 10
    rows = ask.matrix(dataset, ["training", "staffing"])
    cz = next(marks for r, marks in rows if r.code == "CZ")
    assert len(rows) == 19 and cz == (True, True)  # in dataset order: staffing, then training
    it = next(marks for r, marks in rows if r.code == "IT")
    assert it == (False, False)
    with pytest.raises(ValueError, match="unknown measure type"):
        ask.matrix(dataset, ["stafing"])


def test_search_returns_hits_in_each_language(dataset: Dataset) -> None:
    hits = ask.search(dataset, "PSYCHO")
    assert {(h.country, h.lang) for h in hits if h.field.startswith("measure:")} == {
        (code, lang) for code in ("CZ", "ES", "FI") for lang in ("en", "fr")
    }
    assert all(isinstance(h, ask.Hit) for h in hits)
    assert ask.search(dataset, "psycho", "fr") == tuple(h for h in hits if h.lang == "fr")
    with pytest.raises(ValueError, match="empty"):
        ask.search(dataset, "  ")


def test_questions_across_queries_and_search_are_imported_when_first_used() -> None:
    probe = (
        "import sys, types\n"
        "import adhocq.ask as ask\n"
        "print('adhocq.ask.across_queries' in sys.modules, 'adhocq.ask.texts' in sys.modules)\n"
        "print(all(hasattr(ask, name) for name in ask.__all__))\n"
        "import adhocq.across, adhocq.ask.across_queries, adhocq.ask.texts\n"
        "print(ask.queries is adhocq.ask.across_queries.queries,"
        " ask.search is adhocq.ask.texts.search)\n"
        "print(isinstance(ask.search, types.FunctionType), ask.Hit is adhocq.across.Hit)\n"
        "print('adhocq.reading.index' in sys.modules, 'sqlite3' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout == "False False\nTrue\nTrue True\nTrue True\nFalse False\n"
