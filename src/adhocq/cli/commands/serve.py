"""`adhocq serve`: the export of `export --sqlite`, served by Datasette in a child process
(`adhocq.cli.serving`)."""

from __future__ import annotations

from typing import Annotated

import typer

from adhocq.cli.commands.options import DataOption


def serve(
    port: Annotated[
        int,
        typer.Option(
            "--port",
            metavar="N",
            min=0,
            max=65535,
            help="The port to serve on; 0 picks a free one (the address printed names it).",
        ),
    ] = 8001,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            metavar="HOST",
            help="The address to listen on: 127.0.0.1 is this machine only; 0.0.0.0 lets other "
            "machines in.",
        ),
    ] = "127.0.0.1",
    data: DataOption = None,
) -> None:
    """Browse the whole dataset in Datasette, in a web browser: the export of `export --sqlite`
    with its metadata, and pages to fill in: one query, one country across the queries, a
    topic across the years, and the queries related to some words.

    The export is written to adhocq's cache folder (a temporary folder, removed at the end,
    where the cache cannot be used), then Datasette serves it; the address is printed on
    stdout as soon as it answers, one line. Ctrl-C stops it (exit 130). Needs Datasette:
    pip install 'adhocq[web]'. Datasette's own messages go to datasette.log beside the export.

    \b
    Examples:
      adhocq serve
      adhocq serve --port 0 --data my-queries/
    """
    import importlib.util

    from adhocq.errors import AdhocqError
    from adhocq.messages import N_, phrase

    if importlib.util.find_spec("datasette") is None:  # found, not imported: it takes a second
        raise AdhocqError(phrase(N_("serve needs Datasette: pip install 'adhocq[web]'")))
    import shutil

    from adhocq.cli import serving
    from adhocq.cli.datasets import each_query
    from adhocq.export.datasette import metadata_path
    from adhocq.export.sqlite import write_sqlite
    from adhocq.reading.query_files import data_paths

    port = serving.free(host, port)  # before the export: a port in use is said at once
    folder, temporary = serving.folder(data_paths(data))
    try:
        database = folder / serving.DATABASE
        metadata = metadata_path(database)
        write_sqlite(each_query(data), database, force=True, metadata=metadata, served=True)
        serving.run_datasette(database, host, port, data_paths(data))
    finally:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
