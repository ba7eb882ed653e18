from typing import Annotated

import typer

from adhocq.cli import complete
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
from adhocq.cli.emit import emit
from adhocq.cli.present import query
from adhocq.cli.typed import commas


def measures(
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            "-t",
            metavar="TYPE",
            show_default=False,
            callback=commas,
            autocompletion=complete.measure_types,
            help="Only this measure type (repeat, or separate with commas: any of them; "
            "'adhocq types' lists them).",
        ),
    ] = None,
    category: Annotated[
        str | None,
        typer.Option(
            "--category",
            metavar="CAT",
            show_default=False,
            autocompletion=complete.categories,
            help="Only measures in this category (see 'adhocq types').",
        ),
    ] = None,
    countries: Annotated[
        list[str] | None,
        typer.Option(
            "--country",
            "-c",
            metavar="CODE",
            show_default=False,
            callback=commas,
            autocompletion=complete.respondents,
            help="Only this country, by EMN code or by name in any language of the data "
            "(repeat, or separate with commas: any of them).",
        ),
    ] = None,
    fmt: FormatOption = None,
    lang: LangOption = "en",
    data: DataOption = None,
    query_id: QueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """One row per country and measure the summary of one query (the default query, or the
    one --query chooses) attributes to it.

    \b
    Examples:
      adhocq measures --type staffing
      adhocq measures --country cz --lang fr -f markdown
    """
    result = query.measures(
        dataset(data, lang, query_id), lang, types or (), category, countries or ()
    )
    emit(result, output(fmt, excel_safe, crlf, export, force, data))
