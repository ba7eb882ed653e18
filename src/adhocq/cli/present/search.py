"""`search`: the hits of `adhocq.ask.search` as a table whose matches a terminal highlights."""

from __future__ import annotations

from collections.abc import Sequence

from adhocq import ask
from adhocq.cli.present.corpus import caption as corpus_caption
from adhocq.cli.present.query import caption, source_url
from adhocq.errors import UsageProblem
from adhocq.messages import N_, shown, tr
from adhocq.model import Corpus, Dataset
from adhocq.output.result import Cell, Column, Result

HEADERS = (
    ("query", N_("Query")),
    ("country", N_("Code")),
    ("lang", N_("Lang")),
    ("field", N_("Field")),
    ("text", N_("Text")),
)


def search(queries: Sequence[Dataset], text: str, lang: str | None = None) -> Result:
    """One row per text (and language) that contains `text`, query by query, in file order.
    `lang` narrows the search to one language, and is the language of the table's words."""
    needle = text.strip()
    words = lang or "en"
    rows: list[tuple[Cell, ...]] = []
    for ds in queries:
        try:
            found = ask.search(ds, needle, lang)
        except ValueError:
            message = "search text is empty; give a word to look for, e.g. 'psycho'"
            raise UsageProblem(message) from None
        rows += [(ds.query.id, h.country, h.lang, h.field, h.text) for h in found]
    one = len(rows) == 1
    if len(queries) == 1:
        title = tr(words, "Search '{text}' (1 hit)" if one else "Search '{text}' ({n} hits)")
    else:
        title = tr(
            words,
            "Search '{text}' (1 hit in {queries} queries)"
            if one
            else "Search '{text}' ({n} hits in {queries} queries)",
        )
    title = title.format(text=needle, n=len(rows), queries=len(queries))
    columns = tuple(Column(name, shown(words, header)) for name, header in HEADERS)
    if len(queries) == 1:
        (ds,) = queries
        note, url = caption(ds, words), source_url(ds, lang)
    else:
        note, url = corpus_caption(Corpus(tuple(queries)), words), ""
    return Result(title, columns, tuple(rows), note, url, needle, lang=words)
