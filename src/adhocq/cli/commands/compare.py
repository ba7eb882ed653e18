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
from adhocq.cli.present.analysis import compare as build_comparison


def compare(
    codes: Annotated[
        list[str],
        typer.Argument(
            metavar="CODE CODE...",
            show_default=False,
            autocompletion=complete.respondents,
            help="Two or more EMN country codes or names.",
        ),
    ],
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list the types none of them report.")
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
    """Country profiles side by side: the service, then one row per measure type.

    \b
    Examples:
      adhocq compare cz fi pl
      adhocq compare se lt --all -f markdown
    """
    emit(
        build_comparison(dataset(data, lang, query_id), lang, codes, show_all),
        output(fmt, excel_safe, crlf, export, force, data),
    )
