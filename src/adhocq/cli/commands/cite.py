from typing import Annotated

import typer

from adhocq.cli.commands.options import Shared, shared_options
from adhocq.cli.datasets import chosen_id
from adhocq.output.citation import Style


@shared_options(writes=False)
def cite(
    run: Shared,
    ctx: typer.Context,
    every: Annotated[
        bool, typer.Option("--all", help="Cite the summary of every query, newest first.")
    ] = False,
    style: Annotated[
        Style,
        typer.Option(
            "--style",
            "-s",
            case_sensitive=False,
            help="Citation style: plain text, BibTeX (@misc), RIS or CSL-JSON.",
        ),
    ] = Style.text,
    accessed: Annotated[
        str | None,
        typer.Option(
            "--accessed",
            metavar="DATE",
            show_default=False,
            help="The date you read the summary, as YYYY-MM-DD. Default: today.",
        ),
    ] = None,
) -> None:
    """How to cite a query's summary (published by the EMN and the national contact point
    whose site holds it: title and address as printed in --lang, or else in the language of
    the page read, with any title adhocq translated beside it; date; date accessed) and, after it,
    adhocq's dataset itself (its version and the newest date of its queries).

    \b
    Examples:
      adhocq cite
      adhocq cite -q emn-ahq-2024-fi-citizenship --style bibtex
      adhocq cite --all --style csl-json --accessed 2026-01-31
    """
    import datetime

    from adhocq import __version__
    from adhocq.cli.emit import emit_text
    from adhocq.cli.framework import ParameterSource
    from adhocq.cli.input import accessed_date
    from adhocq.cli.present import cite as present
    from adhocq.errors import UsageProblem
    from adhocq.messages import N_
    from adhocq.output.citation import render

    # ADHOCQ_QUERY in the environment is a default, which --all overrides; -q is a conflict.
    chosen_by_user = ctx.get_parameter_source("query_id") is ParameterSource.COMMANDLINE
    if every and chosen_by_user:
        raise UsageProblem(N_("--all cites every query; it cannot be combined with --query"))
    day = accessed_date(accessed, datetime.date.today())
    index = run.overview()
    in_files = index.listings()
    newest = present.newest_first(in_files)
    if every:
        cited = newest
    else:
        titles = [(x.id, x.title) for x in newest]
        ids = [x.id for x in in_files]
        ident = chosen_id(ids, index.default_id(), run.query_id, lambda: titles)
        cited = tuple(x for x in in_files if x.id == ident)
    citations = [present.summary(x, run.lang, day) for x in cited]
    citations.append(present.dataset(in_files, __version__))
    emit_text(render(citations, style))
