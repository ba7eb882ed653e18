from typing import Annotated

import typer

from adhocq.cli.commands.options import (
    CrlfOption,
    DataOption,
    ExcelSafeOption,
    ExportOption,
    ForceOption,
    FormatOption,
    LangOption,
    QueryOption,
    dataset,
    output,
)
from adhocq.cli.emit import emit, emit_chart
from adhocq.cli.present import counts
from adhocq.cli.present.counts import CountBy


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
    lang: LangOption = "en",
    data: DataOption = None,
    query_id: QueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """How many countries report each type or category (with share and codes), or how many
    measures each country reports.

    \b
    Examples:
      adhocq count --by category
      adhocq count --by type --chart
      adhocq count --by type -f json
    """
    ds = dataset(data, lang, query_id)
    result = counts.count(ds, lang, by)
    out = output(fmt, excel_safe, crlf, export, force, data)
    if chart:
        emit_chart(counts.chart(ds, lang, by), result, out)
    else:
        emit(result, out)
