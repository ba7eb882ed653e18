"""A marshal payload is read only if no count in it promises more than the bytes left: what
marshal writes always is, a forged count never, and finding out takes no time."""

from __future__ import annotations

import marshal
import sqlite3
import time
import zlib
from pathlib import Path
from typing import Any

import pytest

from adhocq.model import Dataset
from adhocq.reading import encoding, index_file, loading, store_rows
from adhocq.reading.catalogue import Catalogue
from adhocq.reading.marshal_bounds import is_bounded

SHARED = "the same string, twice"
VALUES: list[Any] = [
    None, True, False, 0, -1, 2**31 - 1, -(2**31), 2**31, -(2**70), 10**400, 1.5, -0.0, 1j,
    "", "a", "é" * 300, "x" * 256, b"", b"\x00" * 300, (), tuple(range(255)),
    tuple(range(256)), list(range(1000)), {"a": (1, 2)}, {1, 2}, frozenset({"x"}),
    (SHARED, SHARED, [SHARED]), ((),) * 3, Ellipsis, StopIteration,
]  # fmt: skip


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_what_marshal_writes_is_bounded(value: Any) -> None:
    assert is_bounded(marshal.dumps(value))


def test_an_encoded_dataset_is_bounded(dataset: Dataset) -> None:
    assert is_bounded(marshal.dumps(encoding.encode(dataset)))


FORGED = [
    b"(" + (1_700_000_000).to_bytes(4, "little") + b"N" * 16,  # a tuple
    b"\xa8" + (1_700_000_000).to_bytes(4, "little") + b"N" * 16,  # the same, remembered
    b"[" + (2**31 - 1).to_bytes(4, "little") + b"N",  # a list
    b"<" + (2**30).to_bytes(4, "little") + b"N",  # a set
    b"l" + (2**31 - 1).to_bytes(4, "little") + b"\x01\x00",  # a long integer's digits
    b"(" + (3).to_bytes(4, "little") + b"NN",  # one item short
    b"u" + (2**31).to_bytes(4, "little") + b"abc",  # a string longer than the payload
    b"c" + bytes(40),  # code: no entry holds any
]


@pytest.mark.parametrize("payload", FORGED, ids=repr)
def test_a_forged_count_is_refused(payload: bytes) -> None:
    assert not is_bounded(payload)


def test_a_forged_count_behind_a_valid_seal_is_a_quick_miss(
    cache_home: Path, data_file: Path
) -> None:
    files = Catalogue([data_file], write=True)
    expected = files.dataset("test-query")
    (store,) = (cache_home / "adhocq").glob("corpus-*.sqlite")
    with sqlite3.connect(store) as db:
        (blob,) = db.execute("SELECT blob FROM datasets").fetchone()
        # The dataset made to say it is a tuple of 1.7 billion items: marshal would take seconds.
        forged = b"(" + (1_700_000_000).to_bytes(4, "little") + zlib.decompress(blob)
        db.execute("UPDATE datasets SET blob = ?", (zlib.compress(forged),))
    db.close()
    index_file._seal(store)
    started = time.monotonic()
    monkeypatch = pytest.MonkeyPatch()
    with monkeypatch.context() as patch:
        patch.setattr(loading, "parse", _no_parsing)
        with pytest.raises(AssertionError, match="parsed"):
            Catalogue([data_file], write=True).dataset("test-query")
    assert time.monotonic() - started < 1
    assert Catalogue([data_file], write=True).dataset("test-query") == expected


def _no_parsing(*args: object) -> None:
    raise AssertionError("parsed: the forged dataset was a miss")


def _doubling(levels: int) -> tuple[Any, ...]:
    """A tuple holding the one below it twice, `levels` deep: marshal writes each second
    occurrence as a reference, so its few bytes describe 2**levels empty tuples."""
    value: tuple[Any, ...] = ()
    for _ in range(levels):
        value = (value, value)
    return value


def _inside_itself() -> list[Any]:
    looped: list[Any] = ["Text"]
    looped.append(looped)
    return looped


SHARED_CONTAINERS = [
    marshal.dumps(["Dataset", _doubling(60)]),
    marshal.dumps([["Translation", "fr", "x"]] * 3),
    marshal.dumps({"a": (1, 2), "b": [{"a": (1, 2)}] * 2}),
    marshal.dumps(["Dataset", _inside_itself()]),
]


@pytest.mark.parametrize(
    "payload", SHARED_CONTAINERS, ids=["doubling", "a list thrice", "dicts twice", "looped"]
)
def test_a_reference_to_a_container_is_refused(payload: bytes) -> None:
    assert b"r" in payload
    assert not is_bounded(payload)


def test_a_dataset_that_is_a_tree_of_references_is_a_quick_miss() -> None:
    started = time.monotonic()
    with pytest.raises(ValueError):
        store_rows.dataset_of(zlib.compress(SHARED_CONTAINERS[0]))
    assert time.monotonic() - started < 1


def test_a_dataset_nested_deeper_than_any_is_a_miss() -> None:
    deep: tuple[Any, ...] = ()
    for _ in range(1500):
        deep = (deep,)
    with pytest.raises(ValueError, match="not a dataset"):
        store_rows.dataset_of(zlib.compress(marshal.dumps(["Dataset", deep])))
