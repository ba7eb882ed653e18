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


def info(
    fmt: FormatOption = None,
    lang: LangOption = "en",
    data: DataOption = None,
    query_id: QueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """The query: title, requester, dates, who answered and who did not, themes, sources, notes.

    \b
    Examples:
      adhocq info
      adhocq info --lang fr -f json
    """
    emit(
        profile.info(dataset(data, lang, query_id), lang),
        output(fmt, excel_safe, crlf, export, force, data),
    )
