from typing import Annotated

import typer

from adhocq.cli.commands.options import Shared, country_option, shared_options
from adhocq.cli.emit import emit


@shared_options(query=None)
def related(
    run: Shared,
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT",
            show_default=False,
            help="A draft question or a few words, in English or French.",
        ),
    ],
    limit: Annotated[
        int,
        typer.Option(
            "--limit",
            "-n",
            metavar="N",
            min=0,
            help="Show the N closest queries; 0 shows every query that shares a word.",
        ),
    ] = 10,
    country: Annotated[
        str | None,
        country_option("Also say what each query says of this country (a code or a name)."),
    ] = None,
) -> None:
    """Has this been asked before? The queries closest to a draft question, closest first:
    each with its date, requester, respondents, coverage and topics, and the texts of it that
    hold the draft's words. Case, accents and simple word forms are ignored (tests finds
    test, naturalization finds naturalisation); a French draft also finds queries written
    in English only.

    \b
    Examples:
      adhocq related 'language test before a spouse can join'
      adhocq related 'rétention sans contrôle du juge' --lang fr
      adhocq related 'citizenship tests' --country FI -f csv
    """
    from adhocq import ask
    from adhocq.cli.input import draft, emn_country
    from adhocq.cli.present.related import related as closest

    index = run.overview()
    code = emn_country(country, ask.countries(index)) if country is not None else None
    chosen = draft(text)
    emit(closest(index, run.lang, chosen, limit or None, code), run.output())
