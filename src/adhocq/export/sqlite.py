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
bundled queries all declare the EMN's own list. Responses, answers, measures, notes, mentions and
requesters reference `country (code)` directly, so a country's rows in every query are one join
away (and Datasette, which follows single-column keys only, shows its name there).

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

Views: `measure_with_names`, `finding_with_mentions`, `country_type_matrix` and `participation`
put the English names beside the codes for people who browse (`sqlite_views.VIEWS`); Datasette's
metadata for the database (labels, descriptions, source, licence, canned queries) is a file
beside it (`export/datasette.py`). `query_search` is a full-text index (FTS5) of each query's
title, findings and topic labels, in English.

The database is built in a temporary file next to the target and moved onto it only once it is
complete, so a failure (disk full, interrupt, bug) never leaves a half-written database behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from adhocq.errors import AdhocqError
from adhocq.export.datasette import write_metadata
from adhocq.export.files import check_target, refuse_existing, write_new_files
from adhocq.export.sqlite_schema import FINISH, TABLES, TABLES_SQL
from adhocq.model import Corpus, Country, Dataset, Source, Text, iso_date

Value = str | int | None
Row = tuple[Value, ...]


@dataclasses.dataclass
class Exported:
    """What an export wrote, counted as it went (its queries are read one at a time)."""

    queries: int = 0
    responses: int = 0
    findings: int = 0
    measures: int = 0
    sources: list[Source] = dataclasses.field(default_factory=list)

    def add(self, ds: Dataset) -> None:
        self.queries += 1
        self.responses += len(ds.responses)
        self.findings += len(ds.findings)
        self.measures += sum(len(r.measures) for r in ds.responses)
        self.sources += ds.query.sources


def write_sqlite(
    queries: Corpus | Iterable[Dataset], path: Path, force: bool, metadata: Path | None = None
) -> Exported:
    """Write every query to a new SQLite database at `path`, and its Datasette metadata to
    `metadata` unless None (`export/datasette.py`), replacing existing files only if `force`.
    Each file is whole or absent, and both are written before either replaces a file. The
    queries are read one at a time (a generator may load them as they are needed): the memory
    an export takes is that of its largest query, not of all of them.

    Raises UsageProblem (exit 2) if `path` or `metadata` exists without `force` or is a
    directory, before writing either, and AdhocqError (exit 1) with one line naming the file if
    the file system or SQLite fails.
    """
    targets = [(path, "the database")]
    if metadata is not None:
        targets.append((metadata, "the Datasette metadata"))
    for target, what in targets:
        check_target(target, what)
        refuse_existing(target, force)
    done = Exported()

    def fill(temp: Path) -> None:
        try:
            _build(queries.queries if isinstance(queries, Corpus) else queries, temp, done)
        except sqlite3.Error as error:
            raise AdhocqError(f"{path}: cannot write: {' '.join(str(error).split())}") from None
        finally:
            with contextlib.suppress(OSError):  # the original error is the one to report
                temp.with_name(temp.name + "-journal").unlink(missing_ok=True)

    files: list[tuple[Path, Callable[[Path], None]]] = [(path, fill)]
    if metadata is not None:
        files.append(
            (metadata, lambda temp: write_metadata(done.queries, done.sources, path, temp))
        )
    write_new_files(files, force)
    return done


def _build(queries: Iterable[Dataset], file: Path, done: Exported) -> None:
    """Each query's rows as it comes, after the countries and languages it is the first to
    name; the countries' translations, the indexes and the views at the end."""
    connection = sqlite3.connect(file, isolation_level=None)
    try:
        # No rollback journal: this file is a temporary one, removed rather than rolled back when
        # anything fails and renamed onto the target only once complete, so a journal would keep
        # nothing that is ever used. `synchronous` keeps its default: the one commit still
        # reaches the disk before the rename.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript("BEGIN;\n" + TABLES_SQL)
        connection.execute("PRAGMA defer_foreign_keys = ON")
        languages: dict[str, int] = {}
        countries: dict[str, Country] = {}
        country_names: list[Row] = []  # their translations, after every query's (as always)
        numbers = {"query_theme": 0, "measure": 0, "note": 0}  # their ids, across the queries
        for ds in queries:
            out = _Tables()
            for lang in ds.languages:
                if lang not in languages:
                    languages[lang] = len(languages) + 1
                    out.rows["language"].append((lang, languages[lang]))
            for c in ds.countries:
                # A code is one country: the first query to declare it names it (see above).
                if c.code not in countries:
                    countries[c.code] = c
                    row = (c.code, len(countries), c.membership.value, c.name.en)
                    out.rows["country"].append(row)
                    country_names += [
                        ("country", None, c.code, "name", t.lang, t.text)
                        for t in c.name.translations
                    ]
            _query(ds, out, numbers)
            _insert_all(connection, out)
            done.add(ds)
        _insert_all(connection, _topics(languages))
        _insert(connection, "translation", country_names)
        for statement in FINISH:
            connection.execute(statement)
        connection.execute("COMMIT")
    finally:
        connection.close()


def _topics(languages: dict[str, int]) -> _Tables:
    """adhocq's topics, their labels in English, and in the other languages as translations
    (a language no query's text is written in is added to `language`)."""
    from adhocq.topics import LABEL_LANGS, TOPICS

    out = _Tables()
    for position, (topic, *labels) in enumerate(TOPICS, 1):
        out.rows["topic"].append((topic, position, labels[0]))
        for lang, text in zip(LABEL_LANGS[1:], labels[1:], strict=True):
            if lang not in languages:
                languages[lang] = len(languages) + 1
                out.rows["language"].append((lang, languages[lang]))
            out.rows["translation"].append(("topic", None, topic, "label", lang, text))
    return out


def _insert_all(connection: sqlite3.Connection, out: _Tables) -> None:
    for table, rows in out.rows.items():
        _insert(connection, table, rows)


def _insert(connection: sqlite3.Connection, table: str, rows: Iterable[Row]) -> None:
    batch = list(rows)
    if batch:
        marks = ", ".join("?" * len(batch[0]))
        connection.executemany(f"INSERT INTO {table} VALUES ({marks})", batch)


class _Tables:
    """Rows gathered table by table, in the order the tables are filled."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {table: [] for table in TABLES}


def _query(ds: Dataset, out: _Tables, numbers: dict[str, int]) -> None:
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
