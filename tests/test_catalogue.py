"""The store as commands about one query (and cite, export) use it: a file unchanged since it
was stored is not read again; anything else (other bytes, other code, a damaged, forged, foreign
or unusable store) is a miss, never an error, a wait or a wrong answer."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, run_text

from adhocq.errors import DataError, DataErrors
from adhocq.model import Dataset, Query
from adhocq.reading import cache, catalogue, index_file, loading
from adhocq.reading.catalogue import Catalogue
from adhocq.reading.query_files import load_each


class _Miss(Exception):
    pass


def _miss(*args: object) -> None:
    raise _Miss


def read(file: Path) -> Dataset:
    """The dataset of the one query of `file`, as a command reads it (the store written)."""
    files = Catalogue([file], write=True)
    return files.dataset(files.entries[0][1])


def from_store(file: Path) -> Dataset | None:
    """The dataset of `file` if the store gives it without reading the file; None for a miss."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalogue, "load", _miss)
        patch.setattr(catalogue, "identify", _miss)
        try:
            return read(file)
        except _Miss:
            return None


def stores(home: Path) -> list[Path]:
    return sorted((home / "adhocq").glob(cache.STORES))


def _only_store(home: Path) -> Path:
    (store,) = stores(home)
    return store


def test_a_second_read_comes_from_the_store(cache_home: Path, data_file: Path) -> None:
    first = read(data_file)
    assert len(stores(cache_home)) == 1
    assert from_store(data_file) == first


