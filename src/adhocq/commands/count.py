from __future__ import annotations

from typing import Annotated

import typer

from adhocq import query
from adhocq.commands.options import DataOption, ExcelSafeOption, FormatOption, LangOption, dataset
from adhocq.emit import emit
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
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
) -> None:
    """How many countries report each type or category (with share and codes), or how many
    measures each country reports.

    \b
    Examples:
      adhocq count --by category
      adhocq count --by type -f json
    """
    emit(query.count(dataset(data), lang, by), fmt, excel_safe)
