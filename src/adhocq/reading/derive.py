"""What the corpus index keeps of each query, derived from its Dataset: its `Listing`, its
`Sighting`s (where each country appears in it) and its searchable texts, so that a question
across a thousand queries does not rebuild a thousand datasets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from adhocq.across import (
    ANSWERED,
    ASKED,
    NAMED,
    REQUESTED,
    Listing,
    Sighting,
    entries,
    named_codes,
)
from adhocq.fold import fold
from adhocq.model import ENGLISH, Dataset, Membership, Text, iso_date
from adhocq.reading.encoding import encode
from adhocq.reading.store_rows import stored
from adhocq.topics import LABEL_LANGS, label
from adhocq.words import stem, stems, words


def listing(ds: Dataset) -> Listing:
    listed = tuple(r.code for r in ds.responses)
    named = tuple(m.code for m in ds.query.respondents_named if m.code is not None)
    asked_of = tuple(m.code for m in ds.query.asked_of if m.code is not None)
    involved = named_codes(ds) | set(listed) | set(named) | set(asked_of)
    countries = tuple(c.code for c in ds.countries if c.code in involved)
    q = ds.query
    return Listing(q.id, q.title, q.requester_country, q.requester, q.published,
                   q.respondent_count, q.coverage, q.findings_read, q.default,
                   ds.languages, listed, countries, q.count_basis, uncoded(ds),
                   q.sources, q.title_printed, named, q.compiled, asked_of,
                   q.topics, q.dated_on, taking_part(ds))  # fmt: skip


def taking_part(ds: Dataset) -> tuple[str, ...]:
    """The codes of the query's countries that were EMN members or observers on its date."""
    return tuple(c.code for c in ds.countries if c.membership in _TAKING_PART)


_TAKING_PART = (Membership.member, Membership.observer)


def uncoded(ds: Dataset) -> tuple[str, ...]:
    """The tokens a query's findings print that stand for no EMN country, each once."""
    found = (m.printed for f in ds.findings for m in f.mentions if m.code is None)
    return tuple(dict.fromkeys(found))


def sightings(ds: Dataset) -> Iterator[tuple[str, Sighting]]:
    """(country code, sighting) for every country of the query, in file order: the requester
    first, then the respondents it names without a list, then listed respondents with their
    measures, then the findings that name a country."""
    q = ds.query
    published = iso_date(q.published)
    if q.requester_country is not None:
        yield q.requester_country, Sighting(q.id, published, ASKED, None, q.title)
    for respondent in q.respondents_named:  # "including BE": no list, but these answered
        if respondent.code is not None:
            yield respondent.code, Sighting(q.id, published, ANSWERED, None, q.title)
    for asked in q.asked_of:  # a header of those asked: not who answered
        if asked.code is not None:
            yield asked.code, Sighting(q.id, published, REQUESTED, None, q.title)
    for r in ds.responses:
        yield r.code, Sighting(q.id, published, ANSWERED, None, q.title)
        for m in r.measures:
            yield r.code, Sighting(q.id, published, NAMED, f"measure:{m.type}", m.description)
    for f in ds.findings:
        named = dict.fromkeys(m.code for m in f.mentions if m.code is not None)
        for code in named:
            yield code, Sighting(q.id, published, NAMED, f.id, f.text)


def parts(ds: Dataset, text: Text) -> Iterator[tuple[int, str, bool, str]]:
    """(part, language, whether it is one of the query's languages, text) for each language
    `text` is written in: its languages first, in the order `adhocq.ask.search` looks at them,
    then any other (a country's name may be written in a language no other text of the query
    is). Part 0 is the English text, part i the i-th translation."""
    for lang in ds.languages:
        if text.has(lang):
            part = 0 if lang == ENGLISH else _part(text, lang)
            yield part, lang, True, text.get(lang)
    for number, other in enumerate(text.translations, start=1):
        if other.lang not in ds.languages:
            yield number, other.lang, False, other.text


def _part(text: Text, lang: str) -> int:
    return next(n for n, t in enumerate(text.translations, start=1) if t.lang == lang)


def text_blob(text: Text) -> str:
    return stored([text.en, [[t.lang, t.text] for t in text.translations]])


