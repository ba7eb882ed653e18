"""Property-based tests (Hypothesis) of the command line.

(b) The CLI in-process, on command lines generated from the real Click commands with values
    from the dataset and hostile ones: exit 0, 1 or 2, no traceback or internal error, no raw
    control character on stderr; when a command that prints rows succeeds, csv, json and jsonl
    hold the same rows. The same on other valid datasets (new ids, countries, responses, texts
    with markup and control characters), where every id must also be usable.
(c) A few of the generated command lines through the installed console script.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from hypothesis import assume, event, example, given
from hypothesis import strategies as st

from adhocq.messages import tr

from .invocations import (
    CASES,
    DATA_PATHS,
    FORMATS,
    MACHINE_FORMATS,
    PARAMS,
    REAL_VOCABULARY,
    ROW_COMMANDS,
    Invocation,
    Item,
    Vocabulary,
    command_lines,
    inside,
)
from .mutations import CONTROLS, MARKUP, any_text
from .props import props
from .real_dataset import DATA_FILE
from .runs import (
    BIDI,
    RAW_BIDI,
    RAW_CONTROL,
    Run,
    check_formats_agree,
    check_run,
    fresh_directory,
    run_in_process,
)
from .variants import valid_variant, write_variant

SCRIPT = Path(sys.executable).parent / "adhocq"


# ------------------------------------------------------------------ (b) the CLI in-process


@props(500, costly=True)
@given(invocation=command_lines())
def test_cli_exits_cleanly_and_formats_agree(workdir: Path, invocation: Invocation) -> None:
    argv = invocation.argv()
    run = run_in_process(argv, workdir)
    event(f"exit {run.code}")
    check_run(argv, run)
    if run.code == 0 and invocation.has_rows():
        event("csv, json and jsonl compared")
        check_formats_agree(invocation, workdir)


DATA_COMMANDS = tuple(
    name for name, params in PARAMS.items() if any(p.name == "data" for p in params)
)


@props(100, all_bugs=True)
@given(
    command=st.sampled_from(DATA_COMMANDS),
    path=st.one_of(
        st.sampled_from(DATA_PATHS),
        st.sampled_from(MARKUP + CONTROLS).map(lambda text: f"{text}.toml"),
        any_text,
    ),
    as_argument=st.booleans(),
)
def test_any_dataset_path_fails_cleanly(
    workdir: Path, command: str, path: str, as_argument: bool
) -> None:
    """What --data (or validate's PATH) names reaches the loader only after every option has
    parsed, so the command lines above seldom get there with a strange path."""
    given_path = [path] if command == "validate" and as_argument else ["--data", path]
    argv = [command, *given_path, *ARGUMENTS.get(command, [])]
    run = run_in_process(argv, workdir)
    check_run(argv, run)


ARGUMENTS = {"show": ["CZ"], "compare": ["CZ", "FI"], "search": ["staff"]}
OUTPUT_OPTIONS = tuple(
    (name, p.spellings[0]) for name, params in PARAMS.items() for p in params if p.metavar == "FILE"
)


@props(60, all_bugs=True, costly=True)
@given(
    command_option=st.sampled_from(OUTPUT_OPTIONS),
    stem=st.one_of(
        st.sampled_from(
            ["out", "x" * 300, "missing-dir/out", "/nonexistent/out", "", ".", "a\x00b"]
        ),
        st.sampled_from(MARKUP + CONTROLS),
        any_text,
    ),
    suffix=st.sampled_from([".svg", ".html", ".db", ""]),
    force=st.booleans(),
)
def test_any_output_file_fails_cleanly(
    workdir: Path, command_option: tuple[str, str], stem: str, suffix: str, force: bool
) -> None:
    """The same for the files --export and export --sqlite write (in `workdir`, or nowhere)."""
    command, option = command_option
    extra = ["--force"] if force and command == "export" else []
    argv = [command, option, inside(stem + suffix), *extra, *ARGUMENTS.get(command, [])]
    run = run_in_process(argv, workdir)
    check_run(argv, run)


# ------------------------------------------------------------------ (b) on other valid datasets


# Outputs that promise no raw control character even in a pipe (JSON escapes them; the table and
# the pictures show them as \x1b). On a terminal, no output has one.
ESCAPING_FORMATS = ("table", "json", "jsonl", "picture")


def row_command_on(doc: dict[str, Any], path: Path) -> st.SearchStrategy[Invocation]:
    """A command line that prints rows of the dataset `doc`, written at `path`."""
    return command_lines(
        Vocabulary.of(doc, (str(path),)),
        ROW_COMMANDS,
        fixed=(Item("data", ("--data", str(path))),),
        oddities=False,
    )


@props(200, shrink=False, costly=True)
@given(data=st.data(), terminal=st.booleans())
def test_cli_on_other_valid_datasets(workdir: Path, data: st.DataObject, terminal: bool) -> None:
    doc = valid_variant(data)
    path = write_variant(doc, workdir)
    invocation = data.draw(row_command_on(doc, path), label="command line")
    argv = invocation.argv()
    run = run_in_process(argv, workdir, terminal)
    event(f"exit {run.code}")
    check_run(argv, run)
    if run.code == 0 and (terminal or invocation.output() in ESCAPING_FORMATS):
        # csv ends its records with CRLF.
        out = run.out.decode("utf-8").replace("\r\n", "\n")
        found = RAW_CONTROL.search(out)
        if terminal or invocation.output() in ("table", "picture"):
            found = found or RAW_BIDI.search(out)
        where = "on a terminal" if terminal else "in a pipe"
        assert found is None, f"{argv!r}: raw {found.group()!r} in the output {where}"
    if run.code == 0 and invocation.has_rows():
        event("csv, json and jsonl compared")
        check_formats_agree(invocation, workdir)


bidi_text = st.text(st.sampled_from([*BIDI, "a", "é", "ש", "1", " ", "\x1b", "["]), min_size=1)


@props(80, shrink=False, costly=True)
@given(data=st.data(), terminal=st.booleans())
def test_bidirectional_text_never_reaches_a_terminal_raw(
    workdir: Path, data: st.DataObject, terminal: bool
) -> None:
    """Bidirectional controls in names, labels and descriptions, in every command's output on a
    terminal, and in the table and pictures in a pipe."""
    doc = valid_variant(data)
    texts = [country["name"] for country in doc["countries"]]
    texts += [kind["label"] for kind in doc["types"]]
    texts += [m["description"] for r in doc["responses"] for m in r.get("measures", [])]
    for text in texts:
        for lang in text:
            text[lang] += data.draw(bidi_text, label="added text")
    path = write_variant(doc, workdir)
    invocation = data.draw(row_command_on(doc, path), label="command line")
    argv = invocation.argv() if terminal else invocation.as_format("table")
    run = run_in_process(argv, workdir, terminal)
    check_run(argv, run)
    found = RAW_BIDI.search(run.out.decode("utf-8"))
    assert found is None, f"{argv!r}: raw {found.group()!r} in the output"


def new_first(values: Sequence[str], real: Sequence[str]) -> list[str]:
    """`values`, those not in the real dataset five times over (what changed is most at risk)."""
    return [v for v in values if v not in real] * 5 + list(values)


def _json_rows(argv: list[str], workdir: Path) -> list[dict[str, Any]]:
    run = run_in_process([*argv, "--format", "json"], workdir)
    assert run.code == 0, f"{argv!r}: exit {run.code}: {run.err}"
    rows: list[dict[str, Any]] = json.loads(run.out.decode("utf-8"))
    return rows


@props(80, shrink=False, costly=True)
@given(data=st.data(), case=st.sampled_from(CASES))
def test_every_id_of_a_dataset_can_be_asked_for(
    workdir: Path, data: st.DataObject, case: Callable[[str], str]
) -> None:
    doc = valid_variant(data, first=("add-type", "recode", "add-question", "answer", "add-kind"))
    path = write_variant(doc, workdir)
    data_option = ["--data", str(path)]
    having: dict[str, set[str]] = {}
    for response in doc["responses"]:
        for measure in response.get("measures", []):
            having.setdefault(measure["type"], set()).add(response["country"])
    if doc["responses"]:
        codes = [r["country"] for r in doc["responses"]]
        code = data.draw(st.sampled_from(new_first(codes, REAL_VOCABULARY.codes)), label="code")
        run = run_in_process(["show", case(code), *data_option, "--format", "json"], workdir)
        assert run.code == 0, f"show {case(code)!r}: exit {run.code}: {run.err}"
        shown = json.loads(run.out.decode("utf-8"))
        assert shown["code"] == code, f"show {case(code)!r}: {shown}"
    type_ids = [t["id"] for t in doc["types"]]
    kind = data.draw(st.sampled_from(new_first(type_ids, REAL_VOCABULARY.types)), label="type")
    rows = _json_rows(["measures", "--type", case(kind), *data_option], workdir)
    assert {row["country"] for row in rows} == having.get(kind, set())
    assert {row["type"] for row in rows} <= {kind}
    mapped = _json_rows(["map", "--by", case(kind), *data_option], workdir)
    reporting = {row["code"] for row in mapped if row["value"] is True}
    assert reporting == having.get(kind, set()), f"map --by {case(kind)!r}"
    _questions_and_kinds_can_be_asked_for(data, doc, data_option, case, workdir)
    category = data.draw(st.sampled_from([c["id"] for c in doc["categories"]]), label="category")
    _json_rows(["matrix", "--category", case(category), *data_option], workdir)
    # A type id is a column name of the matrix: one the matrix has already too?
    check_formats_agree(Invocation("matrix", (Item("data", tuple(data_option)),)), workdir)


def _questions_and_kinds_can_be_asked_for(
    data: st.DataObject,
    doc: dict[str, Any],
    data_option: list[str],
    case: Callable[[str], str],
    workdir: Path,
) -> None:
    """`countries --answer`, `map --by` a question and `findings --kind` find what the file
    says, a question left unanswered being neither yes nor no."""
    questions = [q["id"] for q in doc.get("questions", [])]
    if questions:
        question = data.draw(st.sampled_from(new_first(questions, REAL_VOCABULARY.questions)))
        said = {r["country"]: r.get("answers", {}).get(question) for r in doc["responses"]}
        for word, value in (("yes", True), ("no", False)):
            argv = ["countries", "--answer", f"{case(question)}={word}", *data_option]
            found = {row["code"] for row in _json_rows(argv, workdir)}
            assert found == {code for code, answer in said.items() if answer is value}, argv
        mapped = _json_rows(["map", "--by", case(question), *data_option], workdir)
        assert {row["code"]: row["value"] for row in mapped if row["code"] in said} == said
    kinds = [k["id"] for k in doc.get("finding_kinds", [])]
    if kinds:
        kind = data.draw(st.sampled_from(new_first(kinds, REAL_VOCABULARY.kinds)), label="kind")
        rows = _json_rows(["findings", "--kind", case(kind), *data_option], workdir)
        expected = [f["id"] for f in doc.get("findings", []) if f["kind"] == kind]
        assert [row["id"] for row in rows] == expected, f"findings --kind {case(kind)!r}"


# ------------------------------------------------------------------ (c) the console script


def _can_be_an_argument(token: str) -> bool:
    if "\x00" in token:
        return False
    try:
        os.fsencode(token)
    except UnicodeEncodeError:
        return False
    return True


@props(10, costly=True)
@given(invocation=command_lines())
def test_console_script_exits_cleanly(workdir: Path, invocation: Invocation) -> None:
    argv = invocation.argv()
    assume(all(_can_be_an_argument(token) for token in argv))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADHOCQ_")}
    env.update({"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"})
    with fresh_directory(workdir) as cwd:
        done = subprocess.run(
            [str(SCRIPT), *argv],
            capture_output=True,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    err = done.stderr.decode("utf-8", errors="backslashreplace")
    assert done.returncode in (0, 1, 2), f"exit {done.returncode} for {argv!r}: {err}"
    assert "Traceback" not in err, f"{argv!r}: {err}"
    in_process = run_in_process(argv, workdir)
    assert done.returncode == in_process.code, f"{argv!r}: {err!r} != {in_process.err!r}"


# Bytes that are not UTF-8, with text around them (no "/": it is also a file name): Python decodes
# each such byte of an argument as a lone surrogate (0xff as U+DCFF), which no encoding can write.
not_utf8 = st.builds(
    lambda before, bad, after: os.fsdecode(before.encode() + bad + after),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00/"), max_size=4),
    st.sampled_from([b"\xff", b"\xc3", b"\x80", b"\xed\xa0\x80", b"\xfe\xfe", b"\xe9t\xe9"]),
    st.binary(max_size=4).filter(lambda b: b"\x00" not in b and b"/" not in b),
)


# Where a user's text goes: a search term, a file name, an id, an option's name; "{}" is the
# argument. "saved.toml" is a copy of a valid dataset whose name holds the argument too.
PLACES = (
    ["search", "{}"],
    ["validate", "{}"],
    ["validate", "saved{}.toml"],
    ["countries", "--data", "saved{}.toml"],
    ["countries", "--data", "{}"],
    ["show", "{}"],
    ["compare", "CZ", "{}"],
    ["measures", "--type", "{}"],
    ["countries", "--category", "{}"],
    ["map", "--by", "{}"],
    ["count", "--by", "{}"],
    ["findings", "--kind", "{}"],
    ["countries", "--{}"],
    ["{}"],
    ["export", "--sqlite", "{}.db"],
    ["search", "staff", "--export", "{}.svg"],
)


@props(60, costly=True)
@given(
    place=st.sampled_from(PLACES),
    token=not_utf8,
    fmt=st.sampled_from([None, *FORMATS]),
    encoding=st.sampled_from(["utf-8", "latin-1", "ascii"]),
)
def test_arguments_that_are_not_utf8_fail_or_succeed_cleanly(
    workdir: Path, place: list[str], token: str, fmt: str | None, encoding: str
) -> None:
    """An argument that is not UTF-8, with stdout and stderr in UTF-8, Latin-1 or ASCII: a clean
    exit, messages escaped, machine formats in UTF-8."""
    argv = [part.replace("{}", token) for part in place]
    if fmt is not None and argv[0] not in ("validate", "export", "{}"):
        argv += ["--format", fmt]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADHOCQ_")}
    env.update({"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb", "PYTHONIOENCODING": encoding})
    with fresh_directory(workdir) as cwd:
        (cwd / f"saved{token}.toml").write_bytes(DATA_FILE.read_bytes())
        done = subprocess.run(
            [str(SCRIPT), *argv],
            capture_output=True,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    err = done.stderr.decode("utf-8" if encoding == "utf-8" else "latin-1")
    check_run(argv, Run(done.returncode, done.stdout, err))
    if done.returncode == 0 and fmt in MACHINE_FORMATS and "--format" in argv:
        done.stdout.decode("utf-8")  # a machine format: UTF-8 whatever the encoding


# How stdout can be unwritable, as bash would leave it, and what a write then fails with.
UNWRITABLE_STDOUT = {
    "closed pipe": None,  # the reader has gone: a quiet exit 0
    ">&-": "Bad file descriptor",
    ">/dev/full": "No space left on device",
}


@props(30, costly=True)
@given(invocation=command_lines(), how=st.sampled_from(sorted(UNWRITABLE_STDOUT)))
@example(  # a draft no query shares a word with: the notice, then the failure
    invocation=Invocation("related", (Item("text", ("[bold]x[/]",)),)), how=">&-"
)
def test_console_script_with_stdout_unwritable(
    workdir: Path, invocation: Invocation, how: str
) -> None:
    """A command that writes to an unwritable stdout fails with one line (exit 1) after what
    it says on stderr anyway (why no row matches), or exits 0 quietly when the reader of a pipe
    has gone; one that writes nothing there is unaffected."""
    argv = invocation.argv()
    assume(all(_can_be_an_argument(token) for token in argv))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADHOCQ_")}
    env.update({"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"})
    read_end, write_end = os.pipe()
    os.close(read_end)
    redirection = "" if how == "closed pipe" else how
    try:
        with fresh_directory(workdir) as cwd:
            done = subprocess.run(
                ["bash", "-c", f'exec "$0" "$@" {redirection}', str(SCRIPT), *argv],
                stdout=write_end,
                stderr=subprocess.PIPE,
                env=env,
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                timeout=60,
                check=False,
            )
    finally:
        os.close(write_end)
    err = done.stderr.decode("utf-8", errors="backslashreplace")
    check_run(argv, Run(done.returncode, b"", err))
    usual = run_in_process(argv, workdir)
    reason = UNWRITABLE_STDOUT[how]
    if usual.code == 0 and usual.out and reason is not None:
        # An --export file is written before stdout, and says so.
        said, anyway = (
            [line for line in text.splitlines() if not line.startswith("adhocq: wrote ")]
            for text in (err, usual.err)
        )
        assert done.returncode == 1
        words = tr(invocation.language(), "cannot write to standard output: {reason}")
        assert said == [*anyway, "adhocq: " + words.format(reason=reason)]  # in its language
    else:
        assert done.returncode == usual.code, f"{argv!r} ({how}): {err!r} != {usual.err!r}"
