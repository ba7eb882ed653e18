"""The rows of a corpus's store read back as records. Every value's type is checked, so that a
damaged row raises (and the question is answered from the files) instead of making a record
that holds the wrong type; no blob reaches marshal unless its counts are bounded."""

from __future__ import annotations

import datetime
import marshal
import os
import sqlite3
import zlib
from collections.abc import Sequence
from typing import Any

from adhocq import model as m
from adhocq.across import Hit, Listing, Sighting
from adhocq.reading.bounded import MAX_BYTES
from adhocq.reading.encoding import decode, encode
from adhocq.reading.marshal_bounds import is_bounded

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


def is_current(db: sqlite3.Connection, states: Sequence[FileState]) -> bool:
    """Whether the files, their order and their stamps are those the store was written for."""
    state = marshal.dumps(tuple(states))
    return all(stamp for _, stamp in states) and state == _value(db, "state")


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


def _loaded(blob: object) -> Any:
    if type(blob) is not bytes or not is_bounded(blob):
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
    """Sightings from rows of (file, seq, query id, published, appears, ref, part, lang, text):
    one row for each language of a sighting's text, in the order of its parts (a country's
    sightings come by the thousand: one pass, no grouping key per row)."""
    found: list[Sighting] = []
    key: tuple[Any, Any] | None = None
    head: tuple[Any, ...] = ()
    english, translations = "", list[m.Translation]()
    for file, seq, ident, published, appears, ref, part, lang, text in rows:
        if part == 0:
            if key is not None:
                found.append(_sighting(head, english, translations))
            key, head = (file, seq), (ident, published, appears, ref)
            english, translations = _str(text), list[m.Translation]()
        elif key != (file, seq) or part != len(translations) + 1:
            raise ValueError("not the parts of a text")
        else:
            translations.append(m.Translation(_str(lang), _str(text)))
    if key is not None:
        found.append(_sighting(head, english, translations))
    elif rows:
        raise ValueError("not the parts of a text")
    return tuple(found)


def _sighting(head: tuple[Any, ...], english: str, translations: list[m.Translation]) -> Sighting:
    ident, published, appears, ref = head
    text = m.Text(english, tuple(translations))
    return Sighting(_str(ident), _str(published), _str(appears), ref, text)


def hits_of(rows: list[Any]) -> tuple[tuple[str, Hit], ...]:
    return tuple(
        (str(q), Hit(country, lang, field, text)) for q, country, lang, field, text in rows
    )


MAX_DATASET_BYTES = 4 * MAX_BYTES  # a query file's checked dataset, with room to spare


def dataset_blob(ds: m.Dataset) -> bytes:
    """A dataset as the store keeps it: encoded (encoding.py), marshalled and compressed."""
    return zlib.compress(marshal.dumps(encode(ds)), 1)


def dataset_of(blob: object) -> m.Dataset:
    """A dataset from `dataset_blob`; ValueError for anything else, found without unbounded
    work (a blob that would inflate past MAX_DATASET_BYTES is refused)."""
    if type(blob) is not bytes:
        raise ValueError("not a blob")
    inflating = zlib.decompressobj()
    raw = inflating.decompress(blob, MAX_DATASET_BYTES)
    if not inflating.eof or inflating.unconsumed_tail:
        raise ValueError("not a whole dataset")
    ds = decode(_loaded(raw))
    if type(ds) is not m.Dataset:
        raise ValueError("not a dataset")
    return ds
