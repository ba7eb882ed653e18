from typing import Annotated

import typer

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
    overview,
    typed_query,
)
from adhocq.cli.emit import emit, emit_chart
from adhocq.cli.present import counts
from adhocq.cli.present.counts import CountBy
from adhocq.errors import UsageProblem
from adhocq.messages import N_


def count(
    ctx: typer.Context,
    by: Annotated[
        CountBy,
        typer.Option(
            "--by",
            case_sensitive=False,
            help="Group countries by type or category (of one query), count measures per "
            "country, or count respondents and countries named per query (across queries).",
        ),
    ] = CountBy.type,
    chart: Annotated[
        bool,
        typer.Option("--chart", help="Draw horizontal bars, longest first, instead of a table."),
    ] = False,
    fmt: FormatOption = None,
    lang: LangOption = "en",
    data: DataOption = None,
    query_id: QueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """In one query (the default query, or the one --query chooses): how many countries report
    each type or category (with share and codes), or how many measures each country reports.
    With --by query, across every query: the respondents each counts and the countries each
    lists or names.

    \b
    Examples:
      adhocq count --by category
      adhocq count --by type --chart
      adhocq count --by type -f json
      adhocq count --by query
    """
    out = output(fmt, excel_safe, crlf, export, force, data)
    if by is CountBy.query:
        if typed_query(ctx, query_id) is not None:
            raise UsageProblem(
                N_("count --by query counts across the queries; it takes no --query")
            )
        from adhocq.cli.present import participation

        every = overview(data, lang)
        result = participation.by_query(every, lang)
        if chart:
            emit_chart(participation.by_query_chart(every, lang), result, out)
        else:
            emit(result, out)
        return
    ds = dataset(data, lang, query_id)
    result = counts.count(ds, lang, by)
    if chart:
        emit_chart(counts.chart(ds, lang, by), result, out)
    else:
        emit(result, out)
