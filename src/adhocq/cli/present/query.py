"""Questions over one query, as Results: ids and codes come typed (see cli/input.py); none
prints or reads files."""

from collections.abc import Sequence
from dataclasses import replace

from adhocq import ask
from adhocq.cli.present.results import answer_columns, make_result, only_listed, text
from adhocq.cli.present.wording import (
    given_phrase,
    not_named_in_findings_note,
)
from adhocq.errors import NotFound
from adhocq.messages import N_, phrase, shown, tr
from adhocq.model import Dataset, Question, RespondentsGiven
from adhocq.output.result import (
    Result,
)

# ------------------------------------------------------------------ questions


def countries(
    ds: Dataset,
    lang: str,
    answers: dict[str, bool] | None = None,
    has: Sequence[str] = (),
    category: str | None = None,
    any_of: Sequence[str] = (),
    lacks: Sequence[str] = (),
) -> Result:
    """Respondents reporting every type in `has`, at least one in `any_of`, none in `lacks`
    (type ids), with a measure in `category` (its id), and giving each of `answers` ({question
    id: yes or no})."""
    if ds.respondents_given is not RespondentsGiven.listed:
        template = N_(
            "{given}, so it gives no answers or measures per country; 'adhocq findings' shows "
            "the countries it names"
        )
        raise NotFound(phrase(template, given=given_phrase(ds)))
    needed, some, excluded = set(has), set(any_of), set(lacks)
    found = ask.respondents(
        ds,
        has=needed,
        any_of=some,
        lacks=excluded,
        category=category,
        answers=answers,
    )
    rows = [
        (
            r.code,
            text(r.country.name, lang),
            *(r.answer(q.id) for q in ds.questions),
            tuple(m.type for m in r.measures),
        )
        for r in found
    ]
    asked = [(ds.question_by_id(q), value) for q, value in (answers or {}).items()]
    conditions = _describe_filters(
        asked, sorted(needed), sorted(some), sorted(excluded), category, lang
    )
    title = tr(lang, "Respondents{conditions} ({found} of {total})")
    title = title.format(conditions=conditions, found=len(rows), total=len(ds.responses))
    columns = [
        ("code", N_("Code")),
        ("name", N_("Country")),
        *answer_columns(ds, lang=lang),
        ("types", N_("Measure types named")),
    ]
    result = make_result(ds, lang, title, columns, rows, shows_absence=True)
    return replace(result, empty_reason=shown(lang, _contradiction(needed, some, excluded)))


def non_respondents(ds: Dataset, lang: str) -> Result:
    """The EMN members (not observers) that did not answer; NotFound where the summary does
    not list its respondents, and so does not say who did not answer."""
    absent = ds.non_respondents()
    if absent is None:
        template = N_(
            "{given}, so it does not say which countries answered; 'adhocq findings' shows the "
            "countries it names"
        )
        raise NotFound(phrase(template, given=given_phrase(ds)))
    rows = [(c.code, text(c.name, lang)) for c in absent]
    title = tr(lang, "EMN members that did not answer ({found} of {total})")
    title = title.format(found=len(rows), total=len(ds.members()))
    return make_result(ds, lang, title, [("code", N_("Code")), ("name", N_("Country"))], rows)


def measures(
    ds: Dataset,
    lang: str,
    types: Sequence[str] = (),
    category: str | None = None,
    countries: Sequence[str] = (),
) -> Result:
    """The measures of the respondents `countries` (codes; all without), of any of `types`
    (type ids), in `category` (its id)."""
    wanted_types, wanted_codes, in_category = set(types), set(countries), category
    found = ask.measures(ds, types=wanted_types, category=in_category, countries=wanted_codes)
    rows = [
        (
            r.code,
            text(r.country.name, lang),
            m.type,
            ds.type_by_id(m.type).category,
            text(m.description, lang),
            m.source,
        )
        for r, m in found
    ]
    if len(rows) == 1:
        title = tr(lang, "Measures named in the summary (1 row)")
    else:
        title = tr(lang, "Measures named in the summary ({n} rows)").format(n=len(rows))
    columns = [
        ("country", N_("Code")),
        ("country_name", N_("Country")),
        ("type", N_("Type")),
        ("category", N_("Category")),
        ("description", N_("Description")),
        ("source", N_("Source")),
    ]
    result = make_result(ds, lang, title, columns, rows, shows_absence=True, of_measures=True)
    if (
        in_category is not None
        and wanted_types
        and not wanted_types & ask.types_in(ds, in_category)
    ):
        outside = ", ".join(sorted(wanted_types))
        template = N_("no measure can match: {types} not in category {category}")
        reason = phrase(template, types=outside, category=in_category)
        result = replace(result, empty_reason=reason.said(lang))
    return result


