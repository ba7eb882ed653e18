"""Hostile files within the size cap: the loader's work stays bounded (issue 10)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, SCRIPT

from adhocq.errors import DataError
from adhocq.reading.bounded import MAX_BYTES
from adhocq.reading.loading import bundled_path, load, parse
from adhocq.reading.prescan import structure_problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib


def _with_bad_references(count: int) -> str:
    """minimal.toml with `count` more categories and `count` measure types, each type naming a
    category that is not declared but close to one: the costliest case for suggestions."""
    minimal = (DATA / "minimal.toml").read_text(encoding="utf-8")
    extra = [
        f'[[categories]]\nid = "category-{i:05d}"\nlabel = {{ en = "C", fr = "C" }}\n\n'
        for i in range(count)
    ]
    extra += [
        f'[[types]]\nid = "type-{i:05d}"\ncategory = "categry-{i:05d}x"\n'
        'label = { en = "T", fr = "T" }\n\n'
        for i in range(count)
    ]
    return minimal.replace("[[countries]]", "".join(extra) + "[[countries]]", 1)


def test_thousands_of_bad_references_are_reported_in_seconds(tmp_path: Path) -> None:
    # Before the fix, each was matched with difflib against every declared id: 1,000 took 17 s,
    # 5,000 took 8 minutes.
    path = tmp_path / "refs.toml"
    path.write_text(_with_bad_references(5000), encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run([str(SCRIPT), "validate", str(path)], capture_output=True, text=True,
                          timeout=30, env={**os.environ, "ADHOCQ_NO_CACHE": "1"})  # fmt: skip
    assert time.monotonic() - started < 15
    lines = done.stderr.splitlines()
    assert done.returncode == 1 and len(lines) == 5000
    assert lines[0] == (
        f"adhocq: {path}:20043: unknown category 'categry-00000x' "
        "(not one of the 5001 declared) @ types[1].category"
    )
    assert lines[-1] == (
        f"adhocq: {path}:45038: unknown category 'categry-04999x' @ types[5000].category"
    )


def test_suggestions_and_lists_are_given_for_the_first_problems_only() -> None:
    with pytest.raises(DataError) as caught:
        parse(_with_bad_references(100), "t.toml")
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == 100
    assert all("did you mean" in message for message in messages[:20])
    assert all(message.endswith("x'") for message in messages[20:])


def test_many_bullets_and_findings_are_checked_in_linear_time() -> None:
    # Each finding's source was checked against a new set of every bullet id: 15,000 of each
    # took 8 s, 25,000 (a 4 MiB file) 24 s, so 12,000 about 5 s. Checked in linear time,
    # 12,000 take under a second.
    minimal = (DATA / "minimal.toml").read_text(encoding="utf-8")
    count = 12_000
    bullets = "".join(
        f'[[query.bullets]]\nid = "b{i}"\ntitle = {{ en = "B", fr = "B" }}\n\n'
        for i in range(count)
    )
    findings = "".join(
        f'\n[[findings]]\nkind = "challenge"\nid = "f{i}"\ntext = {{ en = "t", fr = "t" }}\n'
        f'source = "b{i}"\n'
        for i in range(count)
    )
    text = minimal.replace("[[categories]]", bullets + "[[categories]]", 1) + findings
    started = time.monotonic()
    dataset = parse(text, "t.toml")
    assert time.monotonic() - started < 4
    assert len(dataset.findings) == count + 1


def test_many_answers_to_unknown_questions_and_unknown_mentions_are_checked_quickly() -> None:
    # The schema-2 references: answers name questions, mentions name countries. Each unknown
    # question gets a suggestion only among the first problems; each token that is no country,
    # a warning located by one look-up.
    minimal = (DATA / "minimal.toml").read_text(encoding="utf-8")
    count = 20_000
    answers = ", ".join(f"q{i} = true" for i in range(count))
    text = minimal.replace("answers = { service = false }", f"answers = {{ {answers} }}")
    mentions = ", ".join(f'"X{i}"' for i in range(count))
    text += f"mentions = [{mentions}]\n"
    started = time.monotonic()
    with pytest.raises(DataError) as caught:
        parse(text, "t.toml")
    assert time.monotonic() - started < 10
    problems = caught.value.problems
    assert len(problems) == count
    assert all(p.line == 68 for p in problems)
    assert problems[0].message == "unknown question 'q0' in [[questions]]"
    started = time.monotonic()
    ds = parse(minimal + f"mentions = [{mentions}]\n", "t.toml")
    assert time.monotonic() - started < 10
    assert len(ds.warnings) == count and {w.line for w in ds.warnings} == {76}


NESTED = "arrays and tables nested more than 32 deep (refused before parsing)"
DOTTED = "a dotted key of more than 32 parts (refused before parsing)"
BOMBS = {
    # Before: 6 s and 1.6 GB in tomllib, then a wrong "unknown key" report.
    "dotted key": ("a" + ".a" * 20_000 + " = 1\n", f"t.toml:1: {DOTTED}"),
    # Before: "internal error (RecursionError)".
    "nested arrays": ("x = 1\na = " + "[" * 600 + "]" * 600 + "\n", f"t.toml:2: {NESTED}"),
    "nested inline tables": ("a = " + "{ b = " * 600 + "1" + "}" * 600, f"t.toml:1: {NESTED}"),
    "nested over lines": ("a = [\n" * 40 + "]\n" * 40, f"t.toml:33: {NESTED}"),
    "dotted header": ("[" + "a." * 40 + "b]\n", f"t.toml:1: {DOTTED}"),
    "quoted parts": ('\n"a"' + '. "a.b"' * 40 + " = 1", f"t.toml:2: {DOTTED}"),
    "inline dotted key": ("a = { " + "b." * 40 + "c = 1 }", f"t.toml:1: {DOTTED}"),
}


@pytest.mark.parametrize("name", BOMBS)
def test_structure_bombs_are_refused_quickly_with_a_located_problem(name: str) -> None:
    text, expected = BOMBS[name]
    started = time.monotonic()
    with pytest.raises(DataError) as caught:
        parse(text, "t.toml")
    assert time.monotonic() - started < 1
    assert caught.value.lines() == [expected]


def test_the_installed_script_refuses_a_structure_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.toml"
    path.write_text("a = " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    done = subprocess.run([str(SCRIPT), "validate", str(path)], capture_output=True, text=True,
                          timeout=30)  # fmt: skip
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"adhocq: {path}:1: {NESTED}\n"


LEGITIMATE = {
    "in a string": 'x = "' + "[" * 100 + "a." * 100 + '"',
    "in a literal string": "x = '" + "{" * 100 + "." * 100 + "'",
    "in a multi-line string": 'x = """\n' + "[" * 100 + '\n"""',
    "in a multi-line literal": "x = '''" + "[" * 100 + "\n'''",
    "after quotes that end a multi-line string": 'x = """a""""\ny = "' + "[" * 40 + '"',
    "after an escaped quote": 'x = "\\"' + "[" * 40 + '"\ny = "\\\\"',
    "in a comment": "# " + "[" * 100 + "." * 100 + "\nx = 1 # " + "{" * 40,
    "floats": "x = [" + ", ".join(["1.5"] * 100) + "]\ny = 1979-05-27T00:32:00.999",
    "at the limits": "x = " + "[" * 32 + "]" * 32 + "\n" + "a" + ".a" * 31 + " = 1",
    "in a quoted key": '"' + "a." * 40 + '" = 1',
}


LARGE = 200_000
# The scan over hundreds of kilobytes of what costs it most. A regex that backtracks would not end.
HOSTILE = {
    "brackets": ("[]" * LARGE + "\n" + "[" * 33, (2, NESTED)),
    "empty strings": ('""' * LARGE + "[" * 33, (1, NESTED)),
    "comments": ("#\n" * LARGE + "a" + ".a" * 40, (LARGE + 1, DOTTED)),
    "a long key part": ("." * 31 + "a" * 2 * LARGE + ".", (1, DOTTED)),
    "keys of 31 dots": (("a." * 31 + "a=") * (LARGE // 32), None),
    "escapes never closed": ('"""' + "\\a" * LARGE, None),
    "lines in a string": ('x = """' + "\n" * LARGE + '"""\n' + "[" * 33, (LARGE + 2, NESTED)),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_the_scan_reads_large_hostile_text_to_the_end(name: str) -> None:
    text, expected = HOSTILE[name]
    assert structure_problem(text) == expected


