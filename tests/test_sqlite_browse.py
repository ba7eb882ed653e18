"""`adhocq export --sqlite` for people who browse: the views, and the Datasette metadata written
beside the database, checked with sqlite3 and with Datasette itself."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import DATA, bundled_corpus
from sqlite_readback import opened, read_back

from adhocq import ask
from adhocq.across import named_codes
from adhocq.errors import AdhocqError, UsageProblem
from adhocq.export import datasette as datasette_metadata
from adhocq.export.sqlite import write_sqlite
from adhocq.export.sqlite_schema import SEARCH, SEARCH_SHADOWS, TABLES
from adhocq.export.sqlite_views import VIEWS
from adhocq.model import Corpus, Dataset, Source, dated
from adhocq.reading.loading import load

if TYPE_CHECKING:
    import httpx

CUSTOMER_SERVICE = "emn-ahq-2023-fi-customer-service-crisis"


@pytest.fixture(scope="session")
def bundled() -> Corpus:
    return bundled_corpus()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, bundled: Corpus) -> Path:
    """The bundled corpus exported with its metadata (read only: shared by the module)."""
    path = tmp_path_factory.mktemp("browse") / "adhocq.db"
    write_sqlite(bundled, path, force=False, metadata=datasette_metadata.metadata_path(path))
    return path


def rows(db: Path, sql: str, *values: object) -> list[tuple[Any, ...]]:
    with opened(db) as connection:
        return connection.execute(sql, values).fetchall()


# ------------------------------------------------------------------ the views


def test_the_views_are_views_and_the_keys_still_hold(db: Path) -> None:
    names = rows(db, "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')")
    assert sorted(name for kind, name in names if kind == "view") == sorted(VIEWS)
    search = [SEARCH, *SEARCH_SHADOWS]  # the full-text index, and the tables FTS5 keeps it in
    assert sorted(name for kind, name in names if kind == "table") == sorted([*TABLES, *search])
    assert rows(db, "PRAGMA foreign_key_check") == []


def test_measures_come_with_the_country_name_type_and_category(db: Path, dataset: Dataset) -> None:
    found = rows(
        db,
        "SELECT country_code, country, type_id, type, category_id, category, description"
        " FROM measure_with_names WHERE query_id = ?",
        CUSTOMER_SERVICE,
    )
    types = {t.id: t for t in dataset.types}
    categories = {c.id: c for c in dataset.categories}
    expected = [
        (r.code, r.country.name.en, m.type, types[m.type].label.en, types[m.type].category,
         categories[types[m.type].category].label.en, m.description.en)
        for r in dataset.responses
        for m in r.measures
    ]  # fmt: skip
    assert len(found) == 30 and found == expected
    assert ("CZ", "Czechia") in {row[:2] for row in found}
    assert rows(db, "SELECT count(*) FROM measure_with_names") == rows(
        db, "SELECT count(*) FROM measure"
    )


def test_findings_come_once_per_mention_with_country_names(bundled: Corpus, db: Path) -> None:
    expected: list[tuple[object, ...]] = []
    for ds in sorted(bundled.queries, key=lambda ds: ds.query.id):
        kinds = {k.id: k.label.en for k in ds.finding_kinds}
        for f in ds.findings:
            start = (ds.query.id, f.id, kinds[f.kind], f.text.en)
            names = [ds.country_by_code(m.code) if m.code is not None else None for m in f.mentions]
            mentioned: list[tuple[object, ...]] = [
                (*start, i, m.printed, m.code, c.name.en if c is not None else None)
                for i, (m, c) in enumerate(zip(f.mentions, names, strict=True), 1)
            ]
            expected += mentioned or [(*start, None, None, None, None)]
    found = rows(
        db,
        "SELECT query_id, finding_id, kind, text, mention_position, mention, country_code,"
        " country FROM finding_with_mentions",
    )
    assert found == expected
    assert any(row[7] == "Greece" for row in found)  # the table `mention` holds only "EL"


def test_the_matrix_is_each_respondent_by_each_type(db: Path, dataset: Dataset) -> None:
    expected = [
        (r.code, t.id, int(named))
        for r, marks in ask.matrix(dataset)
        for t, named in zip(dataset.types, marks, strict=True)
    ]
    found = rows(
        db,
        "SELECT country_code, type_id, named FROM country_type_matrix WHERE query_id = ?",
        CUSTOMER_SERVICE,
    )
    assert found == expected
    assert len(found) == 19 * 13 and sum(named for *_, named in found) == 30
    assert rows(
        db,
        "SELECT country, type, category FROM country_type_matrix"
        " WHERE query_id = ? AND country_code = 'CZ' AND type_id = 'staffing'",
        CUSTOMER_SERVICE,
    ) == [
        ("Czechia", "Staff reinforcement (internal redeployment, external recruitment)",
         "Support for customer-service staff")
    ]  # fmt: skip


def test_participation_is_every_query_by_every_country(bundled: Corpus, db: Path) -> None:
    countries = {c.code: c for ds in bundled.queries for c in reversed(ds.countries)}
    order = [c for c, _ in rows(db, "SELECT code, position FROM country ORDER BY position")]
    expected = []
    for ds in sorted(bundled.queries, key=lambda ds: (dated(ds.query.published), ds.query.id)):
        named = named_codes(ds) | {code for r in ds.responses for code in [r.code] if r.measures}
        for code in order:
            answered = ds.answered(code)
            asked = ds.query.requester_country == code
            requested = code in {x.code for x in ds.query.asked_of}
            role = (
                "answered" if answered
                else "requested" if requested and not asked
                else "named" if code in named
                else None
            )  # fmt: skip
            status = ", ".join(x for x in ("asked" if asked else None, role) if x) or None
            expected.append(
                (ds.query.id, code, countries[code].name.en, int(asked),
                 None if answered is None else int(answered), int(code in named), status)
            )  # fmt: skip
    found = rows(
        db,
        "SELECT query_id, country_code, country, asked, answered, named, status FROM participation",
    )
    assert found == expected
    assert len(found) == 73 * 37  # UK, Denmark and Switzerland are named by headers
    # every response; Belgium named among the respondents of 33 queries that list none; and the
    # 22 countries a notice names as the participants of the query on involving migrants
    assert sum(row[4] or 0 for row in found) == 623 + 33 + 22
    # A summary that only counts its respondents says nothing of who did not answer.
    public_order = [row for row in found if row[0] == "emn-ahq-2024-fr-public-order-sponsor"]
    assert {row[4] for row in public_order if row[1] != "BE"} == {None}  # never 0
    assert ("emn-ahq-2024-fr-public-order-sponsor", "BE", "Belgium", 0, 1, 1, "answered") in found
    assert ("emn-ahq-2024-fr-public-order-sponsor", "EL", "Greece", 0, None, 1, "named") in found
    assert ("emn-ahq-2024-fr-public-order-sponsor", "FR", "France", 1, None, 0, "asked") in found
    not_listed = ("emn-ahq-2023-fi-customer-service-crisis", "DE", "Germany", 0, 0, 0, None)
    assert not_listed in found  # listed respondents: DE did not answer
    sums = "SELECT respondents_given, count(*) FROM query GROUP BY 1 ORDER BY 1"
    # listed: 3 summaries and 26 compilation headers; unknown: a header of those asked, listings
    assert rows(db, sums) == [("counted", 36), ("listed", 29), ("unknown", 8)]


def test_a_minimal_query_has_its_views_too(tmp_path: Path) -> None:
    path = tmp_path / "minimal.db"
    write_sqlite(Corpus((load(DATA / "minimal.toml"),)), path, force=False)
    assert rows(path, "SELECT country_code, type_id FROM measure_with_names") == [
        ("FI", "staffing")
    ]
    assert rows(path, "SELECT count(*), sum(named) FROM country_type_matrix") == [(2, 1)]
    assert rows(path, "SELECT country_code, status FROM participation") == [
        ("FI", "asked, answered"), ("SE", "answered"), ("EL", None)
    ]  # fmt: skip
    assert sorted(read_back(path)) == ["test-query"]  # the views are not read back


# ------------------------------------------------------------------ the metadata, as JSON

TOP = {"title", "description", "source", "source_url", "license", "databases"}
TABLE = {"description", "columns", "label_column"}


def test_the_metadata_describes_what_the_database_holds(db: Path) -> None:
    metadata = json.loads(datasette_metadata.metadata_path(db).read_text(encoding="utf-8"))
    # The bundled queries cite pages on emnbelgium.be and, for one, on emnnetherlands.nl.
    assert set(metadata) == TOP - {"source_url"}
    assert metadata["title"] == "EMN ad hoc queries"
    assert metadata["source"] == "The published pages (each query's in the table query_source)"
    assert metadata["license"] == "adhocq's code: MIT; the facts: see the publishers' terms"
    assert metadata["description"].startswith("73 EMN ad hoc queries, as adhocq ")
    assert list(metadata["databases"]) == ["adhocq"]  # Datasette's name for adhocq.db
    tables = metadata["databases"]["adhocq"]["tables"]
    with opened(db) as connection:
        for name, table in tables.items():
            assert set(table) <= TABLE, name
            columns = [c[1] for c in connection.execute(f"PRAGMA table_info({name})")]
            assert columns, name
            if "columns" in table:
                assert list(table["columns"]) == columns, name
                assert all(isinstance(text, str) and text for text in table["columns"].values())
            assert table.get("label_column", columns[0]) in columns, name
    main = {"query", "country", "question", "category", "type", "response", "answer",
            "measure", "finding", "mention", "translation"}  # fmt: skip
    assert main | set(VIEWS) <= {name for name, t in tables.items() if "description" in t}
    labels = {name: t["label_column"] for name, t in tables.items() if "label_column" in t}
    assert labels == {"country": "name", "query": "title", "question": "label",
                      "category": "label", "type": "label", "finding_kind": "label",
                      "bullet": "title"}  # fmt: skip


def test_sources_on_several_sites_point_to_the_table(tmp_path: Path) -> None:
    corpus = Corpus((load(DATA / "minimal.toml"), load(DATA / "second.toml")))
    one_site = datasette_metadata.metadata(corpus, "two")
    assert (one_site["source"], one_site["source_url"]) == (
        "The pages published on example.org", "https://example.org/"
    )  # fmt: skip
    elsewhere = _with_sources(load(DATA / "minimal.toml"), Source("en", "http://example.net/x"))
    changed = Corpus((corpus.queries[1], elsewhere))
    several = datasette_metadata.metadata(changed, "two")
    assert "source_url" not in several
    assert several["source"] == "The published pages (each query's in the table query_source)"
    assert several["description"].startswith("2 EMN ad hoc queries")
    assert datasette_metadata.metadata(Corpus((elsewhere,)), "one")["description"].startswith(
        "1 EMN ad hoc query,"
    )


def _with_sources(ds: Dataset, *sources: Source) -> Dataset:
    return dataclasses.replace(ds, query=dataclasses.replace(ds.query, sources=tuple(sources)))


# ------------------------------------------------------------------ whole or not at all


def test_an_existing_metadata_file_stops_both_without_force(
    tmp_path: Path, bundled: Corpus
) -> None:
    path, beside = tmp_path / "a.db", tmp_path / "a.db.metadata.json"
    beside.write_text("mine", encoding="utf-8")
    with pytest.raises(UsageProblem) as caught:
        write_sqlite(bundled, path, force=False, metadata=beside)
    assert str(caught.value) == f"{beside} exists; use --force to replace it"
    assert os.listdir(tmp_path) == ["a.db.metadata.json"]
    write_sqlite(bundled, path, force=True, metadata=beside)
    assert json.loads(beside.read_text(encoding="utf-8"))["title"] == "EMN ad hoc queries"
    assert sorted(os.listdir(tmp_path)) == ["a.db", "a.db.metadata.json"]


def test_a_metadata_directory_is_refused_before_the_database(
    tmp_path: Path, bundled: Corpus
) -> None:
    beside = tmp_path / "a.db.metadata.json"
    beside.mkdir()
    with pytest.raises(UsageProblem, match="is a directory; give a file name for the Datasette"):
        write_sqlite(bundled, tmp_path / "a.db", force=True, metadata=beside)
    assert os.listdir(tmp_path) == ["a.db.metadata.json"]


def test_a_file_name_that_is_not_utf8_is_kept_exactly(tmp_path: Path, bundled: Corpus) -> None:
    path = tmp_path / "caf\udce9.db"  # as Python decodes the bytes b"caf\xe9.db"
    write_sqlite(bundled, path, force=False, metadata=datasette_metadata.metadata_path(path))
    written = datasette_metadata.metadata_path(path).read_bytes()
    assert written.isascii() and b'"caf\\udce9"' in written
    assert list(json.loads(written)["databases"]) == ["caf\udce9"]


def test_a_failing_metadata_write_leaves_neither_file(
    tmp_path: Path, bundled: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    path, beside = tmp_path / "a.db", tmp_path / "a.db.metadata.json"
    with pytest.raises(AdhocqError) as caught:
        write_sqlite(bundled, path, force=False, metadata=beside)
    assert str(caught.value) == f"{beside}: cannot write: No space left on device"
    assert os.listdir(tmp_path) == []  # they go together: neither is written


# ------------------------------------------------------------------ Datasette itself


def served(db: Path, paths: Iterable[str]) -> list[httpx.Response]:
    """What Datasette answers for `paths`, serving `db` with the metadata written beside it."""
    # Imported here, not at the top: importing Datasette takes about a second, which every
    # pytest-xdist worker would pay when it collects this module, for two tests.
    from datasette.app import Datasette

    metadata = json.loads(datasette_metadata.metadata_path(db).read_text(encoding="utf-8"))

    async def get_all() -> list[httpx.Response]:
        app = Datasette([str(db)], metadata=metadata)
        return [await app.client.get(path) for path in paths]

    return asyncio.run(get_all())


def test_datasette_shows_names_descriptions_and_the_views(db: Path) -> None:
    labelled, view, table, home, answer = served(
        db,
        [
            f"/adhocq/response.json?_labels=on&_shape=array&country_code=CZ&query_id={CUSTOMER_SERVICE}",
            f"/adhocq/measure_with_names.json?_shape=array&_size=max&query_id={CUSTOMER_SERVICE}",
            "/adhocq/measure",
            "/",
            "/adhocq/answer.json?_labels=on&_shape=array&_size=1",
        ],
    )
    assert all(r.status_code == 200 for r in (labelled, view, table, home, answer))
    cz = labelled.json()[0]
    assert cz["country_code"] == {"value": "CZ", "label": "Czechia"}
    assert cz["query_id"]["label"].startswith("Ad Hoc Query on organisation of immigration")
    assert answer.json()[0]["country_code"] == {"value": "AT", "label": "Austria"}
    measures = view.json()
    assert len(measures) == 30
    assert {(m["country_code"], m["country"]) for m in measures if m["country_code"] == "CZ"} == {
        ("CZ", "Czechia")
    }
    assert "What the country does, in English" in table.text  # a column's description
    assert "EMN ad hoc queries" in home.text and "see the publishers&#39; terms" in home.text


def test_datasette_inspect_reads_the_database(db: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner
    from datasette.cli import cli

    done = CliRunner().invoke(cli, ["inspect", str(db), "--inspect-file", str(tmp_path / "i")])
    assert done.exit_code == 0, done.output
    tables = json.loads((tmp_path / "i").read_text(encoding="utf-8"))["adhocq"]["tables"]
    assert tables["measure"]["count"] == 30 and tables["query"]["count"] == 73


# ------------------------------------------------------------------ the canned queries


def test_the_canned_queries_answer_in_datasette(db: Path, bundled: Corpus) -> None:
    page, unknown, country, greece, timeline, related, nothing, broken = (
        response.json()
        for response in served(
            db,
            [
                f"/adhocq/query_page.json?_shape=array&query_id={CUSTOMER_SERVICE}",
                "/adhocq/query_page.json?_shape=array&query_id=no-such-query",
                "/adhocq/country_page.json?_shape=array&_size=max&code=cz",
                "/adhocq/country_page.json?_shape=array&_size=max&code=GR",
                "/adhocq/topic_timeline.json?_shape=array&_size=max&topic=Citizenship",
                "/adhocq/related_queries.json?_shape=array&text=citizenship+tests",
                "/adhocq/related_queries.json?_shape=array&text=",
                "/adhocq/related_queries.json?_shape=array&text=%22-(",
            ],
        )
    )
    fields = {row["field"]: row["value"] for row in page}
    assert fields["title"].startswith("Ad Hoc Query on organisation of immigration")
    assert fields["published"] == "2024-01-11" and fields["requester_country"] == "FI"
    assert fields["respondent_count"] == "19 (answered)" and fields["coverage"] == "complete"
    assert fields["respondents"].split() == [
        "AT", "BE", "BG", "CY", "CZ", "ES", "FI", "FR", "HR", "HU", "IT", "LT", "LU", "LV",
        "NL", "PL", "SE", "SI", "SK",
    ]  # fmt: skip
    assert fields["respondents_named"] is None and fields["asked_to_answer"] is None
    assert [row["field"] for row in page][-3:] == ["source (fr)", "source (en)", "source (nl)"]
    assert unknown == []  # not a page of empty fields
    # Each query that says something of Czechia, and what; newest first.
    index = {ds.query.id: ds for ds in bundled.queries}
    roles = {row["query_id"]: row["role"] for row in country}
    assert roles[CUSTOMER_SERVICE] == "answered"
    assert "not known" not in roles.values() and len(roles) == len(country)
    for query_id, role in roles.items():
        ds = index[query_id]
        answered = ds.answered("CZ")
        assert ("answered" in role) == bool(answered), query_id
        assert (role == "not listed") == (answered is False), query_id
    dates = [row["date"] for row in country if row["date"] is not None]
    assert dates == sorted(dates, reverse=True)
    assert {row["country"] for row in greece} == {"Greece"}  # GR is EL
    # A topic's queries, oldest first, each with every country.
    citizenship = sorted(
        (ds for ds in bundled.queries if "citizenship" in ds.query.topics),
        key=lambda ds: (dated(ds.query.dated_on), ds.query.id),
    )
    assert list(dict.fromkeys(row["query_id"] for row in timeline)) == [
        ds.query.id for ds in citizenship
    ]
    assert len(timeline) == len(citizenship) * 37
    first = citizenship[0]
    assert {row["source"] for row in timeline if row["query_id"] == first.query.id} == {
        first.query.sources[0].url
    }
    # Related queries: stemmed words, a title weighing most.
    for row in related:  # every word, in some form
        ds = index[row["query_id"]]
        words = " ".join([ds.query.title.en, *(f.text.en for f in ds.findings)]).lower()
        assert "citizenship" in words and "test" in words, row["query_id"]
    assert "citizenship test" in related[0]["title"].lower()  # in the title: first
    assert {row["query_id"] for row in related} >= {
        "emn-ahq-2024-fi-citizenship-tests", "emn-ahq-2012-at-citizenship-test"
    }  # fmt: skip
    assert nothing == [] and broken == []  # no words, or none but punctuation: no row, no error
