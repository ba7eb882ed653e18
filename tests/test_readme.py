from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_readme_matches_what_the_cli_prints(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("gen_readme", ROOT / "scripts" / "gen_readme.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--check"]) == 0, capsys.readouterr().err


def test_readme_opens_with_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```sh\n")
    setup_and_run, setup_and_test = blocks[1].split("\n")[0], blocks[2].split("\n")[0]
    assert setup_and_run.startswith("python3 -m venv .venv && .venv/bin/pip install . && ")
    assert setup_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_every_command_is_in_the_reference() -> None:
    from adhocq.cli.app import COMMANDS

    reference = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"## adhocq {command}\n" in reference


def test_the_readme_stays_a_first_screen_and_links_the_rest() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 400
    for page in ("docs/tour.md", "docs/reference.md", "docs/design.md"):
        assert f"]({page})" in readme and (ROOT / page).is_file()
    assert "## Reading the data" in readme and "## Exit codes" in readme


def test_every_tour_command_names_the_format_it_shows() -> None:
    import re

    for page in ("README.md", "docs/tour.md"):
        text = (ROOT / page).read_text(encoding="utf-8")
        for command in re.findall(r"^\$ adhocq (.*)$", text, re.M):
            words = command.split()
            assert (
                {"-f", "--chart", "--style"} & set(words)
                or "stafing" in words
                or words in (["show", "de"], ["findings", "-q", "reunification"])
            ), (
                page,
                command,
            )


def test_the_readme_and_the_design_notes_count_the_bundled_queries() -> None:
    from adhocq.reading.query_files import bundled_folder, query_files

    n = len(query_files([bundled_folder()]))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    assert f"adhocq bundles **{n} ad hoc queries**" in readme
    assert f"headers, {n} in all" in readme
    assert f"({n} of them;" in design
