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
    OnlyQueryOption,
    dataset,
    language,
    output,
    overview,
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
            autocompletion=complete.languages,
            help="Search only this language. Default: every language of the queries.",
        ),
    ] = None,
    fmt: FormatOption = None,
    data: DataOption = None,
    query_id: OnlyQueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Every label, name, description, finding and note that contains TEXT, one row per hit:
    in every query of the dataset, or only in one with --query (ADHOCQ_QUERY does not narrow
    it).

    \b
    Examples:
      adhocq search psycho
      adhocq search detention -q 'judicial review'
      adhocq search 'redéploiement' --lang fr
      adhocq search staff -f csv | cut -d, -f1,3
    """
    from adhocq.cli.language import spoken

    if query_id is not None:
        result = searching.search((dataset(data, lang, query_id),), text, lang, spoken())
    else:
        result = searching.search_all(overview(data, lang), text, lang, spoken())
    emit(result, output(fmt, excel_safe, crlf, export, force, data))
