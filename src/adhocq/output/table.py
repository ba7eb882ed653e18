"""The terminal table, and the SVG picture of anything the terminal shows: with its parts
(table_cells.py, table_groups.py) and output/tilemap.py, the only modules that import Rich.
Data is never read as markup, and control characters are made visible before Rich sees them.

The layout is worked out here rather than left to Rich, whose narrowing of a wide table can cut
an id in two (`psychological-suppor` / `t`): every column is at least as wide as its longest word
(a web address aside), the room left over goes to the columns that can use it, and where even the
narrowest grid does not fit, a grid of yes/no marks gets numbered headers with a legend, and
failing that every row is shown as `Header: value` lines. Outside the grid too, text is broken at
spaces only: a word wider than the terminal (a query id at 40 columns) is written whole on a line
of its own, which the terminal wraps for the eye while a copy or a pipe gets the id in one piece.
"""

import re
from typing import TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from adhocq.output.result import (
    Result,
    language_notes,
    make_visible,
    unbreakable,
)
from adhocq.output.table_cells import (
    ASCII_MARKS,
    MARKS,
    cell_text,
    grid_cell,
    is_number,
    records,
)
from adhocq.output.table_groups import by_groups

EXPORT_WIDTH = 110
_CELL_PADDING = 2  # a space each side of every cell


