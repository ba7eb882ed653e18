"""Questions across the queries of a corpus: which queries, and what they say of one country.
Records only; the command line presents them (`adhocq.cli.present.corpus`)."""

from __future__ import annotations

import datetime

from adhocq.fold import fold
from adhocq.model import Corpus, Dataset, Finding, Measure
from adhocq.record import Record, record


def named_codes(ds: Dataset) -> frozenset[str]:
    """The countries a query's findings name (by code)."""
    return frozenset(m.code for f in ds.findings for m in f.mentions if m.code is not None)


def involves(ds: Dataset, code: str) -> bool:
    """Whether a country asked the query, answered it (as listed) or is named in a finding."""
    return (
        ds.query.requester_country == code
        or ds.response_by_code(code) is not None
        or code in named_codes(ds)
    )


def queries(
    corpus: Corpus,
    *,
    country: str | None = None,
    requester: str | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    text: str | None = None,
) -> tuple[Dataset, ...]:
    """The queries that `country` asked, answered or is named in, that `requester` asked, published
    from `since` to `until` (both included), whose title or findings contain `text` (ignoring
    case and accents); newest first."""
    wanted = fold(text.strip()) if text is not None else None
    found = [
        ds
        for ds in corpus.queries
        if (country is None or involves(ds, country))
        and (requester is None or ds.query.requester_country == requester)
        and (since is None or ds.query.published >= since)
        and (until is None or ds.query.published <= until)
        and (wanted is None or _mentions_text(ds, wanted))
    ]
    return tuple(sorted(found, key=lambda ds: (ds.query.published, ds.query.id), reverse=True))


def _mentions_text(ds: Dataset, wanted: str) -> bool:
    texts = [ds.query.title, *(f.text for f in ds.findings)]
    return any(
        wanted in fold(value) for t in texts for value in (t.en, *(x.text for x in t.translations))
    )


@record
class Appearance(Record):
    """A query in which a country appears: as the country that asked it (`asked`), as a listed
    respondent (`finding` and `measure` None), named in one of its findings, or named for one of
    its measures."""

    query: Dataset
    finding: Finding | None = None
    measure: Measure | None = None
    asked: bool = False


def appearances(corpus: Corpus, code: str) -> tuple[Appearance, ...]:
    """Everything the corpus says of one country: each query it asked, each it answered with the
    measures named for it, and each finding that names it; newest query first, in file order."""
    found: list[Appearance] = []
    for ds in queries(corpus, country=code):
        if ds.query.requester_country == code:
            found.append(Appearance(ds, asked=True))
        response = ds.response_by_code(code)
        if response is not None:
            found.append(Appearance(ds))
            found += [Appearance(ds, measure=m) for m in response.measures]
        found += [Appearance(ds, f) for f in ds.findings if any(m.code == code for m in f.mentions)]
    return tuple(found)
