from typing import Annotated

import typer

from adhocq.cli.commands.options import Shared, category_option, shared_options, typed_query
from adhocq.cli.emit import emit
from adhocq.cli.input import category_id
from adhocq.cli.present.analysis import matrix as build_matrix
from adhocq.errors import UsageProblem
from adhocq.messages import N_


@shared_options()
def matrix(
    run: Shared,
    ctx: typer.Context,
    category: Annotated[
        str | None, category_option("Only the measure types of this category (see 'adhocq types').")
    ] = None,
    transpose: Annotated[
        bool, typer.Option("--transpose", help="One row per type, one column per country.")
    ] = False,
    queries: Annotated[
        bool,
        typer.Option(
            "--queries",
            help="Countries x queries instead, across the dataset: answered (a listed "
            "respondent), named (in a finding), or empty.",
        ),
    ] = False,
    totals: Annotated[
        bool,
        typer.Option(
            "--totals",
            help="Also write the total column in csv, tsv, json and jsonl (tables and markdown "
            "always show totals).",
        ),
    ] = False,
) -> None:
    """Countries x measure types named in the summary of one query (the default query, or the
    one --query chooses): a mark where the summary names the country for the type (true/false
    in machine formats), with totals for people. With --queries, countries x every query.

    \b
    Examples:
      adhocq matrix --category staff-support
      adhocq matrix --transpose -f csv
      adhocq matrix --queries -f csv
    """
    if queries:
        if category is not None or transpose or typed_query(ctx, run.query_id) is not None:
            raise UsageProblem(N_("matrix --queries is across queries; it takes no --category, "
                                  "--transpose or --query"))  # fmt: skip
        from adhocq.cli.present.participation import matrix as participation

        result = participation(run.overview(), run.lang)
    else:
        ds = run.dataset()
        chosen = category_id(ds, category) if category is not None else None
        result = build_matrix(ds, run.lang, chosen, transpose)
    emit(result, run.output(totals))
