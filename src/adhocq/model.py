"""The dataset as frozen, slotted dataclasses. Built once by `load`, read-only afterwards.

The model knows the shape of any EMN ad hoc query summary, never one query's words: its
questions, finding kinds, measure types and languages are declared by the data file.
"""

import datetime
import re
from enum import Enum

from adhocq.record import Record, record


class Membership(str, Enum):
    """A country's part in the EMN on a query's date."""

    member = "member"
    observer = "observer"
    former_member = "former-member"
    """A member once, no longer (the United Kingdom after January 2020)."""
    non_member = "non-member"
    """Neither a member nor an observer (Denmark, which never took part), though a list of
    respondents may name it."""


class Coverage(str, Enum):
    """How much of the published summary the file holds."""

    complete = "complete"
    excerpt = "excerpt"
    """The first `Query.findings_read` findings (bullets) only; 0 where the summary was read
    but none of its findings to its end."""
    listing = "listing"
    """Only what a listing (or a notice) says of the query: its title, date, requester and what
    it was about. The file holds no findings, answers or respondents' list."""
    header = "header"
    """Only the header of the full compilation of the answers: who asked and when, when it was
    compiled, and the countries that answered (or were asked: `Query.asked_of`), by name. The
    file holds none of the answers: no findings, questions or measures."""


class RespondentsGiven(str, Enum):
    """How a summary gives its respondents: what adhocq may say of a country it does not name."""

    listed = "listed"
    """It names every country that answered: one it does not name did not answer."""
    counted = "counted"
    """It counts them and names none: whether a country answered is unknown."""
    unknown = "unknown"
    """It neither names nor counts them."""


class CountBasis(str, Enum):
    """What a summary's count of respondents counts."""

    answered = "answered"
    public_answer = "public-answer"
    """The countries that gave a public answer: more may have answered."""


def iso_date(day: datetime.date | None) -> str | None:
    """A date as YYYY-MM-DD; None where it is not known."""
    return None if day is None else day.isoformat()


_ASKED = re.compile(r"[0-9]{4}-[0-9]{2}(-[0-9]{2})?")


def asked_day(asked: str) -> datetime.date | None:
    """The day an `asked` value stands for, a month's first; None for anything else (only ASCII
    digits: `date.fromisoformat` takes more forms in some Pythons than in others)."""
    if not _ASKED.fullmatch(asked):
        return None
    try:
        return datetime.date.fromisoformat(asked if len(asked) == 10 else asked + "-01")
    except ValueError:  # no such day
        return None


def dated(day: datetime.date | None) -> datetime.date:
    """A date to sort by: one not known sorts before every known one, so last newest first."""
    return datetime.date.min if day is None else day


def respondents_given(listed: bool, count: int | None) -> RespondentsGiven:
    """How a query gives its respondents, from whether it lists any and the count it gives."""
    if listed:
        return RespondentsGiven.listed
    return RespondentsGiven.unknown if count is None else RespondentsGiven.counted


ENGLISH = "en"
"""The language every text is written in; any other is a translation."""


@record
class Translation(Record):
    lang: str
    text: str


@record
class Text(Record):
    """A text in English, with its translations into any other languages."""

    en: str
    translations: tuple[Translation, ...] = ()

    def get(self, lang: str) -> str:
        """The text in `lang`, or in English where it has no translation into `lang`."""
        for translation in self.translations:
            if translation.lang == lang:
                return translation.text
        return self.en

    def has(self, lang: str) -> bool:
        return lang == ENGLISH or any(t.lang == lang for t in self.translations)


@record
class Source(Record):
    lang: str
    url: str


@record
class Bullet(Record):
    """A bullet of the published summary; every fact's `source` names one."""

    id: str
    title: Text
    page: str | None = None
    """Where another publisher's summary of the query prints this bullet (one of the query's
    sources, EMN Ireland's page say); None for a bullet of the summary the file is of."""


@record
class Mention(Record):
    """A country as the summary printed it: the token (`Italy`, `GR`, `HR CY`), the EMN code it
    stands for (None for a token that is no EMN country, never guessed) and any qualifier
    (`BE (French Community)` -> BE, "French Community")."""

    printed: str
    code: str | None
    qualifier: str | None = None


@record
class Query(Record):
    id: str
    title: Text
    requester_country: str | None
    """The code of the country that asked, where the summary says it."""
    requester: Text | None
    """The authority that asked, where the summary says it."""
    asked: str | None
    """When the query was launched, where a source says it: a month ("2023-12"), or the day a
    compilation's header prints ("2012-04-27")."""
    published: datetime.date | None
    """The day the summary was published; None where no page read shows it (the file says
    `published = "unknown"`, and a note where the date was looked for)."""
    respondent_count: int | None
    """How many countries answered, as the summary counts them; None where it does not say."""
    coverage: Coverage
    findings_read: int | None
    """With an excerpt: how many of the summary's findings the file holds."""
    themes: tuple[Text, ...]
    sources: tuple[Source, ...]
    bullets: tuple[Bullet, ...]
    notes: tuple[Text, ...]
    default: bool = False
    """The query a command answers about when none is chosen (`--query`)."""
    count_basis: CountBasis = CountBasis.answered
    """What `respondent_count` counts."""
    title_printed: tuple[str, ...] = (ENGLISH,)
    """The languages in which a source printed `title` as the file writes it, the first cited
    for a reader of any other; the title's other languages are adhocq's translations. Empty
    where no source read prints a title: `title` is then adhocq's description of the query."""
    respondents_named: tuple[Mention, ...] = ()
    """Where the summary does not list its respondents, those it names all the same ("25
    countries answered, including BE"): these answered."""
    compiled: datetime.date | None = None
    """The day a compilation's header says it was produced, where one was read."""
    list_printed: str | None = None
    """A compilation header's list of countries exactly as printed, its total included
    ("Austria, , Belgium (20 in Total)"): a blank, or a total the list disagrees with, stays."""
    asked_of: tuple[Mention, ...] = ()
    """The countries a header says responses were requested from: those asked, of whom it does
    not say which answered."""
    topics: tuple[str, ...] = ()
    """The ids of the topics adhocq tags the query with (`adhocq.topics`), first the main one."""

    @property
    def dated_on(self) -> datetime.date | None:
        """The date a query is placed at in time: its publication, or where that is not known,
        its compilation, or else the day (or the first of the month) it was asked."""
        if self.published is not None or self.compiled is not None:
            return self.published or self.compiled
        return None if self.asked is None else asked_day(self.asked)

    def printed_lang(self, lang: str) -> str:
        """The language of the printed title to cite for a reader of `lang`: `lang` where the
        title is printed in it, else the first language it is printed in."""
        if not self.title_printed:  # no title printed: cite adhocq's, in English
            return ENGLISH
        return lang if lang in self.title_printed else self.title_printed[0]


