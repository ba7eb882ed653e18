"""The corpus index answers questions across queries as the model does (`adhocq.ask`), from a
file in the cache or in memory, and is never wrong after a file changes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import bundled_corpus

from adhocq import ask
from adhocq.across import ANSWERED, ASKED, NAMED, REQUESTED, Listing, Sighting, named_codes
from adhocq.errors import DataError
from adhocq.fold import fold
from adhocq.model import Corpus, Dataset, dated
from adhocq.reading.derive import listing
from adhocq.reading.index import CorpusIndex
from adhocq.reading.query_files import bundled_folder

WORDS = [
    "staff",
    "staff\udcff",
    "Réaffect",
    "the",
    "de",
    "é",
    "CZ",
    "interpr",
    "crise",
    "zzzz",
    "a\nb",
    '"x"',
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return bundled_corpus()


@pytest.fixture(scope="module", params=["file", "memory"])
def index(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CorpusIndex]:
    """The bundled corpus's index, built once per module: from a file, or in memory."""
    cache = tmp_path_factory.mktemp("index-cache")
    with pytest.MonkeyPatch.context() as patch:
        if request.param == "memory":
            patch.setenv("ADHOCQ_NO_CACHE", "1")
        else:
            patch.setenv("XDG_CACHE_HOME", str(cache))
        built = CorpusIndex([bundled_folder()], write_cache=True)
    if request.param == "file":
        assert list((cache / "adhocq").glob("corpus-*.sqlite"))
    yield built


def codes(corpus: Corpus) -> list[str]:
    return sorted({c.code for ds in corpus.queries for c in ds.countries})


def test_listings_are_the_queries_in_file_order(index: CorpusIndex, corpus: Corpus) -> None:
    assert ask.listings(index) == tuple(listing(ds) for ds in corpus.queries)
    assert ask.size(index) == len(corpus.queries)
    default = corpus.default()
    assert ask.default_id(index) == (default.query.id if default is not None else None)


def newest_first(datasets: list[Dataset]) -> list[str]:
    return [ds.query.id for ds in sorted(datasets, key=lambda ds: (dated(ds.query.dated_on),
            ds.query.id), reverse=True)]  # fmt: skip


def involves(ds: Dataset, code: str) -> bool:
    return (
        ds.query.requester_country == code
        or ds.answered(code) is True  # listed, or named among the respondents
        or code in named_codes(ds)
        or any(m.code == code for m in ds.query.asked_of)
    )


def mentions(ds: Dataset, word: str) -> bool:
    wanted = fold(word.strip())
    texts = [ds.query.title, *(f.text for f in ds.findings)]
    return any(wanted in fold(v) for t in texts for v in (t.en, *(x.text for x in t.translations)))


