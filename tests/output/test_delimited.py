"""CSV through the csv module, with the same text on every supported Python (issue 11)."""

from __future__ import annotations

import csv
from typing import Any

import pytest

from adhocq.output.delimited import render_csv
from adhocq.output.result import Column, Result


def _one_row(*fields: str) -> Result:
    columns = tuple(Column(f"c{number}", "h") for number in range(len(fields)))
    return Result("t", columns, (fields,))


def test_csv_is_written_by_the_csv_module(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[dict[str, Any]] = []
    real_writer = csv.writer

    def writer(*args: Any, **kwargs: Any) -> Any:
        made.append(kwargs)
        return real_writer(*args, **kwargs)

    monkeypatch.setattr(csv, "writer", writer)
    assert render_csv(_one_row("a,b", "c")) == 'c0,c1\n"a,b",c\n'
    assert made, "the csv module's writer was not used"


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_csv_quotes_cr_and_lf_whatever_the_line_end(line_end: str) -> None:
    # The csv module quotes a CR only when the line end holds one before Python 3.13, and
    # always from 3.13 on; adhocq always does (RFC 4180).
    assert render_csv(_one_row("a\rb", "c\nd", "e\r\nf"), line_end=line_end) == (
        f'c0,c1,c2{line_end}"a\rb","c\nd","e\r\nf"{line_end}'
    )


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_csv_writes_nul_as_it_is_quoted_or_not(line_end: str) -> None:
    # Python 3.10's csv module refuses a NUL in a field ("need to escape"); 3.11 writes it.
    assert render_csv(_one_row("x\x00y", 'q"\x00', "\x00,"), line_end=line_end) == (
        f'c0,c1,c2{line_end}x\x00y,"q""\x00","\x00,"{line_end}'
    )
