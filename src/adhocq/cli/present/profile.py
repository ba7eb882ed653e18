"""One country's profile and the query's own description: field/value rows for people, and the
same facts as one nested object for JSON."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from adhocq.cli.present.query import make_result, text
from adhocq.cli.present.resolve import respondent
from adhocq.cli.present.wording import measures_named
from adhocq.messages import N_
from adhocq.model import Dataset, Query
from adhocq.output.result import Cell, Json, Result

if TYPE_CHECKING:
    pass

FIELD_COLUMNS = [("field", N_("Field")), ("value", N_("Value"))]


def show(ds: Dataset, lang: str, code: str) -> Result:
    """One country's profile: field/value rows for people (the source of each fact in a third
    column), and the same facts as one object for JSON."""
    r = respondent(ds, code)
    named = measures_named(len(r.measures), lang)
    rows: list[tuple[Cell, ...]] = [
        ("code", r.code, ""),
        ("name", text(r.country.name, lang), ""),
        ("membership", r.country.membership.value, ""),
    ]
    if r.printed != r.code:
        rows.append(("printed", r.printed, r.source))
    rows += [(q.column, r.answer(q.id), q.source) for q in ds.questions]
    if not r.measures:
        rows.append(("measures", named, ""))
    rows += [(f"measure:{m.type}", text(m.description, lang), m.source) for m in r.measures]
    rows += [("note", text(note, lang), "") for note in r.notes]
    measures: list[Json] = [
        {
            "type": m.type,
            "category": ds.type_by_id(m.type).category,
            "description": m.description.get(lang),
            "source": m.source,
            "printed": m.printed,
        }
        for m in r.measures
    ]
    document: dict[str, Json] = {
        "code": r.code,
        "name": r.country.name.get(lang),
        "membership": r.country.membership.value,
        "printed": r.printed,
    }
    for q in ds.questions:
        document[q.column] = r.answer(q.id)
        document[f"{q.column}_source"] = q.source
    document |= {
        "measures": measures,
        "notes": [note.get(lang) for note in r.notes],
    }
    title = f"{r.country.name.get(lang)} ({r.code}): {named}"
    columns = [*FIELD_COLUMNS, ("source", N_("Source"))]
    result = make_result(ds, lang, title, columns, rows, shows_absence=True)
    return replace(result, document=document)


def info(ds: Dataset, lang: str) -> Result:
    q = ds.query
    members = ds.members()
    missing = tuple(c.code for c in ds.non_respondents())
    respondents = tuple(r.code for r in ds.responses)
    rows: list[tuple[Cell, ...]] = [
        ("id", q.id),
        ("title", text(q.title, lang)),
        ("requester", requester(q, lang)),
        ("asked", q.asked),
        ("published", q.published.isoformat()),
        ("respondent_count", q.respondent_count),
        ("coverage", q.coverage.value),
        ("findings_read", q.findings_read),
        ("respondents", respondents),
        ("non_respondents", missing),
        ("emn_members", len(members)),
    ]
    rows.extend((f"question:{x.id}", text(x.statement, lang)) for x in ds.questions)
    rows.extend((f"finding_kind:{k.id}", text(k.label, lang)) for k in ds.finding_kinds)
    rows.append(("languages", ds.languages))
    rows.extend(("theme", text(theme, lang)) for theme in q.themes)
    rows.extend((f"source:{s.lang}", s.url) for s in q.sources)
    rows.extend((f"bullet:{b.id}", text(b.title, lang)) for b in q.bullets)
    rows.extend(("note", text(note, lang)) for note in q.notes)
    document: dict[str, Json] = {
        "id": q.id,
        "title": q.title.get(lang),
        "requester": q.requester.get(lang) if q.requester is not None else None,
        "requester_country": q.requester_country,
        "asked": q.asked,
        "published": q.published.isoformat(),
        "respondent_count": q.respondent_count,
        "coverage": q.coverage.value,
        "findings_read": q.findings_read,
        "respondents": list(respondents),
        "non_respondents": list(missing),
        "emn_members": len(members),
        "questions": [
            {"id": x.id, "column": x.column, "statement": x.statement.get(lang), "source": x.source}
            for x in ds.questions
        ],
        "finding_kinds": [{"id": k.id, "label": k.label.get(lang)} for k in ds.finding_kinds],
        "languages": list(ds.languages),
        "themes": [theme.get(lang) for theme in q.themes],
        "sources": [{"lang": s.lang, "url": s.url} for s in q.sources],
        "bullets": [{"id": b.id, "title": b.title.get(lang)} for b in q.bullets],
        "notes": [note.get(lang) for note in q.notes],
    }
    result = make_result(ds, lang, q.title.get(lang), FIELD_COLUMNS, rows)
    return replace(result, document=document)


def requester(query: Query, lang: str) -> str | None:
    """ "Finnish Immigration Service (FI)", or what of it the summary says."""
    who = query.requester.get(lang) if query.requester is not None else None
    if who is not None and query.requester_country is not None:
        return f"{who} ({query.requester_country})"
    return who or query.requester_country
