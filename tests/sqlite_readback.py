"""The database that `export --sqlite` writes, read back: each query's Dataset again, from nothing
but the database; the rows each query should have there; and the SQL helpers its tests share."""

from __future__ import annotations

import dataclasses
import datetime
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from adhocq.model import (
    Answer,
    Bullet,
    Category,
    CountBasis,
    Country,
    Coverage,
    Dataset,
    Finding,
    FindingKind,
    Measure,
    MeasureType,
    Membership,
    Mention,
    Query,
    Question,
    Response,
    Source,
    Text,
    Translation,
)

T = TypeVar("T")


# What minimal.toml leaves out: an excerpt, a third language, an unanswered question, countries
# printed otherwise than by their code, mentions (one of no EMN country), notes.
RICHER = [
    ('coverage = "complete"', 'coverage = "excerpt"\nfindings_read = 1\n'
     'notes = [{ en = "A note.", de = "Eine Notiz.", fr = "Une note." }]'),
    ('{ en = "Test query", fr', '{ en = "Test query", de = "Testanfrage", fr'),
    ("[[finding_kinds]]", '[[questions]]\nid = "hotline"\ncolumn = "runs_hotline"\n'
     'label = { en = "Hotline", de = "Hotline" }\nstatement = { en = "Runs a hotline" }\n'
     'yes = { en = "running a hotline" }\nno = { en = "without a hotline" }\nsource = "one"\n\n'
     "[[finding_kinds]]"),
    ("answers = { service = true }",
     'answers = { service = true, hotline = false }\nnotes = [{ en = "On FI." }]'),
    ("answers = { service = false }", 'answers = { service = false }\nprinted = "SE*"'),
    ('fr = "Plus de personnel." }', 'fr = "Plus de personnel." }\nprinted = "Finland"'),
    ('fr = "La demande augmente." }', 'fr = "La demande augmente." }\nmentions = ["FI", "GR", '
     '"LI", { printed = "SE (Stockholm)", code = "SE", qualifier = "Stockholm" }, '
     '{ printed = "Åland", qualifier = "islands" }]'),
]  # fmt: skip


def richer_text(minimal_text: str) -> str:
    """minimal.toml with what it leaves out."""
    for old, new in RICHER:
        assert minimal_text.count(old) == 1, old
        minimal_text = minimal_text.replace(old, new)
    return minimal_text


