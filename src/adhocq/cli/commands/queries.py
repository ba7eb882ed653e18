from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, TopicsOption, country_option, shared_options
from adhocq.cli.emit import emit
from adhocq.model import Coverage


@shared_options(query=None)
def queries(
    run: Shared,
    country: Annotated[
        str | None,
        country_option(
            "Only queries this country (a code or a name) asked, answered (as listed) or is "
            "named in."
        ),
    ] = None,
    requester: Annotated[
        str | None,
        typer.Option(
            "--requester",
            metavar="CODE",
            show_default=False,
            autocompletion=complete.countries,
            help="Only queries this country (a code or a name) asked.",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE",
            show_default=False,
            help="Only queries dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD): by their "
            "publication, else their compilation, else the day or month they were asked.",
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="DATE",
            show_default=False,
            help="Only queries dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD), as --since "
            "dates them.",
        ),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            metavar="TEXT",
            show_default=False,
            help="Only queries whose title or findings contain TEXT (any case, any accents).",
        ),
    ] = None,
    coverage: Annotated[
        Coverage | None,
        typer.Option(
            "--coverage",
            case_sensitive=False,
            show_default=False,
            help="Only queries whose file holds this much of the summary: complete, excerpt "
            "(its first findings), listing (only what a listing says of the query), or header "
            "(only the header of its compilation: who answered, not what).",
        ),
    ] = None,
    topic: TopicsOption = None,
    latest: Annotated[
        int | None,
        typer.Option(
            "--latest",
            metavar="N",
            min=1,
            show_default=False,
            help="Only the N newest of the queries (after the other filters).",
        ),
    ] = None,
) -> None:
    """The ad hoc queries of the dataset, newest first: id, date, requester, title,
    respondents, how much of each summary adhocq holds (coverage: complete, an excerpt of its
    first findings_read findings, or only what a listing says) and the address of the summary
    in --lang, else in English (url; HTML exports link each id to it).

    \b
    Examples:
      adhocq queries
      adhocq queries --country cz --since 2024
      adhocq queries --search detention -f csv
      adhocq queries --coverage complete
      adhocq queries --requester fi -f json
      adhocq queries --latest 3 --export latest.html
    """
    from adhocq import ask
    from adhocq.cli.input import date_bound, emn_country, search_text, topic_ids
    from adhocq.cli.present.across_queries import queries as listed

    words = search_text(search) if search is not None else None
    index = run.overview()
    known = ask.countries(index)
    result = listed(
        index,
        run.lang,
        emn_country(country, known) if country is not None else None,
        emn_country(requester, known) if requester is not None else None,
        date_bound(since, "--since", end=False) if since is not None else None,
        date_bound(until, "--until", end=True) if until is not None else None,
        words,
        latest,
        coverage,
        topic_ids(topic) if topic is not None else None,
    )
    emit(result, run.output())
