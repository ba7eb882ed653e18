"""The installed script with stdout closed, broken or full: one line at most, a fixed status."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import SCRIPT
from properties.props import repetitions

# What a reader that stops at once (`| head -n 0`) leaves: a pipe whose read end is closed
# before the first write, so the write fails with EPIPE every time, not by chance of timing.
CLOSED_PIPE_RUNS = [
    ("countries",),
    ("countries", "-f", "table"),
    ("measures", "-f", "json"),
    ("count", "--chart"),
    ("map",),
    ("validate",),
    ("--version",),
    ("countries", "--help"),
    (),
]


def run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([str(SCRIPT), *args], stdout=write_end, stderr=subprocess.PIPE,
                              timeout=60)  # fmt: skip
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", CLOSED_PIPE_RUNS)
def test_a_closed_pipe_exits_0_quietly_every_time(args: tuple[str, ...]) -> None:
    for _ in range(repetitions(5)):
        done = run_into_closed_pipe(*args)
        assert (done.returncode, done.stderr) == (0, b""), args


def test_head_n_0_under_pipefail_is_no_failure() -> None:
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; for i in $(seq {repetitions(10)}); do '{SCRIPT}'"
         " countries | head -n 0 || echo failed $?; done"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert (done.stdout, done.stderr) == ("", "")


def run_redirected(redirection: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The script run by bash with a redirection of its own (`>&-`, `>/dev/full`)."""
    return subprocess.run(["bash", "-c", f'exec "$0" "$@" {redirection}', str(SCRIPT), *args],
                          capture_output=True, timeout=60)  # fmt: skip


UNWRITABLE = [(">&-", "Bad file descriptor"), (">/dev/full", "No space left on device")]
WRITING_RUNS = [args for args in CLOSED_PIPE_RUNS if args]  # () prints help and exits 0


@pytest.mark.parametrize(("redirection", "reason"), UNWRITABLE)
@pytest.mark.parametrize("args", WRITING_RUNS)
def test_an_unwritable_stdout_is_one_line_and_exit_1(
    redirection: str, reason: str, args: tuple[str, ...]
) -> None:
    if redirection == ">/dev/full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    done = run_redirected(redirection, *args)
    assert (done.returncode, done.stderr.decode()) == (
        1, f"adhocq: cannot write to standard output: {reason}\n"
    ), args  # fmt: skip


def test_export_sqlite_needs_no_stdout(tmp_path: Path) -> None:
    """It writes nothing there: a closed stdout is no reason to fail."""
    target = tmp_path / "x.db"
    done = run_redirected(">&-", "export", "--sqlite", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode() == (
        f"adhocq: wrote {target} (73 queries, 623 responses, 122 findings, 30 measures)"
        f" and its Datasette metadata {target}.metadata.json\n"
    )
    assert target.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_closed_stderr_sends_no_message_to_stdout() -> None:
    done = run_redirected("2>&-", "show", "gr", "-f", "csv")
    assert (done.returncode, done.stdout) == (1, b"")
