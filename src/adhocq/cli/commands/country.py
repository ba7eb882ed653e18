from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, shared_options
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
) -> None:
    """Everything the queries say of one country: each query it answered (where the summary
    lists its respondents) and each finding that names it, newest query first.

    \b
    Examples:
      adhocq country cz
      adhocq country el -f csv
    """
    from adhocq import ask
    from adhocq.cli.input import emn_country
    from adhocq.cli.present.across_queries import country as about

    index = run.overview()
    emit(about(index, run.lang, emn_country(code, ask.countries(index))), run.output())
