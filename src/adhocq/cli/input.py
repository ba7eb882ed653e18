"""What people type, as typed values: type, category, question and finding-kind ids in any
case, and what `map --by` takes; countries by code (any case, GR for
EL) or by name in any language; answers (QUESTION=yes|no); and comma-separated lists where an
option repeats. Commands call these before asking; presentation takes what they return. Usage
errors say what was meant, where they can. (A query, by id or words of its title, is chosen in
cli/datasets.py, which reads it.)"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence

from adhocq.cli.framework import click
from adhocq.countries import EMN_COUNTRIES, OTHER_NAMES, OUTSIDE, normalise_code
from adhocq.errors import UsageProblem
from adhocq.messages import N_, phrase
from adhocq.model import Country, Dataset, Response


def as_typed_id(raw: str) -> str:
    """What a user typed for an id or a language code, as data writes it: spaces and tabs
    around removed and, for ASCII only, lower case."""
    return raw.strip(" \t").lower() if raw.isascii() else raw


def language(raw: str | None) -> str | None:
    """A language code as typed ("FR ", "fr") -> as a dataset writes it ("fr")."""
    return None if raw is None else as_typed_id(raw)


def resolve_id(raw: str, ids: Sequence[str], what: str) -> str:
    """The id the user means (any case, spaces around), or a usage error with a suggestion.
    Ids are ASCII: only ASCII is lower-cased, so that a look-alike (the Kelvin sign, which
    lower-cases to k) is an unknown id, not another one."""
    wanted = as_typed_id(raw)
    if wanted not in ids:
        from adhocq.suggest import unknown_value

        raise UsageProblem(unknown_value(what, raw, ids))
    return wanted


def type_id(ds: Dataset, raw: str) -> str:
    """A measure type's id; a category given instead is a usage error that says so."""
    types = [t.id for t in ds.types]
    wanted = as_typed_id(raw)
    if wanted not in types and wanted in {c.id for c in ds.categories}:
        template = N_(
            "{raw!r} is a category, not a measure type: use --category {wanted} "
            "('adhocq types' lists the types of each category)"
        )
        raise UsageProblem(phrase(template, raw=raw, wanted=wanted))
    return resolve_id(raw, types, N_("measure type"))


def category_id(ds: Dataset, raw: str) -> str:
    return resolve_id(raw, [c.id for c in ds.categories], N_("category"))


def topic_ids(raw: list[str]) -> frozenset[str]:
    """The topics of `adhocq.topics` given (`--topic`), each checked as an id is."""
    from adhocq.topics import TOPIC_IDS

    return frozenset(resolve_id(each, list(TOPIC_IDS), N_("topic")) for each in raw)


def country(ds: Dataset, raw: str) -> Country:
    """A country of the dataset given by code (any case, GR for EL) or by name (any language,
    case or accents); a usage error if it is none."""
    found = ds.country_by_code(country_code(raw, named(ds.countries)))
    assert found is not None
    return found


def respondent(ds: Dataset, raw: str) -> Response:
    """The response of a country given as `country` takes it; NotFound, saying what the
    summary does say of it, where the summary does not list it among the respondents."""
    from adhocq.cli.present.wording import response

    return response(ds, country(ds, raw))


def question_id(ds: Dataset, raw: str) -> str:
    return resolve_id(raw, [q.id for q in ds.questions], N_("question"))


MEASURES = "measures"
"""What `map --by` accepts besides a question id or a measure type id (which wins over it)."""
NAMED = "named"
"""`map --by named`: whether the summary names a country at all (in a finding or for a
measure)."""


def map_by(ds: Dataset, raw: str) -> str:
    """What `map --by` colours by: a question id, a measure type id, `measures` or `named`, in
    any case; a usage error otherwise, with the usual "did you mean" for a mistyped type id."""
    wanted = as_typed_id(raw)
    questions = [q.id for q in ds.questions]
    types = [t.id for t in ds.types]
    if wanted in questions or wanted in types:
        return wanted
    from adhocq.suggest import closest

    if wanted not in (MEASURES, NAMED) and closest(wanted, types) is not None:
        return type_id(ds, raw)  # "unknown measure type ... (did you mean ...?)"
    return resolve_id(raw, [*questions, MEASURES, NAMED, *types], N_("--by value"))


def finding_kind(ds: Dataset, raw: str) -> str:
    return resolve_id(raw, [k.id for k in ds.finding_kinds], N_("finding kind"))


def search_text(raw: str) -> str:
    """The words to look for, as typed for --search; a usage error if there are none."""
    if not raw.strip():
        raise UsageProblem(N_("--search text is empty; give a word to look for"))
    return raw.strip()


def draft(raw: str) -> str:
    """A draft for `related`; a usage error where it has no word to look for (only function
    words, punctuation or spaces)."""
    from adhocq.words import draft_stems

    if not draft_stems(raw):
        raise UsageProblem(N_("the draft has no word to look for; give a few words of it"))
    return raw