def test_queries_are_chosen_by_country_requester_and_text(
    index: CorpusIndex, corpus: Corpus
) -> None:
    def ids(found: tuple[Listing, ...]) -> list[str]:
        return [x.id for x in found]

    every = list(corpus.queries)
    assert ids(ask.queries(index)) == newest_first(every)
    for code in codes(corpus):
        expected = newest_first([ds for ds in every if involves(ds, code)])
        assert ids(ask.queries(index, country=code)) == expected, code
        expected = newest_first([ds for ds in every if ds.query.requester_country == code])
        assert ids(ask.queries(index, requester=code)) == expected, code
    for word in WORDS:
        expected = newest_first([ds for ds in every if mentions(ds, word)])
        assert ids(ask.queries(index, text=word)) == expected, word
    dates = sorted({day for ds in every if (day := ds.query.dated_on) is not None})
    since, until = dates[len(dates) // 3], dates[2 * len(dates) // 3]
    within = [ds for ds in every if since <= dated(ds.query.dated_on) <= until]
    expected = newest_first(within)  # a query whose date is not known is in no span
    assert ids(ask.queries(index, since=since, until=until)) == expected


def test_a_listing_marks_who_answered_and_who_is_only_named(
    index: CorpusIndex, corpus: Corpus
) -> None:
    for ds, x in zip(corpus.queries, ask.listings(index), strict=True):
        named = named_codes(ds)
        for code in codes(corpus):
            answered = ds.answered(code) is True  # listed, or named among the respondents
            requested = any(m.code == code for m in ds.query.asked_of)
            expected = (
                ANSWERED if answered
                else REQUESTED if requested
                else NAMED if code in named
                else None
            )  # fmt: skip
            asked = ds.query.requester_country == code
            roles = ([ASKED] if asked else []) + ([expected] if expected else [])
            assert x.status(code) == (", ".join(roles) or None)


def test_appearances_are_where_a_country_asked_answered_or_is_named(
    index: CorpusIndex, corpus: Corpus
) -> None:
    newest = sorted(corpus.queries, key=lambda ds: (dated(ds.query.dated_on), ds.query.id))[::-1]
    for code in codes(corpus):
        expected = []
        for ds in newest:
            q = ds.query
            day = None if q.published is None else str(q.published)
            if q.requester_country == code:
                expected.append(Sighting(q.id, day, ASKED, None, q.title))
            if any(m.code == code for m in q.respondents_named):
                expected.append(Sighting(q.id, day, ANSWERED, None, q.title))
            if any(m.code == code for m in q.asked_of):
                expected.append(Sighting(q.id, day, REQUESTED, None, q.title))
            response = ds.response_by_code(code)
            if response is not None:
                expected.append(Sighting(q.id, day, ANSWERED, None, q.title))
                expected += [
                    Sighting(q.id, day, NAMED, f"measure:{m.type}", m.description)
                    for m in response.measures
                ]
            expected += [
                Sighting(q.id, day, NAMED, f.id, f.text)
                for f in ds.findings
                if any(m.code == code for m in f.mentions)
            ]
        assert ask.appearances(index, code) == tuple(expected), code


@pytest.mark.parametrize("lang", [None, "en", "fr", "de"])
def test_searching_every_query_finds_what_searching_each_finds(
    index: CorpusIndex, corpus: Corpus, lang: str | None
) -> None:
    for word in WORDS:
        expected = [
            (ds.query.id, hit) for ds in corpus.queries for hit in ask.search(ds, word, lang)
        ]
        assert list(ask.search_all(index, word, lang)) == expected, word
    with pytest.raises(ValueError, match="empty"):
        ask.search_all(index, " ")


def test_countries_are_every_declaration_once(index: CorpusIndex, corpus: Corpus) -> None:
    every = [c for ds in corpus.queries for c in ds.countries]
    assert ask.countries(index) == tuple(dict.fromkeys(every))
    expected = tuple(sorted({x for ds in corpus.queries for x in ds.languages}))
    assert ask.languages(index) == expected


# The index file ---------------------------------------------------------------------------


def counting_loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    from adhocq.reading import loading

    loaded: list[Path] = []
    real = loading.load

    def counting(path: Path) -> object:
        loaded.append(path)
        return real(path)

    monkeypatch.setattr(loading, "load", counting)
    return loaded


def test_an_unchanged_file_is_not_read_again(
    folder: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = counting_loads(monkeypatch)
    first = CorpusIndex([folder], write_cache=True).listings()
    assert [x.id for x in first] == ["test-query", "test-detention-review"]
    assert len(loaded) == 2
    assert CorpusIndex([folder], write_cache=True).listings() == first
    assert len(loaded) == 2  # the index knew both files by their stamps


def test_a_change_that_keeps_size_and_mtime_is_seen(folder: Path, cache_home: Path) -> None:
    target = folder / "a.toml"
    assert "test-query" in [x.id for x in CorpusIndex([folder], write_cache=True).listings()]
    before = target.stat()
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace('id = "test-query"', 'id = "test-qvery"'), encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert target.stat().st_size == before.st_size
    ids = [x.id for x in CorpusIndex([folder], write_cache=True).listings()]
    assert ids == ["test-qvery", "test-detention-review"]


def test_files_added_and_removed_are_seen(folder: Path, cache_home: Path) -> None:
    assert CorpusIndex([folder], write_cache=True).size() == 2
    (folder / "a.toml").rename(folder / "c.toml")  # a new name: a file gone and one added
    index = CorpusIndex([folder], write_cache=True)
    assert [x.id for x in index.listings()] == ["test-detention-review", "test-query"]
    (folder / "b.toml").unlink()
    assert [x.id for x in CorpusIndex([folder], write_cache=True).listings()] == ["test-query"]


def test_a_broken_file_is_an_error_until_it_is_mended(folder: Path, cache_home: Path) -> None:
    CorpusIndex([folder], write_cache=True)
    target = folder / "b.toml"
    good = target.read_text(encoding="utf-8")
    target.write_text(good.replace("schema_version", "schema_versio"), encoding="utf-8")
    with pytest.raises(DataError):
        CorpusIndex([folder], write_cache=True)
    target.write_text(good, encoding="utf-8")
    assert CorpusIndex([folder], write_cache=True).size() == 2


def test_a_duplicate_id_is_an_error_however_the_index_knows_the_files(
    folder: Path, cache_home: Path
) -> None:
    CorpusIndex([folder], write_cache=True)
    shutil.copy(folder / "a.toml", folder / "c.toml")
    with pytest.raises(DataError, match="duplicate query id 'test-query'"):
        CorpusIndex([folder], write_cache=True)


@pytest.mark.parametrize(
    "damage", [b"", b"not a database at all" * 100, b"SQLite format 3\0" + b"\xff" * 5000]
)
def test_a_damaged_index_file_is_replaced(folder: Path, cache_home: Path, damage: bytes) -> None:
    expected = CorpusIndex([folder], write_cache=True).listings()
    (index_file,) = (cache_home / "adhocq").glob("corpus-*.sqlite")
    index_file.write_bytes(damage)
    assert CorpusIndex([folder], write_cache=True).listings() == expected
    assert index_file.stat().st_size > len(damage)  # written again


def test_damaged_rows_are_answered_from_memory(folder: Path, cache_home: Path) -> None:
    import sqlite3

    expected = CorpusIndex([folder], write_cache=True).listings()
    (index_file,) = (cache_home / "adhocq").glob("corpus-*.sqlite")
    with sqlite3.connect(index_file) as db:
        db.execute("UPDATE queries SET title = x'00ff', respondent_count = 'many'")
    assert CorpusIndex([folder], write_cache=True).listings() == expected


def test_without_the_cache_nothing_is_written(
    folder: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADHOCQ_NO_CACHE", "1")
    assert CorpusIndex([folder], write_cache=True).size() == 2
    assert not cache_home.exists() or not list(cache_home.rglob("corpus-*"))


@pytest.mark.parametrize(
    "translations", [(), (("fr", "Bonjour"),), (("fr", "Bonjour"), ("de", "Hallo"))]
)
def test_a_text_comes_back_from_its_rows(translations: tuple[tuple[str, str], ...]) -> None:
    from adhocq.model import Text, Translation
    from adhocq.reading import index_rows

    text = Text("Hello", tuple(Translation(lang, value) for lang, value in translations))
    pieces = [("en", "Hello"), *translations]
    rows = [(1, 0, "q", "2024-01-01", ANSWERED, None, part, lang, value)
            for part, (lang, value) in enumerate(pieces)]  # fmt: skip
    (sighting,) = index_rows.sightings_of(rows)
    assert sighting.text == text
    shifted = [(*row[:6], row[6] + 1, *row[7:]) for row in rows]  # no English part
    with pytest.raises(ValueError, match="parts"):
        index_rows.sightings_of(shifted)


def test_a_library_call_writes_no_file(folder: Path, cache_home: Path) -> None:
    assert CorpusIndex([folder]).size() == 2
    assert not cache_home.exists() or not any(cache_home.rglob("*"))


def test_paths_may_be_strings_as_the_readme_writes_them() -> None:
    as_text = CorpusIndex([str(bundled_folder())])
    assert as_text.listings() == CorpusIndex([bundled_folder()]).listings()
    with pytest.raises(TypeError, match=r"a list of paths"):
        CorpusIndex(str(bundled_folder()))
