"""The terminal table, and SVG/HTML exports of any picture: with output/tilemap.py, the only
modules that import Rich. Data is never read as markup, and control characters are made visible
before Rich sees them."""

import io
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from adhocq.errors import AdhocqError
from adhocq.result import Cell, Result, make_visible

EXPORT_WIDTH = 110


def _text(value: Cell, highlight: str | None = None) -> Text:
    if value is None:
        return Text("")
    if isinstance(value, bool):
        return Text("yes" if value else "no", style="green" if value else "red")
    if isinstance(value, tuple):
        return Text(", ".join(make_visible(item) for item in value))
    if isinstance(value, (int, float)):
        return Text(str(value))
    text = Text(make_visible(value))
    if highlight:
        from adhocq.fold import spans

        for start, end in spans(text.plain, highlight):
            text.stylize("bold reverse", start, end)
    return text


def _is_number(value: Cell) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _mark(value: Cell) -> Text:
    if isinstance(value, bool):
        return Text("●", style="green") if value else Text("·", style="dim")
    return _text(value)


def build(result: Result) -> Table:
    table = Table(
        title=Text(make_visible(result.title), style="bold"),
        caption=Text(make_visible(result.caption), style="dim"),
        header_style="bold",
        expand=False,
    )
    for index, column in enumerate(result.columns):
        values = [row[index] for row in result.rows]
        numeric = bool(values) and all(_is_number(v) or v == "" for v in values)
        centred = column.mark or numeric and any(isinstance(v, bool) for v in values)
        table.add_column(
            Text(column.header),
            justify="center" if centred else "right" if numeric else "left",
            overflow="fold",
        )
    marks = [column.mark for column in result.columns]
    for row in result.rows:
        table.add_row(
            *(
                _mark(v) if mark else _text(v, result.highlight)
                for v, mark in zip(row, marks, strict=True)
            )
        )
    return table


def records(result: Result) -> Group:
    """One "Header: value" line per cell, a blank line between rows: for terminals too narrow
    for the grid, so that nothing is cut or folded mid-word."""
    lines = [Text(make_visible(result.title), style="bold"), Text("")]
    for row in result.rows:
        for column, value in zip(result.columns, row, strict=True):
            line = Text(f"{column.header}: ", style="bold")
            line.append_text(_text(value, result.highlight))
            lines.append(line)
        lines.append(Text(""))
    lines.append(Text(make_visible(result.caption), style="dim"))
    return Group(*lines)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich's own exits 1; adhocq's error boundary makes a closed pipe a quiet exit 0."""
        raise  # the BrokenPipeError being handled


def console(stream: TextIO, width: int | None = None) -> Console:
    target = _Console(file=stream, width=width, markup=False, emoji=False, highlight=False)
    if target.width < 1:  # COLUMNS=0, which Rich takes as it is, and then prints nothing
        import shutil

        target.width = shutil.get_terminal_size().columns  # the terminal's, else 80, as charts
    return target


def narrowest(table: Table) -> int:
    """The narrowest `table` can be without splitting a word, as Rich measures it: per column,
    its longest word (header included) and a space each side; a border between and around the
    columns. Worked out from the texts: Rich's own measure takes two passes, about 1 ms, and a
    test checks that both agree."""
    widths = []
    for column in table.columns:
        texts = [column.header, *column.cells]
        plains = [text.plain if isinstance(text, Text) else str(text) for text in texts]
        widths.append(max(max(map(cell_len, plain.split()), default=0) for plain in plains) + 2)
    return sum(widths) + len(widths) + 1


def picture(result: Result, target: Console) -> RenderableType:
    """The grid, or one field per line where the grid cannot fit without splitting words."""
    table = build(result)
    return table if narrowest(table) <= target.width else records(result)


def write(result: Result, stream: TextIO, width: int | None = None) -> None:
    target = console(stream, width)
    target.print(picture(result, target))


def write_picture(image: RenderableType, stream: TextIO) -> None:
    console(stream).print(image)


def export(image: Result | str | RenderableType, path: str, title: str) -> None:
    """Save what the terminal shows as SVG or HTML (by the file's suffix), in colour."""
    # Width and height both given, so Rich never asks the terminal (it says 80 when TERM=dumb).
    recorder = Console(
        record=True,
        file=io.StringIO(),
        width=EXPORT_WIDTH,
        height=50,
        markup=False,
        emoji=False,
        highlight=False,
        force_terminal=True,
        color_system="truecolor",
    )
    if isinstance(image, Result):
        image = picture(image, recorder)
    elif isinstance(image, str):
        image = Text(image)
    recorder.print(image)
    try:
        if path.lower().endswith(".svg"):
            recorder.save_svg(path, title=make_visible(title))
        else:
            recorder.save_html(path)
    except OSError as error:
        raise AdhocqError(f"cannot write {path}: {error.strerror or error}") from None
    except ValueError:  # a NUL byte in the name
        raise AdhocqError(f"cannot write {path!r}: not a valid file name") from None
