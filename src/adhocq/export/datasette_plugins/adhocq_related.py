"""A Datasette plugin that `adhocq serve` loads (`--plugins-dir`): the SQL function
`adhocq_related(text, limit)`, which ranks the served queries as `adhocq related` does (one
ranking, `adhocq.ask.related`, in the terminal and in the browser), for the canned query
`related_queries`. It returns a JSON array of {"id", "score", "matched"}, closest first.

The queries are those `adhocq serve` exported: their paths come in ADHOCQ_SERVE_PATHS (a JSON
list; empty for the bundled ones). Datasette asks in several threads, and a SQLite connection
serves one: each thread opens the corpus once, the first time it ranks."""

from __future__ import annotations

import json
import os
import threading
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import sqlite3

    from adhocq.reading.index import CorpusIndex

hookimpl = pluggy.HookimplMarker("datasette")
PATHS = "ADHOCQ_SERVE_PATHS"
_opened = threading.local()


def _corpus() -> CorpusIndex:
    corpus: CorpusIndex | None = getattr(_opened, "corpus", None)
    if corpus is None:
        import adhocq

        paths = json.loads(os.environ.get(PATHS) or "[]")
        corpus = _opened.corpus = adhocq.open_corpus(paths or None)
    return corpus


def related(text: object, limit: object) -> str:
    """The queries closest to `text`, at most `limit`, as a JSON array; an empty one for a
    text with no word to look for."""
    from adhocq import ask

    if not isinstance(text, str) or not isinstance(limit, int) or limit < 1:
        return "[]"
    try:
        found = ask.related(_corpus(), text, limit)
    except ValueError:
        return "[]"
    rows = [
        {"id": m.listing.id, "score": round(m.score, 2), "matched": [h.text for h in m.passages]}
        for m in found
    ]
    return json.dumps(rows, ensure_ascii=False)


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("adhocq_related", 2, related)