def listing_row(x: Listing) -> tuple[object, ...]:
    """A listing as the columns of `queries` from `query_id` to `respondents_named`; codes are two
    letters, so a space separates them."""
    requester = None if x.requester is None else text_blob(x.requester)
    return (
        x.id, text_blob(x.title), x.requester_country, requester, iso_date(x.published),
        x.respondent_count, x.coverage.value, x.findings_read, x.default, " ".join(x.languages),
        " ".join(x.respondents), " ".join(x.countries), x.count_basis.value,
        stored(x.uncoded),
        stored([[s.lang, s.url] for s in x.sources]), " ".join(x.title_printed),
        " ".join(x.respondents_named), iso_date(x.compiled), " ".join(x.asked_of),
        " ".join(x.topics), iso_date(x.dated_on), " ".join(x.taking_part),
    )  # fmt: skip


Row = tuple[object, ...]
Terms = tuple[list[tuple[str, float]], float]
FileRows = tuple[str, bool, str | None, str | None, Row, list[Row], list[Row], Terms]
"""What a query file adds to the store, from `rows_of`: its query's id, whether that is the
default, its publication date and the date it is placed at (`Query.dated_on`), and its rows
of `queries`, `texts`, `sightings` and `terms` (without the numbers the
store gives them: the file's, and the texts' own, from 0 in each file)."""

# How much a word counts for `related` by where it is (in halves: the store keeps them so): a
# query's title and themes say what it is about; its questions and findings, more of what it
# asked; the labels of its measure types, less. Its measures' own descriptions (what one
# country does: most of a summary's text) and notes are left out: they say little of what was
# asked, and cost the most to read.
_TERM_WEIGHTS = {"query.title": 2.0, "theme": 2.0, "bullet": 1.0, "question": 1.0,
                 "finding": 1.0, "type": 0.5, "category": 0.5,
                 "finding_kind": 0.5}  # fmt: skip
_TOPIC_WEIGHT = 2.0


def terms(ds: Dataset) -> Terms:
    """(stem, weight) for every stem of the query's texts in every language (`adhocq.words`)
    and of its topics' labels, each stem once with the sum of its weights; and the query's
    length for BM25: the weights of its English texts and labels alone (a query written in two
    languages holds most stems twice, and would count as twice as long as the same in one)."""
    # The texts of each weight read as one (a call per text costs more than the reading).
    english: dict[float, list[str]] = {}
    others: dict[float, list[str]] = {}
    for _, field, text in entries(ds):
        weight = _TERM_WEIGHTS.get(field if field == "query.title" else field.split(":")[0])
        if weight is None:
            continue  # a country's name, the requester: not what the query is about
        english.setdefault(weight, []).append(text.en)
        others.setdefault(weight, []).extend(t.text for t in text.translations)
    found: dict[str, float] = {}
    length = 0.0
    for weight, texts in english.items():
        said = words("\n".join(texts))
        length += weight * len(said)
        said += words("\n".join(others[weight]))
        for word, times in Counter(said).items():
            each = stem(word)
            found[each] = found.get(each, 0.0) + weight * times
    for topic in ds.query.topics:
        for lang in LABEL_LANGS:
            for each in dict.fromkeys(stems(label(topic, lang))):
                found[each] = found.get(each, 0.0) + _TOPIC_WEIGHT
        length += _TOPIC_WEIGHT * len(stems(label(topic, "en")))
    return list(found.items()), length


def rows_of(ds: Dataset) -> FileRows:
    """The rows of one query, in plain values (a worker process sends them back)."""
    q = ds.query
    query_row = (*listing_row(listing(ds)), stored(encode(ds.countries)))
    texts: list[Row] = []
    where: dict[int, tuple[int, int]] = {}  # by id() of a Text of `ds`: its first and last row
    for country, field, text in entries(ds):
        start = len(texts)
        for part, lang, listed, value in parts(ds, text):
            folded = None if value.isascii() else fold(value)
            texts.append((part, country, field, lang, listed, value, folded))
        where[id(text)] = (start, len(texts) - 1)
    seen: list[Row] = [
        (code, seq, s.appears, s.ref, *where[id(s.text)])
        for seq, (code, s) in enumerate(sightings(ds))
    ]
    return (q.id, q.default, iso_date(q.published), iso_date(q.dated_on), query_row, texts, seen,
            terms(ds))  # fmt: skip
