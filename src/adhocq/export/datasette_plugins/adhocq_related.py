"""A Datasette plugin that `adhocq serve` loads (`--plugins-dir`): the SQL function
`adhocq_related(text, limit)`, which ranks the served queries as `adhocq related` does (one
ranking, `adhocq.ask.related`, in the terminal and in the browser), for the canned query
`related_queries`. It returns a JSON array of {"id", "score", "matched"}, closest first.

The queries are those `adhocq serve` exported: their paths come in ADHOCQ_SERVE_PATHS (a JSON
list; empty for the bundled ones). Datasette asks in several threads, and a SQLite connection
serves one: each thread opens the corpus once, the first time it ranks.

It also stops Datasette if `adhocq serve` is killed without stopping it (`startup`)."""

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
PARENT = "ADHOCQ_SERVE_PARENT"
_opened = threading.local()
WATCH_EVERY = 0.5  # seconds


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


@hookimpl
def startup() -> None:
    """Stop Datasette when the `adhocq serve` that started it (its parent, ADHOCQ_SERVE_PARENT)
    is gone without stopping it (`kill -9`): it is then no longer this process's parent."""
    parent = os.environ.get(PARENT)
    if parent is not None and parent.isdigit():
        threading.Thread(target=_watch, args=(int(parent),), daemon=True).start()


def _watch(parent: int) -> None:
    import signal
    import time

    while os.getppid() == parent:
        time.sleep(WATCH_EVERY)
    os.kill(os.getpid(), signal.SIGTERM)  # Datasette's server shuts down as on a terminate
