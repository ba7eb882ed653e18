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
from adhocq.model import FindingKind, Lang


def findings(
    kind: Annotated[
        FindingKind | None,
        typer.Option(
            "--kind", case_sensitive=False, show_default=False, help="Only findings of this kind."
        ),
    ] = None,
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Findings the summary attributes to no country: challenges, solutions, preparedness.

    \b
    Examples:
      adhocq findings --kind challenge
      adhocq findings --lang fr -f markdown
    """
    emit(
        query.findings(dataset(data), lang, kind),
        output(fmt, excel_safe, crlf, export, force, data),
    )
