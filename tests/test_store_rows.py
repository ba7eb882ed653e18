"""What the store keeps of a query (reading/store_rows.py, with reading/encoding.py): JSON,
read back as the model's records with every type checked; a damaged or forged value is a
ValueError found in time proportional to its length (JSON promises nothing its bytes do not
hold)."""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from pathlib import Path

import pytest
from conftest import bundled_corpus

from adhocq.model import Country
from adhocq.reading import index_file, loading, store_rows
from adhocq.reading.catalogue import Catalogue
from adhocq.reading.encoding import decode, decode_items, encode


def test_every_bundled_query_comes_back_as_it_was_stored() -> None:
    for ds in bundled_corpus().queries:
        assert store_rows.dataset_of(store_rows.dataset_blob(ds)) == ds, ds.query.id


def test_the_countries_of_a_query_come_back_as_a_tuple() -> None:
    countries = bundled_corpus().queries[0].countries
    stored = store_rows.stored(encode(countries))
    assert decode_items(store_rows.unstored(stored), Country) == countries


FORGED = {
    "lists nested 100,000 deep": b"[" * 100_000 + b"]" * 100_000,
    "a number of 5,000 digits": b'["Dataset", ' + b"1" * 5000 + b"]",
    "not JSON": b"\xff\x00 not JSON",
    "an object": b'{"Dataset": []}',
    "no kind": b"[]",
    "a list for a kind": b'[["Dataset"]]',
    "an unknown kind": b'["Dataset2"]',
    "a text whose translation is no pair": b'["Text", "a", [["fr"]]]',
    "a text whose translations are a string": b'["Text", "a", "fr"]',
    "a kind with one argument too many": b'["Translation", "fr", "x", "y"]',
}


@pytest.mark.parametrize("payload", FORGED.values(), ids=list(FORGED))
def test_a_forged_value_is_refused_at_once(payload: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(ValueError):
        store_rows.dataset_of(zlib.compress(payload))
    assert time.monotonic() - started < 1


def test_a_stored_value_is_json_in_ascii() -> None:
    text = store_rows.stored(["Text", "Tchéquie", []])
    assert text.isascii() and json.loads(text) == ["Text", "Tchéquie", []]
    assert decode(store_rows.unstored(text)).en == "Tchéquie"


def test_a_forged_value_behind_a_valid_seal_is_a_quick_miss(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = Catalogue([data_file], write=True)
    expected = files.dataset("test-query")
    (store,) = (cache_home / "adhocq").glob("corpus-*.sqlite")
    with sqlite3.connect(store) as db:
        forged = FORGED["lists nested 100,000 deep"]
        db.execute("UPDATE datasets SET blob = ?", (zlib.compress(forged),))
    db.close()
    index_file._seal(store)
    started = time.monotonic()
    with monkeypatch.context() as patch:
        patch.setattr(loading, "parse", _no_parsing)
        with pytest.raises(AssertionError, match="parsed"):
            Catalogue([data_file], write=True).dataset("test-query")
    assert time.monotonic() - started < 1
    assert Catalogue([data_file], write=True).dataset("test-query") == expected


def _no_parsing(*args: object) -> None:
    raise AssertionError("parsed: the forged dataset was a miss")
