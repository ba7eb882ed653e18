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
put the English names beside the codes for people who browse (`sqlite_schema.VIEWS`); Datasette's
metadata for the database (labels, descriptions, source, licence) is a file beside it
(`export/datasette.py`).

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
from adhocq.export.sqlite_schema import SCHEMA, SHARED, TABLES
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
    """Each query's rows as it comes; the countries and languages the queries share at the end
    (their keys are checked then: `defer_foreign_keys`)."""
    connection = sqlite3.connect(file, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript("BEGIN;\n" + SCHEMA)
        connection.execute("PRAGMA defer_foreign_keys = ON")
        languages: list[str] = []
        countries: dict[str, Country] = {}
        numbers = {"query_theme": 0, "measure": 0, "note": 0}  # their ids, across the queries
        for ds in queries:
            languages += [lang for lang in ds.languages if lang not in languages]
            for c in ds.countries:
                # A code is one country: the first query to declare it names it (see above).
                countries.setdefault(c.code, c)
            out = _Tables()
            _query(ds, out, numbers)
            _insert_all(connection, out)
            done.add(ds)
        shared = _Tables()
        for i, lang in enumerate(languages, 1):
            shared.add("language", (lang, i))
        for i, c in enumerate(countries.values(), 1):
            shared.add("country", (c.code, i, c.membership.value, c.name), "name")
        _insert_all(connection, shared)
        connection.execute("COMMIT")
    finally:
        connection.close()


def _insert_all(connection: sqlite3.Connection, out: _Tables) -> None:
    for table, rows in out.rows.items():
        _insert(connection, table, rows)


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


def _query(ds: Dataset, out: _Tables, numbers: dict[str, int]) -> None:
    """The rows of one query, in every per-query table."""

    def number(table: str) -> int:
        numbers[table] += 1
        return numbers[table]

    q = ds.query
    published = iso_date(q.published)
    out.add(
        "query",
        (q.id, q.title, q.requester_country, q.requester, q.asked, published)
        + (q.respondent_count, None if q.respondent_count is None else q.count_basis.value)
        + (ds.respondents_given.value, q.coverage.value, q.findings_read, int(q.default))
        + (" ".join(q.title_printed),),
        *("title", *(("requester",) if q.requester is not None else ())),
    )
    for i, lang in enumerate(ds.languages, 1):
        out.add("query_language", (q.id, lang, i))
    for i, c in enumerate(ds.countries, 1):
        out.add("query_country", (q.id, c.code, i))
    for i, s in enumerate(q.sources, 1):
        out.add("query_source", (q.id, i, s.lang, s.url))
    for i, named in enumerate(q.respondents_named, 1):
        out.add("respondent_named", (q.id, i, named.printed, named.code, named.qualifier))
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
