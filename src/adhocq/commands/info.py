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


def info(
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
    export: ExportOption = None,
) -> None:
    """The query: title, requester, dates, who answered and who did not, themes, sources, notes.

    \b
    Examples:
      adhocq info
      adhocq info --lang fr -f json
    """
    emit(query.info(dataset(data), lang), fmt, excel_safe, export)
