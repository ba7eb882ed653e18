"""Full-text search over every text of a dataset, ignoring case and accents (`adhocq.fold`
defines "the same text", for this search and for the table that highlights its matches)."""

from __future__ import annotations

from collections.abc import Iterator

from adhocq.fold import fold
from adhocq.model import Dataset, Text
from adhocq.record import Record, record


@record
class Hit(Record):
    """A text that contains what was searched for."""

    country: str | None
    """The code of the country the text is about, or None."""
    lang: str
    field: str
    """Where the text is, as a stable dotted name (`measure:staffing.description`)."""
    text: str


# One searchable text: the country it is about (None if none), a stable dotted field name, and
# the text in every language it is written in.
_Entry = tuple[str | None, str, Text]


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


def entries(ds: Dataset) -> Iterator[_Entry]:
    """Every text of the dataset, in the order of the dataset file."""
    q = ds.query
    yield None, "query.title", q.title
    if q.requester is not None:
        yield None, "query.requester", q.requester
    for theme in q.themes:
        yield None, "theme", theme
    for note in q.notes:
        yield None, "note", note
    for bullet in q.bullets:
        yield None, f"bullet:{bullet.id}.title", bullet.title
    for x in ds.questions:
        for field, value in (("label", x.label), ("statement", x.statement), ("yes", x.yes),
                             ("no", x.no)):  # fmt: skip
            yield None, f"question:{x.id}.{field}", value
    for finding_kind in ds.finding_kinds:
        yield None, f"finding_kind:{finding_kind.id}.label", finding_kind.label
    for category in ds.categories:
        yield None, f"category:{category.id}.label", category.label
    for kind in ds.types:
        yield None, f"type:{kind.id}.label", kind.label
    for country in ds.countries:
        yield country.code, "country.name", country.name
    for response in ds.responses:
        for note in response.notes:
            yield response.code, "note", note
        for measure in response.measures:
            yield response.code, f"measure:{measure.type}.description", measure.description
    for finding in ds.findings:
        yield None, f"finding:{finding.id}.text", finding.text
