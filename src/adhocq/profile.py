"""One country's profile and the query's own description: field/value rows for people, and the
same facts as one nested object for JSON."""

from dataclasses import replace

from adhocq.model import Dataset, Lang
from adhocq.query import make_result, respondent
from adhocq.result import Cell, Json, Result
from adhocq.wording import measures_named

FIELD_COLUMNS = [("field", "Field"), ("value", "Value")]


def show(ds: Dataset, lang: Lang, code: str) -> Result:
    """One country's profile: field/value rows for people (the source of each fact in a third
    column), and the same facts as one object for JSON."""
    r = respondent(ds, code)
    named = measures_named(len(r.measures), lang)
    rows: list[tuple[Cell, ...]] = [
        ("code", r.code, ""),
        ("name", r.country.name.get(lang), ""),
        ("membership", r.country.membership.value, ""),
        ("offers_service", r.offers_service, r.source),
    ]
    if not r.measures:
        rows.append(("measures", named, ""))
    rows += [(f"measure:{m.type}", m.description.get(lang), m.source) for m in r.measures]
    rows += [("note", note.get(lang), "") for note in r.notes]
    measures: list[Json] = [
        {
            "type": m.type,
            "category": ds.type_by_id(m.type).category,
            "description": m.description.get(lang),
            "source": m.source,
        }
        for m in r.measures
    ]
    document: dict[str, Json] = {
        "code": r.code,
        "name": r.country.name.get(lang),
        "membership": r.country.membership.value,
        "offers_service": r.offers_service,
        "offers_service_source": r.source,
        "measures": measures,
        "notes": [note.get(lang) for note in r.notes],
    }
    title = f"{r.country.name.get(lang)} ({r.code}): {named}"
    columns = [*FIELD_COLUMNS, ("source", "Source")]
    result = make_result(ds, lang, title, columns, rows, shows_absence=True)
    return replace(result, document=document)


def info(ds: Dataset, lang: Lang) -> Result:
    q = ds.query
    members = ds.members()
    missing = tuple(c.code for c in ds.non_respondents())
    respondents = tuple(r.code for r in ds.responses)
    rows: list[tuple[Cell, ...]] = [
        ("id", q.id),
        ("title", q.title.get(lang)),
        ("requester", f"{q.requester.get(lang)} ({q.requester_country})"),
        ("asked", q.asked),
        ("published", q.published.isoformat()),
        ("respondent_count", q.respondent_count),
        ("respondents", respondents),
        ("non_respondents", missing),
        ("emn_members", len(members)),
    ]
    rows.extend(("theme", theme.get(lang)) for theme in q.themes)
    rows.extend((f"source:{s.lang}", s.url) for s in q.sources)
    rows.extend((f"bullet:{b.id}", b.title.get(lang)) for b in q.bullets)
    rows.extend(("note", note.get(lang)) for note in q.notes)
    document: dict[str, Json] = {
        "id": q.id,
        "title": q.title.get(lang),
        "requester": q.requester.get(lang),
        "requester_country": q.requester_country,
        "asked": q.asked,
        "published": q.published.isoformat(),
        "respondent_count": q.respondent_count,
        "respondents": list(respondents),
        "non_respondents": list(missing),
        "emn_members": len(members),
        "themes": [theme.get(lang) for theme in q.themes],
        "sources": [{"lang": s.lang, "url": s.url} for s in q.sources],
        "bullets": [{"id": b.id, "title": b.title.get(lang)} for b in q.bullets],
        "notes": [note.get(lang) for note in q.notes],
    }
    result = make_result(ds, lang, q.title.get(lang), FIELD_COLUMNS, rows)
    return replace(result, document=document)
