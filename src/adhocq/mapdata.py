"""What the tile map of EMN countries shows: one value per country, and where its tile goes.
Pure: no printing, no Rich (output/tilemap.py draws the picture)."""

from __future__ import annotations

from enum import Enum

from adhocq.errors import closest
from adhocq.model import Dataset, Lang, Membership, Response
from adhocq.query import make_result, resolve_id, type_id
from adhocq.record import Record, record
from adhocq.result import Cell, Result
from adhocq.wording import not_named

OFFERS_SERVICE = "offers-service"
MEASURES = "measures"
BY_CHOICES = (OFFERS_SERVICE, MEASURES)
"""What `--by` accepts besides a measure type id."""


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


def resolve_by(ds: Dataset, raw: str) -> str:
    """`offers-service`, `measures` or a measure type id, in any case; a usage error otherwise,
    with the usual "did you mean" for a mistyped type id."""
    wanted = raw.strip(" \t").lower() if raw.isascii() else raw
    ids = [t.id for t in ds.types]
    if closest(wanted, BY_CHOICES) is None and closest(wanted, ids) is not None:
        return type_id(ds, raw)  # a type id, or "unknown measure type ... (did you mean ...?)"
    return resolve_id(raw, [*BY_CHOICES, *ids], "--by value")


@record
class Legend(Record):
    """What a filled tile means and what an empty one means."""

    filled: str
    empty: str
    empty_is_absence: bool = False
    """An empty tile means "not named in the summary", not "no": drawn in a neutral colour."""


def legend(ds: Dataset, by: str, lang: Lang) -> Legend:
    """The legend of a map: a stated answer ("offers a customer service" / "does not") or a
    measure named in the summary or not."""
    wanted = resolve_by(ds, by)
    if wanted == OFFERS_SERVICE:
        return Legend("offers a customer service", "does not")
    if wanted == MEASURES:
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


def _value(response: Response, by: str) -> bool | int:
    if by == OFFERS_SERVICE:
        return response.offers_service
    if by == MEASURES:
        return len(response.measures)
    return by in response.type_ids()


def map_values(ds: Dataset, lang: Lang, by: str) -> Result:
    """One row per EMN country, in dataset order: code, name, status and the value `by` picks
    (a bool for offers-service and type ids, a count for measures, None for any country that
    did not answer)."""
    wanted = resolve_by(ds, by)
    rows: list[tuple[Cell, ...]] = []
    for country in ds.countries:
        response = ds.response_by_code(country.code)
        value = None if response is None else _value(response, wanted)
        rows.append((country.code, country.name.get(lang), status(ds, country.code).value, value))
    answered = len(ds.responses)
    if wanted == MEASURES:
        total = sum(len(r.measures) for r in ds.responses)
        title = (
            f"Measures named per country: {_plural(total, 'measure')} "
            f"by {_plural(answered, 'respondent')}"
        )
        header = "Measures named"
    else:
        yes = sum(1 for row in rows if row[3] is True)
        if wanted == OFFERS_SERVICE:
            what, header = "Offers a customer service", "Customer service"
        else:
            label = ds.type_by_id(wanted).label.get(lang)
            what, header = f"Named for {wanted} ({label})", f"Named for {wanted}"
        title = f"{what}: {yes} of {_plural(answered, 'respondent')}"
    columns = [*COLUMNS, ("value", header)]
    return make_result(ds, lang, title, columns, rows, shows_absence=wanted != OFFERS_SERVICE)
