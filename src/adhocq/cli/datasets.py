"""What a command reads: the query it answers about (chosen from what was typed for --query:
an id, the start of one, or words of its title), every query one at a time, or the corpus
index; and the check that --lang is a language adhocq or the queries speak."""

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TYPE_CHECKING

from adhocq.cli.input import as_typed_id
from adhocq.errors import UsageProblem
from adhocq.messages import N_, phrase
from adhocq.model import Dataset, Text

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex


def each_query(path: str | None) -> "Iterator[Dataset]":
    """Every query the command may read, loaded one at a time (see reading/catalogue.py)."""
    from adhocq.reading.catalogue import Catalogue
    from adhocq.reading.query_files import data_paths

    return Catalogue(data_paths(path), write=True).each()


def overview(path: str | None, lang: str | None = None) -> "CorpusIndex":
    """The corpus index of every query the command may read, for questions across queries;
    with `lang`, a usage error unless adhocq or some text of some query speaks that language."""
    from adhocq import ask
    from adhocq.reading.index import CorpusIndex
    from adhocq.reading.query_files import data_paths

    index = CorpusIndex(data_paths(path), write_cache=True)
    if lang is not None:
        _known_language(lang, lambda: ask.languages(index))
    return index


def _known_language(lang: str, known: Callable[[], Collection[str]]) -> None:
    """A usage error for a language neither adhocq (its own words) nor any text of the queries
    (`known`, asked only then) is written in: a typo, most likely. A language that only some
    queries have is no error: a text without a translation is shown in English, marked [en]."""
    from adhocq.messages import CATALOGS
    from adhocq.model import ENGLISH

    if lang == ENGLISH or lang in CATALOGS:
        return
    languages = known()
    if lang not in languages:
        from adhocq.suggest import unknown_value

        spoken = sorted({ENGLISH, *CATALOGS, *languages})
        raise UsageProblem(unknown_value(N_("language"), lang, spoken))


def dataset(path: str | None, lang: str | None = None, query: str | None = None) -> Dataset:
    """The query the command answers about (`query`, else the default); with `lang`, a usage
    error unless adhocq or some text of some query speaks that language."""
    from adhocq.reading.catalogue import Catalogue
    from adhocq.reading.query_files import data_paths

    # Only the chosen query's file is loaded; the others are known by their ids.
    files = Catalogue(data_paths(path), write=True)
    entries = files.entries
    default = next((ident for _, ident, is_default in entries if is_default), None)
    ident = chosen_id([ident for _, ident, _ in entries], default, query, lambda: titles(path))
    ds = files.dataset(ident)
    if lang is not None and lang not in ds.languages:
        _known_language(lang, lambda: _corpus_languages(path))
    return ds


def _corpus_languages(path: str | None) -> tuple[str, ...]:
    from adhocq import ask
    from adhocq.reading.index import CorpusIndex
    from adhocq.reading.query_files import data_paths

    return ask.languages(CorpusIndex(data_paths(path), write_cache=True))


def titles(path: str | None) -> list[tuple[str, Text]]:
    """The id and title of every query, newest first, from the corpus index: for a query
    chosen by the words of its title (not needed, so not read, when it is chosen by id)."""
    from adhocq import ask

    return [(x.id, x.title) for x in ask.queries(overview(path))]


# ------------------------------------------------------------------ choosing the query


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
    if len(raw) > LONGEST_QUERY:
        template = N_(
            "--query is {n} characters long: give a query's id, the start of one, or a few words "
            "of its title ('adhocq queries' lists them)"
        )
        raise UsageProblem(phrase(template, n=len(raw)))
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
            "{raw!r} matches the ids or titles of {n} queries; give more words, or the id of one "
            "of them:"
        )
        raise UsageProblem(phrase(template, raw=raw, n=len(found)), _short_list(found))
    raise UsageProblem(_no_query(raw, ids, every))


LISTED_CHOICES = 10
LONGEST_QUERY = 1000  # characters: an id or the words of a title, with room to spare
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
