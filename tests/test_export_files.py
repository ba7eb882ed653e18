"""Exports are one thing, whole or absent: a database and its metadata are replaced together or
not at all; a run stopped by SIGTERM leaves nothing, one killed outright leaves a file the next
export removes; an export is never written where it would be read as a query file."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from adhocq.cli.main import main
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


@pytest.mark.parametrize("option", [["export", "--sqlite"], ["measures", "--export"]])
def test_no_export_is_written_where_it_would_be_read_as_a_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "query.toml").write_bytes(
        (Path(__file__).parent / "data" / "minimal.toml").read_bytes()
    )
    target = data / "new.toml"
    assert main([*option, str(target), "--data", str(data)]) == 2
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


def test_an_export_stopped_by_sigterm_leaves_nothing(tmp_path: Path) -> None:
    """A real process: the database built, the run stopped before it is moved into place."""
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
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert (process.returncode, err) == (143, b"adhocq: interrupted\n")
    assert list(out.iterdir()) == []