def fit_widths(narrowest: list[int], widest: list[int], room: int) -> list[int] | None:
    """Content widths for columns that need at least `narrowest` and at most `widest` cells,
    in `room` cells all told; None if even the narrowest do not fit. The room left over is
    shared evenly (rounded up) among the columns that can still use it, those that want least
    served first, so that short values stay on one line and long texts share the rest."""
    if sum(narrowest) > room:
        return None
    widths = list(narrowest)
    spare = room - sum(widths)
    wanting = sorted(range(len(widths)), key=lambda i: widest[i] - narrowest[i])
    for position, index in enumerate(wanting):
        share = -(-spare // (len(wanting) - position))
        given = min(share, widest[index] - widths[index])
        widths[index] += given
        spare -= given
    return widths


LONG_WORD = 32
"""A web address longer than this may be folded: no terminal column would hold it comfortably,
so it does not decide the layout. Every other word (ids, codes, dates) is never folded."""


def _width_needed(word: str) -> int:
    return cell_len(word) if unbreakable(word) else min(cell_len(word), LONG_WORD)


def _longest_word(text: Text) -> int:
    return max((_width_needed(word) for word in text.plain.split()), default=0)


def _longest_line(text: Text) -> int:
    return max((cell_len(line) for line in text.plain.split("\n")), default=0)


Cells = tuple[list[list[Text]], list[Text] | None, list[int], list[int]]
"""The cells of a grid, its footer, and each column's narrowest and widest width without its
header: made once for every grid tried at one width."""


def _cells(result: Result, ascii_only: bool) -> Cells:
    marks = ASCII_MARKS if ascii_only else MARKS
    body = [
        [
            grid_cell(value, column, result, marks)
            for value, column in zip(row, result.columns, strict=True)
        ]
        for row in result.rows
    ]
    footer = None
    if result.footer is not None:
        footer = [cell_text(value, lang=result.lang) for value in result.footer]
    columns = [
        [row[index] for row in body] + ([footer[index]] if footer else [])
        for index in range(len(result.columns))
    ]
    narrowest = [max(map(_longest_word, texts), default=0) for texts in columns]
    widest = [max(map(_longest_line, texts), default=0) for texts in columns]
    return body, footer, narrowest, widest


def _measured(cells: Cells, headers: list[str]) -> tuple[list[int], list[int]]:
    """Each column's narrowest and widest width under these headers."""
    _, _, narrowest, widest = cells
    heads = [Text(make_visible(header)) for header in headers]
    return (
        [max(width, _longest_word(head)) for width, head in zip(narrowest, heads, strict=True)],
        [max(width, _longest_line(head)) for width, head in zip(widest, heads, strict=True)],
    )


def _grid(
    result: Result, headers: list[str], width: int, ascii_only: bool, cells: Cells | None = None
) -> Table | None:
    """The grid at `width`, or None where it cannot fit without splitting a word (`cells`: the
    result's, if they are made already)."""
    body, footer, _, _ = cells = cells or _cells(result, ascii_only)
    narrowest, widest = _measured(cells, headers)
    room = width - (len(headers) + 1) - _CELL_PADDING * len(headers)  # borders, padding
    widths = fit_widths(narrowest, widest, room)
    if widths is None:
        return None
    table = Table(
        box=box.ASCII if ascii_only else box.HEAVY_HEAD,
        header_style="bold",
        show_footer=footer is not None,
        footer_style="bold",
        expand=False,
    )
    for index, (column, header) in enumerate(zip(result.columns, headers, strict=True)):
        values = [row[index] for row in result.rows]
        numeric = bool(values) and all(is_number(v) or v == "" for v in values)
        centred = column.mark or bool(values) and all(isinstance(v, bool) for v in values)
        table.add_column(
            Text(make_visible(header)),
            footer=footer[index] if footer else "",
            justify="center" if centred else "right" if numeric else "left",
            width=max(widths[index], 1),
            overflow="fold",
        )
    for row in body:
        table.add_row(*row)
    return table


def _grids(
    result: Result, headers: list[str], width: int, ascii_only: bool, cells: Cells
) -> list[Table | Text] | None:
    """The numbered grid cut into grids of whole groups (`table_groups.by_groups`), the fit of
    each part worked out from the widths of every column, measured once."""
    narrowest, widest = _measured(cells, headers)

    def fits(kept: list[int]) -> bool:
        room = width - (len(kept) + 1) - _CELL_PADDING * len(kept)
        chosen = ([narrowest[i] for i in kept], [widest[i] for i in kept])
        return fit_widths(*chosen, room) is not None

    def grid_of(part: Result, part_headers: list[str]) -> Table | None:
        return _grid(part, part_headers, width, ascii_only)

    return by_groups(result, headers, fits, grid_of)


def _numbered(result: Result) -> tuple[list[str], list[str]]:
    """Headers with each mark column numbered, and the legend that names the numbers."""
    headers: list[str] = []
    legend: list[str] = []
    for column in result.columns:
        if column.mark:
            legend.append(f"{len(legend) + 1}={column.header}")  # kept whole when wrapped
            headers.append(str(len(legend)))
        else:
            headers.append(column.header)
    return headers, legend


def picture(result: Result, width: int, ascii_only: bool = False) -> RenderableType:
    """Title, the grid (or its numbered form, or several numbered grids of whole groups, or
    records), and the caption, at `width`; with `ascii_only`, in ASCII borders and marks."""
    body: list[Table | Text] = []
    cells = _cells(result, ascii_only)
    grid = _grid(result, [column.header for column in result.columns], width, ascii_only, cells)
    if grid is not None:
        body.append(grid)
    else:
        headers, legend = _numbered(result)
        grid = _grid(result, headers, width, ascii_only, cells) if legend else None
        grids: list[Table | Text] | None = [grid] if grid is not None else None
        if grids is None and legend:  # grids of whole groups of mark columns, if any
            grids = _grids(result, headers, width, ascii_only, cells)
        if grids is not None:
            body += [*grids, Text("  ".join(make_visible(item) for item in legend))]
        else:
            lines = records(result, ASCII_MARKS if ascii_only else MARKS)
            # One text of them all: Rich draws a renderable per line far more slowly.
            body += [Text(""), *([Text("\n").join(lines)] if lines else [])]
    in_grid = any(isinstance(part, Table) for part in body)
    if result.abbreviations and in_grid:
        shown = [f"{short}={meaning}" for _, short, meaning in result.abbreviations]
        body.append(Text("  ".join(make_visible(item) for item in shown)))
    after = [_lines(result.caption, "dim")] if result.caption else []
    after += [Text(note, style="dim") for note in language_notes(result)]
    parts = [_lines(result.title, "bold"), *body, *after]
    return Group(*(part if isinstance(part, Table) else wrapped(part, width) for part in parts))


def _lines(text: str, style: str) -> Text:
    """A title or caption, its own line breaks kept and every other control made visible."""
    return Text("\n".join(make_visible(line) for line in text.split("\n")), style=style)


def wrapped(text: Text, width: int) -> Text:
    """`text` broken at spaces to fit in `width` cells where it can, its own line breaks kept: a
    word wider than `width` stands whole on a line of its own, for the terminal to wrap."""
    lines: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain, breaks, start = line.plain, [], 0
        for word in re.finditer(r"\S+", plain):
            if word.start() > start and cell_len(plain[start : word.end()]) > width:
                start = word.start()
                breaks.append(start)
        for piece in line.divide(breaks):
            piece.rstrip()
            lines.append(piece)
    return Text("\n", no_wrap=True, overflow="ignore").join(lines)


class _Console(Console):
    @property
    def encoding(self) -> str:
        """ASCII on a dumb terminal, whatever the stream's encoding: Rich's borders, and the
        marks of the table and the map, follow it (`ConsoleOptions.ascii_only`)."""
        return "ascii" if self.is_dumb_terminal else super().encoding

    def on_broken_pipe(self) -> None:
        """Rich's own exits 1; adhocq's error boundary makes a closed pipe a quiet exit 0."""
        raise  # the BrokenPipeError being handled


def console(stream: TextIO, width: int | None = None) -> Console:
    # With a width, a height too: Rich takes a given width only with a height, and otherwise
    # assumes 80 columns on a dumb terminal.
    height = None if width is None else 25
    target = _Console(
        file=stream, width=width, height=height, markup=False, emoji=False, highlight=False
    )
    if target.width < 1:  # COLUMNS=0, which Rich takes as it is, and then prints nothing
        import shutil

        target.width = shutil.get_terminal_size().columns  # the terminal's, else 80, as charts
    return target


def write(result: Result, stream: TextIO, width: int | None = None) -> None:
    target = console(stream, width)
    # Not cropped: a word wider than the terminal is written whole, for the terminal to wrap.
    target.print(picture(result, target.width, target.options.ascii_only), crop=False)


def write_picture(image: RenderableType, stream: TextIO, width: int | None = None) -> None:
    console(stream, width).print(image, crop=False)  # as `write`: a long id stays whole


# Rich's SVG asks a CDN for its font; an exported picture must open with no request at all.
_REMOTE_FONT = re.compile(r',\s*url\("https?://[^"]*"\)\s*format\("[^"]*"\)')
_COMMENT = re.compile(r"<!--.*?-->\n?", re.S)


def svg(image: Result | str | RenderableType, title: str) -> str:
    """What the terminal shows, as a self-contained SVG picture in colour."""
    # Width and height both given, so Rich never asks the terminal (it says 80 when TERM=dumb).
    import io

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
        image = picture(image, EXPORT_WIDTH)
    elif isinstance(image, str):
        image = Text(image)
    recorder.print(image, crop=False)
    text = recorder.export_svg(title=make_visible(title))
    return _COMMENT.sub("", _REMOTE_FONT.sub("", text))
