"""Regenerate the README's short tour, and docs/'s tour, command reference and picture, from the
real CLI.

    python scripts/gen_readme.py           rewrite README.md and docs/ in place
    python scripts/gen_readme.py --check   exit 1 if they differ from what the CLI prints

Each generated block sits between `<!-- BEGIN name -->` and `<!-- END name -->` markers; the
text around them is written by hand. Every command shown names its format (`-f table` for what a
terminal shows, `-f csv` for what a pipe gets; `cite --style`), so that what is shown is what the
reader gets.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TOUR_PAGE = ROOT / "docs" / "tour.md"
REFERENCE = ROOT / "docs" / "reference.md"
PICTURE = ROOT / "docs" / "map-staffing.svg"
PICTURE_COMMAND = ["map", "--by", "staffing", "-f", "table", "--export"]

# (block name, command lines); tables at a pinned width, without colour.
SHORT_TOUR: dict[str, list[list[str]]] = {
    "tour-short": [["countries", "--offers-service", "-f", "table"],
                   ["measures", "--type", "staffing", "-f", "csv"]],
    "tour-corpus-short": [["queries", "--topic", "citizenship", "--until", "2024-04", "-f", "csv"],
                          ["related", "Must a spouse pass a language test before joining?", "-n",
                           "2", "-f", "csv"],
                          ["timeline", "citizenship", "--country", "at", "-f", "csv"]],
    "tour-french": [["countries", "--no-offers-service", "--lang", "fr", "-f", "table"],
                    ["related", "rétention sans contrôle du juge", "--lang", "fr", "-n", "1",
                     "-f", "table"],
                    ["timeline", "citizenship", "--country", "at", "--lang", "fr", "-f", "csv"]],
    "tour-cite": [["cite", "--style", "text", "--accessed", "2026-01-31"]],
}  # fmt: skip
TOUR: dict[str, list[list[str]]] = {
    "tour-countries": [["countries", "--offers-service", "-f", "table"],
                       ["countries", "--has", "staffing", "--has", "psychological-support",
                        "-f", "csv"]],
    "tour-measures": [["measures", "--type", "staffing", "-f", "table"],
                      ["measures", "--country", "pl", "--lang", "fr", "-f", "markdown"]],
    "tour-types": [["types", "-f", "table"]],
    "tour-show": [["show", "cy", "-f", "table"], ["show", "cz", "-f", "json"]],
    "tour-count": [["count", "--by", "category", "-f", "table"],
                   ["count", "--by", "type", "-f", "json"]],
    "tour-findings": [["findings", "--kind", "challenge", "-f", "table"]],
    "tour-info": [["info", "-q", "emn-ahq-2023-fi", "-f", "table"], ["info", "-f", "json"]],
    "tour-matrix": [["matrix", "-f", "table"],
                    ["matrix", "--category", "preparedness", "-f", "csv"],
                    ["compare", "cz", "fi", "pl", "-f", "table"]],
    "tour-sets": [["countries", "--any", "training", "--any", "templates", "--lacks", "staffing",
                   "-f", "csv"],
                  ["countries", "--non-respondents", "-f", "table"]],
    "tour-search": [["search", "psycho", "-f", "table"], ["search", "redeploi", "-f", "csv"]],
    "tour-pictures": [["count", "--by", "type", "--chart"],
                      ["map", "--by", "offers-service", "-f", "table"]],
    "tour-corpus": [["queries", "--since", "2024-06", "-f", "table"],
                    ["queries", "--latest", "3", "-f", "csv"],
                    ["country", "el", "--topic", "return", "-f", "table"],
                    ["timeline", "citizenship", "--country", "at", "-f", "table"],
                    ["timeline", "citizenship", "--country", "at", "--lang", "fr", "-f", "table"],
                    ["related", "language test for the spouse of a sponsor", "-n", "3", "-f",
                     "table"],
                    ["related", "faux documents d'identité", "--country", "lu", "--lang", "fr",
                     "-n", "2", "-f", "csv"],
                    ["compare", "cz", "pl", "--queries", "-f", "table"],
                    ["count", "--by", "query", "-f", "csv"],
                    ["search", "absconded", "-f", "csv"],
                    ["findings", "-q", "naturalisation process", "-f", "table"]],
    "tour-cite-styles": [["cite", "-q", "emn-ahq-2024-fi-citizenship", "--style", "bibtex",
                          "--accessed", "2026-01-31"],
                         ["cite", "--lang", "fr", "--style", "ris", "--accessed", "2026-01-31"],
                         ["cite", "-q", "emn-ahq-2023-cz-speech", "--style", "text",
                          "--accessed", "2026-01-31"]],
    "tour-errors": [["measures", "--type", "stafing"], ["show", "de"],
                    ["findings", "-q", "reunification"]],
}  # fmt: skip


def run(args: list[str]) -> str:
    """What `adhocq ARGS` prints, stdout then stderr, and its exit code unless 0: the CLI run in
    this process through main(argv), with stdout a pipe (as the installed script in a pipe),
    from the checkout's folder. In-process, the some sixty runs take a second, not five."""
    from adhocq.cli.main import main

    out, err = io.BytesIO(), io.BytesIO()
    streams = [io.TextIOWrapper(buffer, encoding="utf-8", errors="backslashreplace",
                                write_through=True) for buffer in (out, err)]  # fmt: skip
    settings = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    before = os.getcwd()
    with (
        mock.patch.dict(os.environ, settings),
        contextlib.redirect_stdout(streams[0]),
        contextlib.redirect_stderr(streams[1]),
    ):
        for name in ("ADHOCQ_DATA", "ADHOCQ_LANG", "FORCE_COLOR"):
            os.environ.pop(name, None)
        os.chdir(ROOT)
        try:
            code = main(args)
        finally:
            os.chdir(before)
    for stream in streams:
        stream.flush()
        stream.detach()
    shown = (out.getvalue() + err.getvalue()).decode("utf-8")
    trailer = f"[exit {code}]\n" if code else ""
    return "\n".join(line.rstrip() for line in shown.splitlines()) + "\n" + trailer


