"""Running a command line in-process, and what every run and every row output must satisfy."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

from adhocq.cli.main import main

from .invocations import MACHINE_FORMATS, Invocation
from .toml_writer import short


@dataclass(frozen=True)
class Run:
    code: int
    out: bytes
    err: str


@contextlib.contextmanager
def fresh_directory(parent: Path) -> Iterator[Path]:
    """An empty directory for one run, so that no run sees what another wrote (an example
    must not pass or fail by whether out.db exists already)."""
    path = Path(tempfile.mkdtemp(dir=parent))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def plain_environment(parent: Path) -> Iterator[None]:
    before = Path.cwd()
    with mock.patch.dict(os.environ), fresh_directory(parent) as cwd:
        for name in ("ADHOCQ_DATA", "ADHOCQ_LANG", "ADHOCQ_DEBUG", "FORCE_COLOR"):
            os.environ.pop(name, None)
        # TERM=dumb: Rich writes no escape sequence of its own, even to a terminal.
        os.environ.update({"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"})
        os.chdir(cwd)
        try:
            yield
        finally:
            os.chdir(before)


class _Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def run_in_process(argv: list[str], cwd: Path, terminal: bool = False) -> Run:
    """main(argv) in a new directory in `cwd` (where --export and --sqlite write), with stdout
    and stderr as a process has them (UTF-8; stdout a pipe, or a terminal if `terminal`;
    stderr with backslashreplace). `main` raising fails the test."""
    out = _Terminal() if terminal else io.BytesIO()
    err = io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    with (
        plain_environment(cwd),
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
    ):
        code = main(argv)
    stdout.flush()
    stderr.flush()
    result = Run(code, out.getvalue(), err.getvalue().decode("utf-8"))
    stdout.detach()
    stderr.detach()
    return result


RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional marks and controls, which reorder what a terminal shows ("Trojan Source"): never
# raw on stderr or on a terminal; machine formats in a pipe keep them (they are data).
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
RAW_BIDI = re.compile(f"[{BIDI}]")


def check_run(argv: list[str], run: Run) -> None:
    assert run.code in (0, 1, 2), f"exit {run.code} for {argv!r}: {short(run.err, 400)}"
    assert "Traceback" not in run.err, f"{argv!r}: {run.err}"
    assert "internal error" not in run.err, f"{argv!r}: {short(run.err, 400)}"
    found = RAW_CONTROL.search(run.err) or RAW_BIDI.search(run.err)
    assert found is None, f"{argv!r}: raw {found.group()!r} on stderr: {short(run.err, 400)}"


def flat(value: Any) -> str:
    """A JSON value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(flat(item) for item in value)
    return str(value)


def check_formats_agree(invocation: Invocation, cwd: Path) -> None:
    runs = {fmt: run_in_process(invocation.as_format(fmt), cwd) for fmt in MACHINE_FORMATS}
    for fmt, run in runs.items():
        assert run.code == 0, f"{invocation.as_format(fmt)!r}: exit {run.code}: {run.err}"
    header, *rows = csv.reader(io.StringIO(runs["csv"].out.decode("utf-8"), newline=""))
    assert len(set(header)) == len(header), f"repeated column in {header}"
    objects = json.loads(runs["json"].out.decode("utf-8"))
    # Not splitlines(): json.dumps(ensure_ascii=False) leaves U+2028 raw inside strings.
    lines = runs["jsonl"].out.decode("utf-8").split("\n")
    assert lines[-1] == "", "jsonl output does not end with a newline"
    if isinstance(objects, dict):  # a document (show, info): one object, field/value rows in csv
        assert [objects] == [json.loads(line) for line in lines[:-1]], "json and jsonl differ"
        assert header[:2] == ["field", "value"], f"csv of a document has header {header}"
        return
    assert objects == [json.loads(line) for line in lines[:-1]], "json and jsonl differ"
    for obj in objects:
        assert list(obj) == header, f"json keys {list(obj)} != csv header {header}"
    assert [[flat(obj[name]) for name in header] for obj in objects] == rows, "csv and json differ"
