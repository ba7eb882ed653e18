from typing import Annotated

import typer

from adhocq.analysis import matrix as build_matrix
from adhocq.commands.options import (
    DataOption,
    ExcelSafeOption,
    ExportOption,
    FormatOption,
    LangOption,
    dataset,
)
from adhocq.emit import emit
from adhocq.model import Lang


def matrix(
    category: Annotated[
        str | None,
        typer.Option(
            "--category",
            metavar="CAT",
            show_default=False,
            help="Only the measure types of this category.",
        ),
    ] = None,
    transpose: Annotated[
        bool, typer.Option("--transpose", help="One row per type, one column per country.")
    ] = False,
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
    export: ExportOption = None,
) -> None:
    """Countries x measure types, with row and column totals (true/false in machine formats).

    \b
    Examples:
      adhocq matrix --category staff-support
      adhocq matrix --transpose -f csv
    """
    emit(build_matrix(dataset(data), lang, category, transpose), fmt, excel_safe, export)