@pytest.mark.parametrize("name", LEGITIMATE)
def test_deep_looking_text_in_strings_and_comments_is_not_refused(name: str) -> None:
    text = LEGITIMATE[name]
    tomllib.loads(text)  # valid TOML
    assert structure_problem(text) is None


def test_the_bundled_dataset_passes_the_scan() -> None:
    assert structure_problem(bundled_path().read_text(encoding="utf-8")) is None


def test_the_checks_never_recurse_into_a_value() -> None:
    # 31 inline tables inside one another, each under a key of 31 parts: a value 992 tables
    # deep, within the limits. Anything recursing over it would exceed Python's limit (1,000).
    minimal = (DATA / "minimal.toml").read_text(encoding="utf-8")
    key = "k" + ".k" * 30
    deep = ("{ " + key + " = ") * 31 + "[1]" + " }" * 31
    text = minimal.replace("schema_version = 2", f"schema_version = 2\nx = {deep}")
    text = text.replace('asked = "2023-12"', f'asked = "2023-12"\nnotes = {deep}')
    with pytest.raises(DataError) as caught:
        parse(text, "t.toml")
    assert caught.value.lines() == [
        "t.toml:2: unknown key 'x' @ x",
        "t.toml:10: expected an array, got a table @ query.notes",
    ]


