"""Questions across queries, answered from a corpus index instead of every query's dataset.

The index (`index_store.py`) is a SQLite file in the cache folder, one per set of `--data`
paths. Each run stats every query file; a file whose stamp (device, inode, size, mtime, ctime:
any write sets the ctime, which no one can set back) is the one the index holds is not read
at all, and only new or changed files are loaded and stored again. Questions then read what
they need: the listings of the queries, one country's sightings, the texts that contain a word.
With the cache off (ADHOCQ_NO_CACHE=1), or where the file cannot be used, the same index is
built in memory from the loaded corpus: one way of answering, whichever the source.

A cache is never an error, nor a wait: the file is never changed in place but written again
beside it and renamed, it is read without a lock, and one that is damaged or from other code
is written again (index_file.py); where it cannot be, the answer is built in memory.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from adhocq import model as m
from adhocq.across import Heading, Hit, Listing, Sighting
from adhocq.fold import fold
from adhocq.reading import cache, index_file, index_rows, store_rows
from adhocq.reading import index_store as store

T = TypeVar("T")
_LONGEST_LIKE = 50_000  # bytes: SQLite's default SQLITE_MAX_LIKE_PATTERN_LENGTH
_BROKEN = (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, EOFError, AttributeError)


class CorpusIndex:
    """The queries of `paths` (files or folders, as str or Path; see reading/query_files.py),
    checked as `load_corpus` checks them."""

    def __init__(
        self, paths: Sequence[str | os.PathLike[str]], *, write_cache: bool = False
    ) -> None:
        from adhocq.reading.query_files import located_files, stamp

        if isinstance(paths, (str, os.PathLike)):
            raise TypeError("CorpusIndex takes a list of paths, e.g. CorpusIndex([folder])")
        self._paths = tuple(Path(path) for path in paths)
        located = located_files(self._paths)
        files = [given for given, _ in located]
        states = [(absolute, stamp(absolute)) for _, absolute in located]
        # A library call writes no file: only the command line asks for the index file.
        self._files, self._states = files, states
        self._db = (self._from_file(files, states) if write_cache else None) or self._in_memory(
            files, states
        )
        self._listings: tuple[Listing, ...] | None = None  # each asked for once per run
        self._countries: tuple[m.Country, ...] | None = None

    # Opening --------------------------------------------------------------------------------

    def _from_file(self, files: list[str], states: list[store_rows.FileState]) -> Any:
        placed = index_file.place(self._paths)
        if placed is None:
            return None
        file, identity = placed
        known: dict[str, store_rows.Known] | None = None
        db = index_file.open_checked(file)
        if db is not None:
            try:
                if store_rows.identity_of(db) == identity:
                    if store_rows.is_current(db, states):
                        return db
                    known = store_rows.known_files(db)
            except _BROKEN:  # damaged in a way its seal did not show: written anew
                known = None
            db.close()
        # Files that cannot be loaded raise, and leave the file as it was.
        update = store.changes(known or {}, files, states, self._load, _clashes)

        def build(target: sqlite3.Connection) -> None:
            if known is None:
                store.create(target, identity)
            update(target)

        try:
            index_file.write(file, build, from_current=known is not None)
        except _BROKEN + (OSError,):  # a folder that cannot be written: answered from memory
            return None
        return index_file.open_checked(file)

    def _in_memory(self, files: list[str], states: list[store_rows.FileState]) -> Any:
        db = sqlite3.connect(":memory:", isolation_level=None)
        store.create(db, b"")
        store.changes({}, files, states, self._load, _clashes)(db)
        return db

    def _load(self, file: str) -> m.Dataset:
        from adhocq.reading.loading import load

        return load(Path(file))

    def _ask(self, sql: str, parameters: Sequence[object], convert: Callable[[list[Any]], T]) -> T:
        """`convert` of the rows of `sql`; an index file that fails is replaced by one built in
        memory, and the question asked again."""
        try:
            return convert(self._db.execute(sql, parameters).fetchall())
        except _BROKEN:
            file = self._db.execute("PRAGMA database_list").fetchone()[2]
            if not file:
                raise  # in memory: nothing to fall back on
            self._db.close()
            cache.remove(Path(file))  # the next run writes it again
            self._db = self._in_memory(self._files, self._states)
            return convert(self._db.execute(sql, parameters).fetchall())

    # Questions ------------------------------------------------------------------------------

    def size(self) -> int:
        return self._ask("SELECT count(*) FROM files", (), lambda rows: int(rows[0][0]))

    def default_id(self) -> str | None:
        """The default query's id, or the only query's."""
        sql = "SELECT query_id, is_default FROM files ORDER BY position"
        return self._ask(sql, (), _default)

    def listings(self) -> tuple[Listing, ...]:
        """Every query at a glance, in the order of the files."""
        if self._listings is None:
            sql = f"""SELECT {index_rows.LISTING_COLUMNS} FROM queries q JOIN files f USING (file)
                      ORDER BY f.position"""
            self._listings = self._ask(
                sql, (), lambda rows: tuple(map(index_rows.listing_of, rows))
            )
        return self._listings

    def headings(self) -> tuple[Heading, ...]:
        """Each query's id, title and addresses, in the order of the files: the part of its
        listing that a row naming it shows, read without the rest."""
        if self._listings is not None:
            return tuple(Heading(x.id, x.title, x.title_printed, x.sources) for x in self._listings)
        sql = f"""SELECT {index_rows.HEADING_COLUMNS} FROM queries q JOIN files f USING (file)
                  ORDER BY f.position"""
        return self._ask(sql, (), lambda rows: tuple(map(index_rows.heading_of, rows)))

    def languages(self) -> tuple[str, ...]:
        """Every language some text of some query is written in, in alphabetical order."""
        sql = "SELECT DISTINCT languages FROM queries"
        return self._ask(
            sql, (), lambda rows: tuple(sorted({x for r in rows for x in r[0].split()}))
        )

    def countries(self) -> tuple[m.Country, ...]:
        """Every country some query declares, once each way it is declared, in file order."""
        if self._countries is None:
            sql = """SELECT d.countries, min(f.position) FROM queries q JOIN files f USING (file)
                     JOIN declarations d ON d.id = q.declaration
                     GROUP BY q.declaration ORDER BY 2"""
            self._countries = self._ask(sql, (), index_rows.countries_of)
        return self._countries

    def with_text(self, text: str) -> frozenset[str]:
        """The ids of the queries whose title or findings contain `text` (folded, without the
        spaces around it)."""
        text = text.strip()
        if not _storable(fold(text)):
            return frozenset()
        contains, parameters = _contains(fold(text))
        sql = f"""SELECT DISTINCT f.query_id FROM texts t JOIN files f USING (file)
                  WHERE t.field IN (SELECT id FROM fields
                                    WHERE name = 'query.title' OR name GLOB 'finding:*')
                  AND {contains}"""
        return self._ask(sql, parameters, lambda rows: frozenset(r[0] for r in rows))

    def sightings(self, code: str) -> tuple[Sighting, ...]:
        """Where a country appears, newest query first, in file order within a query."""
        sql = """SELECT s.file, s.seq, f.query_id, f.published, s.appears, s.ref, t.part, t.lang,
                 t.text
                 FROM sightings s JOIN files f USING (file)
                 JOIN texts t ON t.id BETWEEN s.text_from AND s.text_to WHERE s.code = ?
                 ORDER BY f.dated DESC, f.query_id DESC, s.seq, t.part"""
        return self._ask(sql, (code,), index_rows.sightings_of)

    def search(self, text: str, lang: str | None = None) -> tuple[tuple[str, Hit], ...]:
        """(query id, hit) for every text that contains `text` (folded, without the spaces
        around it), as `ask.search` finds them, query by query in the order of the files.
        ValueError for a text with nothing to look for, as `ask.search`."""
        wanted = fold(text.strip())
        if not wanted.strip():
            raise ValueError("search text is empty")
        if not _storable(wanted):
            return ()
        contains, parameters = _contains(wanted)
        where = f"{contains} AND " + ("t.listed" if lang is None else "t.lang = ?")
        parameters += () if lang is None else (lang,)
        sql = f"""SELECT f.query_id, t.country, t.lang, t.field, t.text
                  FROM texts t JOIN files f USING (file) WHERE {where}
                  ORDER BY f.position, t.id"""
        return self._ask(sql, parameters, self._hits)

    def postings(self, stems: Sequence[str]) -> tuple[int, float, list[Posting]]:
        """For `related`: how many queries there are, the mean of their lengths (the sum of
        their stems' weights), and (stem, query id, weight, the query's length, its date) for
        each query that holds one of `stems`."""
        sql = "SELECT count(*), coalesce(avg(length), 0) FROM documents"
        size, mean = self._ask(sql, (), lambda rows: (int(rows[0][0]), float(rows[0][1])))
        sql = """SELECT t.term, f.query_id, t.halves, d.length, f.dated FROM terms t
                 JOIN documents d USING (file) JOIN files f USING (file)
                 WHERE t.term IN (SELECT value FROM json_each(?)) ORDER BY f.position"""
        wanted = json.dumps([each for each in stems if _storable(each)])
        return size, mean, self._ask(sql, (wanted,), _postings)

    def listings_of(self, query_ids: Sequence[str]) -> tuple[Listing, ...]:
        """The listings of the queries `query_ids`, in the order of the files."""
        if self._listings is not None:
            wanted = set(query_ids)
            return tuple(x for x in self._listings if x.id in wanted)
        sql = f"""SELECT {index_rows.LISTING_COLUMNS} FROM queries q JOIN files f USING (file)
                  WHERE f.query_id IN (SELECT value FROM json_each(?)) ORDER BY f.position"""
        parameters = (json.dumps(list(query_ids)),)
        return self._ask(sql, parameters, lambda rows: tuple(map(index_rows.listing_of, rows)))

    def texts(self, query_ids: Sequence[str]) -> tuple[tuple[str, Hit], ...]:
        """(query id, hit) for every text of the queries `query_ids` in each language of its
        query, in the order of the files."""
        sql = """SELECT f.query_id, t.country, t.lang, t.field, t.text FROM files f
                 JOIN documents d USING (file) JOIN texts t ON t.id BETWEEN d.text_from
                 AND d.text_to WHERE f.query_id IN (SELECT value FROM json_each(?)) AND t.listed
                 ORDER BY f.position, t.id"""
        return self._ask(sql, (json.dumps(list(query_ids)),), self._hits)

    def _hits(self, rows: list[Any]) -> tuple[tuple[str, Hit], ...]:
        """Hits from rows of (query id, country, lang, field number, text): each field named
        from `fields` (a few hundred rows, read once; a join per hit costs a third more)."""
        names = dict(self._db.execute("SELECT id, name FROM fields").fetchall())
        return index_rows.hits_of([(q, c, lang, names[n], t) for q, c, lang, n, t in rows])


Posting = tuple[str, str, float, float, str | None]
"""A stem in a query: the stem, the query's id, the stem's weight in it, the query's length,
and the date it is placed at (YYYY-MM-DD, None where it is not known)."""


def _postings(rows: list[Any]) -> list[Posting]:
    found: list[Posting] = []
    for term, ident, halves, length, dated in rows:
        typed = type(term) is type(ident) is str and type(halves) is int
        if not typed or type(length) is not float or type(dated) not in (str, type(None)):
            raise ValueError("not a posting")
        found.append((term, ident, halves / 2, length, dated))
    return found


def _clashes(entries: list[tuple[str, str, bool]]) -> list[Any]:
    from adhocq.reading.query_files import clashes

    return clashes(entries)


def _contains(wanted: str) -> tuple[str, tuple[str, ...]]:
    """SQL for "text `t` holds the folded `wanted`", with its parameters: its folded form where
    it has one, else the text itself (ASCII, whose folded form is its lower case), which LIKE
    compares ignoring ASCII case without making a lower-case copy of each text (twice as fast
    as instr(lower(text))). LIKE reads a pattern up to a NUL, and refuses one over 50,000
    bytes (SQLite's limit): such a text uses instr."""
    escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if "\x00" in wanted or len(escaped.encode("utf-8")) + 2 > _LONGEST_LIKE:
        return "instr(coalesce(t.folded, lower(t.text)), ?) > 0", (wanted,)
    sql = """(CASE WHEN t.folded IS NULL THEN t.text LIKE ? ESCAPE '\\'
              ELSE instr(t.folded, ?) > 0 END)"""
    return sql, (f"%{escaped}%", wanted)


def _storable(text: str) -> bool:
    """Whether SQLite can hold `text`: not if it has a lone surrogate, from an argument that
    is not UTF-8; no text of a dataset has one (a file is UTF-8, TOML escapes no surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _default(rows: list[Any]) -> str | None:
    if len(rows) == 1:
        return str(rows[0][0])
    return next((str(ident) for ident, is_default in rows if is_default), None)
