from __future__ import annotations

from typing import Annotated

import typer

from adhocq import query
from adhocq.commands.options import DataOption, ExcelSafeOption, FormatOption, LangOption, dataset
from adhocq.emit import emit
from adhocq.model import Lang


def countries(
    offers_service: Annotated[
        bool | None,
        typer.Option(
            "--offers-service/--no-offers-service",
            show_default=False,
            help="Only countries that do (or do not) offer a customer service.",
        ),
    ] = None,
    has: Annotated[
        list[str] | None,
        typer.Option(
            "--has",
            metavar="TYPE",
            show_default=False,
            help="Only countries reporting this measure type (repeat: all must hold).",
        ),
    ] = None,
    category: Annotated[
        str | None,
        typer.Option(
            "--category",
            metavar="CAT",
            show_default=False,
            help="Only countries with any measure in this category.",
        ),
    ] = None,
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
) -> None:
    """List the countries that answered, with filters.

    \b
    Examples:
      adhocq countries --offers-service
      adhocq countries --has staffing --has psychological-support -f json
    """
    result = query.countries(dataset(data), lang, offers_service, has or (), category)
    emit(result, fmt, excel_safe)
