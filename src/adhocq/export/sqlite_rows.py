"""One query as the rows of the SQLite export's tables (`export/sqlite.py` writes them; the
tables are in `sqlite_schema.py`): each Text's English in its row, its other languages in
`translation`."""

from __future__ import annotations

from adhocq.export.sqlite_schema import TABLES
from adhocq.model import Dataset, Text, iso_date

Value = str | int | None
Row = tuple[Value, ...]


class Tables:
    """Rows gathered table by table, in the order the tables are filled."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {table: [] for table in TABLES}


def query_rows(ds: Dataset, out: Tables, numbers: dict[str, int]) -> None:
    """The rows of one query, in every per-query table. Each Text is reduced to its English, its
    other languages go to `translation` (keyed by the row's table, key and column) in the order
    the rows and their texts come."""
    q = ds.query
    qid = q.id
    rows = out.rows
    translations = rows["translation"]

    def en(table: str, key: str, field: str, text: Text) -> str:
        if text.translations:
            translations.extend(
                [(table, qid, key, field, t.lang, t.text) for t in text.translations]
            )
        return text.en

    def number(table: str) -> int:
        numbers[table] += 1
        return numbers[table]

    rows["query"].append(
        (qid, en("query", qid, "title", q.title), q.requester_country)
        + (None if q.requester is None else en("query", qid, "requester", q.requester),)
        + (q.asked, iso_date(q.published), q.respondent_count)
        + (None if q.respondent_count is None else q.count_basis.value,)
        + (ds.respondents_given.value, q.coverage.value, q.findings_read, int(q.default))
        + (" ".join(q.title_printed) or None, iso_date(q.compiled), q.list_printed)
    )
    rows["query_language"] += [(qid, lang, i) for i, lang in enumerate(ds.languages, 1)]
    rows["query_country"] += [
        (qid, c.code, i, c.membership.value) for i, c in enumerate(ds.countries, 1)
    ]
    rows["query_topic"] += [(qid, topic, i) for i, topic in enumerate(q.topics, 1)]
    rows["query_source"] += [(qid, i, s.lang, s.url) for i, s in enumerate(q.sources, 1)]
    rows["respondent_named"] += [
        (qid, i, named.printed, named.code, named.qualifier)
        for i, named in enumerate(q.respondents_named, 1)
    ]
    rows["country_asked"] += [
        (qid, i, x.printed, x.code, x.qualifier) for i, x in enumerate(q.asked_of, 1)
    ]
    for i, theme in enumerate(q.themes, 1):
        n = number("query_theme")
        rows["query_theme"].append((qid, n, i, en("query_theme", str(n), "text", theme)))
    rows["bullet"] += [
        (qid, b.id, i, en("bullet", b.id, "title", b.title), b.page)
        for i, b in enumerate(q.bullets, 1)
    ]
    for i, qn in enumerate(ds.questions, 1):
        label = en("question", qn.id, "label", qn.label)
        statement = en("question", qn.id, "statement", qn.statement)
        yes, no = en("question", qn.id, "yes", qn.yes), en("question", qn.id, "no", qn.no)
        short = None if qn.short is None else en("question", qn.id, "short", qn.short)
        row = (qid, qn.id, i, qn.column, label, statement, yes, no, qn.source, short)
        rows["question"].append(row)
    rows["finding_kind"] += [
        (qid, k.id, i, en("finding_kind", k.id, "label", k.label))
        for i, k in enumerate(ds.finding_kinds, 1)
    ]
    rows["category"] += [
        (qid, c.id, i, en("category", c.id, "label", c.label))
        for i, c in enumerate(ds.categories, 1)
    ]
    rows["type"] += [
        (qid, t.id, i, t.category, en("type", t.id, "label", t.label))
        for i, t in enumerate(ds.types, 1)
    ]
    rows["response"] += [
        (qid, r.country.code, i, r.printed, r.source) for i, r in enumerate(ds.responses, 1)
    ]
    answers, measures = rows["answer"], rows["measure"]
    for r in ds.responses:
        code = r.country.code
        answers += [(qid, code, a.question, int(a.value)) for a in r.answers]
    for r in ds.responses:
        code = r.country.code
        for i, m in enumerate(r.measures, 1):
            n = number("measure")
            description = en("measure", str(n), "description", m.description)
            measures.append((qid, n, code, m.type, i, m.printed, description, m.source))
    rows["finding"] += [
        (qid, f.id, i, f.kind, en("finding", f.id, "text", f.text), f.source)
        for i, f in enumerate(ds.findings, 1)
    ]
    for f in ds.findings:
        rows["mention"] += [
            (qid, f.id, i, mention.printed, mention.code, mention.qualifier)
            for i, mention in enumerate(f.mentions, 1)
        ]
    notes: list[tuple[str | None, Text]] = [(None, n) for n in q.notes]
    notes += [(r.country.code, n) for r in ds.responses for n in r.notes]
    for owner, note in notes:
        n = number("note")
        rows["note"].append((qid, n, owner, en("note", str(n), "text", note)))
