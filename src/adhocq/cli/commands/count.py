from typing import Annotated

import typer

from adhocq.cli.commands.options import Shared, shared_options, typed_query
from adhocq.cli.emit import emit, emit_chart
from adhocq.cli.present import counts
from adhocq.cli.present.counts import CountBy
from adhocq.errors import UsageProblem
from adhocq.messages import N_


@shared_options()
def count(
    run: Shared,
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
    out = run.output()
    if by is CountBy.query:
        if typed_query(ctx, run.query_id) is not None:
            raise UsageProblem(
                N_("count --by query counts across the queries; it takes no --query")
            )
        from adhocq.cli.present import participation

        every = run.overview()
        result = participation.by_query(every, run.lang)
        if chart:
            emit_chart(participation.by_query_chart(every, run.lang), result, out)
        else:
            emit(result, out)
        return
    ds = run.dataset()
    result = counts.count(ds, run.lang, by)
    if chart:
        emit_chart(counts.chart(ds, run.lang, by), result, out)
    else:
        emit(result, out)
