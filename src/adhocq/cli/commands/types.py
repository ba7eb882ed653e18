from adhocq.cli.commands.options import Shared, shared_options
from adhocq.cli.emit import emit
from adhocq.cli.present import query


@shared_options()
def types(run: Shared) -> None:
    """The taxonomy of measure types of one query (the default query, or the one --query
    chooses), with how many countries report each.

    \b
    Examples:
      adhocq types
      adhocq types --lang fr -f csv
    """
    emit(query.types(run.dataset(), run.lang), run.output())
