"""`search`: the hits of `adhocq.ask.search` as a table whose matches a terminal highlights."""

from __future__ import annotations

from collections.abc import Sequence

from adhocq import ask
from adhocq.cli.present.corpus import caption as corpus_caption
from adhocq.cli.present.query import caption, source_url
from adhocq.errors import UsageProblem
from adhocq.model import Corpus, Dataset
from adhocq.output.result import Cell, Column, Result

COLUMNS = (
    Column("query", "Query"),
    Column("country", "Code"),
    Column("lang", "Lang"),
    Column("field", "Field"),
    Column("text", "Text"),
)


def search(queries: Sequence[Dataset], text: str, lang: str | None = None) -> Result:
    """One row per text (and language) that contains `text`, query by query, in file order."""
    needle = text.strip()
    rows: list[tuple[Cell, ...]] = []
    for ds in queries:
        try:
            found = ask.search(ds, needle, lang)
        except ValueError:
            message = "search text is empty; give a word to look for, e.g. 'psycho'"
            raise UsageProblem(message) from None
        rows += [(ds.query.id, h.country, h.lang, h.field, h.text) for h in found]
    hits = "1 hit" if len(rows) == 1 else f"{len(rows)} hits"
    where = "" if len(queries) == 1 else f" in {len(queries)} queries"
    title = f"Search '{needle}' ({hits}{where})"
    if len(queries) == 1:
        (ds,) = queries
        return Result(title, COLUMNS, tuple(rows), caption(ds), source_url(ds, lang), needle)
    note = corpus_caption(Corpus(tuple(queries)))
    return Result(title, COLUMNS, tuple(rows), note, highlight=needle)
