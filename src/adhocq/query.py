"""Pure questions over a Dataset. Each returns a Result; none prints or reads files."""

from collections.abc import Iterable, Sequence
from enum import Enum

from adhocq.errors import NotFound, UsageProblem, unknown_value
from adhocq.model import Dataset, FindingKind, Lang, Membership, Response
from adhocq.result import Cell, Column, Result


class CountBy(str, Enum):
    type = "type"
    category = "category"
    country = "country"


def caption(ds: Dataset) -> str:
    q = ds.query
    return (
        f"Source: EMN ad hoc query by the {q.requester.en} ({q.asked}), "
        f"summary published {q.published.isoformat()}"
    )


def make_result(
    ds: Dataset,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Iterable[tuple[Cell, ...]],
    marks: Iterable[str] = (),
) -> Result:
    """A Result with the dataset's caption; columns named in `marks` are yes/no grid columns."""
    marked = set(marks)
    built = tuple(Column(name, header, name in marked) for name, header in columns)
    return Result(title, built, tuple(rows), caption(ds))


# ------------------------------------------------------------------ resolving user input


def type_id(ds: Dataset, raw: str) -> str:
    wanted = raw.strip().lower()
    ids = [t.id for t in ds.types]
    if wanted not in ids:
        raise UsageProblem(unknown_value("measure type", raw, ids))
    return wanted


def category_id(ds: Dataset, raw: str) -> str:
    wanted = raw.strip().lower()
    ids = [c.id for c in ds.categories]
    if wanted not in ids:
        raise UsageProblem(unknown_value("category", raw, ids))
    return wanted


def respondent(ds: Dataset, raw: str) -> Response:
    """The response of a country code (any case, GR for EL); a usage error if it is no EMN code,
    NotFound if it is an EMN country that did not answer."""
    from adhocq.load import normalise_code

    code = normalise_code(raw)
    country = ds.country_by_code(code)
    if country is None:
        codes = [c.code for c in ds.countries]
        raise UsageProblem(unknown_value("country code", raw, codes))
    response = ds.response_by_code(code)
    if response is None:
        raise NotFound(
            f"{code} ({country.name.en}) is an EMN {country.membership.value} but "
            f"did not answer this query; see 'adhocq info' for the respondents"
        )
    return response


# ------------------------------------------------------------------ questions


def countries(
    ds: Dataset,
    lang: Lang,
    offers_service: bool | None = None,
    has: Sequence[str] = (),
    category: str | None = None,
    any_of: Sequence[str] = (),
    lacks: Sequence[str] = (),
) -> Result:
    """Respondents reporting every type in `has`, at least one in `any_of`, none in `lacks`."""
    needed = {type_id(ds, raw) for raw in has}
    some = {type_id(ds, raw) for raw in any_of}
    excluded = {type_id(ds, raw) for raw in lacks}
    in_category = _types_in(ds, category_id(ds, category)) if category is not None else None
    rows = []
    for r in ds.responses:
        types = r.type_ids()
        if offers_service is not None and r.offers_service != offers_service:
            continue
        if not needed <= types or (some and not types & some) or types & excluded:
            continue
        if in_category is not None and not types & in_category:
            continue
        rows.append(
            (r.code, r.country.name.get(lang), r.offers_service, tuple(m.type for m in r.measures))
        )
    conditions = _describe_filters(
        offers_service, sorted(needed), sorted(some), sorted(excluded), category
    )
    title = f"Respondents{conditions} ({len(rows)} of {len(ds.responses)})"
    columns = [
        ("code", "Code"),
        ("name", "Country"),
        ("offers_service", "Customer service"),
        ("types", "Measure types"),
    ]
    return make_result(ds, title, columns, rows)


def non_respondents(ds: Dataset, lang: Lang) -> Result:
    """The EMN members (not observers) that did not answer."""
    answered = {r.code for r in ds.responses}
    members = [c for c in ds.countries if c.membership is Membership.member]
    rows = [(c.code, c.name.get(lang)) for c in members if c.code not in answered]
    title = f"EMN members that did not answer ({len(rows)} of {len(members)})"
    return make_result(ds, title, [("code", "Code"), ("name", "Country")], rows)


def measures(
    ds: Dataset,
    lang: Lang,
    types: Sequence[str] = (),
    category: str | None = None,
    countries: Sequence[str] = (),
) -> Result:
    wanted_types = {type_id(ds, raw) for raw in types}
    wanted_codes = {respondent(ds, raw).code for raw in countries}
    in_category = _types_in(ds, category_id(ds, category)) if category is not None else None
    rows = []
    for r in ds.responses:
        if wanted_codes and r.code not in wanted_codes:
            continue
        for m in r.measures:
            if wanted_types and m.type not in wanted_types:
                continue
            if in_category is not None and m.type not in in_category:
                continue
            rows.append(
                (
                    r.code,
                    r.country.name.get(lang),
                    m.type,
                    ds.type_by_id(m.type).category,
                    m.description.get(lang),
                    m.source,
                )
            )
    title = f"Measures ({len(rows)} rows)"
    columns = [
        ("country", "Code"),
        ("name", "Country"),
        ("type", "Type"),
        ("category", "Category"),
        ("description", "Description"),
        ("source", "Source"),
    ]
    return make_result(ds, title, columns, rows)


