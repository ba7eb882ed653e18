"""The tile map of EMN countries drawn with Rich: one tile per country where it lies on a map of
Europe, coloured by its value in the `MapPicture` (made by `adhocq.cli.present.mapdata`). Every
tile also carries a symbol, so the map reads without colour (NO_COLOR, TERM=dumb, a pipe); on a
terminal that cannot show Unicode (TERM=dumb, an encoding other than UTF-8) the symbols are
ASCII. Data is never read as markup, and
control characters are made visible before Rich sees them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.text import Text

from adhocq.messages import N_, tr
from adhocq.output.picture import Legend, MapPicture, Status, Tile
from adhocq.output.result import make_visible
from adhocq.output.table import wrapped

# (row, column) of each EMN country's tile, roughly where the country lies on a map of Europe:
# no UK, Switzerland or Denmark, so Ireland stands alone in the west and the Black Sea separates
# the Balkans from the Caucasus.
#
#      0    1    2    3    4    5    6    7    8    9
#  0                       NO   SE   FI
#  1   IE                            EE
#  2             NL   DE   PL   LT   LV
#  3        BE   LU   CZ   SK   UA
#  4        FR        AT   HU   RO   MD
#  5   PT   ES   IT   SI   HR   RS   BG             GE
#  6                       ME   MK                  AM
#  7             MT                  EL        CY
GRID: dict[str, tuple[int, int]] = {
    "NO": (0, 4), "SE": (0, 5), "FI": (0, 6),
    "IE": (1, 0), "EE": (1, 6),
    "NL": (2, 2), "DE": (2, 3), "PL": (2, 4), "LT": (2, 5), "LV": (2, 6),
    "BE": (3, 1), "LU": (3, 2), "CZ": (3, 3), "SK": (3, 4), "UA": (3, 5),
    "FR": (4, 1), "AT": (4, 3), "HU": (4, 4), "RO": (4, 5), "MD": (4, 6),
    "PT": (5, 0), "ES": (5, 1), "IT": (5, 2), "SI": (5, 3), "HR": (5, 4), "RS": (5, 5),
    "BG": (5, 6), "GE": (5, 9),
    "ME": (6, 4), "MK": (6, 5), "AM": (6, 9),
    "MT": (7, 2), "EL": (7, 6), "CY": (7, 8),
}  # fmt: skip

TILE_WIDTH = 5
"""A space, the two-letter code and up to two characters of symbol: ` CZ● `, ` CZ12`."""
GAP = " "
GRID_ROWS = 1 + max(row for row, _ in GRID.values())
GRID_COLUMNS = 1 + max(column for _, column in GRID.values())
GRID_WIDTH = GRID_COLUMNS * TILE_WIDTH + (GRID_COLUMNS - 1) * len(GAP)

YES_STYLE = "bold bright_white on green"
NO_STYLE = "bold bright_white on red"
NOT_NAMED_STYLE = "black on white"
"""Not named in the summary: no answer either way, so neither green nor red."""
NON_RESPONDENT_STYLE = "white on bright_black"
OBSERVER_STYLE = "bright_black"
COUNT_STYLES = (
    "black on white",
    "black on bright_cyan",
    "black on cyan",
    "bright_white on bright_blue",
    "bold bright_white on blue",
)
"""Light to dark for 0, 1, 2, 3 and 4 or more measures: named colours, which every colour
terminal tells apart (finer shades collapse into one on 16-colour terminals)."""


@dataclass(frozen=True, slots=True)
class Symbols:
    yes: str
    no: str
    non_respondent: str
    observer: str
    unanswered: str
    unknown: str


UNICODE_SYMBOLS = Symbols(
    yes="●", no="○", non_respondent="·", observer="-", unanswered="?", unknown="~"
)
ASCII_SYMBOLS = Symbols(
    yes="*", no="o", non_respondent=".", observer="-", unanswered="?", unknown="~"
)


def _look(tile: Tile, symbols: Symbols, empty_style: str) -> tuple[str, str]:
    """The symbol and style of a tile."""
    if isinstance(tile.value, bool):
        return (symbols.yes, YES_STYLE) if tile.value else (symbols.no, empty_style)
    if isinstance(tile.value, int):
        return str(tile.value), COUNT_STYLES[min(tile.value, len(COUNT_STYLES) - 1)]
    if tile.status is Status.observer:
        return symbols.observer, OBSERVER_STYLE
    if tile.status is Status.unknown:
        return symbols.unknown, NOT_NAMED_STYLE
    if _unanswered(tile):
        return symbols.unanswered, NOT_NAMED_STYLE
    return symbols.non_respondent, NON_RESPONDENT_STYLE


def _unanswered(tile: Tile) -> bool:
    """A respondent that left the question the map shows unanswered."""
    return tile.status == Status.respondent.value and tile.value is None


def _tile_text(tile: Tile, symbols: Symbols, empty_style: str) -> Text:
    symbol, style = _look(tile, symbols, empty_style)
    face = f" {make_visible(tile.code)}{symbol}"
    return Text(face + " " * max(0, TILE_WIDTH - cell_len(face)), style=style)


def _flow(tiles: Iterable[Text], width: int) -> list[Text]:
    """Tiles left to right, as many to a line as fit."""
    per_line = max(1, (width + len(GAP)) // (TILE_WIDTH + len(GAP)))
    lines: list[Text] = []
    for index, tile in enumerate(tiles):
        if index % per_line == 0:
            lines.append(Text())
        else:
            lines[-1].append(GAP)
        lines[-1].append_text(tile)
    return lines


def _rows(placed: dict[tuple[int, int], Text]) -> list[Text]:
    lines = []
    for row in range(GRID_ROWS):
        line = Text()
        used = [column for (at_row, column) in placed if at_row == row]
        for column in range(1 + max(used, default=-1)):
            if column:
                line.append(GAP)
            line.append_text(placed.get((row, column), Text(" " * TILE_WIDTH)))
        lines.append(line)
    return lines


def _grid(
    tiles: list[Tile], symbols: Symbols, width: int, plain: bool, empty_style: str
) -> list[Text]:
    """The tiles where GRID places them; any code GRID does not know (a dataset of one's own)
    on lines under the map. Narrower than the map, every tile in map order, line by line.
    `plain` (no colours, so no tile backgrounds to keep): without trailing spaces."""
    placed = {GRID[t.code]: _tile_text(t, symbols, empty_style) for t in tiles if t.code in GRID}
    elsewhere = [_tile_text(t, symbols, empty_style) for t in tiles if t.code not in GRID]
    if width < GRID_WIDTH:
        lines = _flow([placed[at] for at in sorted(placed)] + elsewhere, width)
    else:
        lines = _rows(placed) + _flow(elsewhere, width)
    if plain:
        for line in lines:
            line.rstrip()
    return lines


def _swatch(symbol: str, style: str) -> Text:
    return Text(f" {symbol} ", style=style)


def _entry(swatch: Text, label: str) -> Text:
    return Text.assemble(swatch, f" {make_visible(label)}")


def _pack(entries: list[Text], width: int) -> list[Text]:
    """Legend entries side by side, a new line where the next one would not fit."""
    lines = [Text()]
    for entry in entries:
        if lines[-1].plain and lines[-1].cell_len + 3 + entry.cell_len > width:
            lines.append(Text())
        if lines[-1].plain:
            lines[-1].append("   ")
        lines[-1].append_text(entry)
    return lines


def _legend(
    tiles: list[Tile], legend: Legend, symbols: Symbols, width: int, lang: str
) -> list[Text]:
    if any(isinstance(t.value, int) and not isinstance(t.value, bool) for t in tiles):
        last = len(COUNT_STYLES) - 1
        scale = Text.assemble(
            *(
                _swatch(f"{n}+" if n == last else str(n), style)
                for n, style in enumerate(COUNT_STYLES)
            )
        )
        values = [_entry(scale, legend.filled)]
    else:
        values = [_entry(_swatch(symbols.yes, YES_STYLE), legend.filled)]
        if legend.empty:
            values.append(_entry(_swatch(symbols.no, _empty_style(legend)), legend.empty))
    if any(_unanswered(t) for t in tiles):
        values.append(
            _entry(
                _swatch(symbols.unanswered, NOT_NAMED_STYLE),
                tr(lang, "answered, but not this question"),
            )
        )
    shown = {t.status for t in tiles if t.value is None}  # the tiles that show their status
    statuses = [
        _entry(_swatch(symbol, style), tr(lang, label))
        for status, symbol, style, label in (
            (
                Status.non_respondent,
                symbols.non_respondent,
                NON_RESPONDENT_STYLE,
                N_("EMN member, did not answer"),
            ),
            (Status.observer, symbols.observer, OBSERVER_STYLE, N_("EMN observer, did not answer")),
            (
                Status.unknown,
                symbols.unknown,
                NOT_NAMED_STYLE,
                N_("whether it answered is not known: the summary lists no respondents"),
            ),
        )
        if status in shown
    ]
    return _pack(values, width) + _pack(statuses, width)


@dataclass(frozen=True, slots=True)
class TileMap:
    """Title, map, legend and source line; laid out when printed, for the console's width and
    character set."""

    picture: MapPicture

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        symbols = ASCII_SYMBOLS if options.ascii_only else UNICODE_SYMBOLS
        plain = console.no_color or console.color_system is None
        yield from self._lines(symbols, options.max_width, plain)

    def _lines(self, symbols: Symbols, width: int, plain: bool) -> Iterator[Text]:
        tiles = list(self.picture.tiles)
        legend = self.picture.legend
        yield wrapped(Text(make_visible(self.picture.title), style="bold"), width)
        yield Text("")
        yield from _grid(tiles, symbols, width, plain, _empty_style(legend))
        yield Text("")
        yield from _legend(tiles, legend, symbols, width, self.picture.lang)
        if self.picture.caption:
            for line in self.picture.caption.split("\n"):
                yield wrapped(Text(make_visible(line), style="dim"), width)


def _empty_style(legend: Legend) -> str:
    return NOT_NAMED_STYLE if legend.empty_is_absence else NO_STYLE


def build(picture: MapPicture) -> RenderableType:
    """The tile map of `mapdata.picture`."""
    return TileMap(picture)
