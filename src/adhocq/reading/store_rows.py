"""A store's rows about its files, read back and written: the stamp that says a file is
unchanged, what the store knows of each file, its key, and a query's dataset as stored. What a
command about one query reads; the rows of questions across queries are index_rows.py's."""

from __future__ import annotations

import json
import marshal
import os
import sqlite3
import zlib
from collections.abc import Sequence
from typing import Any

from adhocq import model as m
from adhocq.reading.bounded import MAX_BYTES
from adhocq.reading.encoding import decode, encode

Stamp = tuple[int, ...] | None
FileState = tuple[str, Stamp]  # absolute path, stamp (None: it could not be looked at)


def stamp_text(stamp: Stamp) -> str:
    return "" if stamp is None else ":".join(map(str, stamp))


def identity_of(db: sqlite3.Connection) -> bytes | None:
    try:
        return _value(db, "identity")
    except sqlite3.OperationalError:  # no such table: a new file
        return None


def _value(db: sqlite3.Connection, key: str) -> bytes | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row is not None and type(row[0]) is bytes else None


def files_state(states: Sequence[FileState]) -> bytes:
    """The files of a corpus as they are (paths and stamps, in order), as one value that a
    later run compares at once. Marshal's version 2 writes values only: later versions mark
    the objects referenced more than once, so that equal lists could be written differently."""
    return marshal.dumps(tuple(states), 2)


def is_current(db: sqlite3.Connection, states: Sequence[FileState]) -> bool:
    """Whether the files, their order and their stamps are those the store's rows of questions
    across queries were written for."""
    return all(stamp for _, stamp in states) and files_state(states) == _value(db, "state")


def listed_ids(
    db: sqlite3.Connection, states: Sequence[FileState]
) -> list[tuple[str, bool]] | None:
    """Each file's query id and whether it is the default, in order, where the store's files
    are exactly these as they are now (one comparison for the whole folder); else None."""
    if not all(stamp for _, stamp in states) or files_state(states) != _value(db, "files"):
        return None
    rows = db.execute("SELECT query_id, is_default FROM files ORDER BY position").fetchall()
    if len(rows) != len(states) or not all(type(ident) is str for ident, _ in rows):
        raise ValueError("not the files' rows")
    return [(ident, bool(default)) for ident, default in rows]


Known = tuple[str, str, bool, bool, bool]
"""What a store knows of a file: its stamp, its query's id, whether that is the default query,
whether the file's rows are all written (`indexed`), and whether its dataset is."""


def known_files(db: sqlite3.Connection) -> dict[str, Known]:
    """What the store knows of each file, by path."""
    rows = db.execute(
        """SELECT path, stamp, query_id, is_default, indexed, file IN (SELECT file FROM datasets)
           FROM files"""
    )
    known: dict[str, Known] = {}
    for path, stamp, ident, default, indexed, has_dataset in rows:
        if type(path) is not bytes or not (type(stamp) is type(ident) is str):
            raise ValueError("not a file's row")
        known[os.fsdecode(path)] = (stamp, ident, bool(default), bool(indexed), bool(has_dataset))
    return known


def path_key(path: str) -> bytes:
    """A file's path as the store keeps it: its bytes, as the system names it (a name that is
    not UTF-8 is no SQLite text)."""
    return os.fsencode(path)


def stored(value: Any) -> str:
    """A value of lists, strings, numbers, booleans and None as the store keeps it: JSON, in
    ASCII (a name that is not UTF-8 keeps its escapes)."""
    return json.dumps(value, separators=(",", ":"))


def unstored(text: object) -> Any:
    """The value `stored` gave `text` for; ValueError for anything that is not JSON. JSON asks
    nothing that its bytes do not hold: no count read ahead, no reference to a value given
    before, so that reading a damaged or forged value back costs no more than its length."""
    if type(text) is not str and type(text) is not bytes:
        raise ValueError("not stored text")
    try:
        return json.loads(text)
    except RecursionError:  # lists nested deeper than any value stored: damage
        raise ValueError("not stored text") from None


def checked_str(value: object) -> str:
    if type(value) is not str:
        raise ValueError("not a str")
    return value


MAX_DATASET_BYTES = 4 * MAX_BYTES  # a query file's checked dataset, with room to spare


def dataset_blob(ds: m.Dataset) -> bytes:
    """A dataset as the store keeps it: encoded (encoding.py), as JSON, compressed."""
    return zlib.compress(stored(encode(ds)).encode("ascii"), 1)


def dataset_of(blob: object) -> m.Dataset:
    """A dataset from `dataset_blob`; ValueError for anything else, found without unbounded
    work (a blob that would inflate past MAX_DATASET_BYTES is refused)."""
    if type(blob) is not bytes:
        raise ValueError("not a blob")
    inflating = zlib.decompressobj()
    raw = inflating.decompress(blob, MAX_DATASET_BYTES)
    if not inflating.eof or inflating.unconsumed_tail:
        raise ValueError("not a whole dataset")
    try:
        ds = decode(unstored(raw))
    except RecursionError:  # containers nested deeper than any dataset's: damage
        raise ValueError("not a dataset") from None
    if type(ds) is not m.Dataset:
        raise ValueError("not a dataset")
    return ds
