"""Options every data command shares, and the dataset they read."""

from typing import Annotated

import typer

from adhocq.emit import Output
from adhocq.model import Dataset, Lang
from adhocq.output import Format

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="Output format. Default: table on a terminal, csv in a pipe.",
    ),
]
LangOption = Annotated[
    Lang,
    typer.Option(
        "--lang",
        "-l",
        case_sensitive=False,
        envvar="ADHOCQ_LANG",
        help="Language of labels and descriptions.",
    ),
]
DataOption = Annotated[
    str | None,
    typer.Option(
        "--data",
        metavar="PATH",
        envvar="ADHOCQ_DATA",
        show_default=False,
        help="Dataset file to read instead of the bundled one.",
    ),
]
ExcelSafeOption = Annotated[
    bool,
    typer.Option(
        "--excel-safe",
        help="csv/tsv: prefix ' to cells starting with = + - @ "
        "tab or CR, so spreadsheets do not run them as formulas.",
    ),
]


def dataset(path: str | None) -> Dataset:
    from adhocq.loading import load, resolve_path

    return load(resolve_path(path), write_cache=True)


ExportOption = Annotated[
    str | None,
    typer.Option(
        "--export",
        metavar="FILE",
        show_default=False,
        help="Also save it as FILE.svg (a picture) or FILE.html (a document with a table). "
        "An existing file is kept unless --force.",
    ),
]
ForceOption = Annotated[
    bool, typer.Option("--force", help="With --export: replace FILE if it already exists.")
]
CrlfOption = Annotated[
    bool, typer.Option("--crlf", help="csv: end lines with CR LF (RFC 4180) instead of LF.")
]


def output(
    fmt: Format | None,
    excel_safe: bool = False,
    crlf: bool = False,
    export: str | None = None,
    force: bool = False,
    data: str | None = None,
    totals: bool = False,
) -> Output:
    """The output options as one value for `emit`; the dataset's file is never exported onto."""
    from adhocq.loading import resolve_path

    return Output(fmt, excel_safe, crlf, export, force, totals, resolve_path(data))