# ------------------------------------------------------------------ dates

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?")
_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def date_bound(raw: str, option: str, end: bool) -> datetime.date:
    """`2024`, `2024-03` or `2024-03-26` as the first day it covers (or the last, for `end`)."""
    import calendar  # here: only `queries --since/--until` needs it

    found = _DATE.fullmatch(raw.strip())
    try:
        if found is None:
            raise ValueError
        year, month, day = (int(part) if part else None for part in found.groups())
        assert year is not None
        first_month, last_month = (month, month) if month else (1, 12)
        if day is not None:
            return datetime.date(year, first_month, day)
        if not end:
            return datetime.date(year, first_month, 1)
        return datetime.date(year, last_month, calendar.monthrange(year, last_month)[1])
    except ValueError:
        template = N_("{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, got {raw!r}")
        raise UsageProblem(phrase(template, option=option, raw=raw)) from None


def accessed_date(raw: str | None, today: datetime.date) -> datetime.date:
    """What --accessed says (YYYY-MM-DD), else `today`."""
    if raw is None:
        return today
    found = _DAY.fullmatch(raw.strip())
    try:
        if found is None:
            raise ValueError
        return datetime.date(*(int(part) for part in found.groups()))
    except ValueError:
        template = N_("--accessed takes a date as YYYY-MM-DD, got {raw!r}")
        raise UsageProblem(phrase(template, raw=raw)) from None


# ------------------------------------------------------------------ countries

_NOT_A_LETTER = re.compile(r"[\W_]+")

Named = tuple[str, str, tuple[str, ...]]
"""A country as people may type it: its code, its English name, and every name it has."""


def named(countries: Iterable[Country], every_emn: bool = False) -> list[Named]:
    """The countries of a dataset (with `every_emn`, and every other EMN country), each with
    the names its translations give it, the EMN's English and French names, and the other
    names people call it (`OTHER_NAMES`)."""
    emn = {code: (en, fr) for code, _, en, fr in (*EMN_COUNTRIES, *OUTSIDE)}
    found: dict[str, Named] = {}
    for c in countries:
        code, en, names = found.get(c.code, (c.code, c.name.en, ()))
        own = (c.name.en, *(t.text for t in c.name.translations))
        found[code] = (code, en, (*names, *own))
    if every_emn:
        for code, (en, _) in emn.items():
            found.setdefault(code, (code, en, ()))
    return [
        (code, en, (*names, *emn.get(code, ()), *OTHER_NAMES.get(code, ())))
        for code, en, names in found.values()
    ]


def name_key(name: str) -> str:
    """A name as compared: no case, accents, spaces or punctuation ('Pays-Bas' = 'pays bas')."""
    from adhocq.fold import fold  # here, not at the top: most runs name no country

    return _NOT_A_LETTER.sub("", fold(name))


def emn_country(raw: str, known: Iterable[Country]) -> str:
    """The code of an EMN country as typed (see `country_code`), among the countries `known`
    (those of the queries read) and every other EMN country."""
    return country_code(raw, named(known, every_emn=True))


def country_code(raw: str, countries: Sequence[Named]) -> str:
    """The code of the country `raw` stands for: a code (any case, GR for EL) or a name in any
    language given (any case, any accents); a usage error with the closest country, if any."""
    codes = {code for code, _, _ in countries}
    code = normalise_code(raw)
    if code in codes:
        return code
    by_name = {name_key(name): code for code, _, names in countries for name in names}
    key = name_key(raw)
    if key and key in by_name:
        return by_name[key]
    english = {code: en for code, en, _ in countries}
    from adhocq.suggest import closest

    guess = closest(key, [*by_name, *(c.lower() for c in codes)]) if key else None
    if guess is not None:
        meant = by_name.get(guess, guess.upper())
        template = N_("unknown country {raw!r} (did you mean {code} ({name})?)")
        raise UsageProblem(phrase(template, raw=raw, code=meant, name=english[meant]))
    if code in {emn for emn, *_ in (*EMN_COUNTRIES, *OUTSIDE)}:  # not among the query's
        template = N_(
            "{code} is not among this query's countries (the EMN's when it was asked, and any "
            "other its lists name): {codes}"
        )
        raise UsageProblem(phrase(template, code=code, codes=", ".join(sorted(codes))))
    template = N_(
        "unknown country {raw!r} (give an EMN country code such as CZ, or a name such as Czechia)"
    )
    raise UsageProblem(phrase(template, raw=raw))


def commas(param: click.Parameter, values: list[str] | None) -> list[str] | None:
    """An option that repeats also takes a comma-separated list: `--type staffing,training` is
    `--type staffing --type training`. An empty item is a usage error."""
    if values is None:
        return None
    items: list[str] = []
    for value in values:
        pieces = value.split(",")
        if len(pieces) > 1 and any(not piece.strip() for piece in pieces):
            option = param.opts[0] if param.opts else param.name
            template = N_(
                "{option} {value!r} has an empty item; separate values with single commas"
            )
            raise UsageProblem(phrase(template, option=option, value=value))
        items += pieces if len(pieces) > 1 else [value]
    return items


_YES_NO = {"yes": True, "true": True, "no": False, "false": False}


def question_answer(ds: Dataset, raw: str) -> tuple[str, bool]:
    """`QUESTION=yes|no` -> (question id, answer)."""
    question, equals, value = raw.partition("=")
    if not equals or value.strip().lower() not in _YES_NO:
        template = N_("--answer takes QUESTION=yes or QUESTION=no, got {raw!r}")
        raise UsageProblem(phrase(template, raw=raw))
    return question_id(ds, question), _YES_NO[value.strip().lower()]