NOT_REGULAR = "is not a regular file (a pipe, device or socket); give a .toml file"


def test_a_path_swapped_for_a_pipe_after_the_check_is_refused_without_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regular = tmp_path / "regular.toml"
    regular.write_text("x = 1\n", encoding="utf-8")
    fifo = tmp_path / "data.toml"
    os.mkfifo(fifo)
    # The race of the issue, made certain: a check of the path by name sees a regular file.
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: real_stat(regular if p == fifo else p))

    def unblock() -> None:  # a reader waiting on the pipe gets end of file, after 5 s
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    watchdog = threading.Timer(5, unblock)
    watchdog.start()
    started = time.monotonic()
    try:
        with pytest.raises(DataError) as caught:
            load(fifo)
    finally:
        watchdog.cancel()
    assert time.monotonic() - started < 3
    assert caught.value.lines() == [f"{fifo}: {NOT_REGULAR}"]


def test_a_file_that_reports_size_0_is_read_no_further_than_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Like the files under /proc, whose size is 0 whatever they hold.
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * (MAX_BYTES + 10) + b"\n")
    for name in ("stat", "fstat"):
        real = getattr(os, name)

        def size_0(*args: Any, real: Any = real, **kwargs: Any) -> os.stat_result:
            status = real(*args, **kwargs)
            return os.stat_result((*status[:6], 0, *status[7:]))

        monkeypatch.setattr(os, name, size_0)
    with pytest.raises(DataError) as caught:
        load(big)
    assert caught.value.lines() == [f"{big}: is over 4 MiB; datasets over 4 MiB are refused"]


def _proc_size(path: str) -> int:
    try:
        with open(path, "rb") as handle:
            return len(handle.read())
    except OSError:
        return 0


@pytest.mark.skipif(_proc_size("/proc/kallsyms") <= MAX_BYTES, reason="no big /proc file")
def test_a_big_proc_file_is_refused_for_its_size() -> None:
    with pytest.raises(DataError) as caught:
        load(Path("/proc/kallsyms"))
    assert caught.value.lines() == [
        "/proc/kallsyms: is over 4 MiB; datasets over 4 MiB are refused"
    ]


def test_a_socket_is_refused_as_not_regular(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(DataError) as caught:
            load(path)
    assert caught.value.lines() == [f"{path}: {NOT_REGULAR}"]
