"""Writes a Result to stdout in the chosen format; the only place that knows about terminals."""

from __future__ import annotations

import io
import sys

from adhocq.errors import UsageProblem
from adhocq.output import Format, render_text
from adhocq.result import Result, make_visible, spreadsheet_safe

_SPREADSHEET_FORMATS = (Format.csv, Format.tsv)


def choose_format(requested: Format | None) -> Format:
    """The table for a terminal, CSV for a pipe, unless the user asked."""
    if requested is not None:
        return requested
    return Format.table if sys.stdout.isatty() else Format.csv


def emit(result: Result, requested: Format | None, excel_safe: bool = False) -> None:
    fmt = choose_format(requested)
    if excel_safe and fmt not in _SPREADSHEET_FORMATS:
        raise UsageProblem(f"--excel-safe applies to csv and tsv output, not {fmt.value}")
    sys.stdout.flush()
    if fmt is Format.table:
        _write_table(result)
        if not result.rows:
            print("adhocq: no rows match these filters", file=sys.stderr)
        return
    if sys.stdout.isatty():
        result = result.map_text(make_visible)
    if excel_safe:
        result = result.map_text(spreadsheet_safe)
    # Machine formats are UTF-8 whatever the locale or PYTHONIOENCODING says.
    sys.stdout.buffer.write(render_text(result, fmt).encode("utf-8"))
    sys.stdout.buffer.flush()


def _write_table(result: Result) -> None:
    from adhocq.output import table

    # The terminal's own encoding, degrading to replacement characters (and Rich to ASCII
    # borders) where it cannot show a character, instead of failing with UnicodeEncodeError.
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    stream = io.TextIOWrapper(
        sys.stdout.buffer, encoding=encoding, errors="replace", write_through=True
    )
    try:
        table.write(result, stream)
        stream.flush()
    finally:
        stream.detach()
