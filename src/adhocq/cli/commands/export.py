from pathlib import Path
from typing import Annotated

import typer

from adhocq.cli.commands.options import DataOption, corpus
from adhocq.errors import UsageProblem, say


def export(
    sqlite: Annotated[
        str | None,
        typer.Option(
            "--sqlite",
            metavar="FILE",
            show_default=False,
            help="Write every query of the dataset to this SQLite database: one table per kind "
            "of record, each row of a query keyed by its query_id, keys between them, English "
            "texts in each table and a translation table for every other language.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace FILE if it already exists.")
    ] = False,
    data: DataOption = None,
) -> None:
    """Write the whole dataset, every query of it, to a file other tools can query (nothing on
    stdout).

    The database is complete or absent: it is built next to FILE and moved onto it at the end.

    \b
    Examples:
      adhocq export --sqlite adhocq.db
      adhocq export --sqlite adhocq.db --force --data my-query.toml
      sqlite3 adhocq.db 'SELECT query_id, count(*) FROM finding GROUP BY query_id'
    """
    if not sqlite:
        raise UsageProblem("nothing to export: give --sqlite FILE")
    from adhocq.export.files import check_target
    from adhocq.export.sqlite import write_sqlite
    from adhocq.reading.corpus import data_paths

    target = Path(sqlite)
    check_target(target, "export --sqlite", data_paths(data))
    found = corpus(data)
    write_sqlite(found, target, force)
    queries = found.queries
    responses = sum(len(ds.responses) for ds in queries)
    findings = sum(len(ds.findings) for ds in queries)
    measures = sum(len(r.measures) for ds in queries for r in ds.responses)
    say(
        f"wrote {target} ({_count(len(queries), 'query', 'queries')}, "
        f"{_count(responses, 'response')}, {_count(findings, 'finding')}, "
        f"{_count(measures, 'measure')})"
    )


def _count(number: int, word: str, words: str | None = None) -> str:
    return f"{number} {word if number == 1 else words or word + 's'}"
