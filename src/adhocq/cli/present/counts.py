"""`count`: how many countries are named per type or category, or how many measures per
country, as a table (`Result`) and as bars (`Chart`), both made from the same records."""

from __future__ import annotations

from enum import Enum

from adhocq import ask
from adhocq.cli.present.results import make_result, text
from adhocq.cli.present.source import caption
from adhocq.messages import N_, tr
from adhocq.model import Dataset, Response, Text
from adhocq.output.picture import Bar, Chart
from adhocq.output.result import Cell, Result


class CountBy(str, Enum):
    type = "type"
    category = "category"
    country = "country"
    query = "query"
    """Across the queries of the dataset: see participation.by_query."""


def _groups(ds: Dataset, by: CountBy) -> list[tuple[str, Text, tuple[Response, ...]]]:
    if by is CountBy.query:
        raise ValueError("counts per query are across queries: participation.by_query")
    if by is CountBy.type:
        return [(t.id, t.label, named) for t, named in ask.by_type(ds)]
    return [(c.id, c.label, named) for c, named in ask.by_category(ds)]


def _share(count: int, total: int) -> float:
    return round(100 * count / total, 1) if total else 0.0


def count(ds: Dataset, lang: str, by: CountBy) -> Result:
    # The respondents as the summary counts them (listed or not); None where it does not say.
    total = ds.query.respondent_count
    rows: list[tuple[Cell, ...]] = []
    if by is CountBy.country:
        for r in ds.responses:
            types = tuple(m.type for m in r.measures)
            rows.append((r.code, text(r.country.name, lang), len(r.measures), types))
        per_country = [
            ("country", N_("Code")),
            ("country_name", N_("Country")),
            ("count", N_("Measures named")),
            ("types", N_("Types")),
        ]
        title = tr(lang, "Measures named in the summary, per country")
        return make_result(ds, lang, title, per_country, rows, shows_absence=True, of_measures=True)
    for ident, label, named in _groups(ds, by):
        codes = tuple(r.code for r in named)
        share = _share(len(codes), total) if total else None
        rows.append((ident, text(label, lang), len(codes), share, codes))
    group = N_("Type") if by is CountBy.type else N_("Category")
    columns: list[tuple[str, str]] = [
        (by.value, group),
        ("label", N_("Label")),
        ("count", N_("Countries named")),
        ("share_pct", tr(lang, "% of {total}").format(total=total if total is not None else "?")),
        ("countries", N_("Codes")),
    ]
    if total is None:
        title = tr(lang, "Countries named per type (the summary does not count its respondents)")
        if by is CountBy.category:
            title = tr(
                lang,
                "Countries named per category (the summary does not count its respondents)",
            )
    elif by is CountBy.type:
        title = tr(lang, "Countries named per type (of {total} respondents)").format(total=total)
    else:
        title = tr(lang, "Countries named per category (of {total} respondents)")
        title = title.format(total=total)
    return make_result(ds, lang, title, columns, rows, shows_absence=True, of_measures=True)


def chart(ds: Dataset, lang: str, by: CountBy) -> Chart:
    """The same counts as bars, labelled by id (or country code), longest first."""
    table = count(ds, lang, by)  # its title and caption
    total = len(ds.responses)
    if by is CountBy.country:
        bars = [Bar(r.code, len(r.measures), None) for r in ds.responses]
    else:
        bars = [
            Bar(ident, len(named), _share(len(named), total)) for ident, _, named in _groups(ds, by)
        ]
    bars.sort(key=lambda bar: -bar.count)
    return Chart(table.title, tuple(bars), table.caption or caption(ds, lang))
