"""`search`: the hits of `adhocq.ask.search` as a table whose matches a terminal highlights."""

from __future__ import annotations

from adhocq import ask
from adhocq.cli.present.query import caption, source_url
from adhocq.errors import UsageProblem
from adhocq.model import Dataset
from adhocq.output.result import Cell, Column, Result

COLUMNS = (
    Column("country", "Code"),
    Column("lang", "Lang"),
    Column("field", "Field"),
    Column("text", "Text"),
)


def search(ds: Dataset, text: str, lang: str | None = None) -> Result:
    """One row per text (and language) that contains `text`, in dataset order."""
    needle = text.strip()
    try:
        found = ask.search(ds, needle, lang)
    except ValueError:
        raise UsageProblem("search text is empty; give a word to look for, e.g. 'psycho'") from None
    rows: list[tuple[Cell, ...]] = [(h.country, h.lang, h.field, h.text) for h in found]
    hits = "1 hit" if len(rows) == 1 else f"{len(rows)} hits"
    title = f"Search '{needle}' ({hits})"
    url = source_url(ds, lang)
    return Result(title, COLUMNS, tuple(rows), caption(ds), url, highlight=needle)
