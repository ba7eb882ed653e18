"""Datasette metadata for the database `export --sqlite` writes: a JSON file beside it.

    datasette adhocq.db --metadata adhocq.db.metadata.json

Datasette 0.65 reads metadata only from the file given to `--metadata` (the 1.0 alphas keep it
in an internal database of their own), never from the database it serves, so the metadata is a
file beside the database, `FILE.metadata.json`, written whole or not at all like the database.
It gives the title, the source (the summaries' publisher, from the queries' own `sources`), the
licence (the code's; the facts are the publishers'), a description of each table, view and
column, each table's `label_column` (the column Datasette shows beside a key that references
the table), and canned queries: a query's page, a country's, a topic's timeline and a search of
related queries (`export/canned.py`).

Datasette follows single-column foreign keys only: every `query_id` shows the query's title and
every `country_code` the country's name, but the keys of two columns (`(query_id, type_id)` to
`type`, ...) are not followed, which is why the views carry those labels.

Datasette finds a database's metadata by the database's name, the file's name without its last
suffix (`adhocq` for `adhocq.db`): a renamed database keeps the title, source and licence, not
its tables' descriptions and labels.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from adhocq import __version__
from adhocq.export.canned import QUERIES
from adhocq.export.canned import served as served_queries
from adhocq.export.descriptions import DESCRIPTIONS, LABELS, NOT_NAMED
from adhocq.model import Corpus, Source

SUFFIX = ".metadata.json"

LICENSE = "adhocq's code: MIT; the facts: see the publishers' terms"


def metadata_path(database: Path) -> Path:
    """Where the metadata of `database` goes: beside it, `FILE.metadata.json`."""
    return database.with_name(database.name + SUFFIX)


def metadata(corpus: Corpus, database: str) -> dict[str, Any]:
    """Datasette's metadata for the export of `corpus` served under the name `database`."""
    sources = [s for ds in corpus.queries for s in ds.query.sources]
    return metadata_of(len(corpus.queries), sources, database)


def metadata_of(
    count: int, sources: Sequence[Source], database: str, served: bool = False
) -> dict[str, Any]:
    """Datasette's metadata for the export of `count` queries, published at `sources`, served
    under the name `database`; `served`: by `adhocq serve`, whose Datasette plugin ranks the
    related queries as `adhocq related` does (`canned.served`)."""
    tables: dict[str, dict[str, Any]] = {}
    for name, (description, columns) in DESCRIPTIONS.items():
        tables[name] = {"description": description, "columns": columns}
    for name, column in LABELS.items():
        tables.setdefault(name, {})["label_column"] = column
    return {
        "title": "EMN ad hoc queries",
        "description": (
            f"{count} EMN ad hoc {'query' if count == 1 else 'queries'}, as adhocq"
            f" {__version__} reads their pages. {NOT_NAMED} Texts are in English here; the other"
            " languages are in the table translation."
        ),
        **_source(sources),
        "license": LICENSE,
        "databases": {
            database: {"tables": tables, "queries": served_queries(QUERIES) if served else QUERIES}
        },
    }


def _source(sources: Sequence[Source]) -> dict[str, str]:
    """The one site every query's sources are on, or a pointer to the table of sources."""
    sites = {(parts.scheme, parts.netloc) for parts in (urlsplit(s.url) for s in sources)}
    if len(sites) == 1:
        ((scheme, host),) = sites
        return {"source": f"The pages published on {host}", "source_url": f"{scheme}://{host}/"}
    return {"source": "The published pages (each query's in the table query_source)"}


def write_metadata(
    count: int, sources: Sequence[Source], database: Path, temp: Path, served: bool = False
) -> None:
    """Write the metadata of `database`, the export of `count` queries published at `sources`,
    to the file `temp`.

    In ASCII, with JSON's escapes: a file name that is not UTF-8 (`\\udcff`, as Python decodes
    it) comes back from the file as Datasette names the database, not as an encoding error."""
    text = json.dumps(metadata_of(count, sources, database.stem, served), indent=2)
    temp.write_text(text + "\n", encoding="utf-8")
