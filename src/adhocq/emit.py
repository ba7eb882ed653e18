"""Writes a Result to stdout in the chosen format; the only place that knows about terminals."""

import contextlib
import io
import sys
from collections.abc import Iterator
from typing import TextIO

from adhocq.errors import UsageProblem, say
from adhocq.output import Format, render_text
from adhocq.result import Result, make_visible, spreadsheet_safe

_SPREADSHEET_FORMATS = (Format.csv, Format.tsv)


def choose_format(requested: Format | None) -> Format:
    """The table for a terminal, CSV for a pipe, unless the user asked."""
    if requested is not None:
        return requested
    return Format.table if sys.stdout.isatty() else Format.csv


def check_export(path: str | None) -> None:
    if path is not None and not path.lower().endswith((".svg", ".html")):
        raise UsageProblem(f"--export writes .svg or .html files, not {path!r}")


def emit(
    result: Result, requested: Format | None, excel_safe: bool = False, export: str | None = None
) -> None:
    fmt = choose_format(requested)
    if excel_safe and fmt not in _SPREADSHEET_FORMATS:
        raise UsageProblem(f"--excel-safe applies to csv and tsv output, not {fmt.value}")
    check_export(export)
    if export is not None:
        from adhocq.output import table

        table.export(result, export, result.title)
    sys.stdout.flush()
    if fmt is Format.table:
        _write_table(result)
        if not result.rows:
            say("no rows match these filters")
        return
    if sys.stdout.isatty():
        result = result.map_text(make_visible)
    if excel_safe:
        result = result.map_text(spreadsheet_safe)
    # Machine formats are UTF-8 whatever the locale or PYTHONIOENCODING says; "replace": an
    # argument byte that was not UTF-8 (a lone surrogate in Python) is written as "?".
    sys.stdout.buffer.write(render_text(result, fmt).encode("utf-8", "replace"))
    sys.stdout.buffer.flush()


def emit_chart(result: Result, requested: Format | None, export: str | None) -> None:
    """Bars of a `count` result for people: it cannot be combined with a machine format."""
    if requested is not None and requested is not Format.table:
        raise UsageProblem(f"--chart draws a picture; it cannot be written as {requested.value}")
    import shutil

    from adhocq.output import chart

    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    width = shutil.get_terminal_size().columns
    emit_picture(
        chart.render(result, width, unicode=encoding.startswith("utf")), result.title, export
    )


def emit_picture(image: object, title: str, export: str | None) -> None:
    """A picture for people (a chart's text, or a Rich renderable such as the map): printed to
    the terminal as it is, and saved as SVG/HTML with --export."""
    check_export(export)
    if export is not None:
        from adhocq.output import table

        table.export(image, export, title)  # type: ignore[arg-type]
    with _terminal_stream() as stream:
        if isinstance(image, str):  # a chart: plain text, no Rich needed
            stream.write(image)
        else:
            from adhocq.output import table

            table.write_picture(image, stream)  # type: ignore[arg-type]


def _write_table(result: Result) -> None:
    from adhocq.output import table

    with _terminal_stream() as stream:
        table.write(result, stream)


@contextlib.contextmanager
def _terminal_stream() -> Iterator[TextIO]:
    # The terminal's own encoding, degrading to replacement characters (and Rich to ASCII
    # borders) where it cannot show a character, instead of failing with UnicodeEncodeError.
    sys.stdout.flush()
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    stream = io.TextIOWrapper(
        sys.stdout.buffer, encoding=encoding, errors="replace", write_through=True
    )
    try:
        yield stream
        stream.flush()
    finally:
        stream.detach()
