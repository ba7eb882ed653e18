from typing import Annotated

import typer

from adhocq import query
from adhocq.commands.options import (
    DataOption,
    ExcelSafeOption,
    ExportOption,
    FormatOption,
    LangOption,
    dataset,
)
from adhocq.emit import emit, emit_chart
from adhocq.model import Lang
from adhocq.query import CountBy


def count(
    by: Annotated[
        CountBy,
        typer.Option(
            "--by",
            case_sensitive=False,
            help="Group countries by type or category, or count measures per country.",
        ),
    ] = CountBy.type,
    chart: Annotated[
        bool,
        typer.Option("--chart", help="Draw horizontal bars, longest first, instead of a table."),
    ] = False,
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
    export: ExportOption = None,
) -> None:
    """How many countries report each type or category (with share and codes), or how many
    measures each country reports.

    \b
    Examples:
      adhocq count --by category
      adhocq count --by type --chart
      adhocq count --by type -f json
    """
    result = query.count(dataset(data), lang, by)
    if chart:
        emit_chart(result, fmt, export)
    else:
        emit(result, fmt, excel_safe, export)
