"""Regenerate the README's command reference and tour from the real CLI.

    python scripts/gen_readme.py           rewrite README.md in place
    python scripts/gen_readme.py --check   exit 1 if README.md differs from what the CLI prints

Each generated block sits between `<!-- BEGIN name -->` and `<!-- END name -->` markers; the
text around them is written by hand.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SCRIPT = Path(sys.executable).parent / "adhocq"
PICTURE = ROOT / "docs" / "map-staffing.svg"
PICTURE_COMMAND = ["map", "--by", "staffing", "--export"]

# (block name, command lines); tables at a pinned width, without colour.
TOUR: dict[str, list[list[str]]] = {
    "tour-countries": [["countries", "--offers-service", "-f", "table"],
                       ["countries", "--has", "staffing", "--has", "psychological-support"]],
    "tour-measures": [["measures", "--type", "staffing", "-f", "table"],
                      ["measures", "--country", "pl", "--lang", "fr", "-f", "markdown"]],
    "tour-types": [["types", "-f", "table"]],
    "tour-show": [["show", "cy", "-f", "table"]],
    "tour-count": [["count", "--by", "category", "-f", "table"],
                   ["count", "--by", "type", "-f", "json"]],
    "tour-findings": [["findings", "--kind", "challenge", "-f", "table"]],
    "tour-info": [["info", "-f", "table"]],
    "tour-matrix": [["matrix", "-f", "table"], ["compare", "cz", "fi", "pl", "-f", "table"]],
    "tour-sets": [["countries", "--any", "training", "--any", "templates", "--lacks", "staffing"],
                  ["countries", "--non-respondents", "-f", "table"]],
    "tour-search": [["search", "psycho", "-f", "table"], ["search", "redeploi", "-f", "csv"]],
    "tour-pictures": [["count", "--by", "type", "--chart"], ["map", "--by", "offers-service"]],
    "tour-errors": [["measures", "--type", "stafing"], ["show", "de"]],
}  # fmt: skip


def run(args: list[str]) -> str:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    for name in ("ADHOCQ_DATA", "ADHOCQ_LANG", "FORCE_COLOR"):
        env.pop(name, None)
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)  # fmt: skip
    shown = done.stdout + done.stderr
    trailer = f"[exit {done.returncode}]\n" if done.returncode else ""
    return "\n".join(line.rstrip() for line in shown.splitlines()) + "\n" + trailer


def code_block(commands: list[list[str]], show_prompt: bool = True) -> str:
    parts = []
    for args in commands:
        prompt = "$ adhocq " + " ".join(args) + "\n" if show_prompt else ""
        parts.append(prompt + run(args))
    return "```text\n" + "\n".join(parts) + "```"


def blocks() -> dict[str, str]:
    generated = {name: code_block(commands) for name, commands in TOUR.items()}
    reference = ["### adhocq\n\n" + code_block([["--help"]], show_prompt=False)]
    from adhocq.app import COMMANDS

    for command in COMMANDS:
        reference.append(f"### adhocq {command}\n\n" + code_block([[command, "--help"]], False))
    generated["reference"] = "\n\n".join(reference)
    return generated


def _replacer(body: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return match.group(1) + body + "\n" + match.group(2)

    return replace


def render(text: str) -> str:
    for name, body in blocks().items():
        pattern = re.compile(rf"(<!-- BEGIN {name} -->\n).*?(<!-- END {name} -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"README.md has no block {name!r}")
        text = pattern.sub(_replacer(body), text)
    return text


def picture() -> str:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / PICTURE.name
        run([*PICTURE_COMMAND, str(target)])
        return target.read_text(encoding="utf-8")


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    image = picture()
    if "--check" in argv:
        old_image = PICTURE.read_text(encoding="utf-8") if PICTURE.exists() else ""
        if wanted != current or image != old_image:
            print("README.md or docs/ is out of date: run python scripts/gen_readme.py",
                  file=sys.stderr)  # fmt: skip
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    PICTURE.parent.mkdir(exist_ok=True)
    PICTURE.write_text(image, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
