"""The corpus index's SQLite store: what `adhocq.reading.derive` derives from each query file,
kept per file with the file's stamp, and brought up to date by loading only the files whose
stamp changed (`changes`). See `adhocq.reading.index` for the questions it answers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence

from adhocq import model as m
from adhocq.errors import DataError, DataErrors
from adhocq.reading import derive, store_rows
from adhocq.reading.store_rows import files_state, path_key, stamp_text

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE files (
    file INTEGER PRIMARY KEY, path BLOB NOT NULL UNIQUE, stamp TEXT NOT NULL,
    position INTEGER NOT NULL, query_id TEXT NOT NULL, is_default INTEGER NOT NULL,
    published TEXT, dated TEXT, indexed INTEGER NOT NULL);
CREATE TABLE datasets (file INTEGER PRIMARY KEY, blob BLOB NOT NULL);
CREATE TABLE queries (
    file INTEGER PRIMARY KEY, query_id TEXT NOT NULL, title TEXT NOT NULL,
    requester_country TEXT, requester TEXT, published TEXT,
    respondent_count INTEGER, coverage TEXT NOT NULL, findings_read INTEGER,
    is_default INTEGER NOT NULL, languages TEXT NOT NULL, respondents TEXT NOT NULL,
    countries TEXT NOT NULL, count_basis TEXT NOT NULL, uncoded TEXT NOT NULL,
    sources TEXT NOT NULL, title_printed TEXT NOT NULL, respondents_named TEXT NOT NULL,
    compiled TEXT, asked_of TEXT NOT NULL, topics TEXT NOT NULL, dated TEXT,
    taking_part TEXT NOT NULL, declaration INTEGER NOT NULL);
CREATE TABLE declarations (id INTEGER PRIMARY KEY, countries TEXT NOT NULL UNIQUE);
CREATE TABLE sightings (
    code TEXT NOT NULL, file INTEGER NOT NULL, seq INTEGER NOT NULL, appears TEXT NOT NULL,
    ref TEXT, text_from INTEGER NOT NULL, text_to INTEGER NOT NULL,
    PRIMARY KEY (code, file, seq)) WITHOUT ROWID;
CREATE TABLE texts (
    id INTEGER PRIMARY KEY, file INTEGER NOT NULL, part INTEGER NOT NULL, country TEXT,
    field INTEGER NOT NULL, lang TEXT NOT NULL, listed INTEGER NOT NULL, text TEXT NOT NULL,
    folded TEXT);
CREATE TABLE fields (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE terms (
    term TEXT NOT NULL, file INTEGER NOT NULL, halves INTEGER NOT NULL,
    PRIMARY KEY (term, file)) WITHOUT ROWID;
CREATE TABLE documents (
    file INTEGER PRIMARY KEY, length REAL NOT NULL, text_from INTEGER NOT NULL,
    text_to INTEGER NOT NULL);
"""
# Files are joined by an integer (their small rows repeat the query's id and date that a sighting
# or a hit shows), and one country's sightings are stored together (the table is clustered by
# code): `country CODE` reads a few pages, not one page a row.
# Each text of a query is stored once, one row per language, the rows of a file numbered in
# the order `ask.search` reads them; a sighting names the rows of its text (`text_from` to
# `text_to`), and `part` says where each row goes in the Text (0: English, 1: the first
# translation, ...).
# A file's row is written as soon as its id is known (`catalogue.py`), and `indexed` once its
# rows of the other tables are; its checked Dataset goes in `datasets` once a command has read it
# in full (a table apart: `files` is read whole on every run, and must stay small). A text's
# folded form is stored only where it is not its lower case (most are ASCII): questions then
# read the text itself, ignoring ASCII case.
# `terms` holds each query's stems for `related` (a query's postings, clustered by stem), with
# their weights in halves, and `documents` each query's length and the numbers of its texts.
PER_FILE = ("queries", "sightings", "texts", "terms", "documents", "datasets", "files")
SHARED = ("declarations", "fields")
KEEP_DATASET = "INSERT OR REPLACE INTO datasets SELECT file, ? FROM files WHERE path = ?"
DROPPED = ("trigrams", "headlines")  # tables of earlier versions


