from typing import Annotated

import typer

from adhocq.commands.options import DataOption


def validate(
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]",
            show_default=False,
            help="Dataset file (default: --data, ADHOCQ_DATA, or the bundled one).",
        ),
    ] = None,
    data: DataOption = None,
) -> None:
    """Check a dataset file and print every problem with its path and line (exit 1 if any).

    \b
    Examples:
      adhocq validate
      adhocq validate my-query.toml
    """
    from adhocq.load import load, resolve_path

    file = resolve_path(path or data)
    ds = load(file)
    typer.echo(
        f"{file}: ok: {len(ds.responses)} responses, {len(ds.types)} measure types, "
        f"{len(ds.findings)} findings, {sum(len(r.measures) for r in ds.responses)} "
        "measures"
    )
