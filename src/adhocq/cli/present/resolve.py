"""What people type, as the data's ids: query ids (or their start), type, category, question
and finding-kind ids in any case, and countries by code (any case, GR for EL) or by name.
Usage errors say what was meant, where they can."""

from __future__ import annotations

from collections.abc import Sequence

from adhocq.errors import NotFound, UsageProblem, unknown_value
from adhocq.messages import N_, phrase
from adhocq.model import Corpus, Country, Dataset, Response


def as_typed_id(raw: str) -> str:
    """What a user typed for an id or a language code, as data writes it: spaces and tabs
    around removed and, for ASCII only, lower case."""
    return raw.strip(" \t").lower() if raw.isascii() else raw


def resolve_id(raw: str, ids: Sequence[str], what: str) -> str:
    """The id the user means (any case, spaces around), or a usage error with a suggestion.
    Ids are ASCII: only ASCII is lower-cased, so that a look-alike (the Kelvin sign, which
    lower-cases to k) is an unknown id, not another one."""
    wanted = as_typed_id(raw)
    if wanted not in ids:
        raise UsageProblem(unknown_value(what, raw, ids))
    return wanted


def chosen_query(corpus: Corpus, raw: str | None) -> Dataset:
    """The query a user means (see `chosen_id`) among the queries of `corpus`."""
    ids = [ds.query.id for ds in corpus.queries]
    default = corpus.default()
    chosen = corpus.by_id(chosen_id(ids, default.query.id if default else None, raw))
    assert chosen is not None
    return chosen


def chosen_id(ids: Sequence[str], default: str | None, raw: str | None) -> str:
    """The id a user means: an id, or the start of exactly one (any case); without one, the
    default (`default`, or the only id). A usage error names the ids to choose from."""
    if raw is None:
        if default is None and len(ids) == 1:
            return ids[0]
        if default is None:
            template = N_(
                "this dataset holds {n} queries and declares no default: choose one with "
                "--query ID ('adhocq queries' lists them): {ids}"
            )
            raise UsageProblem(phrase(template, n=len(ids), ids=", ".join(ids)))
        return default
    wanted = as_typed_id(raw)
    starting = [ident for ident in ids if ident.startswith(wanted)] if wanted else []
    if wanted in ids or len(starting) == 1:
        return wanted if wanted in ids else starting[0]
    if starting:
        template = N_("{raw!r} starts several query ids: {ids}")
        raise UsageProblem(phrase(template, raw=raw, ids=", ".join(starting)))
    problem = unknown_value(N_("query"), raw, list(ids))
    raise UsageProblem(phrase(N_("{problem}; 'adhocq queries' lists them"), problem=problem))


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


def country(ds: Dataset, raw: str) -> Country:
    """A country of the dataset given by code (any case, GR for EL) or by name (any language,
    case or accents); a usage error if it is none."""
    from adhocq.cli.typed import country_code, named

    found = ds.country_by_code(country_code(raw, named(ds.countries)))
    assert found is not None
    return found


def respondent(ds: Dataset, raw: str) -> Response:
    """The response of a country given as `country` takes it; NotFound where the summary does
    not list it among the respondents, saying what the summary does say."""
    from adhocq.cli.present.wording import given_phrase

    c = country(ds, raw)
    response = ds.response_by_code(c.code)
    if response is not None:
        return response
    name = f"{c.code} ({c.name.en})"
    if ds.answered(c.code) is None:
        template = N_(
            "{name}: {given}, so it gives no answers or measures per country; "
            "'adhocq show {code}' shows what it says of {code}"
        )
        raise NotFound(phrase(template, name=name, given=given_phrase(ds), code=c.code))
    if ds.query.requester_country == c.code:
        template = N_("{name} asked this query; the summary does not list it as a respondent")
        raise NotFound(phrase(template, name=name))
    template = N_(
        "{name} is an EMN {membership} but did not answer this query; see 'adhocq info' for "
        "the respondents"
    )
    raise NotFound(phrase(template, name=name, membership=N_(c.membership.value)))


def question_id(ds: Dataset, raw: str) -> str:
    return resolve_id(raw, [q.id for q in ds.questions], N_("question"))


def finding_kind(ds: Dataset, raw: str) -> str:
    return resolve_id(raw, [k.id for k in ds.finding_kinds], N_("finding kind"))