def test_a_change_that_keeps_size_and_mtime_is_read_again(
    cache_home: Path, data_file: Path
) -> None:
    read(data_file)
    before = data_file.stat()
    text = data_file.read_text(encoding="utf-8")
    changed = text.replace('fr = "Plus de personnel."', 'fr = "Plus du personnel."')
    assert len(changed) == len(text)
    data_file.write_text(changed, encoding="utf-8")
    os.utime(data_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert from_store(data_file) is None
    found = read(data_file)
    wanted = "Plus du personnel."
    assert any(m.description.get("fr") == wanted for r in found.responses for m in r.measures)
    assert len(stores(cache_home)) == 1, "one store per set of paths, written again"


def test_a_store_written_by_other_code_is_not_used(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read(data_file)
    monkeypatch.setattr(cache, "code_stamp", lambda: ("other code",))
    assert from_store(data_file) is None


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9" * 100, b"SQLite format 3\x00"])
def test_a_corrupt_store_is_ignored(cache_home: Path, data_file: Path, content: bytes) -> None:
    expected = read(data_file)
    _only_store(cache_home).write_bytes(content)
    assert from_store(data_file) is None
    assert read(data_file) == expected
    assert from_store(data_file) == expected, "written again"


def test_a_dataset_with_problems_is_never_stored(cache_home: Path, data_file: Path) -> None:
    text = data_file.read_text(encoding="utf-8")
    data_file.write_text(text.replace('type = "staffing"', 'type = "stafing"'), "utf-8")
    for _ in range(2):
        with pytest.raises(DataError, match="stafing"):
            read(data_file)
    for store in stores(cache_home):
        with sqlite3.connect(store) as db:
            held = db.execute("SELECT count(*) FROM datasets").fetchone()
        db.close()
        assert held == (0,)


def test_turned_off_it_neither_reads_nor_writes(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read(data_file)
    monkeypatch.setenv("ADHOCQ_NO_CACHE", "1")
    assert from_store(data_file) is None
    _only_store(cache_home).unlink()
    read(data_file)
    assert stores(cache_home) == []


def test_a_library_call_writes_nothing(cache_home: Path, data_file: Path) -> None:
    files = Catalogue([data_file])
    files.dataset(files.entries[0][1])
    assert not (cache_home / "adhocq").exists()


def test_a_cache_that_cannot_be_written_is_skipped(
    tmp_path: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert read(data_file).query.id
    assert blocker.read_text() == "x"
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_a_relative_cache_home_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")
    assert cache.directory() is None


def test_the_installed_script_fills_and_then_uses_the_store(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    first = run_text("measures", "--type", "staffing", "-f", "csv", env=env)
    assert first.returncode == 0, first.stderr
    assert len(stores(tmp_path)) == 1
    with sqlite3.connect(_only_store(tmp_path)) as db:
        held = db.execute("SELECT count(*) FROM datasets").fetchone()
    assert held == (1,), "the file it answered from: the others gave their ids"
    second = run_text("measures", "--type", "staffing", "-f", "csv", env=env)
    assert (second.returncode, second.stdout, second.stderr) == (0, first.stdout, "")
    off = run_text("measures", "--type", "staffing", "-f", "csv",
                   env={**env, "ADHOCQ_NO_CACHE": "1"})  # fmt: skip
    assert off.stdout == first.stdout


# ------------------------------------------------------------------ hostile stores


def test_every_flipped_byte_is_a_miss_or_the_same_dataset(
    cache_home: Path, data_file: Path
) -> None:
    expected = read(data_file)
    store = _only_store(cache_home)
    good = store.read_bytes()
    offsets = random.Random(10).sample(range(len(good)), min(100, len(good)))
    for offset in offsets:
        for mask in (0x01, 0xFF):
            damaged = bytearray(good)
            damaged[offset] ^= mask
            store.write_bytes(bytes(damaged))
            assert from_store(data_file) in (None, expected), (offset, mask)
    store.write_bytes(good)
    assert from_store(data_file) == expected


def _rewrite_dataset(store: Path, change: Any) -> None:
    """Replace the stored dataset by `change(encoded)` (or by bytes it gives) and seal the store
    again: what the seal cannot catch must still be caught by the strict decoding."""
    with sqlite3.connect(store) as db:
        (blob,) = db.execute("SELECT blob FROM datasets").fetchone()
        changed = change(json.loads(zlib.decompress(blob)))
        blob = changed if type(changed) is bytes else json.dumps(changed).encode()
        db.execute("UPDATE datasets SET blob = ?", (zlib.compress(blob),))
    db.close()
    index_file._seal(store)


_COUNTRIES = [field.name for field in dataclasses.fields(Dataset)].index("countries")


def _replace_country_code(encoded: Any, code: Any) -> Any:
    """An encoded Dataset (["Dataset", *arguments]) with its first country's code replaced."""
    arguments = list(encoded[1:])
    countries = arguments[_COUNTRIES]
    country = list(countries[0])
    country[1] = code
    arguments[_COUNTRIES] = (country, *countries[1:])
    return ["Dataset", *arguments]


def _with_findings_read(encoded: Any, value: Any) -> Any:
    """An encoded Dataset with its query's findings_read (`int | None`) replaced."""
    query = list(encoded[1])
    query[1 + [field.name for field in dataclasses.fields(Query)].index("findings_read")] = value
    return ["Dataset", query, *encoded[2:]]


def _swap(value: Any, old: Any, new: Any) -> Any:
    """`value` with each `old` found in it (by equality and type) replaced by `new`."""
    if type(value) is type(old) and value == old:
        return new
    if type(value) in (list, tuple):
        return type(value)(_swap(item, old, new) for item in value)
    return value


WRONG = {
    "a number for a code": lambda e: _replace_country_code(e, 5),
    "a list for a code": lambda e: _replace_country_code(e, []),
    "None for a code": lambda e: _replace_country_code(e, None),
    "a string for an int or None": lambda e: _with_findings_read(e, "1"),
    "a bool for an int or None": lambda e: _with_findings_read(e, True),
    "None for a tuple": lambda e: [*e[:-2], None, e[-1]],  # languages
    "a bool for an int": lambda e: _swap(e, 2, True),  # respondent_count
    "an unknown kind": lambda e: ["Dataset2", *e[1:]],
    "a missing argument": lambda e: e[:-1],
    "a member that does not exist": lambda e: _swap(e, "member", "chief"),
    "an impossible date": lambda e: _swap(e, ["date", 2024, 1, 11], ["date", 2024, 13, 1]),
    "deep nesting": lambda e: b"[" * 100_000 + b"]" * 100_000,
    "not a dataset": lambda e: ["Text", "a", "b"],
    "a list of it": lambda e: [e],
    "not JSON": lambda e: b"\xff\x00 not JSON",
    "a number of 5,000 digits": lambda e: b'["Dataset", ' + b"1" * 5000 + b"]",
    "an object for a list": lambda e: {"Dataset": e[1:]},
}


def test_a_stored_dataset_that_would_inflate_without_end_is_a_miss(
    cache_home: Path, data_file: Path
) -> None:
    expected = read(data_file)
    store = _only_store(cache_home)
    with sqlite3.connect(store) as db:
        db.execute("UPDATE datasets SET blob = ?", (zlib.compress(bytes(64 * 1024 * 1024)),))
    db.close()
    index_file._seal(store)
    started = time.monotonic()
    assert from_store(data_file) is None
    assert time.monotonic() - started < 2
    assert read(data_file) == expected


@pytest.mark.parametrize("name", WRONG)
def test_a_stored_dataset_of_the_wrong_shape_is_a_miss(
    cache_home: Path, data_file: Path, name: str
) -> None:
    expected = read(data_file)
    _rewrite_dataset(_only_store(cache_home), WRONG[name])
    assert from_store(data_file) is None
    assert read(data_file) == expected


def test_a_pipe_or_a_device_as_store_is_a_miss_without_waiting(
    cache_home: Path, data_file: Path
) -> None:
    expected = read(data_file)
    store = _only_store(cache_home)
    store.unlink()
    os.mkfifo(store)  # reading it would wait for a writer forever
    started = time.monotonic()
    assert from_store(data_file) is None
    store.unlink()
    store.symlink_to("/dev/zero")  # reading it would never end
    assert from_store(data_file) is None
    assert time.monotonic() - started < 2
    assert read(data_file) == expected


def test_a_cache_folder_others_can_write_to_is_not_used(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = read(data_file)
    folder = cache_home / "adhocq"
    for mode in (0o770, 0o707, 0o777):
        folder.chmod(mode)
        assert from_store(data_file) is None, oct(mode)
    _only_store(cache_home).unlink()
    assert read(data_file) == expected
    assert stores(cache_home) == [], "nothing written there either"
    folder.chmod(0o700)
    assert from_store(data_file) is None
    read(data_file)
    assert from_store(data_file) == expected
    # A folder of another user's (tests may run as root, so the user is made another).
    monkeypatch.setattr(os, "getuid", lambda: folder.stat().st_uid + 1)
    assert from_store(data_file) is None


def test_what_killed_runs_and_earlier_versions_left_is_removed(
    cache_home: Path, data_file: Path
) -> None:
    folder = cache_home / "adhocq"
    folder.mkdir(mode=0o700, parents=True)
    stale = folder / "corpus-0000abcd.sqlite.4242.tmp"
    fresh = folder / f"corpus-1.sqlite.{os.getppid()}.tmp"  # a live process's
    earlier = [folder / "dataset-0000abcd.marshal", folder / "index-0000abcd.marshal"]
    for leftover in (stale, fresh, *earlier):
        leftover.write_bytes(b"half a file")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    read(data_file)
    assert not stale.exists()
    assert not any(path.exists() for path in earlier)
    assert fresh.exists(), "it may be another run's, writing now"


# ------------------------------------------------------------------ caps


def _store_under_many_paths(tmp_path: Path, count: int) -> list[Path]:
    """One store for each of `count` copies of the minimal dataset, each written after the
    last: those already there get distinct mtimes in the past, as a file system's coarse clock
    could give stores written in one tick the same time."""
    paths = [tmp_path / f"data-{number:03}.toml" for number in range(count)]
    past = time.time() - 10 * count
    for number, path in enumerate(paths):
        shutil.copy(DATA / "minimal.toml", path)
        read(path)
        placed = index_file.place([path])
        assert placed is not None
        if placed[0].exists():
            os.utime(placed[0], (past + number, past + number))
    return paths


def test_the_cache_keeps_at_most_max_stores_the_newest(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_STORES", 4)
    paths = _store_under_many_paths(tmp_path, 6)
    assert len(stores(cache_home)) == 4
    assert [from_store(path) is not None for path in paths] == [False] * 2 + [True] * 4


def test_the_cache_keeps_at_most_max_total_bytes_the_newest(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "one").mkdir()
    _store_under_many_paths(tmp_path / "one", 1)
    size = _only_store(cache_home).stat().st_size
    _only_store(cache_home).unlink()
    monkeypatch.setattr(cache, "MAX_TOTAL_BYTES", 3 * size + size // 2)
    paths = _store_under_many_paths(tmp_path, 5)
    kept = stores(cache_home)
    assert len(kept) == 3
    assert sum(store.stat().st_size for store in kept) <= cache.MAX_TOTAL_BYTES
    assert [from_store(path) is not None for path in paths] == [False] * 2 + [True] * 3


def test_the_store_just_written_is_kept_even_if_older_ones_look_newer(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_STORES", 2)
    paths = _store_under_many_paths(tmp_path, 2)
    future = time.time() + 3600
    for store in stores(cache_home):
        os.utime(store, (future, future))  # a clock set back since they were written
    newest = tmp_path / "newest.toml"
    shutil.copy(DATA / "minimal.toml", newest)
    read(newest)
    assert len(stores(cache_home)) == 2
    assert from_store(newest) is not None
    assert sum(from_store(path) is not None for path in paths) == 1


# ------------------------------------------------------------------ the code that wrote it

_READ = """
import sys
from pathlib import Path
from adhocq.reading import catalogue
assert catalogue.__file__.startswith(sys.argv[1]), catalogue.__file__
def miss(*args):
    raise LookupError
if sys.argv[3] == "look up":
    catalogue.load = catalogue.identify = miss
try:
    files = catalogue.Catalogue([Path(sys.argv[2])], write=True)
    files.dataset(files.entries[0][1])
    print("hit")
except LookupError:
    print("miss")
"""


def _in_package_copy(package: Path, data: Path, *args: str) -> str:
    environment = {**os.environ, "PYTHONPATH": str(package.parent), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _READ, str(package), str(data), *args],
        capture_output=True, text=True, env=environment, timeout=60, check=True,
    )  # fmt: skip
    return done.stdout.strip()


@pytest.mark.parametrize("change", ["a new module", "a module rewritten", "a module touched"])
def test_any_change_to_any_module_of_the_package_is_a_miss(
    cache_home: Path, data_file: Path, tmp_path: Path, change: str
) -> None:
    package = tmp_path / "copy" / "adhocq"
    shutil.copytree(Path(cache.__file__).parents[1], package,
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    assert _in_package_copy(package, data_file, "store") == "hit"
    assert _in_package_copy(package, data_file, "look up") == "hit"
    renderer = package / "output" / "delimited.py"  # not one the loading code imports
    if change == "a new module":
        (package / "cli" / "commands" / "brand_new.py").write_text(
            '"""A command no list names."""\n'
        )
    elif change == "a module rewritten":
        renderer.write_text(renderer.read_text() + "\n# changed\n")
    else:
        later = renderer.stat().st_mtime + 5
        os.utime(renderer, (later, later))
    assert _in_package_copy(package, data_file, "look up") == "miss"


def test_the_library_reads_files_as_they_are(data_file: Path) -> None:
    assert [loading.load(data_file)] == list(Catalogue([data_file]).each())


# ------------------------------------------------------------------ every dataset, one at a time


def test_each_dataset_comes_one_at_a_time_and_is_stored_as_it_comes(
    cache_home: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = [ds for _, ds in load_each([folder])]
    assert list(Catalogue([folder], write=True).each()) == expected
    with monkeypatch.context() as patch:  # the second time, from the store alone
        patch.setattr(catalogue, "load", _miss)
        patch.setattr(catalogue, "identify", _miss)
        assert list(Catalogue([folder], write=True).each()) == expected


def test_a_reader_that_stops_early_leaves_the_store_as_it_was(
    cache_home: Path, folder: Path
) -> None:
    files = Catalogue([folder], write=True)
    files.dataset("test-query")
    (store,) = stores(cache_home)
    before = store.read_bytes()
    reading = Catalogue([folder], write=True).each()
    next(reading)
    reading.close()
    assert store.read_bytes() == before
    assert list(store.parent.glob("*.tmp")) == []


def test_every_file_that_cannot_be_loaded_is_said_after_the_others(
    cache_home: Path, folder: Path
) -> None:
    good = (folder / "a.toml").read_text(encoding="utf-8").replace("test-query", "c")
    (folder / "c.toml").write_text(good, encoding="utf-8")
    for name in ("a.toml", "b.toml"):
        text = (folder / name).read_text(encoding="utf-8")
        (folder / name).write_text(text.replace("schema_version = 2", "schema_version = 2\nx = 1"))
    seen: list[Dataset] = []
    with pytest.raises(DataErrors) as raised:
        seen.extend(Catalogue([folder], write=True).each())
    assert [ds.query.id for ds in seen] == ["c"] and len(raised.value.errors) == 2
    assert not list((cache_home / "adhocq").glob("*.tmp"))
