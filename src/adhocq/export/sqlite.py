"""Corpus -> a normalised SQLite database of every query, in every language, written atomically.

Queries: `query` has a row per query of the dataset, and every table of what a query holds
(`bullet`, `question`, `finding_kind`, `category`, `type`, `response`, `answer`, `measure`,
`finding`, `mention`, `note`, `query_theme`, `query_source`, `query_language`, `query_country`)
starts with `query_id`, which references `query (id)`. Ids are unique only within a query (two
queries may both have a bullet `one` or a type `staffing`), so those tables are keyed by
`(query_id, id)` and reference one another by `(query_id, ...)`: join them on `query_id` too, and
select one query's rows with `WHERE query_id = ?`. `measure`, `note` and `query_theme` keep an
integer `id` unique across the whole database.

Countries and languages are shared: `country` has one row per EMN code and `language` one per
language, in the order the queries first name them. What each query declares is in
`query_country` (its countries, in its order) and `query_language` (the languages its texts are
written in, English first). Where two queries declare a country differently (another name or
membership), `country` keeps the first query's declaration: a code is one country, and the
bundled queries all declare the EMN's own list. Responses, mentions and requesters reference
`country (code)` directly, so a country's rows in every query are one join away.

Texts: each table keeps a text's English in a column named for the field (`country.name`,
`query.title`, `measure.description`, `finding.text`, ...), so that a query in English needs no
join. Every other language goes in `translation` (entity, query_id, entity_key, field, lang,
text): the table; the row's query (NULL for a `country`, which no query owns; the query's own id
for a `query`); the row's key within its query, as text (every table with a text has a key of
one column besides `query_id`); the column; and the language, which `language` lists (English
first). A text without a translation into a language has no row there: fall back to the English
with

    SELECT coalesce(tr.text, c.name) FROM country AS c
    LEFT JOIN translation AS tr ON tr.entity = 'country' AND tr.entity_key = c.code
         AND tr.field = 'name' AND tr.lang = 'fr'

    SELECT t.query_id, coalesce(tr.text, t.label) FROM type AS t
    LEFT JOIN translation AS tr ON tr.entity = 'type' AND tr.query_id = t.query_id
         AND tr.entity_key = t.id AND tr.field = 'label' AND tr.lang = 'fr'

Questions, finding kinds, categories and types are rows, as each query's file declares them: a
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
from adhocq.model import Corpus, Country, Coverage, Dataset, Membership, Text

SCHEMA_VERSION = 3
"""Stored as `PRAGMA user_version`; raise it when a table or column changes.

3: every query of the dataset, not one: each per-query table starts with `query_id` (referencing
`query`), and its key, its uniqueness and its references include it (`bullet`, `question`,
`finding_kind`, `category`, `type`, `response`, `answer`, `measure`, `finding`, `mention`,
`note`; `query_theme` and `query_source` had it already); `query_country` and `query_language`
list what each query declares, while `country` and `language` are shared by all;
`translation.query_id` (NULL for a country), with `translation` keyed by it.

