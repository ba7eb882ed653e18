"""One country's profile and the query's own description: field/value rows for people, and the
same facts as one nested object for JSON."""

from __future__ import annotations

from dataclasses import replace

from adhocq.cli.present.results import make_result, text, title
from adhocq.cli.present.wording import (
    COUNT_BASIS,
    MEMBERSHIP,
    RESPONDENTS_GIVEN,
    given_phrase,
    measures_named,
    respondents_given,
    response,
)
from adhocq.messages import N_, phrase, tr
from adhocq.model import Country, Dataset, Finding, Query, Response, iso_date
from adhocq.output.result import Cell, Json, Result

FIELD_COLUMNS = [("field", N_("Field")), ("value", N_("Value"))]


def show(ds: Dataset, lang: str, country: Country) -> Result:
    """One country's profile: field/value rows for people (the source of each fact in a third
    column), and the same facts as one object for JSON. A country the summary does not list
    as a respondent gets what the summary does say of it: that it asked the query, the findings
    that name it, and whether it answered, where that is known."""
    named_in = tuple(f for f in ds.findings if any(m.code == country.code for m in f.mentions))
    asked = ds.query.requester_country == country.code
    r = ds.response_by_code(country.code)
    if r is None and not named_in and not asked and ds.answered(country.code) is False:
        response(ds, country)  # raises NotFound: it did not answer
    rows: list[tuple[Cell, ...]] = [
        ("code", country.code, ""),
        ("name", text(country.name, lang), ""),
        ("membership", MEMBERSHIP[country.membership], ""),
    ]
    if asked:
        rows.append(("asked", True, ""))
    answered = ds.answered(country.code)
    rows.append(("answered", answered if answered is not None else _unknown(ds), ""))
    document: dict[str, Json] = {
        "code": country.code,
        "name": country.name.get(lang),
        "membership": country.membership.value,
        "asked": asked,
        "answered": answered,
    }
    if r is not None:
        rows += _response_rows(ds, lang, r)
        document |= _response_document(ds, lang, r)
    rows += [(f"finding:{f.id}", text(f.text, lang), f.source) for f in named_in]
    document["findings"] = [
        {"id": f.id, "kind": f.kind, "text": f.text.get(lang), "source": f.source} for f in named_in
    ]
    said = _summary(ds, lang, r, named_in, asked, answered)
    title = f"{country.name.get(lang)} ({country.code}): {said}"
    columns = [*FIELD_COLUMNS, ("source", N_("Source"))]
    result = make_result(ds, lang, title, columns, rows, shows_absence=r is not None)
    return replace(result, document=document)


def _unknown(ds: Dataset) -> str:
    """Whether a country answered, where the summary does not list its respondents: in the
    reader's language in a table, in English in a machine format."""
    return phrase(N_("not known: {why}"), why=given_phrase(ds))


def _summary(
    ds: Dataset,
    lang: str,
    r: Response | None,
    named_in: tuple[Finding, ...],
    asked: bool,
    answered: bool | None = None,
) -> str:
    """What the title says of the country: its measures, where it is a respondent; else what
    the summary says of it."""
    parts = [tr(lang, "asked this query")] if asked else []
    if r is not None and ds.types:
        parts.append(measures_named(len(r.measures), lang))
    elif r is not None:
        parts.append(tr(lang, "listed among the respondents"))
    elif answered:
        parts.append(tr(lang, "named among the respondents"))
    if len(named_in) == 1:
        parts.append(tr(lang, "named in 1 finding of the summary"))
    elif named_in:
        parts.append(tr(lang, "named in {n} findings of the summary").format(n=len(named_in)))
    elif r is None or not ds.types:
        parts.append(tr(lang, "not named in the findings of the summary"))
    return tr(lang, "; ").join(parts)


def _response_rows(ds: Dataset, lang: str, r: Response) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    if r.printed != r.code:
        rows.append(("printed", r.printed, r.source))
    rows += [(q.column, r.answer(q.id), q.source) for q in ds.questions]
    if not r.measures and ds.types:  # in the reader's language for people, English for machines
        rows.append(("measures", N_("no measure named in the summary"), ""))
    rows += [(f"measure:{m.type}", text(m.description, lang), m.source) for m in r.measures]
    rows += [("note", text(note, lang), "") for note in r.notes]
    return rows


