from typing import Annotated

import typer

from adhocq import query
from adhocq.commands.options import (
    CrlfOption,
    DataOption,
    ExcelSafeOption,
    ExportOption,
    ForceOption,
    FormatOption,
    LangOption,
    dataset,
    output,
)
from adhocq.emit import emit
from adhocq.errors import UsageProblem
from adhocq.model import Lang

TypeList = list[str] | None


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
        TypeList,
        typer.Option(
            "--has",
            metavar="TYPE",
            show_default=False,
            help="Reports this measure type (repeat: all of them).",
        ),
    ] = None,
    any_of: Annotated[
        TypeList,
        typer.Option(
            "--any",
            metavar="TYPE",
            show_default=False,
            help="Reports this measure type (repeat: at least one of them).",
        ),
    ] = None,
    lacks: Annotated[
        TypeList,
        typer.Option(
            "--lacks",
            metavar="TYPE",
            show_default=False,
            help="Does not report this measure type (repeat: none of them).",
        ),
    ] = None,
    category: Annotated[
        str | None,
        typer.Option(
            "--category",
            metavar="CAT",
            show_default=False,
            help="Has any measure in this category.",
        ),
    ] = None,
    non_respondents: Annotated[
        bool,
        typer.Option(
            "--non-respondents",
            help="List the EMN members that did not answer instead (no other filter).",
        ),
    ] = False,
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """List the countries that answered, filtered by service and by measure types.

    \b
    Examples:
      adhocq countries --offers-service
      adhocq countries --has staffing --has psychological-support -f json
      adhocq countries --any training --any templates --lacks staffing
      adhocq countries --non-respondents
    """
    ds = dataset(data)
    if non_respondents:
        if offers_service is not None or has or any_of or lacks or category:
            raise UsageProblem("--non-respondents lists who did not answer; it takes no filter")
        result = query.non_respondents(ds, lang)
    else:
        result = query.countries(
            ds, lang, offers_service, has or (), category, any_of or (), lacks or ()
        )
    emit(result, output(fmt, excel_safe, crlf, export, force, data))
