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
from adhocq.emit import emit
from adhocq.model import Lang


def show(
    code: Annotated[
        str,
        typer.Argument(
            metavar="CODE", show_default=False, help="EMN country code, e.g. CZ (GR means EL)."
        ),
    ],
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
    export: ExportOption = None,
) -> None:
    """One country's profile: customer service, every measure, notes.

    \b
    Examples:
      adhocq show cz
      adhocq show CY --lang fr
    """
    emit(query.show(dataset(data), lang, code), fmt, excel_safe, export)
