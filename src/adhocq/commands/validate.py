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
    from adhocq.loading import load, resolve_path
    from adhocq.result import make_visible

    file = resolve_path(path or data)
    ds = load(file, write_cache=True)
    # The path as the user gave it, with any control character shown escaped, as in errors.
    measures = sum(len(r.measures) for r in ds.responses)
    typer.echo(
        f"{make_visible(str(file))}: ok: {len(ds.responses)} responses, "
        f"{len(ds.types)} measure types, {len(ds.findings)} findings, {measures} measures"
    )
