from adhocq.cli.commands.options import (
    CrlfOption,
    DataOption,
    ExcelSafeOption,
    ExportOption,
    ForceOption,
    FormatOption,
    LangOption,
    OnlyQueryOption,
    dataset,
    output,
    overview,
)
from adhocq.cli.emit import emit
from adhocq.cli.present import profile


def info(
    fmt: FormatOption = None,
    lang: LangOption = "en",
    data: DataOption = None,
    query_id: OnlyQueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """The dataset as a whole (its queries, dates, requesters, coverage); with --query, or for
    a dataset of one query, the query: title, requester, dates, respondents, questions, themes,
    sources, notes. ADHOCQ_QUERY does not narrow it: --query does.

    \b
    Examples:
      adhocq info
      adhocq info -q emn-ahq-2023-fi --lang fr -f json
    """
    out = output(fmt, excel_safe, crlf, export, force, data)
    if query_id is None:
        from adhocq import ask

        index = overview(data, lang)
        if ask.size(index) > 1:
            from adhocq.cli.present.corpus import describe

            emit(describe(index, lang), out)
            return
    emit(profile.info(dataset(data, lang, query_id), lang), out)