@contextmanager
def opened(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        yield connection


def in_lang(table: str, alias: str, key: str, field: str, lang: str) -> str:
    """SQL for `alias.field` in `lang`, falling back to English, as the module's docstring says:
    a row of a per-query table is found by its query too."""
    query = "" if table in ("country", "query") else f" AND query_id = {alias}.query_id"
    return (
        f"(SELECT coalesce((SELECT text FROM translation WHERE entity = '{table}'{query}"
        f" AND entity_key = {alias}.{key} AND field = '{field}' AND lang = '{lang}'),"
        f" {alias}.{field}))"
    )


def text_walk(value: object) -> Iterator[Text]:
    """Every Text of a record of the model, once (a response's country is one of the dataset's)."""
    if isinstance(value, Text):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from text_walk(item)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            if not (isinstance(value, Response) and field.name == "country"):
                yield from text_walk(getattr(value, field.name))


def sizes(ds: Dataset) -> dict[str, int]:
    """How many rows each table has for `ds` (its countries' texts aside: they are shared)."""
    own = dataclasses.replace(ds, countries=())
    return {"answer": sum(len(r.answers) for r in ds.responses),
            "bullet": len(ds.query.bullets), "category": len(ds.categories),
            "finding": len(ds.findings), "finding_kind": len(ds.finding_kinds),
            "measure": sum(len(r.measures) for r in ds.responses),
            "mention": sum(len(f.mentions) for f in ds.findings),
            "note": len(ds.query.notes) + sum(len(r.notes) for r in ds.responses), "query": 1,
            "query_country": len(ds.countries), "query_language": len(ds.languages),
            "query_source": len(ds.query.sources),
            "respondent_named": len(ds.query.respondents_named),
            "country_asked": len(ds.query.asked_of),
            "query_topic": len(ds.query.topics),
            "query_theme": len(ds.query.themes),
            "question": len(ds.questions), "response": len(ds.responses),
            "translation": sum(len(text.translations) for text in text_walk(own)),
            "type": len(ds.types)}  # fmt: skip


def read_back(path: Path) -> dict[str, Dataset]:
    """Each query's dataset again, by query id, from nothing but the database."""
    with opened(path) as connection:
        found: dict[tuple[str, str | None, str, str], list[Translation]] = defaultdict(list)
        for entity, query_id, key, field, lang, words in connection.execute(
            "SELECT t.* FROM translation AS t JOIN language AS l ON l.code = t.lang"
            " ORDER BY l.position"
        ):
            found[entity, query_id, key, field].append(Translation(lang, words))

        def text(entity: str, row: tuple[Any, ...], field: str, column: int) -> Text:
            if entity == "country":
                query_id, key = None, row[0]
            else:  # a query's id, then the row's key (a query's id is both)
                query_id, key = row[0], row[0 if entity == "query" else 1]
            return Text(row[column], tuple(found[entity, query_id, str(key), field]))

        countries = {
            c[0]: Country(c[0], Membership(c[2]), text("country", c, "name", 3))
            for c in connection.execute("SELECT * FROM country ORDER BY position")
        }
        return {
            q[0]: _query(connection, q, countries, text)
            for q in connection.execute("SELECT * FROM query ORDER BY id").fetchall()
        }


def _query(
    connection: sqlite3.Connection,
    q: tuple[Any, ...],
    countries: dict[str, Country],
    text: Callable[[str, tuple[Any, ...], str, int], Text],
) -> Dataset:
    """One query's dataset: the rows of its query_id in every table."""
    query_id = q[0]

    def rows(table: str, order: str = "position") -> list[Any]:
        return connection.execute(
            f"SELECT * FROM {table} WHERE query_id = ? ORDER BY {order}", (query_id,)
        ).fetchall()

    def per(key: int, table: str, order: str) -> defaultdict[Any, list[Any]]:
        grouped: defaultdict[Any, list[Any]] = defaultdict(list)
        for row in rows(table, order):
            grouped[row[key]].append(row)
        return grouped

    position = {qid: n for _, qid, n, *_ in rows("question")}
    membership = {c[1]: Membership(c[3]) for c in rows("query_country")}
    answers = per(1, "answer", "country_code, question_id")
    measures = per(2, "measure", "country_code, position")
    notes = per(2, "note", "id")
    mentions = per(1, "mention", "finding_id, position")
    return Dataset(
        query=Query(
            q[0], text("query", q, "title", 1), q[2],
            text("query", q, "requester", 3) if q[3] is not None else None, q[4],
            None if q[5] is None else datetime.date.fromisoformat(q[5]),
            q[6], Coverage(q[9]), q[10],
            themes=tuple(text("query_theme", t, "text", 3) for t in rows("query_theme")),
            sources=tuple(Source(s[2], s[3]) for s in rows("query_source")),
            respondents_named=tuple(
                Mention(n[2], n[3], n[4]) for n in rows("respondent_named")
            ),
            bullets=tuple(
                Bullet(b[1], text("bullet", b, "title", 3), b[4]) for b in rows("bullet")
            ),
            notes=tuple(text("note", n, "text", 3) for n in notes[None]),
            default=bool(q[11]),
            count_basis=CountBasis(q[7] or "answered"),
            title_printed=tuple((q[12] or "").split()),
            compiled=None if q[13] is None else datetime.date.fromisoformat(q[13]),
            list_printed=q[14],
            asked_of=tuple(Mention(n[2], n[3], n[4]) for n in rows("country_asked")),
            topics=tuple(t[1] for t in rows("query_topic")),
        ),
        questions=tuple(
            Question(
                qn[1], qn[3], text("question", qn, "label", 4),
                text("question", qn, "statement", 5), text("question", qn, "yes", 6),
                text("question", qn, "no", 7), qn[8],
                text("question", qn, "short", 9) if qn[9] is not None else None,
            )
            for qn in rows("question")
        ),
        finding_kinds=tuple(
            FindingKind(k[1], text("finding_kind", k, "label", 3)) for k in rows("finding_kind")
        ),
        categories=tuple(
            Category(c[1], text("category", c, "label", 3)) for c in rows("category")
        ),
        types=tuple(MeasureType(t[1], t[3], text("type", t, "label", 4)) for t in rows("type")),
        countries=tuple(
            dataclasses.replace(countries[c[1]], membership=Membership(c[3]))
            for c in rows("query_country")
        ),
        responses=tuple(
            Response(
                dataclasses.replace(countries[r[1]], membership=membership[r[1]]), r[3], r[4],
                tuple(
                    Answer(a[2], bool(a[3]))
                    for a in sorted(answers[r[1]], key=lambda a: position[a[2]])
                ),
                tuple(
                    Measure(m[3], text("measure", m, "description", 6), m[7], m[5])
                    for m in measures[r[1]]
                ),
                tuple(text("note", n, "text", 3) for n in notes[r[1]]),
            )
            for r in rows("response")
        ),
        findings=tuple(
            Finding(f[3], f[1], text("finding", f, "text", 4), f[5],
                    tuple(Mention(*m[3:]) for m in mentions[f[1]]))
            for f in rows("finding")
        ),
        languages=tuple(lang for _, lang, _ in rows("query_language")),
    )  # fmt: skip


def by_language(value: T) -> T:
    """`value` with each Text's translations in language order: the database keeps no order among
    a text's translations (a file may give `nl` before `fr`), and reads them back in that one."""
    if isinstance(value, Text):
        ordered = tuple(sorted(value.translations, key=lambda t: t.lang))
        return dataclasses.replace(value, translations=ordered)
    if isinstance(value, tuple):
        return tuple(by_language(item) for item in value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: by_language(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
