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
from adhocq.cli.present import profile


def show(
    code: Annotated[
        str,
        typer.Argument(
            metavar="CODE",
            show_default=False,
            autocompletion=complete.respondents,
            help="EMN country code, e.g. CZ (GR means EL), or name in any language of the data "
            "(Czechia, Tchéquie).",
        ),
    ],
    fmt: FormatOption = None,
    lang: LangOption = "en",
    data: DataOption = None,
    query_id: QueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """One country's profile in one query (the default query, or the one --query chooses):
    its answers, every measure named for it, notes. 'adhocq country CODE' looks across every
    query.

    \b
    Examples:
      adhocq show cz
      adhocq show CY --lang fr
      adhocq show cz -q 'au pair'
    """
    emit(
        profile.show(dataset(data, lang, query_id), lang, code),
        output(fmt, excel_safe, crlf, export, force, data),
    )
