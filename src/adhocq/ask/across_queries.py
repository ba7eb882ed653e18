"""Questions across the queries of a corpus, asked of its index (`adhocq.reading.index`, which
`adhocq.open_corpus` opens): which queries, where one country appears, which texts hold a word.
Records only (`adhocq.across`); the command line presents them."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from adhocq.across import Heading, Hit, Listing, Sighting
from adhocq.model import Country, Coverage, dated

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex


def size(corpus: CorpusIndex) -> int:
    """How many queries the corpus holds."""
    return corpus.size()


def default_id(corpus: CorpusIndex) -> str | None:
    """The default query's id, or the only query's; None where there is neither."""
    return corpus.default_id()


def listings(corpus: CorpusIndex) -> tuple[Listing, ...]:
    """Every query at a glance, in the order of the files."""
    return corpus.listings()


def headings(corpus: CorpusIndex) -> tuple[Heading, ...]:
    """Each query's id, title and addresses, in the order of the files (what a row naming a
    query shows; `listings` has all the rest too)."""
    return corpus.headings()


def languages(corpus: CorpusIndex) -> tuple[str, ...]:
    """Every language some text of some query is written in, in alphabetical order."""
    return corpus.languages()


def countries(corpus: CorpusIndex) -> tuple[Country, ...]:
    """Every country some query declares, once each way it is declared, in file order."""
    return corpus.countries()


def queries(
    corpus: CorpusIndex,
    *,
    country: str | None = None,
    requester: str | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    text: str | None = None,
    coverage: Coverage | None = None,
    topics: AbstractSet[str] | None = None,
) -> tuple[Listing, ...]:
    """The queries that `country` asked, answered or is named in, that `requester` asked,
    dated (`Listing.dated_on`) from `since` to `until` (both included; a query whose date is
    not known is in no span), whose title or findings contain `text` (ignoring case and
    accents), whose file holds `coverage` of its summary, tagged with one of `topics`; newest
    first, those whose date is not known last."""
    among = corpus.with_text(text.strip()) if text is not None else None
    return _select(
        corpus.listings(),
        country=country,
        requester=requester,
        since=since,
        until=until,
        among=among,
        coverage=coverage,
        topics=topics,
    )


def appearances(corpus: CorpusIndex, code: str) -> tuple[Sighting, ...]:
    """Everything the corpus says of one country: each query it asked, each it answered with the
    measures named for it, and each finding that names it; newest query first, in file order
    within a query."""
    return corpus.sightings(code)


def search_all(
    corpus: CorpusIndex, text: str, lang: str | None = None
) -> tuple[tuple[str, Hit], ...]:
    """(query id, hit) for every text of every query that contains `text` (ignoring case and
    accents), in `lang` or in each language of its query, as `adhocq.ask.search` finds them in
    one query; query by query in the order of the files. ValueError for a text with nothing to
    look for."""
    return corpus.search(text, lang)


def _select(
    listings: Iterable[Listing],
    *,
    country: str | None = None,
    requester: str | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    among: AbstractSet[str] | None = None,
    coverage: Coverage | None = None,
    topics: AbstractSet[str] | None = None,
) -> tuple[Listing, ...]:
    """The queries that `country` asked, answered or is named in, that `requester` asked, published
    from `since` to `until` (both included), whose id is `among` the given ones; newest first."""
    found = [
        x
        for x in listings
        if (country is None or x.status(country) is not None)
        and (requester is None or x.requester_country == requester)
        and (since is None or (x.dated_on is not None and x.dated_on >= since))
        and (until is None or (x.dated_on is not None and x.dated_on <= until))
        and (among is None or x.id in among)
        and (coverage is None or x.coverage is coverage)
        and (topics is None or not topics.isdisjoint(x.topics))
    ]
    return tuple(sorted(found, key=lambda x: (dated(x.dated_on), x.id), reverse=True))


Role = tuple[Listing, str, tuple[str, ...], tuple[str, ...]]
"""A country in a query of a timeline: the query, the country's code, its role in the query
(`Listing.role`) and the findings and measures (`Sighting.ref`) that name it."""


def timeline(corpus: CorpusIndex, topic: str, country: str | None = None) -> tuple[Role, ...]:
    """Each query tagged with `topic`, oldest first (those whose date is not known last), and
    each country of the corpus (or `country` alone), with its role in the query and the
    findings and measures that name it."""
    chosen = _select(corpus.listings(), topics=frozenset({topic}))
    ordered = sorted(chosen, key=lambda x: (x.dated_on is None, dated(x.dated_on), x.id))
    codes = (
        [country] if country is not None else list(dict.fromkeys(c.code for c in countries(corpus)))
    )
    found: list[Role] = []
    named = {code: named_in(corpus, code) for code in codes}
    for x in ordered:
        for code in codes:
            found.append((x, code, x.role(code), named[code].get(x.id, ())))
    return tuple(found)


def named_in(corpus: CorpusIndex, code: str) -> dict[str, tuple[str, ...]]:
    """Query id -> the findings and measures of it that name the country `code`."""
    refs: dict[str, tuple[str, ...]] = {}
    for seen in appearances(corpus, code):
        if seen.ref is not None:
            refs[seen.query_id] = (*refs.get(seen.query_id, ()), seen.ref)
    return refs