def types(ds: Dataset, lang: str) -> Result:
    rows = []
    for t, named in ask.by_type(ds):
        codes = tuple(r.code for r in named)
        rows.append((t.category, t.id, text(t.label, lang), len(codes), codes))
    columns = [
        ("category", N_("Category")),
        ("type", N_("Type")),
        ("label", N_("Label")),
        ("count", N_("Countries named")),
        ("countries", N_("Codes")),
    ]
    title = tr(lang, "Measure types ({n})").format(n=len(rows))
    return make_result(ds, lang, title, columns, rows, shows_absence=True, of_measures=True)


def findings(ds: Dataset, lang: str, kind: str | None = None) -> Result:
    """The findings of the summary, of one kind (its id) or all; the countries each names, as
    codes and as printed."""
    wanted = kind
    rows = [
        (
            f.kind,
            f.id,
            text(f.text, lang),
            tuple(m.code for m in f.mentions if m.code is not None),
            tuple(_as_printed(m.printed, m.qualifier) for m in f.mentions),
            tuple(m.printed for m in f.mentions if m.code is None),
            f.source,
        )
        for f in ds.findings
        if wanted is None or f.kind == wanted
    ]
    columns = [
        ("kind", N_("Kind")),
        ("id", N_("Id")),
        ("text", N_("Finding")),
        ("countries", N_("Countries named")),
        ("printed", N_("As printed")),
        ("uncoded", N_("Printed, no EMN code")),
        ("source", N_("Source")),
    ]
    if wanted is None:
        title = tr(lang, "Findings ({n})").format(n=len(rows))
    else:
        label = next(k.label for k in ds.finding_kinds if k.id == wanted).get(lang)
        title = tr(lang, "{kind} findings ({n})").format(kind=label, n=len(rows))
    # A finding's list of countries is what it names, not every country in its case.
    named = any(f.mentions for f in ds.findings if wanted is None or f.kind == wanted)
    note = not_named_in_findings_note(lang) if named else ""
    result = make_result(ds, lang, title, columns, rows, note=note)
    if not ds.findings:
        why = only_listed(ds, lang) or tr(lang, "this query's file holds no findings")
        result = replace(result, empty_reason=why)
    return result


def _as_printed(printed: str, qualifier: str | None) -> str:
    return f"{printed} ({qualifier})" if qualifier and qualifier not in printed else printed


# ------------------------------------------------------------------ helpers


def _describe_filters(
    answers: list[tuple[Question, bool]],
    has: list[str],
    some: list[str],
    lacks: list[str],
    category: str | None,
    lang: str = "en",
) -> str:
    parts = [(q.yes if value else q.no).get(lang) for q, value in answers]
    named, not_named = tr(lang, "named for {types}"), tr(lang, "not named for {types}")
    if has:
        parts.append(named.format(types=tr(lang, " and ").join(has)))
    if some:
        parts.append(named.format(types=tr(lang, " or ").join(some)))
    if lacks:
        parts.append(not_named.format(types=tr(lang, " or ").join(lacks)))
    if category:
        parts.append(tr(lang, "with a {category} measure").format(category=category.lower()))
    return (" " + ", ".join(parts)) if parts else ""


def _contradiction(needed: set[str], some: set[str], excluded: set[str]) -> str:
    """Why filters on measure types exclude every country, or "" if they do not."""
    both = sorted(needed & excluded)
    if both:
        listed = ", ".join(both)
        template = N_("no country can match: {types} both required (--has) and excluded (--lacks)")
        return phrase(template, types=listed)
    if some and some <= excluded:
        return N_("no country can match: every --any type is also excluded (--lacks)")
    return ""
