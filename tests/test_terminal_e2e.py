"""Tables as a person sees them: the installed script on a real pseudo-terminal of a given size."""

from __future__ import annotations

import re

import pytest
from conftest import run_on_terminal


def on_terminal(*args: str, columns: int, env: dict[str, str] | None = None) -> str:
    """What `adhocq ARGS` shows on a terminal `columns` wide, without the styles."""
    plain = {"NO_COLOR": "1", "TERM": "xterm", **(env or {})}
    code, output = run_on_terminal(*args, columns=columns, env=plain)
    assert code == 0
    # NO_COLOR leaves bold and dim: styles, not text a person reads.
    return re.sub(r"\x1b\[[0-9;]*m", "", output)


def test_dumb_terminal_gets_ascii_borders_at_its_real_width() -> None:
    text = on_terminal("countries", columns=120, env={"TERM": "dumb"})
    lines = text.splitlines()
    assert all(line.isascii() for line in lines)
    assert lines[1].startswith("+--") and "| Code |" in text
    # At 120 columns CZ's four types fit on one line; at Rich's assumed 80 they would not.
    assert "staffing, training, psychological-support, stakeholder-coordination" in text
    assert max(len(line) for line in lines) > 80


@pytest.mark.parametrize(
    ("args", "mark"), [(("matrix",), "| * |"), (("map",), " SE* "), (("count", "--chart"), "###")]
)
def test_dumb_terminal_gets_ascii_marks(args: tuple[str, ...], mark: str) -> None:
    text = on_terminal(*args, columns=100, env={"TERM": "dumb"})
    assert text.isascii() and mark in text


def test_narrow_terminal_never_splits_an_id_and_keeps_titles_whole() -> None:
    for columns in (40, 60, 80, 100):
        text = on_terminal("types", columns=columns)
        assert max(len(line) for line in text.splitlines()) <= columns
        for type_id in ("psychological-support", "stakeholder-coordination"):
            assert type_id in text, (columns, type_id)


def test_matrix_on_a_narrow_terminal_is_short_and_names_the_marks() -> None:
    text = on_terminal("matrix", columns=60)
    assert len(text.splitlines()) < 150
    assert "● staffing, training, psychological-support," in text  # CZ's marks, by name
    assert "Only what the summary names is shown" in text
