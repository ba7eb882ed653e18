"""The corpus index's SQLite store: what `adhocq.reading.derive` derives from each query file,
kept per file with the file's stamp, and brought up to date by loading only the files whose
stamp changed (`changes`). See `adhocq.reading.index` for the questions it answers."""

from __future__ import annotations

import datetime
import marshal
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from adhocq import model as m
from adhocq.across import Hit, Listing, Sighting
from adhocq.errors import DataError, DataErrors
from adhocq.reading import derive
from adhocq.reading.encoding import decode, encode

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE files (
    file INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, stamp TEXT NOT NULL,
    position INTEGER NOT NULL, query_id TEXT NOT NULL, is_default INTEGER NOT NULL,
    published TEXT NOT NULL);
CREATE TABLE queries (
    file INTEGER PRIMARY KEY, query_id TEXT NOT NULL, title BLOB NOT NULL,
    requester_country TEXT, requester BLOB, published TEXT NOT NULL,
    respondent_count INTEGER, coverage TEXT NOT NULL, findings_read INTEGER,
    is_default INTEGER NOT NULL, languages TEXT NOT NULL, respondents TEXT NOT NULL,
    countries TEXT NOT NULL, count_basis TEXT NOT NULL, uncoded BLOB NOT NULL,
    sources BLOB NOT NULL, title_printed TEXT NOT NULL, respondents_named TEXT NOT NULL,
    declared BLOB NOT NULL);
CREATE TABLE sightings (
    code TEXT NOT NULL, file INTEGER NOT NULL, seq INTEGER NOT NULL, appears TEXT NOT NULL,
    ref TEXT, en TEXT NOT NULL, lang TEXT, translated TEXT, more BLOB,
    PRIMARY KEY (code, file, seq)) WITHOUT ROWID;
CREATE TABLE texts (
    file INTEGER NOT NULL, seq INTEGER NOT NULL, country TEXT, field TEXT NOT NULL,
    lang TEXT NOT NULL, listed INTEGER NOT NULL, text TEXT NOT NULL, folded TEXT NOT NULL);
