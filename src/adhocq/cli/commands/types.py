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
from adhocq.cli.present import query


def types(
    fmt: FormatOption = None,
    lang: LangOption = "en",
    data: DataOption = None,
    query_id: QueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """The taxonomy of measure types of one query (the default query, or the one --query
    chooses), with how many countries report each.

    \b
    Examples:
      adhocq types
      adhocq types --lang fr -f csv
    """
    emit(
        query.types(dataset(data, lang, query_id), lang),
        output(fmt, excel_safe, crlf, export, force, data),
    )
