"""What the tile map of EMN countries shows: one value per country, and where its tile goes.
Pure: no printing, no Rich (output/tilemap.py draws the picture)."""

from __future__ import annotations

from enum import Enum

from adhocq.errors import closest
from adhocq.model import Dataset, Membership, Response
from adhocq.query import make_result, resolve_id, text, type_id
from adhocq.record import Record, record
from adhocq.result import Cell, Result
from adhocq.wording import not_named

MEASURES = "measures"
"""What `--by` accepts besides a question id or a measure type id (which wins over it)."""


class Status(str, Enum):
    respondent = "respondent"
    non_respondent = "non-respondent"
    """An EMN member that did not answer."""
    observer = "observer"
    """An EMN observer country that did not answer."""


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

COLUMNS = [("code", "Code"), ("name", "Country"), ("status", "Status")]


def default_by(ds: Dataset) -> str:
    """The map's default: the first question, or how many measures where there is none."""
    return ds.questions[0].id if ds.questions else MEASURES


def resolve_by(ds: Dataset, raw: str) -> str:
    """A question id, a measure type id or `measures`, in any case; a usage error otherwise,
    with the usual "did you mean" for a mistyped type id."""
    wanted = raw.strip(" \t").lower() if raw.isascii() else raw
    questions = [q.id for q in ds.questions]
    types = [t.id for t in ds.types]
    if wanted in questions or wanted in types:
        return wanted
    if wanted != MEASURES and closest(wanted, types) is not None:
        return type_id(ds, raw)  # "unknown measure type ... (did you mean ...?)"
    return resolve_id(raw, [*questions, MEASURES, *types], "--by value")


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


def legend(ds: Dataset, by: str, lang: str) -> Legend:
    """The legend of a map: a stated answer (the question's yes and no) or a
    measure named in the summary or not."""
    wanted = resolve_by(ds, by)
    if wanted in {q.id for q in ds.questions}:
        question = ds.question_by_id(wanted)
        return Legend(question.yes.get(lang), question.no.get(lang))
    if wanted == MEASURES and wanted not in {t.id for t in ds.types}:
        return Legend("measures named in the summary", "")
    return Legend(f"named for {wanted}", not_named(lang), empty_is_absence=True)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def status(ds: Dataset, code: str) -> Status:
    if ds.response_by_code(code) is not None:
        return Status.respondent
    country = ds.country_by_code(code)
    if country is not None and country.membership is Membership.observer:
        return Status.observer
    return Status.non_respondent


def _value(ds: Dataset, response: Response, by: str) -> bool | int | None:
    if by in {q.id for q in ds.questions}:
        return response.answer(by)
    if by == MEASURES and by not in {t.id for t in ds.types}:
        return len(response.measures)
    return by in response.type_ids()


@record
class MapPicture(Record):
    """What the tile map draws: made here, drawn by output/tilemap."""

    title: str
    tiles: tuple[Tile, ...]
    legend: Legend
    caption: str = ""


def picture(ds: Dataset, lang: str, by: str) -> MapPicture:
    """The tile map of the same values as `map_values`, with its legend."""
    table = map_values(ds, lang, by)
    tiles = tuple(
        Tile(c.code, status(ds, c.code), _tile_value(ds, c.code, by)) for c in ds.countries
    )
    return MapPicture(table.title, tiles, legend(ds, by, lang), table.caption)


def _tile_value(ds: Dataset, code: str, by: str) -> bool | int | None:
    response = ds.response_by_code(code)
    return None if response is None else _value(ds, response, resolve_by(ds, by))


def map_values(ds: Dataset, lang: str, by: str) -> Result:
    """One row per EMN country, in dataset order: code, name, status and the value `by` picks
    (the answer to a question, a bool for a type id, a count for measures; None for any
    country that did not answer)."""
    wanted = resolve_by(ds, by)
    questions = {q.id: q for q in ds.questions}
    counts = wanted == MEASURES and wanted not in {t.id for t in ds.types}
    rows: list[tuple[Cell, ...]] = []
    for country in ds.countries:
        response = ds.response_by_code(country.code)
        value = None if response is None else _value(ds, response, wanted)
        rows.append((country.code, text(country.name, lang), status(ds, country.code).value, value))
    answered = len(ds.responses)
    if counts:
        total = sum(len(r.measures) for r in ds.responses)
        title = (
            f"Measures named per country: {_plural(total, 'measure')} "
            f"by {_plural(answered, 'respondent')}"
        )
        header = "Measures named"
    else:
        yes = sum(1 for row in rows if row[3] is True)
        if wanted in questions:
            what, header = questions[wanted].statement.en, questions[wanted].label.en
        else:
            label = ds.type_by_id(wanted).label.get(lang)
            what, header = f"Named for {wanted} ({label})", f"Named for {wanted}"
        title = f"{what}: {yes} of {_plural(answered, 'respondent')}"
    columns = [*COLUMNS, ("value", header)]
    absence = wanted not in questions
    return make_result(ds, lang, title, columns, rows, shows_absence=absence)
