from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, TopicsOption, shared_options
from adhocq.cli.emit import emit


@shared_options(query=None)
def country(
    run: Shared,
    code: Annotated[
        str,
        typer.Argument(
            metavar="CODE",
            show_default=False,
            autocompletion=complete.countries,
            help="An EMN country code (GR for EL), or its name in any language of the data.",
        ),
    ],
    topic: TopicsOption = None,
) -> None:
    """Everything the queries say of one country, newest query first: each query it asked,
    answered or was asked to answer, each finding that names it; and for every other query,
    whether its list of respondents leaves the country out (not listed: it did not answer) or
    the query says nothing of it (not known).

    \b
    Examples:
      adhocq country cz
      adhocq country el -f csv
      adhocq country at --topic citizenship
    """
    from adhocq import ask
    from adhocq.cli.input import emn_country, topic_ids
    from adhocq.cli.present.across_queries import country as about

    index = run.overview()
    chosen = topic_ids(topic) if topic is not None else None
    emit(about(index, run.lang, emn_country(code, ask.countries(index)), chosen), run.output())