def _response_document(ds: Dataset, lang: str, r: Response) -> dict[str, Json]:
    document: dict[str, Json] = {"printed": r.printed}
    for q in ds.questions:
        document[q.column] = r.answer(q.id)
        document[f"{q.column}_source"] = q.source
    document["measures"] = [
        {
            "type": m.type,
            "category": ds.type_by_id(m.type).category,
            "description": m.description.get(lang),
            "source": m.source,
            "printed": m.printed,
        }
        for m in r.measures
    ]
    document["notes"] = [note.get(lang) for note in r.notes]
    return document


def info(ds: Dataset, lang: str) -> Result:
    q = ds.query
    members = ds.members()
    absent = ds.non_respondents()
    missing = None if absent is None else tuple(c.code for c in absent)
    listed = missing is not None
    respondents = tuple(r.code for r in ds.responses) if listed else None
    rows: list[tuple[Cell, ...]] = [
        ("id", q.id),
        ("title", title(q, lang)),
        ("title_printed", q.title_printed),
        ("requester", requester(q, lang)),
        ("asked", q.asked),
        ("published", iso_date(q.published)),
        ("compiled", iso_date(q.compiled)),
        ("respondent_count", q.respondent_count),
        ("count_basis", COUNT_BASIS[q.count_basis] if q.respondent_count is not None else None),
        ("coverage", q.coverage.value),
        ("findings_read", q.findings_read),
        ("respondents_given", RESPONDENTS_GIVEN[ds.respondents_given]),
        ("respondents", respondents if respondents is not None else N_("not listed")),
        ("respondents_named", tuple(x.code or x.printed for x in q.respondents_named) or None),
        ("asked_of", tuple(x.code or x.printed for x in q.asked_of) or None),
        ("list_printed", q.list_printed),
        ("topics", q.topics or None),
        ("non_respondents", missing if missing is not None else N_("not known")),
        ("emn_members", len(members)),
    ]
    rows.extend((f"question:{x.id}", text(x.statement, lang)) for x in ds.questions)
    rows.extend((f"finding_kind:{k.id}", text(k.label, lang)) for k in ds.finding_kinds)
    rows.append(("languages", ds.languages))
    rows.extend(("theme", text(theme, lang)) for theme in q.themes)
    rows.extend((f"source:{s.lang}", s.url) for s in q.sources)
    rows.extend(
        (
            f"bullet:{b.id}",
            text(b.title, lang) if b.page is None else f"{text(b.title, lang)} ({b.page})",
        )
        for b in q.bullets
    )
    rows.extend(("note", text(note, lang)) for note in q.notes)
    document: dict[str, Json] = {
        "id": q.id,
        "title": q.title.get(lang),
        "title_printed": list(q.title_printed),
        "requester": q.requester.get(lang) if q.requester is not None else None,
        "requester_country": q.requester_country,
        "asked": q.asked,
        "published": iso_date(q.published),
        "compiled": iso_date(q.compiled),
        "respondent_count": q.respondent_count,
        "count_basis": q.count_basis.value if q.respondent_count is not None else None,
        "respondents_given": ds.respondents_given.value,
        "coverage": q.coverage.value,
        "findings_read": q.findings_read,
        "respondents": list(respondents) if respondents is not None else None,
        "respondents_named": [x.code or x.printed for x in q.respondents_named],
        "asked_of": [x.code or x.printed for x in q.asked_of],
        "list_printed": q.list_printed,
        "topics": list(q.topics),
        "non_respondents": list(missing) if missing is not None else None,
        "emn_members": len(members),
        "questions": [
            {"id": x.id, "column": x.column, "statement": x.statement.get(lang), "source": x.source}
            for x in ds.questions
        ],
        "finding_kinds": [{"id": k.id, "label": k.label.get(lang)} for k in ds.finding_kinds],
        "languages": list(ds.languages),
        "themes": [theme.get(lang) for theme in q.themes],
        "sources": [{"lang": s.lang, "url": s.url} for s in q.sources],
        "bullets": [
            {"id": b.id, "title": b.title.get(lang), **({"page": b.page} if b.page else {})}
            for b in q.bullets
        ],
        "notes": [note.get(lang) for note in q.notes],
    }
    result = make_result(ds, lang, q.title.get(lang), FIELD_COLUMNS, rows)
    given = respondents_given(ds, lang)
    caption = result.caption + "\n" + given[:1].upper() + given[1:] + "."
    return replace(result, document=document, caption=caption)


def requester(query: Query, lang: str) -> str | None:
    """ "Finnish Immigration Service (FI)", or what of it the summary says."""
    who = query.requester.get(lang) if query.requester is not None else None
    if who is not None and query.requester_country is not None:
        return f"{who} ({query.requester_country})"
    return who or query.requester_country
