"""A marshal payload is read only if no count in it promises more than the bytes left: what
marshal writes always is, a forged count never, and finding out takes no time."""

from __future__ import annotations

import marshal
import time
from pathlib import Path
from typing import Any

import pytest

from adhocq.model import Dataset
from adhocq.reading import cache, encoding, loading
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


def test_a_forged_count_behind_a_valid_checksum_is_a_quick_miss(
    cache_home: Path, data_file: Path
) -> None:
    expected = loading.load(data_file, write_cache=True)
    (entry,) = (cache_home / "adhocq").glob("dataset-*.marshal")
    payload = cache._payload(entry.read_bytes())
    assert payload is not None
    # The payload's outer tuple, made to say 1.7 billion items: marshal would take seconds.
    assert payload[:2] == b")\x03"  # (code stamp, file bytes, dataset): a small tuple
    forged = b"(" + (1_700_000_000).to_bytes(4, "little") + payload[2:]
    entry.write_bytes(cache._framed(forged))
    started = time.monotonic()
    assert cache.lookup(data_file, data_file.read_bytes()) is None
    assert time.monotonic() - started < 1
    assert loading.load(data_file, write_cache=True) == expected
