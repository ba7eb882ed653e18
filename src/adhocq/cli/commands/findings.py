from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, shared_options
from adhocq.cli.emit import emit
from adhocq.cli.input import finding_kind
from adhocq.cli.present import query


@shared_options()
def findings(
    run: Shared,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            show_default=False,
            autocompletion=complete.finding_kinds,
            help="Only findings of this kind (see 'adhocq info').",
        ),
    ] = None,
) -> None:
    """The findings of one query's summary (the default query, or the one --query chooses), of
    each kind it declares, with the countries each names.

    \b
    Examples:
      adhocq findings --kind challenge
      adhocq findings --lang fr -f markdown
      adhocq findings -q 'naturalisation process'
    """
    ds = run.dataset()
    wanted = finding_kind(ds, kind) if kind is not None else None
    emit(query.findings(ds, run.lang, wanted), run.output())
