"""The store: a per-query command loads the one file it needs, and is never wrong after a
file changes, even one that keeps its size and modification time."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from conftest import run_main, run_text

from adhocq.reading import loading
from adhocq.reading.catalogue import Catalogue


def test_an_unchanged_file_is_known_without_reading_it(
    folder: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[Path] = []
    real = loading.identify

    def counting(path: Path) -> tuple[str, bool] | None:
        read.append(path)
        return real(path)

    monkeypatch.setattr("adhocq.reading.catalogue.identify", counting)
    first = Catalogue([folder], write=True)
    assert [ident for _, ident, _ in first.entries] == ["test-query", "test-detention-review"]
    assert len(read) == 2
    first.dataset("test-query")  # what the command then reads; the ids are written with it
    again = Catalogue([folder], write=True)
    assert again.entries == first.entries and len(read) == 2  # nothing read: the store knew
    (folder / "c.toml").write_text((folder / "a.toml").read_text().replace("test-query", "c"))
    third = Catalogue([folder], write=True)
    assert [ident for _, ident, _ in third.entries] == ["test-query", "test-detention-review", "c"]
    assert read[2:] == [folder / "c.toml"]  # only the new file


def test_an_unchanged_folder_is_known_from_one_comparison(
    folder: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adhocq.reading import store_rows
    from adhocq.reading.index import CorpusIndex

    CorpusIndex([folder], write_cache=True)  # a question across queries wrote every file's rows
    expected = Catalogue([folder], write=True).entries

    def per_file(*_: object) -> None:
        raise AssertionError("each file's row read for a folder the store lists as it is")

    monkeypatch.setattr(store_rows, "known_files", per_file)
    unchanged = Catalogue([folder], write=True)
    assert unchanged.entries == expected
    assert unchanged.dataset("test-query").query.id == "test-query"  # written by that run
    again = Catalogue([folder], write=True)
    assert again.entries == expected and again.dataset("test-detention-review")
    monkeypatch.undo()
    (folder / "b.toml").write_text((folder / "b.toml").read_text() + "\n")  # changed
    changed = Catalogue([folder], write=True)  # not listed as it is: each file's row is read
    assert changed.entries == expected


def test_a_change_that_keeps_size_and_mtime_is_seen(folder: Path, cache_home: Path) -> None:
    env = {"XDG_CACHE_HOME": str(cache_home)}
    before = run_text("findings", "--data", str(folder), "-q", "test-query", "-f", "csv", env=env)
    assert before.returncode == 0 and "demand" in before.stdout
    path = folder / "a.toml"
    status = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace('id = "test-query"', 'id = "test-qvery"')
    assert len(changed.encode()) == len(text.encode())
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))  # same size, same mtime
    assert path.stat().st_size == status.st_size
    # The old id would now be taken for words of the title: the new id is what tells.
    after = run_text("findings", "--data", str(folder), "-q", "test-qvery", "-f", "csv", env=env)
    assert after.returncode == 0 and after.stdout == before.stdout


def test_a_damaged_store_is_a_miss(folder: Path, cache_home: Path) -> None:
    first = Catalogue([folder], write=True)
    expected = first.dataset("test-query")
    (store,) = (cache_home / "adhocq").glob("corpus-*.sqlite")
    store.write_bytes(store.read_bytes()[:4096] + b"\x00" * 40)
    again = Catalogue([folder], write=True)
    assert again.entries == first.entries
    assert again.dataset("test-query") == expected


@functools.cache
def _without_cache(*args: str) -> tuple[int, bytes, bytes]:
    """What `adhocq ARGS` answers with the cache off: the same for every kind of cache folder
    below, so worked out once (each builds the index of every bundled query in memory)."""
    done = run_main(*args, env={"ADHOCQ_NO_CACHE": "1"})
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("kind", ["a file", "a link to /dev/null", "a dangling link"])
@pytest.mark.parametrize("command", [("country", "CZ"), ("queries",), ("search", "staff")])
def test_a_cache_folder_that_is_no_folder_is_done_without(
    cache_home: Path, kind: str, command: tuple[str, ...]
) -> None:
    expected = _without_cache(*command, "-f", "csv")
    assert expected[0] == 0
    cache_home.mkdir()
    folder = cache_home / "adhocq"
    if kind == "a file":
        folder.write_text("not a folder")
    else:
        folder.symlink_to("/dev/null" if "null" in kind else cache_home / "nowhere" / "x")
    done = run_main(*command, "-f", "csv")
    assert (done.returncode, done.stdout, done.stderr) == expected  # the same, nothing said


@pytest.mark.parametrize("given", ["its folder", "the file"])
@pytest.mark.parametrize("cache", ["on", "off"])
def test_a_file_name_that_is_not_utf8_is_read_like_any_other(
    folder: Path,
    cache_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cache: str,
    given: str,
) -> None:
    """Every kind of command, from the files, then from the store alone (it used to be deleted
    and built again on each run: the second run loads no file)."""
    from adhocq.cli.main import main

    odd = os.path.join(os.fsencode(folder), b"caf\xe9.toml")
    try:
        os.rename(folder / "b.toml", odd)
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    if cache == "off":
        monkeypatch.setenv("ADHOCQ_NO_CACHE", "1")
    data = str(folder) if given == "its folder" else os.fsdecode(odd)
    for run in ("the store written", "the store read"):
        if run == "the store read" and cache == "on":
            monkeypatch.setattr(loading, "load", _never)
            monkeypatch.setattr("adhocq.reading.catalogue.load", _never)
            monkeypatch.setattr("adhocq.reading.catalogue.identify", _never)
        for command in (("queries",), ("country", "NL"), ("search", "detention"), ("info",)):
            assert main([*command, "--data", data, "-f", "csv"]) == 0, (command, run)
            out, err = capsys.readouterr()
            assert err == "" and "test-detention-review" in out, (command, run)
        assert main(["findings", "-q", "test-detention-review", "--data", data]) == 0
        assert capsys.readouterr().err == ""


def _never(path: Path) -> None:
    raise AssertionError(f"{path} read again")
