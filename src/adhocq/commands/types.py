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


def types(
    fmt: FormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    excel_safe: ExcelSafeOption = False,
    export: ExportOption = None,
) -> None:
    """The taxonomy of measure types, with how many countries report each.

    \b
    Examples:
      adhocq types
      adhocq types --lang fr -f csv
    """
    emit(query.types(dataset(data), lang), fmt, excel_safe, export)
