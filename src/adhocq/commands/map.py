from typing import Annotated

import typer

from adhocq.commands.options import DataOption, ExcelSafeOption, LangOption, dataset
from adhocq.emit import check_export, emit, emit_picture
from adhocq.errors import UsageProblem
from adhocq.model import Lang
from adhocq.output import Format

ExportOption = Annotated[
    str | None,
    typer.Option("--export", metavar="FILE", help="Also save the picture as .svg or .html."),
]


MapFormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="Write the map's data in this format instead of drawing the map.",
    ),
]


def map(
    by: Annotated[
        str,
        typer.Option(
            "--by",
            metavar="WHAT",
            help="Colour countries by: offers-service, measures (how many), or a measure type id "
            "(see 'adhocq types').",
        ),
    ] = "offers-service",
    fmt: MapFormatOption = None,
    lang: LangOption = Lang.en,
    data: DataOption = None,
    export: ExportOption = None,
    excel_safe: ExcelSafeOption = False,
) -> None:
    """A tile map of the EMN member and observer countries, each where it lies in Europe,
    coloured by whether it offers a customer service, reports a measure type, or by how many
    measures it reports. Members that did not answer and observers are greyed. With --format,
    the map's data instead of the picture.

    \b
    Examples:
      adhocq map
      adhocq map --by staffing --export staffing.svg
      adhocq map --by measures -f csv
    """
    from adhocq.mapdata import by_label, map_values

    check_export(export)
    if excel_safe and fmt is None:
        raise UsageProblem("--excel-safe applies to csv and tsv output, not the map's picture")
    ds = dataset(data)
    result = map_values(ds, lang, by)
    if fmt is not None:
        emit(result, fmt, excel_safe, export)
        return
    from adhocq.output.tilemap import build

    emit_picture(build(result, by_label(ds, by)), result.title, export)
