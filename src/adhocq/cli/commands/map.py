from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import Shared, shared_options
from adhocq.cli.emit import choose_format, emit, emit_picture
from adhocq.output import Format


@shared_options()
def map(
    run: Shared,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="WHAT",
            show_default=False,
            autocompletion=complete.map_by,
            help="Colour countries by: a question's answer (its id, see 'adhocq info'; "
            "offers-service is service), a measure type id (see 'adhocq types'), measures "
            "(how many) or named (named in the summary at all). Default: the first question, "
            "else measures where the query has measure types, else named.",
        ),
    ] = None,
) -> None:
    """A tile map of the EMN member and observer countries, each where it lies in Europe,
    coloured by a question's answer, by whether it is named for a measure type, or by how many
    measures the summary names for it. Members that did not answer and observers are
    greyed. Like every command: the picture on a terminal, its data as CSV in a pipe, or in the
    format given with --format.

    \b
    Examples:
      adhocq map
      adhocq map --by staffing --export staffing.svg
      adhocq map --by measures -f csv
    """
    from adhocq.cli.commands.shorthands import by_name
    from adhocq.cli.input import map_by
    from adhocq.cli.present.mapdata import default_by, map_values, picture

    out = run.output()
    ds = run.dataset()
    by = map_by(ds, by_name(by)) if by is not None else default_by(ds)
    result = map_values(ds, run.lang, by)
    drawn = choose_format(run.fmt) is Format.table
    image = None
    if drawn or run.export is not None:
        from adhocq.output.tilemap import build

        image = build(picture(ds, run.lang, by))
    if drawn:
        emit_picture(image, result, out)
    else:
        emit(result, out, image)
