"""The dataset as frozen, slotted dataclasses. Built once by `load`, read-only afterwards."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import Enum


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


@dataclass(frozen=True, slots=True)
class Text:
    """One text in each language the dataset carries."""

    en: str
    fr: str

    def get(self, lang: Lang) -> str:
        return self.fr if lang is Lang.fr else self.en


@dataclass(frozen=True, slots=True)
class Source:
    lang: str
    url: str


@dataclass(frozen=True, slots=True)
class Bullet:
    """A bullet of the published summary; every fact's `source` names one."""

    id: str
    title: Text


@dataclass(frozen=True, slots=True)
class Query:
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


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: Text


@dataclass(frozen=True, slots=True)
class MeasureType:
    id: str
    category: str
    label: Text


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    membership: Membership
    name: Text


@dataclass(frozen=True, slots=True)
class Measure:
    type: str
    description: Text
    source: str


@dataclass(frozen=True, slots=True)
class Response:
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


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    id: str
    text: Text
    source: str


@dataclass(frozen=True, slots=True)
class Dataset:
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
