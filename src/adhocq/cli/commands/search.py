from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, shared_options
from adhocq.cli.datasets import dataset, overview
from adhocq.cli.emit import emit
from adhocq.cli.input import language
from adhocq.cli.present import search as searching


@shared_options(query="only", lang=False)
def search(
    run: Shared,
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT",
            show_default=False,
            help="Text to find, ignoring case and accents (redeploi finds redéploiement).",
        ),
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="LANG",
            callback=language,
            show_default=False,
            autocompletion=complete.languages,
            help="Search only this language. Default: every language of the queries.",
        ),
    ] = None,
) -> None:
    """Every label, name, description, finding and note that contains TEXT, one row per hit:
    in every query of the dataset, or only in one with --query (ADHOCQ_QUERY does not narrow
    it).

    \b
    Examples:
      adhocq search psycho
      adhocq search detention -q 'judicial review'
      adhocq search 'redéploiement' --lang fr
      adhocq search staff -f csv | cut -d, -f1,3
    """
    from adhocq.cli.language import spoken

    # --lang here narrows the search: it is this command's own option, not the shared one.
    if run.query_id is not None:
        result = searching.search((dataset(run.data, lang, run.query_id),), text, lang, spoken())
    else:
        result = searching.search_all(overview(run.data, lang), text, lang, spoken())
    emit(result, run.output())
