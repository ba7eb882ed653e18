"""The pictures a command draws for people: bars (`count --chart`) and the tile map (`map`),
made by the presentation step and drawn by output/chart and output/tilemap. They are kept out
of `result.py`, which every run imports, because only those commands need them."""

from enum import Enum

from adhocq.record import Record, record


@record
class Bar(Record):
    label: str
    count: int
    share: float | None = None
    """The count as a percentage, where it is one of a whole."""


@record
class Chart(Record):
    """Bars for people (`count --chart`): made by the presentation step, drawn by output/chart."""

    title: str
    bars: tuple[Bar, ...]
    caption: str = ""


class Status(str, Enum):
    respondent = "respondent"
    non_respondent = "non-respondent"
    """An EMN member that did not answer."""
    observer = "observer"
    """An EMN observer country that did not answer."""
    unknown = "unknown"
    """A country the summary does not list, where it lists no respondents: whether it answered
    is not known."""


@record
class Tile(Record):
    code: str
    status: Status
    value: bool | int | None
    """The answer or mark (a bool), a count of measures, or None (no answer, no response)."""


@record
class Legend(Record):
    """What a filled tile means and what an empty one means."""

    filled: str
    empty: str
    empty_is_absence: bool = False
    """An empty tile means "not named in the summary", not "no": drawn in a neutral colour."""


@record
class MapPicture(Record):
    """What the tile map draws: made by cli/present/mapdata, drawn by output/tilemap."""

    title: str
    tiles: tuple[Tile, ...]
    legend: Legend
    caption: str = ""
    lang: str = "en"
