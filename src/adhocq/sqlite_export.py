"""Dataset -> a normalised SQLite database, both languages as columns, written atomically.

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
from adhocq.files import check_target, write_new_file
from adhocq.model import Dataset, FindingKind, Membership

SCHEMA_VERSION = 1
"""Stored as `PRAGMA user_version`; raise it when a table or column changes."""


def _one_of(kind: type[Enum]) -> str:
    return ", ".join(f"'{member.value}'" for member in kind)


# `position` columns keep the dataset's own order (1-based), which the queries and renderers
# follow; ORDER BY them to list things as the published summary does.
SCHEMA = f"""
CREATE TABLE country (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    membership TEXT NOT NULL CHECK (membership IN ({_one_of(Membership)})),
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL
);
CREATE TABLE query (
    id TEXT PRIMARY KEY,
    title_en TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    requester_country TEXT NOT NULL REFERENCES country (code),
    requester_en TEXT NOT NULL,
    requester_fr TEXT NOT NULL,
    asked TEXT NOT NULL,
    published TEXT NOT NULL,
    respondent_count INTEGER NOT NULL
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
    position INTEGER NOT NULL,
    text_en TEXT NOT NULL,
    text_fr TEXT NOT NULL,
    PRIMARY KEY (query_id, position)
);
CREATE TABLE bullet (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title_en TEXT NOT NULL,
    title_fr TEXT NOT NULL
);
CREATE TABLE category (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL
);
CREATE TABLE type (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    category_id TEXT NOT NULL REFERENCES category (id),
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL
);
CREATE TABLE response (
    country_code TEXT PRIMARY KEY REFERENCES country (code),
    position INTEGER NOT NULL,
    offers_service INTEGER NOT NULL CHECK (offers_service IN (0, 1)),
    source TEXT NOT NULL REFERENCES bullet (id)
);
CREATE TABLE measure (
    country_code TEXT NOT NULL REFERENCES response (country_code),
    type_id TEXT NOT NULL REFERENCES type (id),
    position INTEGER NOT NULL,
    description_en TEXT NOT NULL,
    description_fr TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES bullet (id),
    PRIMARY KEY (country_code, type_id)
);
CREATE TABLE finding (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ({_one_of(FindingKind)})),
    text_en TEXT NOT NULL,
    text_fr TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES bullet (id)
);
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    country_code TEXT REFERENCES response (country_code),
    text_en TEXT NOT NULL,
    text_fr TEXT NOT NULL
);
CREATE INDEX type_category ON type (category_id);
CREATE INDEX measure_type ON measure (type_id);
CREATE INDEX note_country ON note (country_code);
PRAGMA user_version = {SCHEMA_VERSION};
"""

Row = tuple[str | int | None, ...]


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


def _tables(ds: Dataset) -> list[tuple[str, list[Row]]]:
    """Each table with its rows, in an order that satisfies every foreign key as it goes."""
    q = ds.query
    notes: list[tuple[str | None, str, str]] = [(None, n.en, n.fr) for n in q.notes]
    notes += [(r.code, n.en, n.fr) for r in ds.responses for n in r.notes]
    return [
        (
            "country",
            [
                (c.code, i, c.membership.value, c.name.en, c.name.fr)
                for i, c in enumerate(ds.countries, 1)
            ],
        ),
        (
            "query",
            [
                (
                    q.id,
                    q.title.en,
                    q.title.fr,
                    q.requester_country,
                    q.requester.en,
                    q.requester.fr,
                    q.asked,
                    q.published.isoformat(),
                    q.respondent_count,
                )
            ],
        ),
        ("query_source", [(q.id, i, s.lang, s.url) for i, s in enumerate(q.sources, 1)]),
        ("query_theme", [(q.id, i, t.en, t.fr) for i, t in enumerate(q.themes, 1)]),
        ("bullet", [(b.id, i, b.title.en, b.title.fr) for i, b in enumerate(q.bullets, 1)]),
        ("category", [(c.id, i, c.label.en, c.label.fr) for i, c in enumerate(ds.categories, 1)]),
        (
            "type",
            [(t.id, i, t.category, t.label.en, t.label.fr) for i, t in enumerate(ds.types, 1)],
        ),
        (
            "response",
            [(r.code, i, int(r.offers_service), r.source) for i, r in enumerate(ds.responses, 1)],
        ),
        (
            "measure",
            [
                (r.code, m.type, i, m.description.en, m.description.fr, m.source)
                for r in ds.responses
                for i, m in enumerate(r.measures, 1)
            ],
        ),
        (
            "finding",
            [
                (f.id, i, f.kind.value, f.text.en, f.text.fr, f.source)
                for i, f in enumerate(ds.findings, 1)
            ],
        ),
        ("note", [(i, code, en, fr) for i, (code, en, fr) in enumerate(notes, 1)]),
    ]