CREATE TABLE headlines (file INTEGER NOT NULL, folded TEXT NOT NULL);
"""
# Files are joined by an integer (their small rows repeat the query's id and date that a sighting
# or a hit shows), and one country's sightings are stored together (the table is clustered by
# code): `country CODE` reads a few pages, not one page a row.
# Where SQLite has FTS5 (Python's own builds do): an index of the folded texts by trigrams, so a
# search of 3 characters or more reads the texts that hold its trigrams instead of all of them.
# The triggers are SQLite's documented way to keep an external-content index in step.
TRIGRAMS = (
    """CREATE VIRTUAL TABLE trigrams USING fts5(
        folded, content='texts', content_rowid='rowid', tokenize='trigram case_sensitive 1')""",
    """CREATE TRIGGER texts_added AFTER INSERT ON texts BEGIN
        INSERT INTO trigrams (rowid, folded) VALUES (new.rowid, new.folded); END""",
    """CREATE TRIGGER texts_removed AFTER DELETE ON texts BEGIN
        INSERT INTO trigrams (trigrams, rowid, folded) VALUES ('delete', old.rowid, old.folded);
        END""",
)
PER_FILE = ("queries", "sightings", "texts", "headlines", "files")

Stamp = tuple[int, ...] | None
FileState = tuple[str, Stamp]  # absolute path, stamp (None: it could not be looked at)


def stamp_text(stamp: Stamp) -> str:
    return "" if stamp is None else ":".join(map(str, stamp))


def create(db: sqlite3.Connection, identity: bytes) -> None:
    """An empty store, for the code and the paths that `identity` names."""
    for table in ("trigrams", *PER_FILE, "meta"):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in SCHEMA.split(";"):
        db.execute(statement)
    try:
        for statement in TRIGRAMS:
            db.execute(statement)
        trigrams = 1
    except sqlite3.OperationalError:  # an SQLite without FTS5: searches read every text
        trigrams = 0
    db.execute("INSERT INTO meta VALUES ('identity', ?), ('trigrams', ?)", (identity, trigrams))


def identity_of(db: sqlite3.Connection) -> bytes | None:
    try:
        return _value(db, "identity")
    except sqlite3.OperationalError:  # no such table: a new file
        return None


def _value(db: sqlite3.Connection, key: str) -> bytes | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row is not None and type(row[0]) is bytes else None


def is_current(db: sqlite3.Connection, states: Sequence[FileState]) -> bool:
    """Whether the files, their order and their stamps are those the store was written for."""
    state = marshal.dumps(tuple(states))
    return all(stamp for _, stamp in states) and state == _value(db, "state")


def known_files(db: sqlite3.Connection) -> dict[str, tuple[str, str, bool]]:
    """Each file the store holds, by path: its stamp, its query's id, whether that is the
    default query."""
    rows = db.execute("SELECT path, stamp, query_id, is_default FROM files")
    return {path: (stamp, ident, bool(default)) for path, stamp, ident, default in rows}


def changes(
    known: dict[str, tuple[str, str, bool]],
    files: Sequence[str],
    states: Sequence[FileState],
    load: Any,
    clashes: Any,
) -> Callable[[sqlite3.Connection], None]:
    """What brings a store that holds the `known` files up to date with `files` (their
    `states`, in the same order), as a function that makes those changes to it: each new or
    changed file is loaded here with `load(path)`, and the ids of all of them checked with
    `clashes`. DataError(s) are raised here, before anything is written."""
    state = marshal.dumps(tuple(states))
    current = {path for path, _ in states}
    gone = [path for path in known if path not in current]
    errors: list[DataError] = []
    loaded: dict[str, m.Dataset] = {}
    entries: list[tuple[str, str, bool]] = []
    for file, (path, stamp) in zip(files, states, strict=True):
        hit = known.get(path)
        if hit is not None and stamp is not None and hit[0] == stamp_text(stamp):
            entries.append((file, hit[1], hit[2]))
            continue
        try:
            ds = load(file)
        except DataError as error:
            errors.append(error)
            continue
        loaded[path] = ds
        entries.append((file, ds.query.id, ds.query.default))
    errors += clashes(entries)
    if errors:
        raise errors[0] if len(errors) == 1 else DataErrors(errors)
    positions = [(position, path) for position, (path, _) in enumerate(states)]
    stamps = dict(states)

    def apply(db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            forget(db, [*gone, *loaded])
            for path, ds in loaded.items():
                insert(db, path, stamp_text(stamps[path]), ds)
            db.executemany("UPDATE files SET position = ? WHERE path = ?", positions)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('state', ?)", (state,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    return apply


def forget(db: sqlite3.Connection, paths: Iterable[str]) -> None:
    db.execute("CREATE TEMP TABLE IF NOT EXISTS gone (file INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM gone")
    db.executemany(
        "INSERT OR IGNORE INTO gone SELECT file FROM files WHERE path = ?",
        ((path,) for path in paths),
    )
    for table in PER_FILE:  # files last: the others find their rows by its numbers
        db.execute(f"DELETE FROM {table} WHERE file IN (SELECT file FROM gone)")


def text_blob(text: m.Text) -> bytes:
    return marshal.dumps((text.en, tuple((t.lang, t.text) for t in text.translations)))


def text_columns(text: m.Text) -> tuple[str, str | None, str | None, bytes | None]:
    """A text as columns: English, its first translation, and any others as a blob (a text
    a country's sightings show by the thousand, read back without unmarshalling most)."""
    if not text.translations:
        return text.en, None, None, None
    first, *others = text.translations
    more = marshal.dumps(tuple((t.lang, t.text) for t in others)) if others else None
    return text.en, first.lang, first.text, more


def listing_row(x: Listing) -> tuple[object, ...]:
    """A listing as the columns of `queries` from `query_id` to `respondents_named`; codes are two
    letters, so a space separates them."""
    requester = None if x.requester is None else text_blob(x.requester)
    return (
        x.id, text_blob(x.title), x.requester_country, requester, x.published.isoformat(),
        x.respondent_count, x.coverage.value, x.findings_read, x.default, " ".join(x.languages),
        " ".join(x.respondents), " ".join(x.countries), x.count_basis.value,
        marshal.dumps(x.uncoded),
        marshal.dumps(tuple((s.lang, s.url) for s in x.sources)), " ".join(x.title_printed),
        " ".join(x.respondents_named),
    )  # fmt: skip


def insert(db: sqlite3.Connection, path: str, stamp: str, ds: m.Dataset) -> None:
    """Every row of one query file (its position is set by the caller)."""
    q = ds.query
    added = db.execute(
        """INSERT INTO files (path, stamp, position, query_id, is_default, published)
           VALUES (?, ?, -1, ?, ?, ?)""",
        (path, stamp, q.id, int(q.default), q.published.isoformat()),
    )
    file = added.lastrowid
    declared = marshal.dumps(encode(ds.countries))
    row = (file, *listing_row(derive.listing(ds)), declared)
    db.execute(f"INSERT INTO queries VALUES ({', '.join('?' * len(row))})", row)
    db.executemany(
        "INSERT INTO sightings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((code, file, seq, s.appears, s.ref, *text_columns(s.text))
         for seq, (code, s) in enumerate(derive.sightings(ds))),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((file, seq, *row) for seq, row in enumerate(derive.search_texts(ds))),
    )
    db.executemany(
        "INSERT INTO headlines VALUES (?, ?)",
        ((file, folded) for folded in derive.folded_title_and_findings(ds)),
    )


