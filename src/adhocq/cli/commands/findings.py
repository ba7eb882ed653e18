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


def findings(
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            show_default=False,
            autocompletion=complete.finding_kinds,
            help="Only findings of this kind (see 'adhocq info').",
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
    """The findings of one query's summary (the default query, or the one --query chooses), of
    each kind it declares, with the countries each names.

    \b
    Examples:
      adhocq findings --kind challenge
      adhocq findings --lang fr -f markdown
      adhocq findings -q citizenship
    """
    emit(
        query.findings(dataset(data, lang, query_id), lang, kind),
        output(fmt, excel_safe, crlf, export, force, data),
    )