@record
class Question(Record):
    """A question of the query that each respondent answered yes or no (or left unanswered)."""

    id: str
    column: str
    """The answer's column name in machine formats (snake_case)."""
    label: Text
    """A short header for the answer ("Customer service")."""
    statement: Text
    """What a "yes" says of a country ("Offers a customer service")."""
    yes: Text
    """Those that answered yes, as a filter says it ("offering a customer service")."""
    no: Text
    """Those that answered no ("without a customer service")."""
    source: str
    short: Text | None = None
    """A header for narrow grids (the matrix), where `label` is too long ("Service")."""


@record
class FindingKind(Record):
    id: str
    label: Text


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
    printed: str
    """The country as the summary printed it in this measure's list."""


@record
class Answer(Record):
    question: str
    value: bool


@record
class Response(Record):
    country: Country
    printed: str
    """The country as the summary printed it in the list of respondents."""
    source: str
    answers: tuple[Answer, ...]
    measures: tuple[Measure, ...]
    notes: tuple[Text, ...]

    @property
    def code(self) -> str:
        return self.country.code

    def type_ids(self) -> frozenset[str]:
        return frozenset(measure.type for measure in self.measures)

    def answer(self, question: str) -> bool | None:
        """The answer to a question, or None where the summary gives none."""
        return next((a.value for a in self.answers if a.question == question), None)


@record
class Finding(Record):
    kind: str
    id: str
    text: Text
    source: str
    mentions: tuple[Mention, ...] = ()


@record
class Notice(Record):
    """Something a file's author should look at that does not stop it loading."""

    path: str
    message: str
    line: int | None = None


@record
class Dataset(Record):
    query: Query
    questions: tuple[Question, ...]
    finding_kinds: tuple[FindingKind, ...]
    categories: tuple[Category, ...]
    types: tuple[MeasureType, ...]
    countries: tuple[Country, ...]
    responses: tuple[Response, ...]
    findings: tuple[Finding, ...]
    languages: tuple[str, ...]
    """Every language some text is written in, English first."""
    warnings: tuple[Notice, ...] = ()

    def type_by_id(self, type_id: str) -> MeasureType:
        return next(t for t in self.types if t.id == type_id)

    def question_by_id(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)

    def response_by_code(self, code: str) -> Response | None:
        return next((r for r in self.responses if r.code == code), None)

    def country_by_code(self, code: str) -> Country | None:
        return next((c for c in self.countries if c.code == code), None)

    @property
    def count_disagrees(self) -> bool:
        """Whether a listed query's printed count of respondents differs from its list (a
        header that says "(25 in Total)" and names 27)."""
        count = self.query.respondent_count
        listed = self.respondents_given is RespondentsGiven.listed
        return listed and count is not None and count != len(self.responses)

    def members(self) -> tuple[Country, ...]:
        """The EMN member countries (not observers), in dataset order."""
        return tuple(c for c in self.countries if c.membership is Membership.member)

    @property
    def respondents_given(self) -> RespondentsGiven:
        return respondents_given(bool(self.responses), self.query.respondent_count)

    def answered(self, code: str) -> bool | None:
        """Whether a country answered: None where the summary does not list its respondents
        and does not name it among them, or where the country was neither a member nor an
        observer of the EMN on the query's date."""
        if self.respondents_given is not RespondentsGiven.listed:
            return True if any(m.code == code for m in self.query.respondents_named) else None
        if self.response_by_code(code) is not None:
            return True
        country = self.country_by_code(code)
        taking_part = (Membership.member, Membership.observer)
        return False if country is not None and country.membership in taking_part else None

    def non_respondents(self) -> tuple[Country, ...] | None:
        """The EMN members that did not answer the query, in dataset order; None where the
        summary does not list its respondents, and so does not say who did not answer."""
        if self.respondents_given is not RespondentsGiven.listed:
            return None
        answered = {r.code for r in self.responses}
        return tuple(c for c in self.members() if c.code not in answered)


@record
class Corpus(Record):
    """Many queries, one dataset: each query's own data, in the order of the files."""

    queries: tuple[Dataset, ...]

    def by_id(self, query_id: str) -> Dataset | None:
        return next((ds for ds in self.queries if ds.query.id == query_id), None)

    def default(self) -> Dataset | None:
        """The query the dataset declares as its default, or its only query."""
        if len(self.queries) == 1:
            return self.queries[0]
        return next((ds for ds in self.queries if ds.query.default), None)
