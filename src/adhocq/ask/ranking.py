"""`related`: the queries of a corpus closest to a draft question or a few words, best first.

A query is the stems of its texts in every language (title and themes weigh most, then its
questions and findings, then the labels of its measure types; not its measures nor its notes)
and of its topics' labels in English, French and Dutch (`adhocq.reading.derive.terms`); a
draft is the stems `adhocq.words.draft_stems` gives it (the English of the French words the
glossary knows; synonyms at less weight). Queries are ranked by BM25 (k1 = 1.6, b = 0.75),
the ranking SQLite's FTS5 gives with `bm25()`, worked out here from the store's postings:
FTS5's tokenizers know no French word forms nor a glossary, and a table of its own would
double the text the store holds (SQLite 3.40, which Python ships, cannot delete from a table
that does not keep its text), for a ranking over a few thousand queries that takes a few
milliseconds in Python.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from adhocq.across import Hit, Listing, Match
from adhocq.topics import LABEL_LANGS, label
from adhocq.words import draft_stems, stems

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex

K1, B = 1.6, 0.75
PASSAGES = 2
"""How many of a query's texts a match shows, at most."""
_SHOWN = ("query.title", "theme", "bullet", "question", "finding")
"""The fields whose texts a match may show: those a query is ranked by, less the labels of its
measure types."""


def related(corpus: CorpusIndex, text: str, limit: int | None = 10) -> tuple[Match, ...]:
    """The queries closest to `text` (the `limit` best, or all that share a word with it),
    best first; queries of the same score newest first. ValueError for a text with no word to
    look for."""
    wanted = draft_stems(text)
    if not wanted:
        raise ValueError("no word to look for")
    size, mean, postings = corpus.postings(list(wanted))
    held = Counter(term for term, *_ in postings)
    rarity = {term: math.log(1 + (size - n + 0.5) / (n + 0.5)) for term, n in held.items()}
    scores: dict[str, float] = {}
    dates: dict[str, str] = {}
    for term, ident, weight, length, dated in postings:
        scaled = weight * (K1 + 1) / (weight + K1 * (1 - B + B * length / (mean or 1.0)))
        scores[ident] = scores.get(ident, 0.0) + wanted[term] * rarity[term] * scaled
        dates[ident] = dated or ""
    # Best first; of the same score, the newest first (undated last), then by id: sorts are
    # stable, reversed ones too.
    ranked = sorted(scores)
    ranked.sort(key=lambda ident: dates[ident], reverse=True)
    ranked.sort(key=lambda ident: scores[ident], reverse=True)
    chosen = ranked if limit is None else ranked[:limit]
    listings = {x.id: x for x in corpus.listings_of(chosen)}
    texts: dict[str, list[Hit]] = {ident: [] for ident in chosen}
    for ident, hit in corpus.texts(chosen):
        texts[ident].append(hit)
    return tuple(
        Match(
            listings[ident],
            scores[ident],
            _passages(texts[ident], rarity),
            _topics(listings[ident], rarity),
        )
        for ident in chosen
    )


def _passages(hits: list[Hit], rarity: dict[str, float]) -> tuple[Hit, ...]:
    """The texts that hold the draft's rarest words, best first, each field once (in the
    language where it holds the most)."""
    best: dict[str, tuple[float, int, Hit]] = {}
    for order, hit in enumerate(hits):
        if not hit.field.startswith(_SHOWN):
            continue
        worth = sum(rarity.get(each, 0.0) for each in set(stems(hit.text)))
        if worth > 0 and (hit.field not in best or worth > best[hit.field][0]):
            best[hit.field] = (worth, order, hit)
    ranked = sorted(best.values(), key=lambda found: (-found[0], found[1]))
    return tuple(hit for _, _, hit in ranked[:PASSAGES])


def _topics(x: Listing, rarity: dict[str, float]) -> tuple[str, ...]:
    """The query's topics whose label, in some language, holds a word of the draft."""
    return tuple(
        topic
        for topic in x.topics
        if any(each in rarity for lang in LABEL_LANGS for each in stems(label(topic, lang)))
    )
