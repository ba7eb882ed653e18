from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, country_option, shared_options
from adhocq.cli.emit import emit


@shared_options(query=None)
def timeline(
    run: Shared,
    topic: Annotated[
        str,
        typer.Argument(
            metavar="TOPIC",
            show_default=False,
            autocompletion=complete.topics,
            help="A topic of adhocq's own list (an unknown one is refused with the list).",
        ),
    ],
    country: Annotated[
        str | None,
        country_option("Only this country (a code or a name)."),
    ] = None,
) -> None:
    """A topic across the years: each query of the topic, oldest first, and each country's
    role in it (asked, answered, requested, named, not listed: it did not answer, or not
    known), with the findings and measures that name it; one row per query and country.

    \b
    Examples:
      adhocq timeline citizenship --country at
      adhocq timeline detention -f csv
    """
    from adhocq import ask
    from adhocq.cli.input import emn_country, topic_ids
    from adhocq.cli.present.timeline import timeline as across_years

    index = run.overview()
    (chosen,) = topic_ids([topic])
    code = emn_country(country, ask.countries(index)) if country is not None else None
    emit(across_years(index, run.lang, chosen, code), run.output())
