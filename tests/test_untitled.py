"""A query no source titles (`title_printed = []`): its title is adhocq's description, marked
[untitled] in tables, written as it is in machine formats, and cited in brackets."""

from __future__ import annotations

from pathlib import Path

import pytest

import adhocq
from adhocq.cli.main import main

FILE = Path(__file__).parent / "data" / "untitled" / "untitled.toml"


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, str]:
    code = main([*args, "--data", str(FILE)])
    return code, capsysbinary.readouterr().out.decode()


def test_the_model_says_no_source_prints_a_title() -> None:
    query = adhocq.load(FILE).query
    assert query.title_printed == () and query.printed_lang("fr") == "en"


def test_tables_mark_the_description_and_machine_formats_keep_it_plain(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    code, out = run(capsysbinary, "queries", "-f", "table")
    assert code == 0 and "minors [untitled]" in out  # the title wraps in its cell
    assert "[untitled]: no source read prints a title for this query" in out
    code, out = run(capsysbinary, "queries", "-f", "markdown", "--lang", "fr")
    assert "| Tutelle des mineurs non accompagnés [untitled] |" in out
    code, out = run(capsysbinary, "queries", "-f", "csv")
    assert ",Guardianship of unaccompanied minors,,20" not in out  # no count was given
    assert ",Guardianship of unaccompanied minors,," in out and "[untitled]" not in out


def test_a_citation_puts_the_description_in_brackets(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out = run(capsysbinary, "cite", "--accessed", "2026-12-01")
    assert code == 0 and out.startswith(
        "European Migration Network (2023-09-01). [Guardianship of unaccompanied minors] "
        "[EMN ad hoc query, as a listing gives it]."
    )
