from typing import Annotated

import typer

from adhocq.cli.commands.options import DataOption


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
    from adhocq.reading.query_files import data_paths, load_each

    for file, ds in load_each(data_paths(path or data)):
        # The path as the user gave it, with any control character shown escaped, as in errors.
        name = make_visible(str(file))
        for notice in ds.warnings:
            where = f"{name}:{notice.line}" if notice.line else name
            message = make_visible(notice.message)
            typer.echo(f"{where}: warning: {message} @ {notice.path}", err=True)
        measures = sum(len(r.measures) for r in ds.responses)
        count = len(ds.warnings)
        warned = f", {count} warning{'' if count == 1 else 's'}" if count else ""
        typer.echo(
            f"{name}: ok: {len(ds.responses)} responses, "
            f"{len(ds.types)} measure types, {len(ds.findings)} findings, {measures} measures"
            f"{warned}"
        )
