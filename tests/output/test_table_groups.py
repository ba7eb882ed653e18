"""A grid of more mark columns than a terminal holds, even numbered, is cut into several grids of
whole groups (output/table_groups.py): each under the groups it holds, numbered on from the one
before, with one legend; without groups it falls back to records as before."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from rich.console import Console

from adhocq.output.result import Cell, Column, Result
from adhocq.output.table import picture

YEARS = ("2025",) * 6 + ("2024",) * 6 + ("2012",) * 6


def wide() -> Result:
    marks = tuple(Column(f"query-{n:02}", f"query-{n:02}", mark=True, group=year)
                  for n, year in enumerate(YEARS, 1))  # fmt: skip
    columns = (Column("code", "Code"), *marks)
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (code, *(n % 3 == i for n in range(len(marks))))
        for i, code in enumerate(("AT", "BE", "CZ"))
    )
    return Result("Grid", columns, rows)


def shown(result: Result, width: int) -> str:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(picture(result, width))
    return console.export_text()


def test_the_grid_is_cut_at_whole_groups_and_numbered_on() -> None:
    text = shown(wide(), 50)
    labels = [line for line in text.splitlines() if re.fullmatch(r"\d{4}( – \d{4})?", line)]
    assert labels == ["2025", "2024", "2012"]  # each group fits alone, two together do not
    numbers = re.findall(r"┃ (\d+) ", text)
    assert numbers == [str(n) for n in range(1, 19)]
    assert "1=query-01" in text and "18=query-18" in text  # one legend names them all
    assert "Code: AT" not in text  # no fallback to records


def test_groups_that_fit_together_share_a_grid() -> None:
    text = shown(wide(), 60)
    assert "2025 – 2024" in text and "\n2012\n" in text
    assert not re.search(r"^\d{4}", shown(wide(), 100), re.M)  # numbered, it fits whole


def test_without_groups_a_grid_too_wide_is_shown_as_records() -> None:
    plain = wide()
    plain = replace(plain, columns=tuple(replace(c, group="") for c in plain.columns))
    assert "Code: AT" in shown(plain, 50)
