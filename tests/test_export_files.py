"""Exports are one thing, whole or absent: a database and its metadata are replaced together or
not at all; a run stopped by SIGTERM leaves nothing, one killed outright leaves a file the next
export removes; an export is never written where it would be read as a query file."""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adhocq.cli.main import main
from adhocq.export import datasette
from adhocq.export import sqlite as export_sqlite


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


def test_what_a_killed_export_left_is_removed_by_the_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dead, living = _dead_pid(), os.getpid()
    left = [tmp_path / f".adhocq-{dead}-x1y2.tmp", tmp_path / f".adhocq-{dead}-x1y2.tmp-journal"]
    kept = tmp_path / f".adhocq-{living}-a3b4.tmp"  # a run writing now
    for leftover in (*left, kept):
        leftover.write_bytes(b"half a database")
    assert main(["export", "--sqlite", str(tmp_path / "out.db")]) == 0
    capsys.readouterr()
    assert not any(path.exists() for path in left)
    assert kept.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [kept.name, "out.db", "out.db.metadata.json"]
    )


def test_a_database_and_its_metadata_are_replaced_together_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.db"
    metadata = tmp_path / "out.db.metadata.json"
    target.write_bytes(b"the old database")
    metadata.write_text("the old metadata")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_sqlite, "write_metadata", disk_full)
    assert main(["export", "--sqlite", str(target), "--force"]) == 1
    assert "out.db.metadata.json: cannot write: No space left on device" in capsys.readouterr().err
    assert target.read_bytes() == b"the old database"
    assert metadata.read_text() == "the old metadata"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.db", "out.db.metadata.json"]


EXPORTED = ["out.db", "out.db.metadata.json"]


@contextlib.contextmanager
def small_disk(folder: Path, kib: int) -> Iterator[Path]:
    """A file system of its own, `kib` KiB (a tmpfs), mounted on `folder` for the block: where
    the tests run as root and may mount one (CI does; a container may not), else skipped."""
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs",
                              str(folder)], capture_output=True, text=True)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"no tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)  # -l: even if busy


def fill(disk: Path) -> None:
    """Take every byte left on the file system of `disk`."""
    with open(disk / "filler", "ab") as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
            filler.seek(0, os.SEEK_END)  # what did not fit is not kept to write at close
            filler.truncate()


@contextlib.contextmanager
def no_file_may_grow() -> Iterator[None]:
    """The process may not write past a file's start (RLIMIT_FSIZE 0; SIGXFSZ ignored, so that
    a write fails with EFBIG instead of ending the process)."""
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, limits[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


@pytest.mark.parametrize("when", ["before the database", "between the database and its metadata"])
def test_a_disk_that_fills_up_replaces_neither_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    when: str,
) -> None:
    """`--force` on a real full file system (a tmpfs of 4 MiB): the old database and the old
    metadata stay as they were, and nothing else is left."""
    with small_disk(tmp_path / "disk", 4096) as disk:
        target, metadata = disk / "out.db", disk / "out.db.metadata.json"
        target.write_bytes(b"the old database")
        metadata.write_text("the old metadata")
        if when == "before the database":
            fill(disk)
            failed, reason = target, "database or disk is full"
        else:
            write = datasette.write_metadata

            def full_now(*args: Any) -> None:
                fill(disk)
                write(*args)

            monkeypatch.setattr(export_sqlite, "write_metadata", full_now)
            failed, reason = metadata, "No space left on device"
        assert main(["export", "--sqlite", str(target), "--force"]) == 1
        assert capsys.readouterr().err == f"adhocq: {failed}: cannot write: {reason}\n"
        assert target.read_bytes() == b"the old database"
        assert metadata.read_text() == "the old metadata"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", *sorted(EXPORTED)]


def test_a_metadata_file_that_cannot_grow_replaces_neither_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same, on any machine: the kernel refuses the metadata's first byte (RLIMIT_FSIZE)."""
    target, metadata = tmp_path / "out.db", tmp_path / "out.db.metadata.json"
    target.write_bytes(b"the old database")
    metadata.write_text("the old metadata")
    write = datasette.write_metadata

    def refused(*args: Any) -> None:
        with no_file_may_grow():
            write(*args)

    monkeypatch.setattr(export_sqlite, "write_metadata", refused)
    assert main(["export", "--sqlite", str(target), "--force"]) == 1
    assert capsys.readouterr().err == f"adhocq: {metadata}: cannot write: File too large\n"
    assert target.read_bytes() == b"the old database"
    assert metadata.read_text() == "the old metadata"
    assert sorted(p.name for p in tmp_path.iterdir()) == EXPORTED


@pytest.mark.parametrize("given", ["--data", "--data FOLDER/", "a link", "ADHOCQ_DATA"])
@pytest.mark.parametrize("option", [["export", "--sqlite"], ["measures", "--export"]])
def test_no_export_is_written_where_it_would_be_read_as_a_query(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    option: list[str],
    given: str,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "query.toml").write_bytes(
        (Path(__file__).parent / "data" / "minimal.toml").read_bytes()
    )
    (tmp_path / "link").symlink_to(data)
    target = (tmp_path / "link" if given == "a link" else data) / "new.toml"
    read = {"--data": ["--data", str(data)], "--data FOLDER/": ["--data", f"{data}/"],
            "a link": ["--data", str(data)], "ADHOCQ_DATA": []}[given]  # fmt: skip
    if given == "ADHOCQ_DATA":
        monkeypatch.setenv("ADHOCQ_DATA", str(data))
    assert main([*option, str(target), *read]) == 2
    err = capsys.readouterr().err
    assert "would be read as a query file of the dataset" in err
    assert not target.exists()
    assert main(["measures", "--data", str(data), "-f", "csv"]) == 0


_STALLED_EXPORT = """
import pathlib, sys, time
import adhocq.export.sqlite as export
build, built = export._build, pathlib.Path(sys.argv[1])
def stalled(*arguments):
    build(*arguments)
    built.touch()
    time.sleep(60)
export._build = stalled
from adhocq.cli.main import run
sys.argv[1:] = ["export", "--sqlite", sys.argv[2]]
sys.exit(run())
"""


def _export_stalled_once_built(tmp_path: Path) -> tuple[Path, subprocess.Popen[bytes]]:
    """A real export into tmp_path/out, stalled once its database is built, before it is moved
    into place: the folder, and the process to stop."""
    out = tmp_path / "out"
    out.mkdir()
    built = tmp_path / "built"
    process = subprocess.Popen(
        [sys.executable, "-c", _STALLED_EXPORT, str(built), str(out / "adhocq.db")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not built.exists():
        assert time.monotonic() < deadline and process.poll() is None, "never built"
        time.sleep(0.01)
    return out, process


def test_an_export_stopped_by_sigterm_leaves_nothing(tmp_path: Path) -> None:
    """A real process: the database built, the run stopped before it is moved into place."""
    out, process = _export_stalled_once_built(tmp_path)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert (process.returncode, err) == (143, b"adhocq: interrupted\n")
    assert list(out.iterdir()) == []


def test_what_an_export_killed_outright_left_goes_with_the_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real process killed by SIGKILL once its database is built: what it left (the database
    built, named for its process) is gone after the next export into that folder."""
    out, process = _export_stalled_once_built(tmp_path)
    process.kill()
    process.communicate(timeout=30)
    left = [p.name for p in out.iterdir()]
    assert left and all(name.startswith(f".adhocq-{process.pid}-") for name in left), left
    assert main(["export", "--sqlite", str(out / "adhocq.db")]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["adhocq.db", "adhocq.db.metadata.json"]
