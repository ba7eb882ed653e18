"""Cutting a grid of many mark columns into several (`table.by_groups`): the runs of columns of
one group (a year of queries), and the part of a result that shows some of them."""

from collections.abc import Callable
from dataclasses import replace

from rich.table import Table
from rich.text import Text

from adhocq.output.result import Result

Grid = Callable[[Result, list[str]], Table | None]
"""The grid of a result with these headers at the terminal's width, or None where it does not
fit (`table._grid`)."""
Fits = Callable[[list[int]], bool]
"""Whether these columns of the result (by index) fit the terminal's width as one grid."""


def by_groups(
    result: Result, headers: list[str], fits_columns: Fits, grid: Grid
) -> list[Table | Text] | None:
    """The numbered grid cut into several, each of whole groups of mark columns where they fit
    (a group wider than the terminal is cut too), each under a line naming its groups; None
    where the mark columns have no groups or even one mark column does not fit."""
    if not any(column.group for column in result.columns if column.mark):
        return None
    parts: list[Table | Text] = []
    current: list[int] = []

    def fits(chosen: list[int]) -> bool:
        return fits_columns(kept_columns(result, chosen))

    def close() -> None:
        groups = list(dict.fromkeys(result.columns[i].group for i in current))
        label = f"{groups[0]} – {groups[-1]}" if len(groups) > 1 else groups[0]
        parts.extend(
            [Text(label, style="bold"), grid(*sub_result(result, headers, current)) or Text("")]
        )

    for run in runs(result):
        if current and not fits([*current, *run]):
            close()
            current = []
        for piece in [run] if fits(run) else [[i] for i in run]:  # a group wider than all
            if current and not fits([*current, *piece]):
                close()
                current = []
            if not fits([*current, *piece]):
                return None
            current += piece
    if current:
        close()
    return parts


def runs(result: Result) -> list[list[int]]:
    """The indexes of the mark columns, in runs of consecutive columns of one group."""
    found: list[list[int]] = []
    for index, column in enumerate(result.columns):
        if not column.mark:
            continue
        if found and result.columns[found[-1][-1]].group == column.group:
            found[-1].append(index)
        else:
            found.append([index])
    return found


def kept_columns(result: Result, marks: list[int]) -> list[int]:
    """The indexes of the columns a part shows: every other column, and the mark columns
    `marks`."""
    return [i for i, column in enumerate(result.columns) if not column.mark or i in marks]


def sub_result(result: Result, headers: list[str], marks: list[int]) -> tuple[Result, list[str]]:
    """`result` with its other columns and only the mark columns `marks`, and their headers."""
    kept = kept_columns(result, marks)
    rows = tuple(tuple(row[i] for i in kept) for row in result.rows)
    footer = None if result.footer is None else tuple(result.footer[i] for i in kept)
    columns = tuple(result.columns[i] for i in kept)
    return replace(result, columns=columns, rows=rows, footer=footer), [headers[i] for i in kept]