def types(ds: Dataset, lang: Lang) -> Result:
    rows = []
    for t in ds.types:
        codes = tuple(r.code for r in ds.responses if t.id in r.type_ids())
        rows.append((t.category, t.id, t.label.get(lang), len(codes), codes))
    columns = [
        ("category", "Category"),
        ("type", "Type"),
        ("label", "Label"),
        ("count", "Countries"),
        ("countries", "Codes"),
    ]
    return make_result(ds, f"Measure types ({len(rows)})", columns, rows)


def count(ds: Dataset, lang: Lang, by: CountBy) -> Result:
    total = len(ds.responses)
    rows: list[tuple[Cell, ...]] = []
    if by is CountBy.country:
        for r in ds.responses:
            rows.append(
                (
                    r.code,
                    r.country.name.get(lang),
                    len(r.measures),
                    tuple(m.type for m in r.measures),
                )
            )
        columns = [
            ("country", "Code"),
            ("name", "Country"),
            ("count", "Measures"),
            ("types", "Types"),
        ]
        return make_result(ds, "Measures per country", columns, rows)
    groups = (
        [(t.id, t.label, frozenset({t.id})) for t in ds.types]
        if by is CountBy.type
        else [(c.id, c.label, _types_in(ds, c.id)) for c in ds.categories]
    )
    for ident, label, members in groups:
        codes = tuple(r.code for r in ds.responses if r.type_ids() & members)
        share = round(100 * len(codes) / total, 1) if total else 0.0
        rows.append((ident, label.get(lang), len(codes), share, codes))
    columns = [
        (by.value, by.value.capitalize()),
        ("label", "Label"),
        ("count", "Countries"),
        ("share_pct", f"% of {total}"),
        ("countries", "Codes"),
    ]
    return make_result(ds, f"Countries per {by.value} (of {total} respondents)", columns, rows)


def findings(ds: Dataset, lang: Lang, kind: FindingKind | None = None) -> Result:
    rows = [
        (f.kind.value, f.id, f.text.get(lang), f.source)
        for f in ds.findings
        if kind is None or f.kind is kind
    ]
    label = f"{kind.value} findings" if kind else "Findings"
    columns = [("kind", "Kind"), ("id", "Id"), ("text", "Finding"), ("source", "Source")]
    return make_result(
        ds, f"{label.capitalize()} attributed to no country ({len(rows)})", columns, rows
    )


FIELD_COLUMNS = [("field", "Field"), ("value", "Value")]


def show(ds: Dataset, lang: Lang, code: str) -> Result:
    r = respondent(ds, code)
    rows: list[tuple[Cell, ...]] = [
        ("code", r.code),
        ("name", r.country.name.get(lang)),
        ("membership", r.country.membership.value),
        ("offers_service", r.offers_service),
    ]
    for m in r.measures:
        rows.append((f"measure:{m.type}", f"{m.description.get(lang)} [{m.source}]"))
    rows.extend(("note", note.get(lang)) for note in r.notes)
    title = f"{r.country.name.get(lang)} ({r.code}): {len(r.measures)} measures"
    return make_result(ds, title, FIELD_COLUMNS, rows)


def info(ds: Dataset, lang: Lang) -> Result:
    q = ds.query
    answered = {r.code for r in ds.responses}
    members = [c for c in ds.countries if c.membership is Membership.member]
    missing = tuple(c.code for c in members if c.code not in answered)
    rows: list[tuple[Cell, ...]] = [
        ("id", q.id),
        ("title", q.title.get(lang)),
        ("requester", f"{q.requester.get(lang)} ({q.requester_country})"),
        ("asked", q.asked),
        ("published", q.published.isoformat()),
        ("respondent_count", q.respondent_count),
        ("respondents", tuple(r.code for r in ds.responses)),
        ("non_respondents", missing),
        ("emn_members", len(members)),
    ]
    rows.extend(("theme", theme.get(lang)) for theme in q.themes)
    rows.extend((f"source:{s.lang}", s.url) for s in q.sources)
    rows.extend((f"bullet:{b.id}", b.title.get(lang)) for b in q.bullets)
    rows.extend(("note", note.get(lang)) for note in q.notes)
    return make_result(ds, q.title.get(lang), FIELD_COLUMNS, rows)


# ------------------------------------------------------------------ helpers


def _types_in(ds: Dataset, category: str) -> frozenset[str]:
    return frozenset(t.id for t in ds.types if t.category == category)


def _describe_filters(
    offers: bool | None, has: list[str], some: list[str], lacks: list[str], category: str | None
) -> str:
    parts = []
    if offers is not None:
        parts.append("offering a customer service" if offers else "without a customer service")
    if has:
        parts.append("reporting " + " and ".join(has))
    if some:
        parts.append("reporting " + " or ".join(some))
    if lacks:
        parts.append("not reporting " + " or ".join(lacks))
    if category:
        parts.append(f"with a {category.lower()} measure")
    return (" " + ", ".join(parts)) if parts else ""
