"""The records that questions across queries return (the rest of the model is in model.py): a
query at a glance (`Listing`), a country in a query (`Sighting`), a text that holds what was
searched for (`Hit`), a query close to a draft (`Match`); and the walks over a dataset that
both the corpus index and the questions of one query make (its named countries, its texts)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

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
REQUESTED = "requested"
"""What a query says of a country, as tokens (machine formats write them as they are): it
asked the query, answered it, is named in it, or (a header of those asked) was asked to answer."""
NOT_LISTED, UNKNOWN = "not listed", "not known"
"""What a query that says none of those of a country makes of it: a list of respondents without
this member or observer of that date (it did not answer), or nothing either way."""


@record
class Heading(Record):
    """What a row that names a query shows of it: its id, its title (`Query.title_printed`
    says in which languages a source printed it) and the addresses of its summary."""

    id: str
    title: Text
    title_printed: tuple[str, ...]
    sources: tuple[Source, ...]


@record
class Listing(Record):
    """One query at a glance: what `Query` says of it that a list of queries shows, and which
    countries it lists or names."""

    id: str
    title: Text
    requester_country: str | None
    requester: Text | None
    published: datetime.date | None
    """None where no page read shows it (`Query.published`)."""
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
    respondents_named: tuple[str, ...] = ()
    """The codes of the respondents a summary names without listing them all
    (`Query.respondents_named`)."""
    compiled: datetime.date | None = None
    """The day a compilation's header says it was produced (`Query.compiled`)."""
    asked_of: tuple[str, ...] = ()
    """The codes of the countries a header says were asked to answer (`Query.asked_of`)."""
    topics: tuple[str, ...] = ()
    """The ids of its topics (`Query.topics`)."""
    dated_on: datetime.date | None = None
    """The date it is placed at in time (`Query.dated_on`)."""
    taking_part: tuple[str, ...] = ()
    """The codes of its countries that were EMN members or observers on its date."""

    @property
    def respondents_given(self) -> RespondentsGiven:
        return respondents_given(bool(self.respondents), self.respondent_count)

    def roles(self, code: str) -> tuple[str, ...]:
        """What the summary says of a country: ASKED where it asked the query, then ANSWERED
        where the summary lists it as a respondent or NAMED where it only names it; empty where
        it says nothing of it (which, unless the respondents are listed, is no "did not
        answer")."""
        asked = (ASKED,) if code == self.requester_country else ()
        if code in self.respondents or code in self.respondents_named:
            return (*asked, ANSWERED)
        if code in self.asked_of:
            return (*asked, REQUESTED)
        return (*asked, NAMED) if code in self.countries else asked

    def role(self, code: str) -> tuple[str, ...]:
        """`roles`, or where the query says none of them, NOT_LISTED (its list of respondents
        leaves out this member or observer of its date) or UNKNOWN."""
        said = self.roles(code)
        if said:
            return said
        listed = self.respondents_given is RespondentsGiven.listed
        return (NOT_LISTED,) if listed and code in self.taking_part else (UNKNOWN,)

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
    published: str | None
    """The query's publication date, as YYYY-MM-DD; None where it is not known."""
    appears: str
    ref: str | None
    text: Text
    """The query's title for a respondent; else the measure's or the finding's text."""


@record
class Hit(Record):
    """A text that contains what was searched for."""

    country: str | None
    """The code of the country the text is about, or None."""
    lang: str
    field: str
    """Where the text is, as a stable dotted name (`measure:staffing.description`)."""
    text: str


@record
class Match(Record):
    """A query that `related` finds close to a draft: how close (a BM25 score: higher is
    closer, comparable only within one draft's results), the texts of it that hold the draft's
    words (best first) and the topics whose labels do."""

    listing: Listing
    score: float
    passages: tuple[Hit, ...]
    topics: tuple[str, ...]


def named_codes(ds: Dataset) -> frozenset[str]:
    """The countries a query's findings name (by code)."""
    return frozenset(m.code for f in ds.findings for m in f.mentions if m.code is not None)


# One searchable text: the country it is about (None if none), a stable dotted field name, and
# the text in every language it is written in.
_Entry = tuple[str | None, str, Text]


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
