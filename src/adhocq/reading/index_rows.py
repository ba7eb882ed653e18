"""The rows of questions across queries read back as records (store_rows.py reads the files'
rows). Every value's type is checked, so that a damaged row raises (and the question is answered
from the files) instead of making a record that holds the wrong type."""

from __future__ import annotations

import datetime
import itertools
from typing import Any

from adhocq import model as m
from adhocq.across import Heading, Hit, Listing, Sighting
from adhocq.reading.encoding import decode_items
from adhocq.reading.store_rows import checked_str, unstored
from adhocq.record import maker

# A country's sightings and a word's hits come by the thousand, each value checked here.
_SIGHTING, _HIT = maker(Sighting), maker(Hit)
_TEXT, _TRANSLATION, _SOURCE = maker(m.Text), maker(m.Translation), maker(m.Source)
_LISTING, _HEADING = maker(Listing), maker(Heading)


def _text(stored: object) -> m.Text:
    en, translations = _pair(unstored(stored))
    if type(en) is not str or type(translations) is not list:
        raise ValueError("not a text")
    pairs = [
        _TRANSLATION(checked_str(lang), checked_str(text))
        for lang, text in map(_pair, translations)
    ]
    return _TEXT(en, tuple(pairs))


def _pair(value: object) -> list[Any]:
    if type(value) is not list or len(value) != 2:
        raise ValueError("not a pair")
    return value


def _sources(stored: object) -> tuple[m.Source, ...]:
    pairs = unstored(stored)
    if type(pairs) is not list:
        raise ValueError("not sources")
    return tuple([_SOURCE(checked_str(lang), checked_str(url)) for lang, url in map(_pair, pairs)])


LISTING_COLUMNS = """q.query_id, q.title, q.requester_country, q.requester, q.published,
    q.respondent_count, q.coverage, q.findings_read, q.is_default, q.languages, q.respondents,
    q.countries, q.count_basis, q.uncoded, q.sources, q.title_printed, q.respondents_named,
    q.compiled, q.asked_of, q.topics, q.dated, q.taking_part"""
_NONE = type(None)
# The type each column of LISTING_COLUMNS must have: every sequence of them.
_LISTING_TYPES = frozenset(
    itertools.product(
        (str,), (str,), (str, _NONE), (str, _NONE), (str, _NONE), (int, _NONE), (str,),
        (int, _NONE), (int,), (str,), (str,), (str,), (str,), (str,), (str,), (str,), (str,),
        (str, _NONE), (str,), (str,), (str, _NONE), (str,),
    )
)  # fmt: skip
_COVERAGE = {kind.value: kind for kind in m.Coverage}
_COUNT_BASIS = {kind.value: kind for kind in m.CountBasis}


def listing_of(row: tuple[Any, ...]) -> Listing:
    if tuple(map(type, row)) not in _LISTING_TYPES:
        raise ValueError("not a listing")
    (ident, title, requester_country, requester, published, count, coverage, read, default,
     languages, respondents, countries, basis, uncoded, sources, printed, named, compiled,
     asked_of, topics, dated, taking_part) = row  # fmt: skip
    tokens = unstored(uncoded)
    if type(tokens) is not list or not all(type(token) is str for token in tokens):
        raise ValueError("not tokens")
    day = None if published is None else datetime.date.fromisoformat(published)
    return _LISTING(
        ident, _text(title), requester_country, None if requester is None else _text(requester),
        day, count, _COVERAGE[coverage], read, bool(default),
        tuple(languages.split()), tuple(respondents.split()), tuple(countries.split()),
        _COUNT_BASIS[basis], tuple(tokens),
        _sources(sources),
        tuple(printed.split()), tuple(named.split()),
        None if compiled is None else datetime.date.fromisoformat(compiled),
        tuple(asked_of.split()), tuple(topics.split()),
        None if dated is None else datetime.date.fromisoformat(dated),
        tuple(taking_part.split()),
    )  # fmt: skip


HEADING_COLUMNS = "q.query_id, q.title, q.title_printed, q.sources"


def heading_of(row: tuple[Any, ...]) -> Heading:
    ident, title, printed, sources = row
    if not type(ident) is type(printed) is str:
        raise ValueError("not a heading")
    return _HEADING(ident, _text(title), tuple(printed.split()), _sources(sources))


def countries_of(rows: list[Any]) -> tuple[m.Country, ...]:
    """Each different declaration once (the same bytes are the same countries), decoded."""
    found: dict[m.Country, None] = {}
    for blob in dict.fromkeys(row[0] for row in rows):
        listed = unstored(blob)
        if type(listed) is not list:
            raise ValueError("not countries")
        countries = decode_items(listed, m.Country)
        found.update(dict.fromkeys(countries))
    return tuple(found)


def sightings_of(rows: list[Any]) -> tuple[Sighting, ...]:
    """Sightings from rows of (file, seq, query id, published, appears, ref, part, lang, text):
    one row for each language of a sighting's text, in the order of its parts (a country's
    sightings come by the thousand: one pass, no grouping key per row)."""
    found: list[Sighting] = []
    key: tuple[Any, Any] | None = None
    head: tuple[Any, ...] = ()
    english, translations = "", list[m.Translation]()
    for file, seq, ident, published, appears, ref, part, lang, text in rows:
        if part == 0:
            if key is not None:
                found.append(_sighting(head, english, translations))
            key, head = (file, seq), (ident, published, appears, ref)
            english, translations = checked_str(text), list[m.Translation]()
        elif key != (file, seq) or part != len(translations) + 1:
            raise ValueError("not the parts of a text")
        else:
            translations.append(_TRANSLATION(checked_str(lang), checked_str(text)))
    if key is not None:
        found.append(_sighting(head, english, translations))
    elif rows:
        raise ValueError("not the parts of a text")
    return tuple(found)


def _sighting(head: tuple[Any, ...], english: str, translations: list[m.Translation]) -> Sighting:
    ident, published, appears, ref = head
    text = _TEXT(english, tuple(translations))
    day = None if published is None else checked_str(published)
    return _SIGHTING(checked_str(ident), day, checked_str(appears), ref, text)


def hits_of(rows: list[Any]) -> tuple[tuple[str, Hit], ...]:
    return tuple(
        (str(q), _HIT(country, lang, field, text)) for q, country, lang, field, text in rows
    )
