"""Who answered what: respondents filtered by answers and measure types, measures, and counts
per type or category, as the model's records."""

from collections.abc import Collection, Iterable, Mapping

from adhocq.model import Category, Dataset, Measure, MeasureType, RespondentsGiven, Response


def _known(ds: Dataset, type_ids: Iterable[str]) -> frozenset[str]:
    wanted = frozenset(type_ids)
    unknown = sorted(wanted - {t.id for t in ds.types})
    if unknown:
        raise ValueError(f"unknown measure type(s): {', '.join(unknown)}")
    return wanted


def types_in(ds: Dataset, category: str) -> frozenset[str]:
    """The ids of the measure types of a category."""
    if category not in {c.id for c in ds.categories}:
        raise ValueError(f"unknown category: {category}")
    return frozenset(t.id for t in ds.types if t.category == category)


def respondents(
    ds: Dataset,
    *,
    has: Collection[str] = (),
    any_of: Collection[str] = (),
    lacks: Collection[str] = (),
    category: str | None = None,
    answers: Mapping[str, bool] | None = None,
) -> tuple[Response, ...]:
    """The responses named for every type in `has`, at least one in `any_of` (if any), none in
    `lacks`, and some type of `category`; with `answers` ({question id: True or False}), only
    those that gave each of these answers (an unanswered question matches neither). A
    ValueError where the summary does not list its respondents (`Dataset.respondents_given`):
    an empty answer would read as "none"."""
    if ds.respondents_given is not RespondentsGiven.listed:
        raise ValueError(
            f"the summary of {ds.query.id} does not list its respondents: who answered is not known"
        )
    needed, some, excluded = _known(ds, has), _known(ds, any_of), _known(ds, lacks)
    in_category = types_in(ds, category) if category is not None else None
    wanted = dict(answers or {})
    unknown = sorted(set(wanted) - {q.id for q in ds.questions})
    if unknown:
        raise ValueError(f"unknown question(s): {', '.join(unknown)}")
    found = []
    for r in ds.responses:
        named = r.type_ids()
        if any(r.answer(question) is not value for question, value in wanted.items()):
            continue
        if not needed <= named or (some and not named & some) or named & excluded:
            continue
        if in_category is not None and not named & in_category:
            continue
        found.append(r)
    return tuple(found)


def measures(
    ds: Dataset,
    *,
    types: Collection[str] = (),
    category: str | None = None,
    countries: Collection[str] = (),
) -> tuple[tuple[Response, Measure], ...]:
    """Each measure named for a respondent, with its response: of one of `types` (if any), in
    `category` (if given), of one of `countries` (codes, if any)."""
    wanted = _known(ds, types)
    in_category = types_in(ds, category) if category is not None else None
    codes = frozenset(countries)
    return tuple(
        (r, m)
        for r in ds.responses
        if not codes or r.code in codes
        for m in r.measures
        if (not wanted or m.type in wanted) and (in_category is None or m.type in in_category)
    )


def named_for(ds: Dataset, type_ids: Collection[str]) -> tuple[Response, ...]:
    """The responses named for at least one of `type_ids`."""
    wanted = _known(ds, type_ids)
    return tuple(r for r in ds.responses if r.type_ids() & wanted)


def by_type(ds: Dataset) -> tuple[tuple[MeasureType, tuple[Response, ...]], ...]:
    """Each measure type with the responses named for it, in dataset order."""
    return tuple((t, named_for(ds, (t.id,))) for t in ds.types)


def by_category(ds: Dataset) -> tuple[tuple[Category, tuple[Response, ...]], ...]:
    """Each category with the responses named for at least one of its types."""
    return tuple((c, named_for(ds, types_in(ds, c.id))) for c in ds.categories)


def matrix(
    ds: Dataset, type_ids: Collection[str] | None = None
) -> tuple[tuple[Response, tuple[bool, ...]], ...]:
    """Each response with, per type of `type_ids` (all types if None, in dataset order),
    whether the summary names it for that type."""
    wanted = _known(ds, type_ids) if type_ids is not None else None
    order = [t.id for t in ds.types if wanted is None or t.id in wanted]
    return tuple((r, tuple(t in r.type_ids() for t in order)) for r in ds.responses)
