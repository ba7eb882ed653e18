"""What the tile map of EMN countries shows: one value per country, and where its tile goes.
Pure: no printing, no Rich (output/tilemap.py draws the picture)."""

from __future__ import annotations

from dataclasses import replace

from adhocq.across import named_codes
from adhocq.cli.input import MEASURES, NAMED
from adhocq.cli.present.results import make_result, text
from adhocq.cli.present.wording import not_named, respondents_given
from adhocq.messages import N_, tr
from adhocq.model import Coverage, Dataset, Membership, RespondentsGiven, Response
from adhocq.output.picture import Legend, MapPicture, Status, Tile
from adhocq.output.result import Cell, Result

COLUMNS = [("code", N_("Code")), ("name", N_("Country")), ("status", N_("Status"))]


def default_by(ds: Dataset) -> str:
    """The map's default: the first question; else how many measures, where the query has
    measure types; else whether the summary names a country."""
    if ds.questions:
        return ds.questions[0].id
    return MEASURES if ds.types else NAMED


def legend(ds: Dataset, by: str, lang: str) -> Legend:
    """The legend of a map: a stated answer (the question's yes and no) or a
    measure named in the summary or not; `by` as `map_values` takes it."""
    wanted = by
    if wanted in {q.id for q in ds.questions}:
        question = ds.question_by_id(wanted)
        return Legend(question.yes.get(lang), question.no.get(lang))
    if wanted == MEASURES and wanted not in {t.id for t in ds.types}:
        return Legend(tr(lang, "measures named in the summary"), "")
    if _is_named(ds, wanted):
        absent = not_named(lang)
        if ds.query.coverage is Coverage.header:
            absent = tr(lang, "not named in the compilation's header")
        return Legend(_named_in(ds, lang), absent, empty_is_absence=True)
    named = tr(lang, "named for {type}").format(type=wanted)
    return Legend(named, not_named(lang), empty_is_absence=True)


def _named_in(ds: Dataset, lang: str) -> str:
    """What a tile marked as named says: named in the summary, or in a compilation's header."""
    if ds.query.coverage is Coverage.header:
        return tr(lang, "named in the compilation's header")
    return tr(lang, "named in the summary")


def _measures(count: int, lang: str) -> str:
    return tr(lang, "1 measure") if count == 1 else tr(lang, "{n} measures").format(n=count)


def _respondents(count: int, lang: str) -> str:
    return tr(lang, "1 respondent") if count == 1 else tr(lang, "{n} respondents").format(n=count)


def _is_named(ds: Dataset, by: str) -> bool:
    return by == NAMED and by not in {t.id for t in ds.types}


def _named(ds: Dataset) -> frozenset[str]:
    """The countries the summary names: in its list of respondents, in a finding or for a
    measure."""
    named = {x.code for x in ds.query.respondents_named if x.code is not None}
    return named_codes(ds) | {r.code for r in ds.responses} | named


def status(ds: Dataset, code: str) -> Status:
    answered = ds.answered(code)
    if answered:  # listed, or named among the respondents of a summary that lists none
        return Status.respondent
    if answered is None:
        return Status.unknown
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


def picture(ds: Dataset, lang: str, by: str) -> MapPicture:
    """The tile map of the same values as `map_values`, with its legend."""
    table = map_values(ds, lang, by)
    tiles = tuple(
        Tile(c.code, status(ds, c.code), _tile_value(ds, c.code, by)) for c in ds.countries
    )
    return MapPicture(table.title, tiles, legend(ds, by, lang), table.caption, lang)


def _tile_value(ds: Dataset, code: str, by: str) -> bool | int | None:
    if _is_named(ds, by):
        if ds.answered(code) is False:  # a list of respondents leaves it out: its status says so
            return None
        return code in _named(ds)
    response = ds.response_by_code(code)
    return None if response is None else _value(ds, response, by)


def map_values(ds: Dataset, lang: str, by: str) -> Result:
    """One row per EMN country, in dataset order: code, name, status and the value `by` picks
    (the answer to a question, a bool for a type id, a count for measures; None for any
    country that did not answer). `by`: as `input.map_by` gives it."""
    wanted = by
    questions = {q.id: q for q in ds.questions}
    counts = wanted == MEASURES and wanted not in {t.id for t in ds.types}
    rows: list[tuple[Cell, ...]] = []
    for country in ds.countries:
        value = _tile_value(ds, country.code, wanted)
        rows.append((country.code, text(country.name, lang), status(ds, country.code).value, value))
    answered = len(ds.responses)
    if _is_named(ds, wanted):
        yes = sum(1 for row in rows if row[3] is True)
        title = tr(lang, "{named}: {n} countries").format(named=_named_in(ds, lang), n=yes)
        if yes == 1:
            title = tr(lang, "{named}: 1 country").format(named=_named_in(ds, lang))
        title = title[:1].upper() + title[1:]
        header = _named_in(ds, lang)
    elif counts:
        total = sum(len(r.measures) for r in ds.responses)
        title = tr(lang, "Measures named per country: {measures} by {respondents}").format(
            measures=_measures(total, lang), respondents=_respondents(answered, lang)
        )
        header = tr(lang, "Measures named")
    else:
        yes = sum(1 for row in rows if row[3] is True)
        if wanted in questions:
            question = questions[wanted]
            what, header = question.statement.get(lang), question.label.get(lang)
        else:
            label = ds.type_by_id(wanted).label.get(lang)
            what = tr(lang, "Named for {type} ({label})").format(type=wanted, label=label)
            header = tr(lang, "Named for {type}").format(type=wanted)
        title = tr(lang, "{what}: {yes} of {respondents}").format(
            what=what, yes=yes, respondents=_respondents(answered, lang)
        )
    columns = [*COLUMNS, ("value", header)]
    absence = wanted not in questions
    result = make_result(ds, lang, title, columns, rows, shows_absence=absence)
    lines = [result.caption]
    if ds.respondents_given is not RespondentsGiven.listed:
        lines.append(_capitalised(ds, lang))
    tokens = dict.fromkeys(m.printed for f in ds.findings for m in f.mentions if m.code is None)
    if _is_named(ds, wanted) and tokens:  # a token the map has no tile for is still said
        line = tr(lang, "Also printed, with no EMN country code (no tile): {tokens}")
        lines.append(line.format(tokens=", ".join(tokens)))
    return replace(result, caption="\n".join(lines))


def _capitalised(ds: Dataset, lang: str) -> str:
    line = respondents_given(ds, lang)
    return line[:1].upper() + line[1:] + "."
