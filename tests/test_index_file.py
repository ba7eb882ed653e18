"""The store's file, under commands about one query, across queries and about all of them: one
held locked by another process is read at once and never wiped; a damaged or truncated one, or
another corpus's put in its place, is found out and written again, and the answer is the same
as without the cache; the cache's caps count it; a killed run leaves nothing behind for long."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from adhocq.cli.main import main
from adhocq.reading import cache, index_file
from adhocq.reading.index import CorpusIndex

CSV = ("-f", "csv")
COMMANDS = (
    ("queries", *CSV), ("country", "FI", *CSV), ("search", "detention", *CSV),
    ("measures", "-q", "test-query", *CSV), ("findings", "-q", "test-detention-review", *CSV),
    ("matrix", "--queries", *CSV), ("count", "--by", "query", *CSV), ("info", *CSV),
    ("cite", "--all", "--accessed", "2026-01-31"), ("related", "detention review", *CSV),
)  # fmt: skip


def _outputs(
    folder: Path, capsys: pytest.CaptureFixture[str], first: int = 0
) -> list[tuple[int, str, str]]:
    """Each command's exit code, output and errors, in the order of COMMANDS; run from the
    `first`, so that each meets a damaged store first in turn."""
    found = {}
    for number in range(first, first + len(COMMANDS)):
        command = COMMANDS[number % len(COMMANDS)]
        code = main([*command, "--data", str(folder)])
        out, err = capsys.readouterr()
        found[number % len(COMMANDS)] = (code, out, err)
    return [found[number] for number in range(len(COMMANDS))]


def _without_cache(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> list[tuple[int, str, str]]:
    with monkeypatch.context() as patch:
        patch.setenv("ADHOCQ_NO_CACHE", "1")
        expected = _outputs(folder, capsys)
    assert [code for code, _, _ in expected] == [0] * len(COMMANDS)
    assert all(out.count("\n") > 1 for _, out, _ in expected)  # each answer has rows
    return expected


def _store(cache_home: Path) -> Path:
    (file,) = (cache_home / "adhocq").glob("corpus-*.sqlite")
    return file


def _rows(file: Path) -> int:
    with sqlite3.connect(file) as db:
        return int(db.execute("SELECT count(*) FROM files").fetchone()[0])


def test_a_store_locked_by_another_process_is_read_at_once_and_kept(
    folder: Path,
    cache_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = _without_cache(folder, capsys, monkeypatch)
    assert _outputs(folder, capsys) == expected
    file = _store(cache_home)
    holder = sqlite3.connect(file, timeout=0, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        assert _outputs(folder, capsys) == expected
        # A changed file: the store must be written again, lock or no lock.
        (folder / "b.toml").write_text((folder / "b.toml").read_text() + "\n")
        assert _outputs(folder, capsys) == expected
        assert time.monotonic() - started < 5  # no waiting for the lock (5 s a try, before)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _rows(_store(cache_home)) == 2


def _damaged(good: bytes, rng: random.Random) -> bytes:
    kind = rng.choice(["zeros", "flip", "truncate"])
    at = rng.randrange(len(good))
    if kind == "zeros":
        at -= at % rng.choice([1, 512, 4096])
        return good[:at] + bytes(min(4096, len(good) - at)) + good[at + 4096 :]
    if kind == "flip":
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 3)):
            damaged[rng.randrange(len(good))] ^= 1 << rng.randrange(8)
        return bytes(damaged)
    return good[:at]


def test_a_damaged_store_gives_the_answer_given_without_the_cache(
    folder: Path,
    cache_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = _without_cache(folder, capsys, monkeypatch)
    assert _outputs(folder, capsys) == expected
    file = _store(cache_home)
    good = file.read_bytes()
    rng = random.Random(21)
    for attempt in range(2 * len(COMMANDS)):
        status = file.stat()
        file.write_bytes(_damaged(good, rng))
        if attempt % 2:  # damage that keeps the size and time it had: the ctime still tells
            os.utime(file, ns=(status.st_atime_ns, status.st_mtime_ns))
        assert _outputs(folder, capsys, attempt) == expected, attempt
        good = _store(cache_home).read_bytes()  # written again
    assert _rows(_store(cache_home)) == 2


def test_a_store_of_other_paths_put_in_its_place_is_replaced(
    folder: Path,
    cache_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = _without_cache(folder, capsys, monkeypatch)
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.toml").write_bytes((folder / "a.toml").read_bytes())
    assert main(["queries", "--data", str(other)]) == 0  # the other corpus's store
    capsys.readouterr()
    mine, theirs = index_file.place([folder]), index_file.place([other])
    assert mine is not None and theirs is not None
    for number in range(len(COMMANDS)):
        mine[0].write_bytes(theirs[0].read_bytes())  # whole, sealed, from the same code
        assert _outputs(folder, capsys, number) == expected, number


def test_a_store_that_is_no_regular_file_is_replaced(
    folder: Path,
    cache_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = _without_cache(folder, capsys, monkeypatch)
    assert _outputs(folder, capsys) == expected
    file = _store(cache_home)
    file.unlink()
    os.mkfifo(file)  # reading it would wait for a writer forever
    assert _outputs(folder, capsys) == expected
    assert _rows(_store(cache_home)) == 2


def test_the_caps_count_the_stores_too(
    folder: Path, cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    CorpusIndex([folder], write_cache=True)
    size = _store(cache_home).stat().st_size
    entries = sum(path.stat().st_size for path in (cache_home / "adhocq").glob("*.marshal"))
    # Each set's store and its queries' entries (a path of its own: entries of its own), thrice.
    monkeypatch.setattr(cache, "MAX_TOTAL_BYTES", 3 * (size + entries))
    place = cache_home / "adhocq"
    for number in range(6):  # the same queries as six different sets of paths
        before = set(place.glob("corpus-*.sqlite"))
        (tmp_path / f"set-{number}").symlink_to(folder)
        CorpusIndex([tmp_path / f"set-{number}"], write_cache=True)
        (newest,) = set(place.glob("corpus-*.sqlite")) - before
        time.sleep(0.01)  # distinct times, on a file system with a coarse clock too
    kept = sorted(place.glob("corpus-*.sqlite"), key=lambda path: path.stat().st_mtime)
    total = sum(path.stat().st_size for path in place.glob(cache.STORES))
    assert total <= cache.MAX_TOTAL_BYTES
    assert len(kept) == 3  # the newest
    assert kept[-1] == newest
    checked = list(place.glob("*.checked"))
    assert len(checked) == len(kept), "what is known of a removed store goes with it"


def _gone_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporary_files_of_killed_runs_are_removed_by_the_next_that_writes(
    folder: Path, cache_home: Path
) -> None:
    place = cache_home / "adhocq"
    place.mkdir(parents=True, mode=0o700)
    dead = _gone_pid()
    left = [place / f"corpus-00000001.sqlite.{dead}.tmp", place / f"index-1.marshal.{dead}.tmp"]
    writing = place / f"corpus-00000002.sqlite.{os.getppid()}.tmp"  # a live process's
    for path in (*left, writing):
        path.write_bytes(b"half a file")
    CorpusIndex([folder], write_cache=True)
    assert [path.exists() for path in left] == [False, False]
    assert writing.exists()
    assert not list(place.glob(f"*.{os.getpid()}.tmp")), "this run's own are all renamed"


def test_a_file_that_cannot_be_loaded_leaves_the_store_as_it_was(
    folder: Path, cache_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["queries", "--data", str(folder), "-f", "csv"]) == 0
    before = _store(cache_home).stat()
    (folder / "c.toml").write_text("not = [toml")
    assert main(["queries", "--data", str(folder), "-f", "csv"]) == 1
    assert "c.toml" in capsys.readouterr().err
    after = _store(cache_home).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert not list((cache_home / "adhocq").glob("*.tmp"))


def test_the_seal_is_checked_once_per_version_of_the_file(
    folder: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adhocq.reading import index_file

    CorpusIndex([folder], write_cache=True)
    checked: list[int] = []
    real = index_file._sealed

    def counting(descriptor: int) -> bool:
        checked.append(descriptor)
        return real(descriptor)

    monkeypatch.setattr(index_file, "_sealed", counting)
    assert CorpusIndex([folder], write_cache=True).size() == 2
    assert checked == []  # the version its writer checked: not read again
    os.utime(_store(cache_home))  # as any write would, this changes the ctime
    assert CorpusIndex([folder], write_cache=True).size() == 2
    assert CorpusIndex([folder], write_cache=True).size() == 2
    assert len(checked) == 1
