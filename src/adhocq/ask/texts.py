"""Full-text search over every text of a dataset, ignoring case and accents (`adhocq.fold`
defines "the same text", for this search and for the table that highlights its matches)."""

from __future__ import annotations

from adhocq.across import Hit, entries
from adhocq.fold import fold
from adhocq.model import Dataset


def search(ds: Dataset, text: str, lang: str | None = None) -> tuple[Hit, ...]:
    """Every text (in `lang`, or in each language it is written in) that contains `text`, in
    the order of the dataset file. ValueError for a text with nothing to look for."""
    wanted = fold(text.strip())
    if not wanted.strip():
        raise ValueError("search text is empty")
    langs = (lang,) if lang is not None else ds.languages
    hits = []
    for country, field, texts in entries(ds):
        for each in langs:
            if not texts.has(each):
                continue  # its English text is found under "en"
            value = texts.get(each)
            if wanted in fold(value):
                hits.append(Hit(country, each, field, value))
    return tuple(hits)
