"""What people type, as the data's ids: query ids (or their start, or words of their title),
type, category, question and finding-kind ids in any case, and countries by code (any case, GR
for EL) or by name. Usage errors say what was meant, where they can."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from adhocq.errors import NotFound, UsageProblem
from adhocq.messages import N_, phrase
from adhocq.model import Corpus, Country, Dataset, Response, Text


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
        from adhocq.suggest import unknown_value

        raise UsageProblem(unknown_value(what, raw, ids))
    return wanted


def chosen_query(corpus: Corpus, raw: str | None) -> Dataset:
    """The query a user means (see `chosen_id`) among the queries of `corpus`."""
    ids = [ds.query.id for ds in corpus.queries]
    default = corpus.default()
    newest = sorted(corpus.queries, key=lambda ds: (ds.query.published, ds.query.id), reverse=True)
    titles = [(ds.query.id, ds.query.title) for ds in newest]
    chosen = corpus.by_id(
        chosen_id(ids, default.query.id if default else None, raw, lambda: titles)
    )
    assert chosen is not None
    return chosen


Titled = tuple[str, Text]
"""A query's id and title."""


def chosen_id(
    ids: Sequence[str],
    default: str | None,
    raw: str | None,
    titles: Callable[[], Sequence[Titled]] | None = None,
) -> str:
    """The id a user means: an id, or the start of exactly one (any case); else, where
    `titles` gives the queries' titles (newest first; asked for only then), the one query whose
    id or title holds every word typed (see `holds_words`). Without `raw`, the default
    (`default`, or the only id). A usage error names the queries to choose from."""
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
    if not wanted.strip():
        raise UsageProblem(
            N_(
                "--query is empty: give a query's id, the start of one, or words of its title "
                "('adhocq queries' lists them)"
            )
        )
    starting = [ident for ident in ids if ident.startswith(wanted)]
    if wanted in ids or len(starting) == 1:
        return wanted if wanted in ids else starting[0]
    every = titles() if titles is not None else ()
    if starting:
        if not every:
            template = N_("{raw!r} starts several query ids: {ids}")
            raise UsageProblem(phrase(template, raw=raw, ids=", ".join(starting)))
        found = [(ident, title) for ident, title in every if ident in starting]
        template = N_("{raw!r} starts {n} query ids; give more of one:")
        raise UsageProblem(phrase(template, raw=raw, n=len(found)), _short_list(found))
    found = [(ident, title) for ident, title in every if holds_words(raw, ident, title)]
    if len(found) == 1:
        return found[0][0]
    if found:
        template = N_(
            "{raw!r} is in the titles of {n} queries; give more words, or the id of one of them:"
        )
        raise UsageProblem(phrase(template, raw=raw, n=len(found)), _short_list(found))
    raise UsageProblem(_no_query(raw, ids, every))


LISTED_CHOICES = 10
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of `text`, folded (no case or accents); anything but a letter or a digit
    separates them ("au-pair" is "au" and "pair")."""
    from adhocq.fold import fold  # here: most runs choose a query by its id

    return _WORD.findall(fold(text))


def holds_words(raw: str, ident: str, title: Text) -> bool:
    """Whether every word of `raw` starts a word of the id or of the title (in any language),
    as people type them: any case or accents, any separator, words run together ("aupair" for
    "au-pair"), the start of a word ("citizen"), and a plural for a singular ("nomads")."""
    typed = words(raw)
    runs = []  # each word of a text with the words after it, run together
    for text in (ident, title.en, *(t.text for t in title.translations)):
        found = words(text)
        runs += ["".join(found[start:]) for start in range(len(found))]
    return bool(typed) and all(
        any(run.startswith(form) for run in runs for form in _forms(word)) for word in typed
    )


def _forms(word: str) -> tuple[str, ...]:
    return (word, word[:-1]) if len(word) > 3 and word.endswith("s") else (word,)


def _short_list(found: Sequence[Titled]) -> list[str]:
    shown = found[:LISTED_CHOICES]
    width = max(len(ident) for ident, _ in shown)
    lines = [f"  {ident:<{width}}  {title.en}" for ident, title in shown]
    if len(found) > len(shown):
        lines.append(f"  ... and {len(found) - len(shown)} more ('adhocq queries' lists them all)")
    return lines


def _no_query(raw: str, ids: Sequence[str], titles: Sequence[Titled]) -> str:
    import shlex

    from adhocq.suggest import closest

    meant = closest(as_typed_id(raw), ids)
    if meant is not None:
        return phrase(N_("unknown query {raw!r} (did you mean {meant!r}?)"), raw=raw, meant=meant)
    vocabulary = {w for _, title in titles for w in words(title.en)}
    unknown = [w for w in words(raw) if not any(v.startswith(w) for v in vocabulary)]
    guess = next(filter(None, (closest(w, vocabulary) for w in unknown)), None)
    template = N_(
        "unknown query {raw!r}: no id starts with it and no title holds all its words; to look "
        "in their findings too: adhocq queries --search {search}"
    )
    if guess:
        template = N_(
            "unknown query {raw!r}: no id starts with it and no title holds all its words (did "
            "you mean {guess!r}?); to look in their findings too: adhocq queries --search {search}"
        )
    return phrase(template, raw=raw, guess=guess, search=shlex.quote(raw))


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
