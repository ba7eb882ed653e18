"""The corpus index answers questions across queries as the model does (`adhocq.ask`), from a
file in the cache or in memory, and is never wrong after a file changes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from adhocq import ask
from adhocq.ask.listing import ANSWERED, ASKED, NAMED, Listing, Sighting, listing, select
from adhocq.errors import DataError
from adhocq.model import Corpus
from adhocq.reading.corpus import bundled_folder, load_corpus
from adhocq.reading.index import CorpusIndex

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
    return load_corpus([bundled_folder()])


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
    assert index.listings() == tuple(listing(ds) for ds in corpus.queries)
    assert index.size() == len(corpus.queries)
    default = corpus.default()
    assert index.default_id() == (default.query.id if default is not None else None)


def test_selecting_listings_agrees_with_ask_queries(index: CorpusIndex, corpus: Corpus) -> None:
    listings = index.listings()

    def ids(found: tuple[Listing, ...]) -> list[str]:
        return [x.id for x in found]

    assert ids(select(listings)) == [ds.query.id for ds in ask.queries(corpus)]
    for code in codes(corpus):
        expected = [ds.query.id for ds in ask.queries(corpus, country=code)]
        assert ids(select(listings, country=code)) == expected, code
        expected = [ds.query.id for ds in ask.queries(corpus, requester=code)]
        assert ids(select(listings, requester=code)) == expected, code
    for word in WORDS:
        expected = [ds.query.id for ds in ask.queries(corpus, text=word)]
        assert ids(select(listings, among=index.with_text(word))) == expected, word


def test_a_listing_marks_who_answered_and_who_is_only_named(
    index: CorpusIndex, corpus: Corpus
) -> None:
    for ds, x in zip(corpus.queries, index.listings(), strict=True):
        named = ask.named_codes(ds)
        for code in codes(corpus):
            answered = ds.response_by_code(code) is not None
            expected = ANSWERED if answered else NAMED if code in named else None
            asked = ds.query.requester_country == code
            roles = ([ASKED] if asked else []) + ([expected] if expected else [])
            assert x.status(code) == (", ".join(roles) or None)


def test_sightings_are_the_appearances_of_a_country(index: CorpusIndex, corpus: Corpus) -> None:
    for code in codes(corpus):
        expected = []
        for seen in ask.appearances(corpus, code):
            q = seen.query.query
            day = q.published.isoformat()
            if seen.measure is not None:
                m = seen.measure
                expected.append(Sighting(q.id, day, NAMED, f"measure:{m.type}", m.description))
            elif seen.finding is not None:
                f = seen.finding
                expected.append(Sighting(q.id, day, NAMED, f.id, f.text))
            elif seen.asked:
                expected.append(Sighting(q.id, day, ASKED, None, q.title))
            else:
                expected.append(Sighting(q.id, day, ANSWERED, None, q.title))
        assert index.sightings(code) == tuple(expected), code


@pytest.mark.parametrize("lang", [None, "en", "fr", "de"])
def test_search_finds_what_ask_search_finds(
    index: CorpusIndex, corpus: Corpus, lang: str | None
) -> None:
    for word in WORDS:
        expected = [
            (ds.query.id, hit) for ds in corpus.queries for hit in ask.search(ds, word, lang)
        ]
        assert list(index.search(word, lang)) == expected, word


def test_countries_are_every_declaration_once(index: CorpusIndex, corpus: Corpus) -> None:
    every = [c for ds in corpus.queries for c in ds.countries]
    assert index.countries() == tuple(dict.fromkeys(every))
    assert index.languages() == tuple(sorted({x for ds in corpus.queries for x in ds.languages}))


# The index file ---------------------------------------------------------------------------


def counting_loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    from adhocq.reading import loading

    loaded: list[Path] = []
    real = loading.load

    def counting(path: Path, *, write_cache: bool = False) -> object:
        loaded.append(path)
        return real(path, write_cache=write_cache)

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
def test_a_text_comes_back_from_its_columns(translations: tuple[tuple[str, str], ...]) -> None:
    from adhocq.model import Text, Translation
    from adhocq.reading import index_store

    text = Text("Hello", tuple(Translation(lang, value) for lang, value in translations))
    rows = [("q", "2024-01-01", ANSWERED, None, *index_store.text_columns(text))]
    (sighting,) = index_store.sightings_of(rows)
    assert sighting.text == text


def test_a_library_call_writes_no_file(folder: Path, cache_home: Path) -> None:
    assert CorpusIndex([folder]).size() == 2
    assert not cache_home.exists() or not any(cache_home.rglob("*"))


def test_paths_may_be_strings_as_the_readme_writes_them() -> None:
    as_text = CorpusIndex([str(bundled_folder())])
    assert as_text.listings() == CorpusIndex([bundled_folder()]).listings()
    with pytest.raises(TypeError, match=r"a list of paths"):
        CorpusIndex(str(bundled_folder()))
