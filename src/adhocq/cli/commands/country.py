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
    output,
    overview,
)
from adhocq.cli.emit import emit


def country(
    code: Annotated[
        str,
        typer.Argument(
            metavar="CODE",
            show_default=False,
            autocompletion=complete.countries,
            help="An EMN country code (GR for EL), or its name in any language of the data.",
        ),
    ],
    fmt: FormatOption = None,
    lang: LangOption = "en",
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Everything the queries say of one country: each query it answered (where the summary
    lists its respondents) and each finding that names it, newest query first.

    \b
    Examples:
      adhocq country cz
      adhocq country el -f csv
    """
    from adhocq.cli.present.corpus import country as about

    emit(
        about(overview(data, lang), lang, code), output(fmt, excel_safe, crlf, export, force, data)
    )
