"""Writes a Result to stdout in the chosen format, and its picture to an --export file; the only
place that knows about terminals."""

import contextlib
import io
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from adhocq.errors import UsageProblem
from adhocq.messages import N_, phrase, tr
from adhocq.output import Format, render_text
from adhocq.output.result import Result, make_visible, spreadsheet_safe
from adhocq.record import Record, record

if TYPE_CHECKING:
    from adhocq.output.picture import Chart

_SPREADSHEET_FORMATS = (Format.csv, Format.tsv)
_FOR_PEOPLE = (Format.table, Format.markdown)
EXPORT_SUFFIXES = (".svg", ".html")


@record
class Output(Record):
    """How the user asked for a result: the output options every data command shares."""

    format: Format | None = None
    excel_safe: bool = False
    crlf: bool = False
    export: str | None = None
    force: bool = False
    totals: bool = False
    dataset: tuple[Path, ...] = ()
    """The file the data was read from, which an export never overwrites."""


def choose_format(requested: Format | None) -> Format:
    """The table for a terminal, CSV for a pipe, unless the user asked."""
    if requested is not None:
        return requested
    return Format.table if sys.stdout.isatty() else Format.csv


def export_target(out: Output) -> Path | None:
    """The --export file, checked before any work is done; None without --export."""
    if out.export is None:
        return None
    from adhocq.export.files import check_target

    path = Path(out.export)
    check_target(path, "--export", out.dataset)
    if not out.export.lower().endswith(EXPORT_SUFFIXES):
        template = N_("--export writes .svg or .html files, not {name!r}")
        raise UsageProblem(phrase(template, name=out.export))
    return path


def emit(result: Result, out: Output, picture: object = None) -> None:
    """`result` on stdout; with --export, also saved as an HTML document or SVG picture (of
    `picture`, if given, instead of the table)."""
    fmt = choose_format(out.format)
    if out.excel_safe and fmt not in _SPREADSHEET_FORMATS:
        template = N_("--excel-safe applies to csv and tsv output, not {format}")
        raise UsageProblem(phrase(template, format=fmt.value))
    if out.crlf and fmt is not Format.csv:
        raise UsageProblem(
            phrase(N_("--crlf applies to csv output, not {format}"), format=fmt.value)
        )
    target = export_target(out)
    if target is not None:
        _export(result, picture, target, out.force)
    if not result.rows and result.empty_reason:
        say(result.empty_reason)
    if fmt is Format.table:
        _write_table(result)
        if not result.rows and not result.empty_reason:
            say(tr(result.lang, "no rows match these filters"))
        return
    if fmt not in _FOR_PEOPLE:
        result = result.without_summaries() if not out.totals else result
    if sys.stdout.isatty():
        result = result.map_text(make_visible)
    if out.excel_safe:
        result = result.map_text(spreadsheet_safe)
    if out.crlf:
        from adhocq.output.delimited import render_csv

        text = render_csv(result, line_end="\r\n")
    else:
        text = render_text(result, fmt)
    # Machine formats are UTF-8 whatever the locale or PYTHONIOENCODING says; "replace": an
    # argument byte that was not UTF-8 (a lone surrogate in Python) is written as "?".
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.buffer.flush()


def emit_chart(bars: "Chart", result: Result, out: Output) -> None:
    """Bars for people (with `result`, the same data, for an HTML export): it cannot be
    combined with a machine format."""
    if out.format is not None and out.format is not Format.table:
        template = N_("--chart draws a picture; it cannot be written as {format}")
        raise UsageProblem(phrase(template, format=out.format.value))
    from adhocq.output import chart

    image = chart.render(bars, terminal_width(), unicode=not _ascii_only())
    emit_picture(image, result, out)


def _ascii_only() -> bool:
    """Whether standard output shows ASCII only: its encoding is not UTF-8, or it is a terminal
    that TERM calls dumb (as Rich decides for the table and the map)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    dumb = os.environ.get("TERM", "").lower() in ("dumb", "unknown") and sys.stdout.isatty()
    return dumb or not encoding.startswith("utf")


def emit_picture(image: object, result: Result, out: Output) -> None:
    """A picture for people (a chart's text, or a Rich renderable such as the map) of `result`:
    printed to the terminal as it is, and saved as SVG or HTML with --export."""
    if out.excel_safe:
        raise UsageProblem(N_("--excel-safe applies to csv and tsv output, not a picture"))
    if out.crlf:
        raise UsageProblem(N_("--crlf applies to csv output, not a picture"))
    target = export_target(out)
    if target is not None:
        _export(result, image, target, out.force)
    with _terminal_stream() as stream:
        if isinstance(image, str):  # a chart: plain text, no Rich needed
            stream.write(image)
        else:
            from adhocq.output import table

            table.write_picture(image, stream, terminal_width())  # type: ignore[arg-type]


def terminal_width() -> int:
    """Standard output's width in columns: COLUMNS, else the terminal's, else 80."""
    return shutil.get_terminal_size().columns


def _export(result: Result, image: object, target: Path, force: bool) -> None:
    """The picture as SVG, or the result as an HTML document (with the picture, if any)."""
    from html import escape

    from adhocq.export.files import write_new_file
    from adhocq.output import html, table

    if target.name.lower().endswith(".svg"):
        text = table.svg(result if image is None else image, result.title)  # type: ignore[arg-type]
    elif image is None:
        text = html.render(result)
    elif isinstance(image, str):
        lines = (escape(make_visible(line)) for line in image.split("\n"))
        text = html.render(result, "<pre>" + "\n".join(lines) + "</pre>")
    else:
        text = html.render(result, table.svg(image, result.title))  # type: ignore[arg-type]
    data = text.encode("utf-8", "backslashreplace")
    write_new_file(target, lambda temp: _write_bytes(temp, data), force)
    from adhocq.cli.language import spoken

    say(tr(spoken(), "wrote {file}").format(file=target))


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _write_table(result: Result) -> None:
    from adhocq.output import table

    with _terminal_stream() as stream:
        table.write(result, stream, terminal_width())


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


def emit_text(text: str) -> None:
    """Text in a format of its own (a citation) on stdout, as machine formats are written:
    UTF-8 whatever the locale says, with control characters made visible on a terminal."""
    if sys.stdout.isatty():
        text = "\n".join(make_visible(line) for line in text.split("\n"))
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.buffer.flush()


def say(line: str) -> None:
    """One line on stderr, where everything but data goes. Messages quote what the user gave
    (file names, values), so control characters are shown escaped, never sent raw. A closed or
    broken stderr gets nothing, and the message never goes to stdout instead."""
    if sys.stderr is None:  # started with stderr closed (2>&-)
        return
    try:
        print(f"adhocq: {make_visible(line)}", file=sys.stderr, flush=True)
    except OSError:  # nowhere left to say it
        pass
