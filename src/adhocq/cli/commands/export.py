from pathlib import Path
from typing import Annotated

import typer

from adhocq.cli.commands.options import DataOption, dataset
from adhocq.errors import UsageProblem, say


def export(
    sqlite: Annotated[
        str | None,
        typer.Option(
            "--sqlite",
            metavar="FILE",
            show_default=False,
            help="Write the dataset to this SQLite database: one table per kind of record, "
            "keys between them, English texts in each table and a translation table for "
            "every other language.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace FILE if it already exists.")
    ] = False,
    data: DataOption = None,
) -> None:
    """Write the whole dataset to a file other tools can query (nothing on stdout).

    The database is complete or absent: it is built next to FILE and moved onto it at the end.

    \b
    Examples:
      adhocq export --sqlite adhocq.db
      adhocq export --sqlite adhocq.db --force --data my-query.toml
      sqlite3 adhocq.db 'SELECT type_id, count(*) FROM measure GROUP BY type_id'
    """
    if not sqlite:
        raise UsageProblem("nothing to export: give --sqlite FILE")
    from adhocq.export.files import check_target
    from adhocq.export.sqlite import write_sqlite
    from adhocq.reading.corpus import data_paths

    target = Path(sqlite)
    check_target(target, "export --sqlite", data_paths(data))
    ds = dataset(data)
    write_sqlite(ds, target, force)
    measures = sum(len(response.measures) for response in ds.responses)
    say(f"wrote {target} ({len(ds.responses)} responses, {measures} measures)")
