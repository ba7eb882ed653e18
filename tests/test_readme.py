from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_matches_what_the_cli_prints() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_readme.py"), "--check"],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_readme_opens_with_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```sh\n")
    setup_and_run, setup_and_test = blocks[1].split("\n")[0], blocks[2].split("\n")[0]
    assert setup_and_run.startswith("python3 -m venv .venv && .venv/bin/pip install . && ")
    assert setup_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_every_command_is_in_the_reference() -> None:
    from adhocq.app import COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"### adhocq {command}\n" in readme