def create(db: sqlite3.Connection, identity: bytes) -> None:
    """An empty store, for the code and the paths that `identity` names."""
    for table in (*DROPPED, *PER_FILE, *SHARED, "meta"):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in SCHEMA.split(";"):
        db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('identity', ?)", (identity,))


def changes(
    known: dict[str, store_rows.Known],
    files: Sequence[str],
    states: Sequence[store_rows.FileState],
    load: Callable[[str], m.Dataset],
    clashes: Callable[[list[tuple[str, str, bool]]], list[DataError]],
) -> Callable[[sqlite3.Connection], None]:
    """What brings a store that holds the `known` files up to date with `files` (their
    `states`, in the same order), as a function that makes those changes to it: each new or
    changed file is loaded with `load(path)` and its rows written before the next is loaded,
    so that one dataset at a time is held. The ids of all of them are checked with `clashes`;
    DataError(s) roll every change back."""
    current = {path for path, _ in states}
    gone = [path for path in known if path not in current]
    fresh = {
        path
        for path, stamp in states
        if path in known and known[path][3] and stamp is not None
        and known[path][0] == stamp_text(stamp)
    }  # fmt: skip
    # A file known by its id and dataset only (catalogue.py) keeps its dataset.
    unchanged = [
        path for path, stamp in states
        if path not in fresh and path in known and known[path][4]
        and known[path][0] == stamp_text(stamp)
    ]  # fmt: skip

    def apply(db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            sql = "SELECT d.blob, f.path FROM datasets d JOIN files f USING (file) WHERE f.path = ?"
            datasets = [db.execute(sql, (path_key(path),)).fetchone() for path in unchanged]
            forget(db, [*gone, *(path for path, _ in states if path not in fresh)])
            entries = _insert_each(db, files, states, fresh, known, load)
            errors = clashes(entries)
            if errors:
                raise errors[0] if len(errors) == 1 else DataErrors(errors)
            add_staged(db)
            db.executemany(KEEP_DATASET, [row for row in datasets if row is not None])
            db.execute("DELETE FROM declarations WHERE id NOT IN (SELECT declaration FROM queries)")
            list_files(db, states)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('state', ?)", (files_state(states),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    return apply


def _insert_each(
    db: sqlite3.Connection,
    files: Sequence[str],
    states: Sequence[store_rows.FileState],
    fresh: set[str],
    known: dict[str, store_rows.Known],
    load: Callable[[str], m.Dataset],
) -> list[tuple[str, str, bool]]:
    """Load and insert each file not `fresh`; every file with its id and default. DataErrors
    for the files that cannot be loaded, once all are tried."""
    from adhocq.reading.index_build import each_loaded

    errors: list[DataError] = []
    entries: list[tuple[str, str, bool]] = []
    stale = [file for file, (path, _) in zip(files, states, strict=True) if path not in fresh]
    loaded = each_loaded(stale, load)
    for file, (path, stamp) in zip(files, states, strict=True):
        if path in fresh:
            entries.append((file, known[path][1], known[path][2]))
            continue
        found = next(loaded)
        if isinstance(found, DataError):
            errors.append(found)
            continue
        insert(db, path, stamp_text(stamp), found)
        entries.append((file, found[0], found[1]))
    if errors:
        raise errors[0] if len(errors) == 1 else DataErrors(errors)
    return entries


def list_files(db: sqlite3.Connection, states: Sequence[store_rows.FileState]) -> None:
    """The files' positions in the order of `states`, and the value that says the store's files
    are exactly these (store_rows.listed_ids), once every file has its row."""
    positions = ((n, path_key(path)) for n, (path, _) in enumerate(states))
    db.executemany("UPDATE files SET position = ? WHERE path = ?", positions)
    db.execute("INSERT OR REPLACE INTO meta VALUES ('files', ?)", (files_state(states),))


def forget(db: sqlite3.Connection, paths: Iterable[str]) -> None:
    db.execute("CREATE TEMP TABLE IF NOT EXISTS gone (file INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM gone")
    db.executemany(
        "INSERT OR IGNORE INTO gone SELECT file FROM files WHERE path = ?",
        ((path_key(path),) for path in paths),
    )
    for table in PER_FILE:  # files last: the others find their rows by its numbers
        db.execute(f"DELETE FROM {table} WHERE file IN (SELECT file FROM gone)")
    if db.execute("SELECT 1 FROM gone LIMIT 1").fetchone() is not None:
        # The rows of questions across queries no longer match the files they were written
        # for: whoever forgot a file (the catalogue too) makes the index look at them again.
        db.execute("DELETE FROM meta WHERE key = 'state'")


def insert(db: sqlite3.Connection, path: str, stamp: str, rows: derive.FileRows) -> None:
    """Every row of one query file (its position is set by the caller)."""
    ident, default, published, dated, listing, texts, sightings, (terms, length) = rows
    added = db.execute(
        """INSERT INTO files (path, stamp, position, query_id, is_default, published, dated,
           indexed) VALUES (?, ?, -1, ?, ?, ?, ?, 1)""",
        (path_key(path), stamp, ident, int(default), published, dated),
    )
    file = added.lastrowid
    # The countries a query declares are most often every query's: stored once.
    *listed, declared = listing
    db.execute("INSERT OR IGNORE INTO declarations (countries) VALUES (?)", (declared,))
    (declaration,) = db.execute(
        "SELECT id FROM declarations WHERE countries = ?", (declared,)
    ).fetchone()
    row = (file, *listed, declaration)
    db.execute(f"INSERT INTO queries VALUES ({', '.join('?' * len(row))})", row)
    first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM texts").fetchone()[0]
    field = _field_numbers(db, {row[2] for row in texts})
    db.executemany(
        "INSERT INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((first + number, file, part, country, field[name], *rest)
         for number, (part, country, name, *rest) in enumerate(texts)),
    )  # fmt: skip
    # Sightings and stems wait in tables of this connection, appended to, and go into their
    # own in key order once every file is in (`add_staged`): those are clustered by country
    # and by stem, and one file's rows inserted at once would land on as many of their pages
    # (a fifth of a first run on 5,000 files). Weights are in halves (derive.py's are), stored
    # as integers: a byte each, not eight.
    _stage(db)
    db.executemany(
        f"INSERT INTO {_STAGED['sightings'][0]} VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((code, file, seq, appears, ref, first + start, first + end)
         for code, seq, appears, ref, start, end in sightings),
    )  # fmt: skip
    db.executemany(
        f"INSERT INTO {_STAGED['terms'][0]} VALUES (?, ?, ?)",
        ((t, file, round(w * 2)) for t, w in terms),
    )
    db.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?)", (file, length, first, first + len(texts) - 1)
    )


