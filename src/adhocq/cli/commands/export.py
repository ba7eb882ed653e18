from pathlib import Path
from typing import Annotated

import typer

from adhocq.cli.commands.options import DataOption
from adhocq.cli.datasets import each_query
from adhocq.cli.emit import say
from adhocq.errors import UsageProblem
from adhocq.messages import N_, tr


def export(
    sqlite: Annotated[
        str | None,
        typer.Option(
            "--sqlite",
            metavar="FILE",
            show_default=False,
            help="Write every query of the dataset to this SQLite database: one table per kind "
            "of record, each row of a query keyed by its query_id, keys between them, English "
            "texts in each table, a translation table for every other language, and views "
            "for browsing.",
        ),
    ] = None,
    metadata: Annotated[
        bool,
        typer.Option(
            "--metadata/--no-metadata",
            help="Also write FILE.metadata.json beside it, Datasette's metadata for it: title, "
            "source, licence, what each table, view and column holds, and the names Datasette "
            "shows beside query ids and country codes.",
        ),
    ] = True,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace FILE and FILE.metadata.json if they already exist."),
    ] = False,
    data: DataOption = None,
) -> None:
    """Write the whole dataset, every query of it, to a file other tools can query (nothing on
    stdout).

    Views put English names beside the codes, for browsing: measure_with_names,
    finding_with_mentions, country_type_matrix (per query, countries x types, named 0 or 1) and
    participation (queries x countries: answered, named). Serve it with its metadata with
    `datasette FILE --metadata FILE.metadata.json`.

    Each file is complete or absent: it is built next to its target and moved onto it at the
    end; neither is written if either exists without --force.

    \b
    Examples:
      adhocq export --sqlite adhocq.db
      adhocq export --sqlite adhocq.db --force --data my-query.toml
      sqlite3 adhocq.db 'SELECT query_id, count(*) FROM finding GROUP BY query_id'
      datasette adhocq.db --metadata adhocq.db.metadata.json
    """
    if not sqlite:
        raise UsageProblem(N_("nothing to export: give --sqlite FILE"))
    from adhocq.cli.language import spoken
    from adhocq.export.datasette import metadata_path
    from adhocq.export.files import check_target, refuse_existing
    from adhocq.export.sqlite import write_sqlite
    from adhocq.reading.query_files import data_paths

    target = Path(sqlite)
    check_target(target, "export --sqlite", data_paths(data))  # first: "./" has no name
    beside = metadata_path(target) if metadata else None
    if beside is not None:
        check_target(beside, "export --sqlite", data_paths(data))
    for kept in (target, beside):  # before reading every query
        if kept is not None:
            refuse_existing(kept, force)
    done = write_sqlite(each_query(data), target, force, beside)
    lang = spoken()
    counted = [
        tr(lang, one if number == 1 else many).format(n=number)
        for number, one, many in (
            (done.queries, N_("{n} query"), N_("{n} queries")),
            (done.responses, N_("{n} response"), N_("{n} responses")),
            (done.findings, N_("{n} finding"), N_("{n} findings")),
            (done.measures, N_("{n} measure"), N_("{n} measures")),
        )
    ]
    said = tr(lang, "wrote {file} ({counts})").format(file=target, counts=", ".join(counted))
    if beside is not None:
        said += tr(lang, " and its Datasette metadata {file}").format(file=beside)
    say(said)
