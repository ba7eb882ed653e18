from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, category_option, shared_options, types_option
from adhocq.cli.emit import emit
from adhocq.cli.input import category_id, commas, respondent, type_id
from adhocq.cli.present import query


@shared_options()
def measures(
    run: Shared,
    types: Annotated[
        list[str] | None,
        types_option(
            "--type",
            "-t",
            help="Only this measure type (repeat, or separate with commas: any of them; "
            "'adhocq types' lists them).",
        ),
    ] = None,
    category: Annotated[
        str | None, category_option("Only measures in this category (see 'adhocq types').")
    ] = None,
    countries: Annotated[
        list[str] | None,
        typer.Option(
            "--country",
            "-c",
            metavar="CODE",
            show_default=False,
            callback=commas,
            autocompletion=complete.respondents,
            help="Only this country, by EMN code or by name in any language of the data "
            "(repeat, or separate with commas: any of them).",
        ),
    ] = None,
) -> None:
    """One row per country and measure the summary of one query (the default query, or the
    one --query chooses) attributes to it.

    \b
    Examples:
      adhocq measures --type staffing
      adhocq measures --country cz --lang fr -f markdown
    """
    ds = run.dataset()
    wanted = [type_id(ds, raw) for raw in types or ()]
    codes = [respondent(ds, raw).code for raw in countries or ()]
    in_category = category_id(ds, category) if category is not None else None
    result = query.measures(ds, run.lang, wanted, in_category, codes)
    emit(result, run.output())
