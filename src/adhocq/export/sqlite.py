"""Dataset -> a normalised SQLite database, in every language of the data, written atomically.

Texts: each table keeps a text's English in a column named for the field (`country.name`,
`query.title`, `measure.description`, `finding.text`, ...), so that a query in English needs no
join. Every other language goes in `translation` (entity, entity_key, field, lang, text): the
table, the row's primary key as text (every table with a text has a one-column key, its first),
the column, and the language, which `language` lists (English first, then the others). A text
without a translation into a language has no row there: fall back to the English with

    SELECT coalesce(tr.text, c.name) FROM country AS c
    LEFT JOIN translation AS tr ON tr.entity = 'country' AND tr.entity_key = c.code
         AND tr.field = 'name' AND tr.lang = 'fr'

Questions, finding kinds, categories and types are rows, as the data file declares them: a
response's answers are rows of `answer` (none where the summary gives no answer), a finding's
kind references `finding_kind`, and the countries a finding mentions are rows of `mention`
(`country_code` NULL for a token that is no EMN country).

The database is built in a temporary file next to the target and moved onto it only once it is
complete, so a failure (disk full, interrupt, bug) never leaves a half-written database behind.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from adhocq.errors import AdhocqError
from adhocq.export.files import check_target, write_new_file
from adhocq.model import Coverage, Dataset, Membership, Text

SCHEMA_VERSION = 2
"""Stored as `PRAGMA user_version`; raise it when a table or column changes.

2: texts in English in the entity tables plus `language` and `translation`, instead of an `_en`
and an `_fr` column per text; `question` and `answer` instead of `response.offers_service`;
`finding_kind` instead of a fixed list of kinds; `mention`; `response.printed` and
`measure.printed`; `query.coverage` and `query.findings_read`; `measure` and `query_theme` keyed
by an `id` (their former keys are UNIQUE)."""


def _one_of(kind: type[Enum]) -> str:
    return ", ".join(f"'{member.value}'" for member in kind)


# `position` columns keep the dataset's own order (1-based), which the queries and renderers
# follow; ORDER BY them to list things as the published summary does.
SCHEMA = f"""
CREATE TABLE language (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL
);
CREATE TABLE country (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    membership TEXT NOT NULL CHECK (membership IN ({_one_of(Membership)})),
    name TEXT NOT NULL
);
CREATE TABLE query (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    requester_country TEXT REFERENCES country (code),
    requester TEXT,
    asked TEXT,
    published TEXT NOT NULL,
    respondent_count INTEGER NOT NULL,
    coverage TEXT NOT NULL CHECK (coverage IN ({_one_of(Coverage)})),
    findings_read INTEGER CHECK (findings_read >= 1),
    CHECK ((coverage = '{Coverage.excerpt.value}') = (findings_read IS NOT NULL))
);
CREATE TABLE query_source (
    query_id TEXT NOT NULL REFERENCES query (id),
    position INTEGER NOT NULL,
    lang TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (query_id, position)
);
CREATE TABLE query_theme (
    id INTEGER PRIMARY KEY,
    query_id TEXT NOT NULL REFERENCES query (id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (query_id, position)
);
CREATE TABLE bullet (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL
);
CREATE TABLE question (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    column_name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    statement TEXT NOT NULL,
    yes TEXT NOT NULL,
    no TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES bullet (id),
    short TEXT
);
CREATE TABLE finding_kind (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    label TEXT NOT NULL
);
CREATE TABLE category (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    label TEXT NOT NULL
);
CREATE TABLE type (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    category_id TEXT NOT NULL REFERENCES category (id),
    label TEXT NOT NULL
);
CREATE TABLE response (
    country_code TEXT PRIMARY KEY REFERENCES country (code),
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES bullet (id)
);
CREATE TABLE answer (
    country_code TEXT NOT NULL REFERENCES response (country_code),
    question_id TEXT NOT NULL REFERENCES question (id),
    value INTEGER NOT NULL CHECK (value IN (0, 1)),
    PRIMARY KEY (country_code, question_id)
);
CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES response (country_code),
    type_id TEXT NOT NULL REFERENCES type (id),
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    description TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES bullet (id),
    UNIQUE (country_code, type_id)
);
CREATE TABLE finding (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL REFERENCES finding_kind (id),
    text TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES bullet (id)
);
CREATE TABLE mention (
    finding_id TEXT NOT NULL REFERENCES finding (id),
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    country_code TEXT REFERENCES country (code),
    qualifier TEXT,
    PRIMARY KEY (finding_id, position)
);
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    country_code TEXT REFERENCES response (country_code),
    text TEXT NOT NULL
);
CREATE TABLE translation (
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL REFERENCES language (code) CHECK (lang <> 'en'),
    text TEXT NOT NULL,
    PRIMARY KEY (entity, entity_key, field, lang)
);
CREATE INDEX type_category ON type (category_id);
CREATE INDEX answer_question ON answer (question_id);
CREATE INDEX measure_type ON measure (type_id);
CREATE INDEX finding_kind_id ON finding (kind);
CREATE INDEX mention_country ON mention (country_code);
CREATE INDEX note_country ON note (country_code);
CREATE INDEX translation_lang ON translation (lang);
PRAGMA user_version = {SCHEMA_VERSION};
"""

Value = str | int | None
Row = tuple[Value, ...]


def write_sqlite(ds: Dataset, path: Path, force: bool) -> None:
    """Write `ds` to a new SQLite database at `path`, replacing an existing file only if `force`.

    Raises UsageProblem (exit 2) if `path` exists without `force` or is a directory, and
    AdhocqError (exit 1) with one line naming `path` if the file system or SQLite fails.
    """
    check_target(path, "the database")

    def fill(temp: Path) -> None:
        try:
            _build(ds, temp)
        except sqlite3.Error as error:
            raise AdhocqError(f"{path}: cannot write: {' '.join(str(error).split())}") from None
        finally:
            with contextlib.suppress(OSError):  # the original error is the one to report
                temp.with_name(temp.name + "-journal").unlink(missing_ok=True)

    write_new_file(path, fill, force)


def _build(ds: Dataset, file: Path) -> None:
    connection = sqlite3.connect(file, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript("BEGIN;\n" + SCHEMA)
        for table, rows in _tables(ds):
            _insert(connection, table, rows)
        connection.execute("COMMIT")
    finally:
        connection.close()


def _insert(connection: sqlite3.Connection, table: str, rows: Iterable[Row]) -> None:
    batch = list(rows)
    if batch:
        marks = ", ".join("?" * len(batch[0]))
        connection.executemany(f"INSERT INTO {table} VALUES ({marks})", batch)


class _Tables:
    """Rows gathered table by table, each Text reduced to its English and its translations
    gathered for `translation`."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {}
        self.translations: list[Row] = []

    def add(self, table: str, values: tuple[Value | Text, ...], *fields: str) -> None:
        """A row of `table`; `fields` names its Text values in order. The first value is the
        row's key."""
        texts = [value for value in values if isinstance(value, Text)]
        for field, text in zip(fields, texts, strict=True):
            self.translations += [
                (table, str(values[0]), field, t.lang, t.text) for t in text.translations
            ]
        row = tuple(value.en if isinstance(value, Text) else value for value in values)
        self.rows.setdefault(table, []).append(row)

    def each(self) -> list[tuple[str, list[Row]]]:
        return [*self.rows.items(), ("translation", self.translations)]


