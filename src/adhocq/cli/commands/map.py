from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands.options import (
    CrlfOption,
    DataOption,
    ExcelSafeOption,
    ExportOption,
    ForceOption,
    FormatOption,
    LangOption,
    QueryOption,
    dataset,
    output,
)
from adhocq.cli.emit import choose_format, emit, emit_picture
from adhocq.output import Format


def map(
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
    fmt: FormatOption = None,
    lang: LangOption = "en",
    data: DataOption = None,
    query_id: QueryOption = None,
    excel_safe: ExcelSafeOption = False,
    crlf: CrlfOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
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
    from adhocq.cli.present.mapdata import default_by, map_values, picture

    out = output(fmt, excel_safe, crlf, export, force, data)
    ds = dataset(data, lang, query_id)
    by = by_name(by) if by is not None else default_by(ds)
    result = map_values(ds, lang, by)
    drawn = choose_format(fmt) is Format.table
    image = None
    if drawn or export is not None:
        from adhocq.output.tilemap import build

        image = build(picture(ds, lang, by))
    if drawn:
        emit_picture(image, result, out)
    else:
        emit(result, out, image)
