from typing import Annotated

import typer

from adhocq.cli.commands.options import (
    CrlfOption,
    DataOption,
    ExcelSafeOption,
    ExportOption,
    ForceOption,
    FormatOption,
    QueryOption,
    dataset,
    language,
    output,
)
from adhocq.cli.emit import emit
from adhocq.cli.present import search as searching


def search(
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT",
            show_default=False,
            help="Text to find, ignoring case and accents (redeploi finds redéploiement).",
        ),
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="LANG",
            callback=language,
            show_default=False,
            help="Search only this language. Default: every language of the dataset.",
        ),
    ] = None,
    fmt: FormatOption = None,
    data: DataOption = None,
    query_id: QueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Every label, name, description, finding and note that contains TEXT, one row per hit.

    \b
    Examples:
      adhocq search psycho
      adhocq search 'redéploiement' --lang fr
      adhocq search staff -f csv | cut -d, -f1,3
    """
    result = searching.search(dataset(data, lang, query_id), text, lang)
    emit(result, output(fmt, excel_safe, crlf, export, force, data))