def _field_numbers(db: sqlite3.Connection, names: set[object]) -> dict[object, int]:
    """The number of each field name in `fields`, added where it is new. A text names its field
    by number: the names ("measure:staffing.description") repeat in every query, and were a
    sixth of the store. A name no text uses any more stays: there are few of them."""
    db.executemany("INSERT OR IGNORE INTO fields (name) VALUES (?)", ((n,) for n in names))
    found = db.execute(
        "SELECT name, id FROM fields WHERE name IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(map(str, names))),),
    ).fetchall()
    return dict(found)


# Each table `insert` fills last: the table its rows wait in, its columns, and its key.
_STAGED = {
    "sightings": ("temp.new_sightings", "code, file, seq, appears, ref, text_from, text_to",
                  "code, file, seq"),
    "terms": ("temp.new_terms", "term, file, halves", "term, file"),
}  # fmt: skip


def _stage(db: sqlite3.Connection) -> None:
    for staged, columns, _ in _STAGED.values():
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {staged} ({columns})")


def add_staged(db: sqlite3.Connection) -> None:
    """The rows `insert` set aside, into their tables in key order."""
    _stage(db)
    for table, (staged, _, key) in _STAGED.items():
        db.execute(f"INSERT INTO {table} SELECT * FROM {staged} ORDER BY {key}")
        db.execute(f"DELETE FROM {staged}")


def insert_file(db: sqlite3.Connection, path: str, stamp: str, ident: str, default: bool) -> None:
    """A file known by its id only: none of its other rows is written (`indexed` is 0)."""
    db.execute(
        """INSERT INTO files (path, stamp, position, query_id, is_default, indexed)
           VALUES (?, ?, -1, ?, ?, 0)""",
        (path_key(path), stamp, ident, int(default)),
    )
