"""The query files of a corpus with their ids, and the datasets a command reads in full, kept in
the corpus's store (index_store.py) beside the tables of the corpus index (index.py).

A command about one query needs every query's id (ids are unique, one query at most is the
default) but only that query's dataset; `cite` and `export` need every dataset. A file whose
stamp is the one the store holds (corpus.stamp: any write changes it) is not read: its id, and
its dataset if a command read it before, come from the store. Other files are read for their id
alone (loading.identify), or in full where a command needs them; what was learnt is written in
one new version of the store at the end (index_file.write). A store that is missing, damaged,
from other code or unwritable is a miss: the files are read, and the answer is the same.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Generator, Sequence
from pathlib import Path

from adhocq import model as m
from adhocq.errors import DataError, DataErrors
from adhocq.reading import index_file, store_rows
from adhocq.reading.loading import identify, load
from adhocq.reading.query_files import clashes, located_files, stamp

Entry = tuple[str, str, bool]
"""A query file (its path as given), its query's id, and whether that is the default query."""

_BROKEN = (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, EOFError, AttributeError)


class Catalogue:
    """The query files of `paths` (see reading/query_files.py), each with its query's id. With
    `write`, what the store did not know is written to it (the command line asks so; a library
    call writes no file). DataError(s) for files whose id cannot be read, ids used twice or a
    second default."""

    def __init__(self, paths: Sequence[Path], *, write: bool = False) -> None:
        located = located_files(paths)
        self._given = [given for given, _ in located]
        self._looked = [(absolute, stamp(absolute)) for _, absolute in located]  # None: not seen
        self._placed = index_file.place(paths) if write else None
        self._db: sqlite3.Connection | None = None
        # What the store says of each file: either the ids of exactly these files as they are
        # (`_listed`, one comparison for the whole folder), or what it knows of each (`_known`).
        # Both None: no store of this code.
        self._listed: list[tuple[str, bool]] | None = None
        self._known: dict[str, store_rows.Known] | None = None
        if self._placed is not None:
            self._open(*self._placed)
        self._new: dict[str, Entry] = {}  # by absolute path: files read for their ids
        self._read: dict[str, m.Dataset] = {}  # by absolute path: datasets read in full
        self.entries = self._identified()

    @functools.cached_property
    def _states(self) -> list[tuple[str, str]]:
        """Each file's absolute path and stamp, as the store's rows hold them."""
        return [(path, store_rows.stamp_text(seen)) for path, seen in self._looked]

    @functools.cached_property
    def _stamps(self) -> dict[str, str]:
        return dict(self._states)

    def _open(self, file: Path, identity: bytes) -> None:
        db = index_file.open_checked(file)
        if db is None:
            return
        try:
            if store_rows.identity_of(db) == identity:
                self._listed = store_rows.listed_ids(db, self._looked)
                if self._listed is None:
                    self._known = store_rows.known_files(db)
                self._db = db
                return
        except _BROKEN:
            self._listed = None
        db.close()

    def _known_files(self) -> dict[str, store_rows.Known] | None:
        """What the store knows of each file (read only where a command needs it all)."""
        if self._known is None and self._db is not None:
            try:
                self._known = store_rows.known_files(self._db)
            except _BROKEN:
                return None
        return self._known

    def _fresh(self, path: str, seen: str) -> store_rows.Known | None:
        hit = (self._known_files() or {}).get(path)
        return hit if hit is not None and seen and hit[0] == seen else None

    def _identified(self) -> list[Entry]:
        if self._listed is not None:
            listed = zip(self._given, self._listed, strict=True)
            entries = [(given, ident, default) for given, (ident, default) in listed]
            errors = clashes(entries)
            if errors:  # the store was written for these files, which had no clash then
                raise errors[0] if len(errors) == 1 else DataErrors(errors)
            return entries
        entries = []
        errors = []
        for given, (path, seen) in zip(self._given, self._states, strict=True):
            hit = self._fresh(path, seen)
            if hit is not None:
                entries.append((given, hit[1], hit[2]))
                continue
            try:
                found = identify(Path(given))
                if found is None:  # loading it says what is wrong with it
                    ds = self._read[path] = load(Path(given))
                    found = ds.query.id, ds.query.default
            except DataError as error:
                errors.append(error)
                continue
            entries.append((given, *found))
            self._new[path] = entries[-1]
        errors += clashes(entries)
        if errors:
            raise errors[0] if len(errors) == 1 else DataErrors(errors)
        return entries

    def dataset(self, ident: str) -> m.Dataset:
        """The dataset of the query `ident` (one of the entries' ids)."""
        position = next(i for i, (_, known, _) in enumerate(self.entries) if known == ident)
        given = self.entries[position][0]
        path, looked = self._looked[position]
        seen = store_rows.stamp_text(looked)
        ds = self._read.get(path) or self._stored(path, seen)
        if ds is None:
            ds = self._read[path] = load(Path(given))
        self._save()
        return ds

    def _stored(self, path: str, seen: str) -> m.Dataset | None:
        """The dataset the store holds for the file at `path` as it is now, or None (a miss,
        never an error)."""
        if self._db is None or not seen:
            return None
        try:
            sql = """SELECT f.stamp, f.query_id, d.blob FROM files f JOIN datasets d USING (file)
                     WHERE f.path = ?"""
            row = self._db.execute(sql, (store_rows.path_key(path),)).fetchone()
            if row is None or row[0] != seen:
                return None
            ds = store_rows.dataset_of(row[2])
        except _BROKEN:
            return None
        return ds if ds.query.id == row[1] else None

    def each(self) -> Generator[m.Dataset, None, None]:
        """Every dataset, in file order, one at a time: one read from its file goes into the
        store as it comes, so that no dataset is held longer than it is used (an export of the
        whole corpus). DataErrors after the last, for every file that cannot be loaded."""
        held = [self._fresh(path, seen) for path, seen in self._states]
        missing = not all(hit is not None and hit[4] for hit in held)  # a dataset not stored
        version = self._begin() if self._new or missing else None
        errors: list[DataError] = []
        try:
            for position, (given, _, _) in enumerate(self.entries):
                path, seen = self._states[position]
                ds = self._stored(path, seen) if path not in self._read else None
                if ds is None:
                    try:
                        ds = self._read.pop(path, None) or load(Path(given))
                    except DataError as error:
                        errors.append(error)
                        continue
                    version = self._keep(version, path, ds)
                yield ds
            if errors:
                raise errors[0] if len(errors) == 1 else DataErrors(errors)
        except BaseException:
            if version is not None:
                version.abandon()
            raise
        self._end(version)

    def _save(self) -> None:
        """Write what was learnt: the ids of new or changed files, the datasets read in full."""
        if not (self._new or self._read):
            return
        version = self._begin()
        for path, ds in self._read.items():
            version = self._keep(version, path, ds)
        self._end(version)

    def _begin(self) -> index_file.NewVersion | None:
        """A new version of the store, with the ids of new or changed files, and files gone
        forgotten; None where the cache folder cannot be written (nothing is kept)."""
        if self._placed is None:
            return None
        file, identity = self._placed
        stored = self._known is not None or self._listed is not None  # a store of this code
        current = {path for path, _ in self._looked}
        gone = [path for path in self._known or {} if path not in current]
        if self._db is not None:
            self._db.close()
            self._db = None
        from adhocq.reading import index_store as store

        try:
            version = index_file.NewVersion(file, from_current=stored)
        except _BROKEN + (OSError,):
            return None
        try:
            if not stored:
                store.create(version.db, identity)
            version.db.execute("BEGIN IMMEDIATE")
            store.forget(version.db, [*gone, *self._new])
            for path, (_, ident, default) in self._new.items():
                store.insert_file(version.db, path, self._stamps[path], ident, default)
        except _BROKEN:
            version.abandon()
            return None
        return version

    def _keep(
        self, version: index_file.NewVersion | None, path: str, ds: m.Dataset
    ) -> index_file.NewVersion | None:
        """`ds`, read from the file at `path`, kept in the new `version` (None if it failed)."""
        if version is None or not self._stamps[path]:  # a file not looked at: not kept
            return version
        try:
            key = store_rows.path_key(path)
            sql = "INSERT OR REPLACE INTO datasets SELECT file, ? FROM files WHERE path = ?"
            version.db.execute(sql, (store_rows.dataset_blob(ds), key))
        except _BROKEN:
            version.abandon()
            return None
        return version

    def _end(self, version: index_file.NewVersion | None) -> None:
        if version is None:
            return
        from adhocq.reading import index_store as store

        try:
            store.list_files(version.db, self._looked)
            version.db.execute("COMMIT")
            version.finish()
        except _BROKEN + (OSError,):  # a folder that cannot be written: nothing kept
            version.abandon()
