"""The dataset as frozen, slotted dataclasses. Built once by `load`, read-only afterwards."""

import datetime
from enum import Enum

from adhocq.record import Record, record


class Lang(str, Enum):
    en = "en"
    fr = "fr"


class FindingKind(str, Enum):
    challenge = "challenge"
    solution = "solution"
    preparedness = "preparedness"


class Membership(str, Enum):
    member = "member"
    observer = "observer"


@record
class Text(Record):
    """One text in each language the dataset carries."""

    en: str
    fr: str

    def get(self, lang: Lang) -> str:
        return self.fr if lang is Lang.fr else self.en


@record
class Source(Record):
    lang: str
    url: str


@record
class Bullet(Record):
    """A bullet of the published summary; every fact's `source` names one."""

    id: str
    title: Text


@record
class Query(Record):
    id: str
    title: Text
    requester_country: str
    requester: Text
    asked: str
    published: datetime.date
    respondent_count: int
    themes: tuple[Text, ...]
    sources: tuple[Source, ...]
    bullets: tuple[Bullet, ...]
    notes: tuple[Text, ...]


@record
class Category(Record):
    id: str
    label: Text


@record
class MeasureType(Record):
    id: str
    category: str
    label: Text


@record
class Country(Record):
    code: str
    membership: Membership
    name: Text


@record
class Measure(Record):
    type: str
    description: Text
    source: str


@record
class Response(Record):
    country: Country
    offers_service: bool
    source: str
    measures: tuple[Measure, ...]
    notes: tuple[Text, ...]

    @property
    def code(self) -> str:
        return self.country.code

    def type_ids(self) -> frozenset[str]:
        return frozenset(measure.type for measure in self.measures)


@record
class Finding(Record):
    kind: FindingKind
    id: str
    text: Text
    source: str


@record
class Dataset(Record):
    query: Query
    categories: tuple[Category, ...]
    types: tuple[MeasureType, ...]
    countries: tuple[Country, ...]
    responses: tuple[Response, ...]
    findings: tuple[Finding, ...]

    def type_by_id(self, type_id: str) -> MeasureType:
        return next(t for t in self.types if t.id == type_id)

    def response_by_code(self, code: str) -> Response | None:
        return next((r for r in self.responses if r.code == code), None)

    def country_by_code(self, code: str) -> Country | None:
        return next((c for c in self.countries if c.code == code), None)

    def members(self) -> tuple[Country, ...]:
        """The EMN member countries (not observers), in dataset order."""
        return tuple(c for c in self.countries if c.membership is Membership.member)

    def non_respondents(self) -> tuple[Country, ...]:
        """The EMN members that did not answer the query, in dataset order."""
        answered = {r.code for r in self.responses}
        return tuple(c for c in self.members() if c.code not in answered)