2: texts in English in the entity tables plus `language` and `translation`, instead of an `_en`
and an `_fr` column per text; `question` and `answer` instead of `response.offers_service`;
`finding_kind` instead of a fixed list of kinds; `mention`; `response.printed` and
`measure.printed`; `query.coverage` and `query.findings_read`; `measure` and `query_theme` keyed
by an `id` (their former keys are UNIQUE)."""


def _one_of(kind: type[Enum]) -> str:
    return ", ".join(f"'{member.value}'" for member in kind)


# `position` columns keep the dataset's own order (1-based), which the queries and renderers
# follow; ORDER BY them to list things as the published summary does. Tables are created, and
# filled, in an order in which each references only tables before it.
SCHEMA = f"""
CREATE TABLE language (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
);
CREATE TABLE country (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
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
    is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
    CHECK ((coverage = '{Coverage.excerpt.value}') = (findings_read IS NOT NULL))
);
CREATE TABLE query_language (
    query_id TEXT NOT NULL REFERENCES query (id),
    lang TEXT NOT NULL REFERENCES language (code),
    position INTEGER NOT NULL,
    PRIMARY KEY (query_id, lang),
    UNIQUE (query_id, position)
);
CREATE TABLE query_country (
    query_id TEXT NOT NULL REFERENCES query (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    position INTEGER NOT NULL,
    PRIMARY KEY (query_id, country_code),
    UNIQUE (query_id, position)
);
CREATE TABLE query_source (
    query_id TEXT NOT NULL REFERENCES query (id),
    position INTEGER NOT NULL,
    lang TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (query_id, position)
);
CREATE TABLE query_theme (
    query_id TEXT NOT NULL REFERENCES query (id),
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (query_id, position)
);
CREATE TABLE bullet (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (query_id, id)
);
CREATE TABLE question (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    label TEXT NOT NULL,
    statement TEXT NOT NULL,
    yes TEXT NOT NULL,
    no TEXT NOT NULL,
    source TEXT NOT NULL,
    short TEXT,
    PRIMARY KEY (query_id, id),
    UNIQUE (query_id, column_name),
    FOREIGN KEY (query_id, source) REFERENCES bullet (query_id, id)
);
CREATE TABLE finding_kind (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (query_id, id)
);
CREATE TABLE category (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (query_id, id)
);
CREATE TABLE type (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    category_id TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (query_id, id),
    FOREIGN KEY (query_id, category_id) REFERENCES category (query_id, id)
);
CREATE TABLE response (
    query_id TEXT NOT NULL REFERENCES query (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (query_id, country_code),
    FOREIGN KEY (query_id, source) REFERENCES bullet (query_id, id)
);
CREATE TABLE answer (
    query_id TEXT NOT NULL REFERENCES query (id),
    country_code TEXT NOT NULL,
    question_id TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value IN (0, 1)),
    PRIMARY KEY (query_id, country_code, question_id),
    FOREIGN KEY (query_id, country_code) REFERENCES response (query_id, country_code),
    FOREIGN KEY (query_id, question_id) REFERENCES question (query_id, id)
);
CREATE TABLE measure (
    query_id TEXT NOT NULL REFERENCES query (id),
    id INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL,
    type_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    description TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (query_id, country_code, type_id),
    FOREIGN KEY (query_id, country_code) REFERENCES response (query_id, country_code),
    FOREIGN KEY (query_id, type_id) REFERENCES type (query_id, id),
    FOREIGN KEY (query_id, source) REFERENCES bullet (query_id, id)
);
CREATE TABLE finding (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (query_id, id),
    FOREIGN KEY (query_id, kind) REFERENCES finding_kind (query_id, id),
    FOREIGN KEY (query_id, source) REFERENCES bullet (query_id, id)
);
CREATE TABLE mention (
    query_id TEXT NOT NULL REFERENCES query (id),
    finding_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    country_code TEXT REFERENCES country (code),
    qualifier TEXT,
    PRIMARY KEY (query_id, finding_id, position),
    FOREIGN KEY (query_id, finding_id) REFERENCES finding (query_id, id)
);
CREATE TABLE note (
    query_id TEXT NOT NULL REFERENCES query (id),
    id INTEGER PRIMARY KEY,
    country_code TEXT,
    text TEXT NOT NULL,
    FOREIGN KEY (query_id, country_code) REFERENCES response (query_id, country_code)
);
CREATE TABLE translation (
    entity TEXT NOT NULL,
    query_id TEXT REFERENCES query (id),
    entity_key TEXT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL REFERENCES language (code) CHECK (lang <> 'en'),
    text TEXT NOT NULL,
    CHECK ((entity = 'country') = (query_id IS NULL))
);
CREATE UNIQUE INDEX translation_key
    ON translation (entity, ifnull(query_id, ''), entity_key, field, lang);
CREATE INDEX translation_row ON translation (query_id, entity, entity_key);
CREATE INDEX translation_lang ON translation (lang);
CREATE INDEX query_language_lang ON query_language (lang);
CREATE INDEX query_country_country ON query_country (country_code);
CREATE INDEX query_requester ON query (requester_country);
CREATE INDEX type_category ON type (query_id, category_id);
CREATE INDEX response_country ON response (country_code);
CREATE INDEX answer_question ON answer (query_id, question_id);
CREATE INDEX measure_type ON measure (query_id, type_id);
CREATE INDEX finding_kind_id ON finding (query_id, kind);
CREATE INDEX mention_country ON mention (country_code);
CREATE INDEX note_country ON note (query_id, country_code);
PRAGMA user_version = {SCHEMA_VERSION};
"""

TABLES = ("language", "country", "query", "query_language", "query_country", "query_source",
          "query_theme", "bullet", "question", "finding_kind", "category", "type", "response",
          "answer", "measure", "finding", "mention", "note", "translation")  # fmt: skip
"""Every table, in the order they are filled: each references only tables before it."""

SHARED = ("language", "country")
"""The tables that no query owns: they have no `query_id`."""

Value = str | int | None
Row = tuple[Value, ...]


def write_sqlite(corpus: Corpus, path: Path, force: bool) -> None:
    """Write every query of `corpus` to a new SQLite database at `path`, replacing an existing
    file only if `force`.

    Raises UsageProblem (exit 2) if `path` exists without `force` or is a directory, and
    AdhocqError (exit 1) with one line naming `path` if the file system or SQLite fails.
    """
    check_target(path, "the database")

    def fill(temp: Path) -> None:
        try:
            _build(corpus, temp)
        except sqlite3.Error as error:
            raise AdhocqError(f"{path}: cannot write: {' '.join(str(error).split())}") from None
        finally:
            with contextlib.suppress(OSError):  # the original error is the one to report
                temp.with_name(temp.name + "-journal").unlink(missing_ok=True)

    write_new_file(path, fill, force)


def _build(corpus: Corpus, file: Path) -> None:
    connection = sqlite3.connect(file, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript("BEGIN;\n" + SCHEMA)
        for table, rows in _tables(corpus):
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
        self.rows: dict[str, list[Row]] = {table: [] for table in TABLES}

    def add(self, table: str, values: tuple[Value | Text, ...], *fields: str) -> None:
        """A row of `table`; `fields` names its Text values in order. A shared table's row
        starts with its key, a `query` row with its id, and any other row with its query's id
        and then its key."""
        query_id = None if table in SHARED else str(values[0])
        key = str(values[0 if table in SHARED or table == "query" else 1])
        texts = [value for value in values if isinstance(value, Text)]
        for field, text in zip(fields, texts, strict=True):
            self.rows["translation"] += [
                (table, query_id, key, field, t.lang, t.text) for t in text.translations
            ]
        row = tuple(value.en if isinstance(value, Text) else value for value in values)
        self.rows[table].append(row)


def _tables(corpus: Corpus) -> list[tuple[str, list[Row]]]:
    """Each table with its rows, in an order that satisfies every foreign key as it goes."""
    out = _Tables()
    languages: list[str] = []
    countries: dict[str, Country] = {}
    for ds in corpus.queries:
        languages += [lang for lang in ds.languages if lang not in languages]
        for c in ds.countries:
            # A code is one country: the first query to declare it names it (see the docstring).
            countries.setdefault(c.code, c)
    for i, lang in enumerate(languages, 1):
        out.add("language", (lang, i))
    for i, c in enumerate(countries.values(), 1):
        out.add("country", (c.code, i, c.membership.value, c.name), "name")
    numbers = {"query_theme": 0, "measure": 0, "note": 0}  # their ids, across the queries
    for ds in corpus.queries:
        _query(ds, out, numbers)
    return list(out.rows.items())


def _query(ds: Dataset, out: _Tables, numbers: dict[str, int]) -> None:
    """The rows of one query, in every per-query table."""

    def number(table: str) -> int:
        numbers[table] += 1
        return numbers[table]

    q = ds.query
    published = q.published.isoformat()
    out.add(
        "query",
        (q.id, q.title, q.requester_country, q.requester, q.asked, published)
        + (q.respondent_count, q.coverage.value, q.findings_read, int(q.default)),
        *("title", *(("requester",) if q.requester is not None else ())),
    )
    for i, lang in enumerate(ds.languages, 1):
        out.add("query_language", (q.id, lang, i))
    for i, c in enumerate(ds.countries, 1):
        out.add("query_country", (q.id, c.code, i))
    for i, s in enumerate(q.sources, 1):
        out.add("query_source", (q.id, i, s.lang, s.url))
    for i, theme in enumerate(q.themes, 1):
        out.add("query_theme", (q.id, number("query_theme"), i, theme), "text")
    for i, b in enumerate(q.bullets, 1):
        out.add("bullet", (q.id, b.id, i, b.title), "title")
    for i, qn in enumerate(ds.questions, 1):
        out.add(
            "question",
            (q.id, qn.id, i, qn.column, qn.label, qn.statement, qn.yes, qn.no, qn.source)
            + (qn.short,),
            *("label", "statement", "yes", "no", *(("short",) if qn.short else ())),
        )
    for i, k in enumerate(ds.finding_kinds, 1):
        out.add("finding_kind", (q.id, k.id, i, k.label), "label")
    for i, cat in enumerate(ds.categories, 1):
        out.add("category", (q.id, cat.id, i, cat.label), "label")
    for i, t in enumerate(ds.types, 1):
        out.add("type", (q.id, t.id, i, t.category, t.label), "label")
    for i, r in enumerate(ds.responses, 1):
        out.add("response", (q.id, r.code, i, r.printed, r.source))
    for r in ds.responses:
        for a in r.answers:
            out.add("answer", (q.id, r.code, a.question, int(a.value)))
    for r in ds.responses:
        for i, m in enumerate(r.measures, 1):
            row = (q.id, number("measure"), r.code, m.type, i, m.printed, m.description, m.source)
            out.add("measure", row, "description")
    for i, f in enumerate(ds.findings, 1):
        out.add("finding", (q.id, f.id, i, f.kind, f.text, f.source), "text")
    for f in ds.findings:
        for i, mention in enumerate(f.mentions, 1):
            out.add("mention", (q.id, f.id, i, mention.printed, mention.code, mention.qualifier))
    notes: list[tuple[str | None, Text]] = [(None, n) for n in q.notes]
    notes += [(r.code, n) for r in ds.responses for n in r.notes]
    for owner, note in notes:
        out.add("note", (q.id, number("note"), owner, note), "text")
