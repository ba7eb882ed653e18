"""Options every data command shares, and the dataset they read."""

from typing import Annotated

import typer

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
    from adhocq.load import load, resolve_path

    return load(resolve_path(path))


ExportOption = Annotated[
    str | None,
    typer.Option(
        "--export",
        metavar="FILE",
        show_default=False,
        help="Also save the table as a picture: FILE.svg or FILE.html.",
    ),
]
