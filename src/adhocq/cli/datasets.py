"""What a command reads: the query it answers about, every query, or the corpus index."""

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from adhocq.model import Corpus, Dataset, Text

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex


def corpus(path: str | None, lang: str | None = None) -> Corpus:
    """Every query the command may read (see reading/corpus.py); with `lang`, a usage error
    unless adhocq or some text of some query speaks that language."""
    from adhocq.reading.corpus import data_paths, load_corpus

    found = load_corpus(data_paths(path), write_cache=True)
    if lang is not None:
        _known_language(lang, lambda: {code for ds in found.queries for code in ds.languages})
    return found


def overview(path: str | None, lang: str | None = None) -> "CorpusIndex":
    """The corpus index of every query the command may read, for questions across queries;
    with `lang`, a usage error unless adhocq or some text of some query speaks that language."""
    from adhocq import ask
    from adhocq.reading.corpus import data_paths
    from adhocq.reading.index import CorpusIndex

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
        from adhocq.errors import UsageProblem
        from adhocq.messages import N_
        from adhocq.suggest import unknown_value

        spoken = sorted({ENGLISH, *CATALOGS, *languages})
        raise UsageProblem(unknown_value(N_("language"), lang, spoken))


def dataset(path: str | None, lang: str | None = None, query: str | None = None) -> Dataset:
    """The query the command answers about (`query`, else the default); with `lang`, a usage
    error unless adhocq or some text of some query speaks that language."""
    from pathlib import Path

    from adhocq.cli.present.resolve import chosen_id
    from adhocq.reading.corpus import catalogue, data_paths
    from adhocq.reading.loading import load

    # Only the chosen query's file is loaded; the others are known by the corpus index.
    entries = catalogue(data_paths(path), write_cache=True)
    default = next((ident for _, ident, is_default in entries if is_default), None)
    ident = chosen_id([ident for _, ident, _ in entries], default, query, lambda: titles(path))
    ds = load(Path(next(file for file, known, _ in entries if known == ident)), write_cache=True)
    if lang is not None and lang not in ds.languages:
        _known_language(lang, lambda: _corpus_languages(path))
    return ds


def _corpus_languages(path: str | None) -> tuple[str, ...]:
    from adhocq import ask
    from adhocq.reading.corpus import data_paths
    from adhocq.reading.index import CorpusIndex

    return ask.languages(CorpusIndex(data_paths(path), write_cache=True))


def titles(path: str | None) -> list[tuple[str, Text]]:
    """The id and title of every query, newest first, from the corpus index: for a query
    chosen by the words of its title (not needed, so not read, when it is chosen by id)."""
    from adhocq import ask

    return [(x.id, x.title) for x in ask.queries(overview(path))]


def chosen(found: Corpus, lang: str | None = None, query: str | None = None) -> Dataset:
    """As `dataset`, for a command that has loaded the whole corpus already (and checked
    `lang` against it)."""
    from adhocq.cli.present.resolve import chosen_query

    return chosen_query(found, query)
