from typing import TYPE_CHECKING, Annotated

import typer

from adhocq.cli.commands.options import DataOption

if TYPE_CHECKING:
    from adhocq.model import Dataset, Notice


def validate(
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]",
            show_default=False,
            help="A query file or a folder of them (default: --data, ADHOCQ_DATA, or the bundled "
            "queries).",
        ),
    ] = None,
    data: DataOption = None,
) -> None:
    """Check query files and print every problem with its path and line (exit 1 if any);
    warnings (a country token that is no EMN code) go to stderr and do not fail it.

    \b
    Examples:
      adhocq validate
      adhocq validate my-query.toml
      adhocq validate my-queries/
    """
    from adhocq.output.result import make_visible
    from adhocq.reading.query_files import checked_each, data_paths

    for file, (warnings, counts) in checked_each(data_paths(path or data), _summary):
        # The path as the user gave it, with any control character shown escaped, as in errors.
        name = make_visible(str(file))
        for notice in warnings:
            where = f"{name}:{notice.line}" if notice.line else name
            message = make_visible(notice.message)
            typer.echo(f"{where}: warning: {message} @ {notice.path}", err=True)
        responses, types, findings, measures = counts
        count = len(warnings)
        warned = f", {count} warning{'' if count == 1 else 's'}" if count else ""
        typer.echo(
            f"{name}: ok: {responses} responses, "
            f"{types} measure types, {findings} findings, {measures} measures"
            f"{warned}"
        )


def _summary(ds: "Dataset") -> "tuple[tuple[Notice, ...], tuple[int, int, int, int]]":
    """What validate says of a query: its warnings and a few numbers (not the whole dataset:
    a folder of thousands is checked one query at a time)."""
    measures = sum(len(r.measures) for r in ds.responses)
    return ds.warnings, (len(ds.responses), len(ds.types), len(ds.findings), measures)
