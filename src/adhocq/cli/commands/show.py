from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, shared_options
from adhocq.cli.emit import emit
from adhocq.cli.input import country
from adhocq.cli.present import profile


@shared_options()
def show(
    run: Shared,
    code: Annotated[
        str,
        typer.Argument(
            metavar="CODE",
            show_default=False,
            autocompletion=complete.respondents,
            help="EMN country code, e.g. CZ (GR means EL), or name in any language of the data "
            "(Czechia, Tchéquie).",
        ),
    ],
) -> None:
    """One country's profile in one query (the default query, or the one --query chooses):
    its answers, every measure named for it, notes. 'adhocq country CODE' looks across every
    query.

    \b
    Examples:
      adhocq show cz
      adhocq show CY --lang fr
      adhocq show cz -q 'au pair'
    """
    ds = run.dataset()
    emit(profile.show(ds, run.lang, country(ds, code)), run.output())
