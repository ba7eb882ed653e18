"""`search`: the hits of `adhocq.ask.search` as a table whose matches a terminal highlights."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from adhocq import ask
from adhocq.across import Hit
from adhocq.cli.present.source import caption, source_url
from adhocq.errors import UsageProblem
from adhocq.fold import fold
from adhocq.messages import N_, shown, tr
from adhocq.model import Dataset
from adhocq.output.result import Column, Result

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex

HEADERS = (
    ("query", N_("Query")),
    ("country", N_("Code")),
    ("lang", N_("Lang")),
    ("field", N_("Field")),
    ("text", N_("Text")),
)


def search(
    queries: Sequence[Dataset], text: str, lang: str | None = None, speaking: str = "en"
) -> Result:
    """One row per text (and language) that contains `text` in one query's dataset, in file
    order. `lang` narrows the search to one language, and is the language of the table's
    words; without it, they are in `speaking`."""
    needle = _needle(text)
    found = [(ds.query.id, hit) for ds in queries for hit in ask.search(ds, needle, lang)]
    words = lang or speaking
    links = {ds.query.id: url for ds in queries if (url := source_url(ds, words))}
    if len(queries) == 1:
        (ds,) = queries
        result = _result(found, needle, words, 1, caption(ds, words), source_url(ds, lang), lang)
        return replace(result, links=links)
    from adhocq.cli.present.across_queries import caption as corpus_caption  # not for one query

    note = corpus_caption(len(queries), words)
    result = _result(found, needle, words, len(queries), note, "", lang)
    return replace(result, links=links)


def search_all(
    index: CorpusIndex, text: str, lang: str | None = None, speaking: str = "en"
) -> Result:
    """As `search`, in every query of the corpus, query by query in the order of the files."""
    from adhocq.cli.present.across_queries import caption as corpus_caption

    needle = _needle(text)
    words = lang or speaking
    n = ask.size(index)
    from adhocq.cli.present.across_queries import sources

    found = _result(
        ask.search_all(index, needle, lang), needle, words, n, corpus_caption(n, words), "", lang
    )
    return replace(found, links=sources(ask.headings(index), words))


def _needle(text: str) -> str:
    needle = text.strip()
    if not fold(needle).strip():
        raise UsageProblem(N_("search text is empty; give a word to look for, e.g. 'psycho'"))
    return needle


def _result(
    found: Sequence[tuple[str, Hit]],
    needle: str,
    words: str,
    queries: int,
    note: str,
    url: str,
    lang: str | None = None,
) -> Result:
    rows = [(query, h.country, h.lang, h.field, h.text) for query, h in found]
    one = len(rows) == 1
    if queries == 1:
        title = tr(words, "Search '{text}' (1 hit)" if one else "Search '{text}' ({n} hits)")
    else:
        title = tr(
            words,
            "Search '{text}' (1 hit in {queries} queries)"
            if one
            else "Search '{text}' ({n} hits in {queries} queries)",
        )
    title = title.format(text=needle, n=len(rows), queries=queries)
    columns = tuple(
        Column(name, shown(words, header), link=name == "query") for name, header in HEADERS
    )
    why = ""
    if lang is not None:  # --lang narrows the search: the reason names it, as no filter would
        why = tr(words, "no text in '{lang}' contains '{text}'; without --lang, every language")
        why = why.format(lang=lang, text=needle)
    return Result(title, columns, tuple(rows), note, url, needle, empty_reason=why, lang=words)
