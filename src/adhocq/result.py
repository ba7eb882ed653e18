"""The neutral shape every query returns and every renderer takes."""

from collections.abc import Callable
from dataclasses import replace

from adhocq.record import Record, record

Cell = str | int | float | bool | tuple[str, ...] | None


@record
class Column(Record):
    name: str
    """Stable snake_case key: the CSV header and the JSON key."""
    header: str
    """What a person reads above the column in a table."""
    mark: bool = False
    """A yes/no column of a grid (matrix, compare): a table shows a mark, not yes/no."""


@record
class Result(Record):
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""
    highlight: str | None = None
    """Text whose occurrences (compared case- and accent-insensitively) a table emphasises."""

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    def map_text(self, change: Callable[[str], str]) -> "Result":
        """The same result with `change` applied to every string, in cells and in lists."""

        def cell(value: Cell) -> Cell:
            if isinstance(value, str):
                return change(value)
            if isinstance(value, tuple):
                return tuple(change(item) for item in value)
            return value

        rows = tuple(tuple(cell(value) for value in row) for row in self.rows)
        return replace(self, rows=rows, title=change(self.title), caption=change(self.caption))


def text_cell(value: Cell, list_separator: str = ";") -> str:
    """A cell as flat text: booleans `true`/`false`, lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return list_separator.join(value)
    return str(value)


def _visible_char(char: str) -> str:
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"\\x{code:02x}"
    return char


def make_visible(text: str) -> str:
    """Control characters (C0, DEL, C1) shown as `\\x1b` so none reaches a terminal raw."""
    if text.isprintable():
        return text
    return "".join(_visible_char(char) for char in text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Prefix a quote to a cell a spreadsheet would otherwise run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text
