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
from adhocq.export.sqlite_rows import Row, Tables, query_rows
from adhocq.export.sqlite_schema import FINISH, TABLES_SQL
from adhocq.model import Corpus, Country, Dataset, Source


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
    queries: Corpus | Iterable[Dataset],
    path: Path,
    force: bool,
    metadata: Path | None = None,
    served: bool = False,
) -> Exported:
    """Write every query to a new SQLite database at `path`, and its Datasette metadata to
    `metadata` unless None (`export/datasette.py`; `served`: for `adhocq serve`), replacing
    existing files only if `force`.
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
            (metadata, lambda temp: write_metadata(done.queries, done.sources, path, temp, served))
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
        connection.executescript("BEGIN;\n" + TABLES_SQL)
        languages: dict[str, int] = {}
        countries: dict[str, Country] = {}
        country_names: list[Row] = []  # their translations, after every query's (as always)
        numbers = {"query_theme": 0, "measure": 0, "note": 0}  # their ids, across the queries
        for ds in queries:
            out = Tables()
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
            query_rows(ds, out, numbers)
            _insert_all(connection, out)
            done.add(ds)
        _insert_all(connection, _topics(languages))
        _insert(connection, "translation", country_names)
        for statement in FINISH:
            connection.execute(statement)
        # Every reference checked once, at the end, rather than row by row as they are written
        # (a sixth of the inserts' time).
        broken = connection.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            raise sqlite3.IntegrityError(f"a row of {broken[0]} refers to no row of {broken[2]}")
        connection.execute("COMMIT")
    finally:
        connection.close()


def _topics(languages: dict[str, int]) -> Tables:
    """adhocq's topics, their labels in English, and in the other languages as translations
    (a language no query's text is written in is added to `language`)."""
    from adhocq.topics import LABEL_LANGS, TOPICS

    out = Tables()
    for position, (topic, *labels) in enumerate(TOPICS, 1):
        out.rows["topic"].append((topic, position, labels[0]))
        for lang, text in zip(LABEL_LANGS[1:], labels[1:], strict=True):
            if lang not in languages:
                languages[lang] = len(languages) + 1
                out.rows["language"].append((lang, languages[lang]))
            out.rows["translation"].append(("topic", None, topic, "label", lang, text))
    return out


def _insert_all(connection: sqlite3.Connection, out: Tables) -> None:
    for table, rows in out.rows.items():
        _insert(connection, table, rows)


def _insert(connection: sqlite3.Connection, table: str, rows: Iterable[Row]) -> None:
    batch = list(rows)
    if batch:
        marks = ", ".join("?" * len(batch[0]))
        connection.executemany(f"INSERT INTO {table} VALUES ({marks})", batch)
