"""The terminal table: the only module that imports Rich. Data is never read as markup, and
control characters are made visible before Rich sees them."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from adhocq.result import Cell, Result, make_visible


def _text(value: Cell) -> Text:
    if value is None:
        return Text("")
    if isinstance(value, bool):
        return Text("yes" if value else "no", style="green" if value else "red")
    if isinstance(value, tuple):
        return Text(", ".join(make_visible(item) for item in value))
    if isinstance(value, (int, float)):
        return Text(str(value))
    return Text(make_visible(value))


def build(result: Result) -> Table:
    table = Table(
        title=Text(make_visible(result.title), style="bold"),
        caption=Text(make_visible(result.caption), style="dim"),
        header_style="bold",
        expand=False,
    )
    for column in result.columns:
        numeric = column.name in {"count", "share_pct"}
        table.add_column(
            Text(column.header), justify="right" if numeric else "left", overflow="fold"
        )
    for row in result.rows:
        table.add_row(*(_text(value) for value in row))
    return table


def records(result: Result) -> Group:
    """One "Header: value" line per cell, a blank line between rows: for terminals too narrow
    for the grid, so that nothing is cut or folded mid-word."""
    lines = [Text(make_visible(result.title), style="bold"), Text("")]
    for row in result.rows:
        for column, value in zip(result.columns, row, strict=True):
            line = Text(f"{column.header}: ", style="bold")
            line.append_text(_text(value))
            lines.append(line)
        lines.append(Text(""))
    lines.append(Text(make_visible(result.caption), style="dim"))
    return Group(*lines)


def write(result: Result, stream: TextIO, width: int | None = None) -> None:
    console = Console(file=stream, width=width, markup=False, emoji=False, highlight=False)
    table = build(result)
    # Measured without the terminal's limit: the narrowest the grid can be without splitting words.
    unbounded = console.options.update_width(10_000)
    fits = console.measure(table, options=unbounded).minimum <= console.width
    console.print(table if fits else records(result))