# Reading rows back: every value's type is checked, so that a damaged row raises (and the index
# answers from memory) instead of making a record that holds the wrong type.


def _loaded(blob: object) -> Any:
    if type(blob) is not bytes:
        raise ValueError("not a blob")
    return marshal.loads(blob)


def _text(blob: object) -> m.Text:
    en, translations = _loaded(blob)
    if type(en) is not str or type(translations) is not tuple:
        raise ValueError("not a text")
    pairs = [m.Translation(_str(lang), _str(text)) for lang, text in translations]
    return m.Text(en, tuple(pairs))


def _str(value: object) -> str:
    if type(value) is not str:
        raise ValueError("not a str")
    return value


LISTING_COLUMNS = """q.query_id, q.title, q.requester_country, q.requester, q.published,
    q.respondent_count, q.coverage, q.findings_read, q.is_default, q.languages, q.respondents,
    q.countries, q.count_basis, q.uncoded, q.sources, q.title_printed, q.respondents_named"""
_NONE = type(None)
# The type each column of LISTING_COLUMNS must have.
_LISTING_TYPES: tuple[set[type], ...] = (
    {str}, {bytes}, {str, _NONE}, {bytes, _NONE}, {str}, {int, _NONE}, {str}, {int, _NONE},
    {int}, {str}, {str}, {str}, {str}, {bytes}, {bytes}, {str}, {str},
)  # fmt: skip
_COVERAGE = {kind.value: kind for kind in m.Coverage}
_COUNT_BASIS = {kind.value: kind for kind in m.CountBasis}


def listing_of(row: tuple[Any, ...]) -> Listing:
    if not all(type(value) in kinds for value, kinds in zip(row, _LISTING_TYPES, strict=True)):
        raise ValueError("not a listing")
    (ident, title, requester_country, requester, published, count, coverage, read, default,
     languages, respondents, countries, basis, uncoded, sources, printed, named) = row  # fmt: skip
    tokens = _loaded(uncoded)
    if type(tokens) is not tuple:
        raise ValueError("not tokens")
    return Listing(
        ident, _text(title), requester_country, None if requester is None else _text(requester),
        datetime.date.fromisoformat(published), count, _COVERAGE[coverage], read, bool(default),
        tuple(languages.split()), tuple(respondents.split()), tuple(countries.split()),
        _COUNT_BASIS[basis], tuple(_str(token) for token in tokens),
        tuple(m.Source(_str(lang), _str(url)) for lang, url in _loaded(sources)),
        tuple(printed.split()), tuple(named.split()),
    )  # fmt: skip


def countries_of(rows: list[Any]) -> tuple[m.Country, ...]:
    """Each different declaration once (the same bytes are the same countries), decoded."""
    found: dict[m.Country, None] = {}
    for blob in dict.fromkeys(row[0] for row in rows):
        countries = decode(_loaded(blob))
        if type(countries) is not tuple or not all(type(c) is m.Country for c in countries):
            raise ValueError("not countries")
        found.update(dict.fromkeys(countries))
    return tuple(found)


def sightings_of(rows: list[Any]) -> tuple[Sighting, ...]:
    return tuple(
        Sighting(_str(ident), _str(published), _str(appears), ref, _text_of(*text))
        for ident, published, appears, ref, *text in rows
    )


def _text_of(en: object, lang: object, translated: object, more: object) -> m.Text:
    """A text from `text_columns`."""
    if lang is None:
        return m.Text(_str(en))
    first = m.Translation(_str(lang), _str(translated))
    if more is None:
        return m.Text(_str(en), (first,))
    others = (m.Translation(_str(x), _str(y)) for x, y in _loaded(more))
    return m.Text(_str(en), (first, *others))


def hits_of(rows: list[Any]) -> tuple[tuple[str, Hit], ...]:
    return tuple(
        (str(q), Hit(country, lang, field, text)) for q, country, lang, field, text in rows
    )