def python_example() -> str:
    """The README's Python example, as written between its markers."""
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- BEGIN python-api -->\n```python\n(.*?)```\n<!-- END", text, re.S)
    if found is None:
        raise SystemExit("README.md has no python-api block")
    return found.group(1)


def run_python(code: str) -> str:
    """What `code` prints, run by this interpreter (the one adhocq is installed in)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADHOCQ_")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60, check=True)  # fmt: skip
    return done.stdout


def shows_its_format(args: list[str]) -> bool:
    """A tour command names the format it prints (a chart is a picture, a citation has a style;
    the errors print none)."""
    named = {"-f", "--format", "--chart", "--style", "--help"}
    return bool(named & set(args)) or args in TOUR["tour-errors"]


def _quoted(arg: str) -> str:
    """`arg` as a shell reads it: in double quotes where it holds an apostrophe and nothing
    that double quotes would expand, else as shlex quotes it."""
    if "'" in arg and not set(arg) & set('"$`\\!'):
        return f'"{arg}"'
    return shlex.quote(arg)


def code_block(commands: list[list[str]], show_prompt: bool = True) -> str:
    parts = []
    for args in commands:
        prompt = "$ adhocq " + " ".join(map(_quoted, args)) + "\n" if show_prompt else ""
        parts.append(prompt + run(args))
    return "```text\n" + "\n".join(parts) + "```"


def blocks() -> dict[Path, dict[str, str]]:
    """Each generated file's blocks, by name."""
    for commands in (*SHORT_TOUR.values(), *TOUR.values()):
        unclear = [args for args in commands if not shows_its_format(args)]
        if unclear:
            raise SystemExit(f"tour commands must name their format: {unclear}")
    reference = ["## adhocq\n\n" + code_block([["--help"]], show_prompt=False)]
    from adhocq.cli.app import COMMANDS

    for command in COMMANDS:
        reference.append(f"## adhocq {command}\n\n" + code_block([[command, "--help"]], False))
    readme = {name: code_block(commands) for name, commands in SHORT_TOUR.items()}
    readme["python-api-output"] = "```text\n" + run_python(python_example()) + "```"
    return {
        README: readme,
        TOUR_PAGE: {name: code_block(commands) for name, commands in TOUR.items()},
        REFERENCE: {"reference": "\n\n".join(reference)},
    }


def _replacer(body: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return match.group(1) + body + "\n" + match.group(2)

    return replace


def render(text: str, generated: dict[str, str], name: str) -> str:
    for block, body in generated.items():
        pattern = re.compile(rf"(<!-- BEGIN {block} -->\n).*?(<!-- END {block} -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"{name} has no block {block!r}")
        text = pattern.sub(_replacer(body), text)
    return text


def picture() -> str:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / PICTURE.name
        run([*PICTURE_COMMAND, str(target)])
        return target.read_text(encoding="utf-8")


def main(argv: list[str]) -> int:
    wanted: dict[Path, str] = {}
    for path, generated in blocks().items():
        current = path.read_text(encoding="utf-8")
        wanted[path] = render(current, generated, path.name)
    wanted[PICTURE] = picture()
    if "--check" in argv:
        stale = [
            str(path.relative_to(ROOT))
            for path, text in wanted.items()
            if not path.exists() or path.read_text(encoding="utf-8") != text
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}: run python scripts/gen_readme.py",
                  file=sys.stderr)  # fmt: skip
            return 1
        return 0
    for path, text in wanted.items():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
