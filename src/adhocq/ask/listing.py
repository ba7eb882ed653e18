"""What questions across queries need of each query, derived from its Dataset: a `Listing` (the
query at a glance), its `Sighting`s (where each country appears in it) and its searchable texts.
A corpus index (`adhocq.reading.index`) keeps these for every query file, so that a question
across a thousand queries does not rebuild a thousand datasets."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet

from adhocq.ask.corpus import named_codes
from adhocq.ask.texts import entries
from adhocq.fold import fold
from adhocq.model import (
    CountBasis,
    Coverage,
    Dataset,
    RespondentsGiven,
    Source,
    Text,
    respondents_given,
)
from adhocq.record import Record, record

ANSWERED, NAMED, ASKED = "answered", "named", "asked"
"""What a query says of a country, as tokens (machine formats write them as they are)."""


@record
class Listing(Record):
    """One query at a glance: what `Query` says of it that a list of queries shows, and which
    countries it lists or names."""

    id: str
    title: Text
    requester_country: str | None
    requester: Text | None
    published: datetime.date
    respondent_count: int | None
    coverage: Coverage
    findings_read: int | None
    default: bool
    languages: tuple[str, ...]
    """Every language some text of the query is written in, English first."""
    respondents: tuple[str, ...]
    """The codes of the countries the summary lists as respondents, in file order."""
    countries: tuple[str, ...]
    """The codes of the countries it lists or names, in the order it declares its countries."""
    count_basis: CountBasis = CountBasis.answered
    uncoded: tuple[str, ...] = ()
    """The tokens its findings print that stand for no EMN country ("LI"), each once."""
    sources: tuple[Source, ...] = ()
    """The addresses of the published summary, one per language it is published in."""
    title_printed: tuple[str, ...] = ("en",)
    """The languages a source printed the title in (`Query.title_printed`)."""

    @property
    def respondents_given(self) -> RespondentsGiven:
        return respondents_given(bool(self.respondents), self.respondent_count)

    def roles(self, code: str) -> tuple[str, ...]:
        """What the summary says of a country: ASKED where it asked the query, then ANSWERED
        where the summary lists it as a respondent or NAMED where it only names it; empty where
        it says nothing of it (which, unless the respondents are listed, is no "did not
        answer")."""
        asked = (ASKED,) if code == self.requester_country else ()
        if code in self.respondents:
            return (*asked, ANSWERED)
        return (*asked, NAMED) if code in self.countries else asked

    def status(self, code: str) -> str | None:
        """The roles of a country, joined ("asked, named"); None where the summary says
        nothing of it."""
        return ", ".join(self.roles(code)) or None


@record
class Sighting(Record):
    """A country in a query: the one that asked it (`appears` ASKED, `ref` None), listed as a
    respondent (`appears` ANSWERED, `ref` None), or named for a measure (`ref` "measure:TYPE")
    or in a finding (`ref` its id)."""

    query_id: str
    published: str
    """The query's publication date, as YYYY-MM-DD."""
    appears: str
    ref: str | None
    text: Text
    """The query's title for a respondent; else the measure's or the finding's text."""


def listing(ds: Dataset) -> Listing:
    listed = tuple(r.code for r in ds.responses)
    involved = named_codes(ds) | set(listed)
    countries = tuple(c.code for c in ds.countries if c.code in involved)
    q = ds.query
    return Listing(q.id, q.title, q.requester_country, q.requester, q.published,
                   q.respondent_count, q.coverage, q.findings_read, q.default,
                   ds.languages, listed, countries, q.count_basis, uncoded(ds),
                   q.sources, q.title_printed)  # fmt: skip


def uncoded(ds: Dataset) -> tuple[str, ...]:
    """The tokens a query's findings print that stand for no EMN country, each once."""
    found = (m.printed for f in ds.findings for m in f.mentions if m.code is None)
    return tuple(dict.fromkeys(found))


def sightings(ds: Dataset) -> Iterator[tuple[str, Sighting]]:
    """(country code, sighting) for every country of the query, in file order: the requester
    first, then respondents with their measures, then the findings that name a country."""
    q = ds.query
    published = q.published.isoformat()
    if q.requester_country is not None:
        yield q.requester_country, Sighting(q.id, published, ASKED, None, q.title)
    for r in ds.responses:
        yield r.code, Sighting(q.id, published, ANSWERED, None, q.title)
        for m in r.measures:
            yield r.code, Sighting(q.id, published, NAMED, f"measure:{m.type}", m.description)
    for f in ds.findings:
        named = dict.fromkeys(m.code for m in f.mentions if m.code is not None)
        for code in named:
            yield code, Sighting(q.id, published, NAMED, f.id, f.text)


def search_texts(ds: Dataset) -> Iterator[tuple[str | None, str, str, bool, str, str]]:
    """(country, field, lang, whether lang is one of the query's languages, text, folded text)
    for every text of the query and every language it is written in, in the order
    `adhocq.ask.texts` looks at them. A search in every language looks in the query's
    languages; a search in one looks at any text written in it (a country's name may be written
    in a language no other text of the query is)."""
    for country, field, texts in entries(ds):
        for lang in ds.languages:
            if texts.has(lang):
                value = texts.get(lang)
                yield country, field, lang, True, value, fold(value)
        for other in texts.translations:
            if other.lang not in ds.languages:
                yield country, field, other.lang, False, other.text, fold(other.text)


def folded_title_and_findings(ds: Dataset) -> Iterator[str]:
    """What `queries --search` looks in, folded: the title and the findings in every language."""
    for t in (ds.query.title, *(f.text for f in ds.findings)):
        yield from (fold(value) for value in (t.en, *(x.text for x in t.translations)))


def select(
    listings: Iterable[Listing],
    *,
    country: str | None = None,
    requester: str | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    among: AbstractSet[str] | None = None,
) -> tuple[Listing, ...]:
    """The queries that `country` asked, answered or is named in, that `requester` asked, published
    from `since` to `until` (both included), whose id is `among` the given ones; newest first.
    `adhocq.ask.queries` asks the same of a corpus's datasets."""
    found = [
        x
        for x in listings
        if (country is None or x.status(country) is not None)
        and (requester is None or x.requester_country == requester)
        and (since is None or x.published >= since)
        and (until is None or x.published <= until)
        and (among is None or x.id in among)
    ]
    return tuple(sorted(found, key=lambda x: (x.published, x.id), reverse=True))