def _tables(ds: Dataset) -> list[tuple[str, list[Row]]]:
    """Each table with its rows, in an order that satisfies every foreign key as it goes."""
    q, out = ds.query, _Tables()
    for i, lang in enumerate(ds.languages, 1):
        out.add("language", (lang, i))
    for i, c in enumerate(ds.countries, 1):
        out.add("country", (c.code, i, c.membership.value, c.name), "name")
    published = q.published.isoformat()
    out.add(
        "query",
        (q.id, q.title, q.requester_country, q.requester, q.asked, published)
        + (q.respondent_count, q.coverage.value, q.findings_read),
        *("title", *(("requester",) if q.requester is not None else ())),
    )
    for i, s in enumerate(q.sources, 1):
        out.add("query_source", (q.id, i, s.lang, s.url))
    for i, theme in enumerate(q.themes, 1):
        out.add("query_theme", (i, q.id, i, theme), "text")
    for i, b in enumerate(q.bullets, 1):
        out.add("bullet", (b.id, i, b.title), "title")
    for i, qn in enumerate(ds.questions, 1):
        out.add(
            "question",
            (qn.id, i, qn.column, qn.label, qn.statement, qn.yes, qn.no, qn.source, qn.short),
            *("label", "statement", "yes", "no", *(("short",) if qn.short else ())),
        )
    for i, k in enumerate(ds.finding_kinds, 1):
        out.add("finding_kind", (k.id, i, k.label), "label")
    for i, cat in enumerate(ds.categories, 1):
        out.add("category", (cat.id, i, cat.label), "label")
    for i, t in enumerate(ds.types, 1):
        out.add("type", (t.id, i, t.category, t.label), "label")
    for i, r in enumerate(ds.responses, 1):
        out.add("response", (r.code, i, r.printed, r.source))
    for r in ds.responses:
        for a in r.answers:
            out.add("answer", (r.code, a.question, int(a.value)))
    measures = [(r.code, i, m) for r in ds.responses for i, m in enumerate(r.measures, 1)]
    for n, (code, i, m) in enumerate(measures, 1):
        out.add("measure", (n, code, m.type, i, m.printed, m.description, m.source), "description")
    for i, f in enumerate(ds.findings, 1):
        out.add("finding", (f.id, i, f.kind, f.text, f.source), "text")
    for f in ds.findings:
        for i, mention in enumerate(f.mentions, 1):
            out.add("mention", (f.id, i, mention.printed, mention.code, mention.qualifier))
    notes: list[tuple[str | None, Text]] = [(None, n) for n in q.notes]
    notes += [(r.code, n) for r in ds.responses for n in r.notes]
    for i, (owner, note) in enumerate(notes, 1):
        out.add("note", (i, owner, note), "text")
    return out.each()
