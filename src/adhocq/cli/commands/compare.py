from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, shared_options, typed_query
from adhocq.cli.emit import emit
from adhocq.cli.input import emn_country, respondent
from adhocq.cli.present.analysis import compare as build_comparison
from adhocq.errors import UsageProblem


@shared_options()
def compare(
    run: Shared,
    ctx: typer.Context,
    codes: Annotated[
        list[str],
        typer.Argument(
            metavar="CODE CODE...",
            show_default=False,
            autocompletion=complete.respondents,
            help="Two or more EMN country codes or names.",
        ),
    ],
    queries: Annotated[
        bool,
        typer.Option(
            "--queries",
            help="Across every query instead: one row per query, what its summary says of each "
            "country (answered, named, asked, or nothing).",
        ),
    ] = False,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Also list the types none of them report (with --queries: the queries that "
            "say nothing of any of them).",
        ),
    ] = False,
) -> None:
    """Country profiles side by side in one query: its answers, then one row per measure
    type. With --queries, across every query of the dataset: what each summary says of each
    country.

    \b
    Examples:
      adhocq compare cz fi pl
      adhocq compare se lt --all -f markdown
      adhocq compare cz pl --queries
    """
    out = run.output()
    if queries:
        if typed_query(ctx, run.query_id) is not None:
            raise UsageProblem("compare --queries is across queries; it takes no --query")
        from adhocq import ask
        from adhocq.cli.present.compare_queries import compare as across

        index = run.overview()
        known = ask.countries(index)
        emit(across(index, run.lang, [emn_country(c, known) for c in codes], show_all), out)
        return
    ds = run.dataset()
    emit(build_comparison(ds, run.lang, [respondent(ds, code) for code in codes], show_all), out)
