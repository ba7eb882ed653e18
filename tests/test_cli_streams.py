"""The installed script with stdout closed, broken or full: one line at most, a fixed status."""

from __future__ import annotations

import os
import subprocess

import pytest
from conftest import SCRIPT

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
    for _ in range(5):
        done = run_into_closed_pipe(*args)
        assert (done.returncode, done.stderr) == (0, b""), args


def test_head_n_0_under_pipefail_is_no_failure() -> None:
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; for i in 1 2 3 4 5 6 7 8 9 10; do '{SCRIPT}' countries"
         " | head -n 0 || echo failed $?; done"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert (done.stdout, done.stderr) == ("", "")
