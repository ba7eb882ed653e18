"""`adhocq export --sqlite`: the database holds every query of the dataset, answers as the
queries do, and is written whole or not at all."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, bundled_corpus, main_text
from sqlite_readback import by_language, in_lang, opened, read_back, richer_text, sizes, text_walk
from unprivileged import as_another_user, folder_of_theirs

from adhocq.cli.present import counts
from adhocq.cli.present.counts import CountBy
from adhocq.errors import AdhocqError, UsageProblem
from adhocq.export import files
from adhocq.export import sqlite as sqlite_export
from adhocq.export.sqlite import write_sqlite
from adhocq.export.sqlite_rows import Row
from adhocq.export.sqlite_schema import SCHEMA_VERSION, SEARCH, SHARED, TABLES
from adhocq.model import Corpus, Dataset
from adhocq.reading.loading import load
from adhocq.topics import LABEL_LANGS, TOPICS

PER_QUERY = [table for table in TABLES if table not in (*SHARED, "query", "translation")]


@pytest.fixture(scope="session")
def bundled() -> Corpus:
    """Every query of the bundled folder."""
    return bundled_corpus()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, bundled: Corpus) -> Path:
    """The bundled corpus exported once for the tests of this module, which only read it (each
    opens it read-only) or look at its mode."""
    path = tmp_path_factory.mktemp("export") / "adhocq.db"
    write_sqlite(bundled, path, force=False)
    return path


def one(ds: Dataset) -> Corpus:
    return Corpus((ds,))


def test_countries_per_type_match_the_count_query(db: Path, dataset: Dataset) -> None:
    expected = counts.count(dataset, "en", CountBy.type).rows
    qid = dataset.query.id
    with opened(db) as connection:
        counted = connection.execute(
            "SELECT t.id, t.label, count(m.country_code),"
            "       round(100.0 * count(m.country_code)"
            "             / (SELECT count(*) FROM response WHERE query_id = t.query_id), 1)"
            " FROM type AS t"
            " JOIN category AS c ON c.query_id = t.query_id AND c.id = t.category_id"
            " LEFT JOIN measure AS m ON m.query_id = t.query_id AND m.type_id = t.id"
            " WHERE t.query_id = ? GROUP BY t.id ORDER BY t.position",
            (qid,),
        ).fetchall()
        codes = [
            tuple(
                code
                for (code,) in connection.execute(
                    "SELECT m.country_code FROM measure AS m JOIN response AS r"
                    " ON r.query_id = m.query_id AND r.country_code = m.country_code"
                    " WHERE m.query_id = ? AND m.type_id = ? ORDER BY r.position",
                    (qid, type_id),
                )
            )
            for type_id, *_ in counted
        ]
    assert [(*row, found) for row, found in zip(counted, codes, strict=True)] == list(expected)


def test_countries_per_category_in_french_match_count(db: Path, dataset: Dataset) -> None:
    expected = [row[:3] for row in counts.count(dataset, "fr", CountBy.category).rows]
    with opened(db) as connection:
        counted = connection.execute(
            f"SELECT c.id, {in_lang('category', 'c', 'id', 'label', 'fr')},"
            "       count(DISTINCT m.country_code)"
            " FROM category AS c"
            " LEFT JOIN type AS t ON t.query_id = c.query_id AND t.category_id = c.id"
            " LEFT JOIN measure AS m ON m.query_id = t.query_id AND m.type_id = t.id"
            " WHERE c.query_id = ? GROUP BY c.id ORDER BY c.position",
            (dataset.query.id,),
        ).fetchall()
    assert counted == expected
    assert counted[0][1] != dataset.categories[0].label.en  # French, not the fallback


def test_answers_are_rows_per_question(db: Path, dataset: Dataset) -> None:
    with opened(db) as connection:
        answers = connection.execute(
            "SELECT a.country_code, a.value FROM answer AS a"
            " JOIN question AS q ON q.query_id = a.query_id AND q.id = a.question_id"
            " JOIN response AS r ON r.query_id = a.query_id AND r.country_code = a.country_code"
            " WHERE q.column_name = 'offers_service' ORDER BY r.position"
        ).fetchall()
        question = connection.execute(
            "SELECT query_id, id, position, label, statement, yes, no, source, short FROM question"
        ).fetchall()
    assert len(answers) == 19 and sum(value for _, value in answers) == 14
    given = [(r.code, int(a.value)) for r in dataset.responses for a in r.answers]
    assert answers == given
    assert ("CY", 0) in answers and ("CZ", 1) in answers
    assert question == [
        (dataset.query.id, "service", 1, "Customer service", "Offers a customer service",
         "offering a customer service", "without a customer service", "service", "Service")
    ]  # fmt: skip


def test_every_table_holds_the_whole_dataset(db: Path, bundled: Corpus) -> None:
    countries = {c.code: c for ds in bundled.queries for c in reversed(ds.countries)}
    languages = {lang for ds in bundled.queries for lang in ds.languages} | set(LABEL_LANGS)
    shared = {"country": len(countries), "language": len(languages), "topic": len(TOPICS),
              "translation": sum(len(c.name.translations) for c in countries.values())
              + len(TOPICS) * (len(LABEL_LANGS) - 1)}  # fmt: skip
    expected: defaultdict[str, int] = defaultdict(int, shared)
    for ds in bundled.queries:
        for table, size in sizes(ds).items():
            expected[table] += size
    with opened(db) as connection:
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE ? ORDER BY name",
            (f"{SEARCH}%",),
        ).fetchall()
        found = {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for (name,) in names
        }
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        searched = connection.execute(f"SELECT query_id FROM {SEARCH} ORDER BY query_id")
        search_ids = [query_id for (query_id,) in searched]
    assert sorted(found) == sorted(TABLES)
    assert found == expected
    assert search_ids == sorted(ds.query.id for ds in bundled.queries)
    assert found["query"] == 73 and found["country"] == 37 and found["translation"] > 100
    assert version == SCHEMA_VERSION == 10


def test_a_querys_rows_are_selected_by_query_id(
    db: Path, bundled: Corpus, dataset: Dataset
) -> None:
    with opened(db) as connection:

        def rows_of(query_id: str) -> dict[str, int]:
            return {
                table: connection.execute(
                    f"SELECT count(*) FROM {table} WHERE {'id' if table == 'query' else 'query_id'}"
                    " = ?",
                    (query_id,),
                ).fetchone()[0]
                for table in [*PER_QUERY, "query", "translation"]
            }

        for ds in bundled.queries:
            assert rows_of(ds.query.id) == sizes(ds), ds.query.id
        kinds = connection.execute(
            "SELECT id, label FROM finding_kind WHERE query_id = ? ORDER BY position",
            (dataset.query.id,),
        )
        assert kinds.fetchall() == [(k.id, k.label.en) for k in dataset.finding_kinds]
        assert rows_of(dataset.query.id) == {
            "answer": 19, "bullet": 5, "category": 3, "finding": 13, "finding_kind": 3,
            "measure": 30, "mention": sum(len(f.mentions) for f in dataset.findings), "note": 5,
            "query": 1, "query_country": 33, "query_language": 2, "query_source": 3,
            "respondent_named": 0, "country_asked": 0, "query_topic": 1, "query_theme": 4,
            "question": 1,
            "response": 19, "type": 13,
            "translation": sizes(dataset)["translation"],
        }  # fmt: skip
        # Ids are unique within a query only: a bullet id that several queries have.
        shared = connection.execute(
            "SELECT id, count(*) FROM bullet GROUP BY id HAVING count(*) > 1 ORDER BY id"
        ).fetchall()
    assert ("f1", 31) in shared


def test_foreign_keys_are_declared_and_hold(db: Path) -> None:
    with opened(db) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        columns: defaultdict[tuple[str, int, str], list[tuple[str, str]]] = defaultdict(list)
        for table in TABLES:
            for key, _, parent, child, to, *_ in connection.execute(
                f"PRAGMA foreign_key_list({table})"
            ):
                columns[table, key, parent].append((child, to))
    references = {
        (table, ", ".join(c for c, _ in pairs), parent, ", ".join(t for _, t in pairs))
        for (table, _, parent), pairs in columns.items()
    }
    by_query = {(table, "query_id", "query", "id") for table in [*PER_QUERY, "translation"]}
    bullet = ("query_id, source", "bullet", "query_id, id")
    response = ("query_id, country_code", "response", "query_id, country_code")
    assert references - by_query == {
        ("query", "requester_country", "country", "code"),
        ("query_language", "lang", "language", "code"),
        ("query_country", "country_code", "country", "code"),
        ("query_topic", "topic_id", "topic", "id"),
        ("respondent_named", "country_code", "country", "code"),
        ("country_asked", "country_code", "country", "code"),
        ("question", *bullet),
        ("type", "query_id, category_id", "category", "query_id, id"),
        ("response", "country_code", "country", "code"),
        ("response", *bullet),
        ("answer", *response),
        ("answer", "country_code", "country", "code"),
        ("answer", "query_id, question_id", "question", "query_id, id"),
        ("measure", *response),
        ("measure", "country_code", "country", "code"),
        ("measure", "query_id, type_id", "type", "query_id, id"),
        ("measure", *bullet),
        ("finding", "query_id, kind", "finding_kind", "query_id, id"),
        ("finding", *bullet),
        ("mention", "query_id, finding_id", "finding", "query_id, id"),
        ("mention", "country_code", "country", "code"),
        ("note", *response),
        ("note", "country_code", "country", "code"),
        ("translation", "lang", "language", "code"),
    }
    assert by_query <= references


def test_every_translation_names_a_row_and_a_text_of_it(db: Path, bundled: Corpus) -> None:
    countries = {c.code: c for ds in bundled.queries for c in reversed(ds.countries)}
    owned = [dataclasses.replace(ds, countries=()) for ds in bundled.queries]
    expected = sorted(
        [
            (text.en, t.lang, t.text)
            for text in text_walk((tuple(countries.values()), tuple(owned)))
            for t in text.translations
        ]
        + [(en, lang, label) for _, en, *labels in TOPICS
           for lang, label in zip(LABEL_LANGS[1:], labels, strict=True)]
    )  # fmt: skip
    found = []
    with opened(db) as connection:
        rows = connection.execute(
            "SELECT entity, query_id, entity_key, field, lang, text FROM translation"
        )
        for entity, query_id, key, field, lang, text in rows.fetchall():
            info = list(connection.execute(f"PRAGMA table_info({entity})"))
            primary = [c[1] for c in info if c[5] and c[1] != "query_id"]
            where, values = f"{primary[0]} = ?", [key]
            if any(c[1] == "query_id" for c in info):
                where, values = where + " AND query_id = ?", [key, query_id]
            english = connection.execute(
                f"SELECT {field} FROM {entity} WHERE {where}", values
            ).fetchall()
            assert len(primary) == 1 and len(english) == 1, (entity, query_id, key, field)
            assert (query_id is None) == (entity in ("country", "topic"))
            assert entity != "query" or query_id == key
            found.append((english[0][0], lang, text))
    assert sorted(found) == expected


def test_english_in_place_translations_beside_and_plain_values(db: Path, dataset: Dataset) -> None:
    qid = dataset.query.id
    with opened(db) as connection:
        cz = connection.execute(
            f"SELECT c.name, {in_lang('country', 'c', 'code', 'name', 'fr')}, c.membership,"
            "        a.value, r.printed FROM country AS c"
            " JOIN response AS r ON r.country_code = c.code"
            " JOIN answer AS a ON a.query_id = r.query_id AND a.country_code = c.code"
            " WHERE c.code = 'CZ' AND r.query_id = ?",
            (qid,),
        ).fetchone()
        it = connection.execute(
            f"SELECT {in_lang('measure', 'm', 'id', 'description', 'fr')}, m.printed"
            " FROM measure AS m WHERE query_id = ? AND country_code = 'IT'",
            (qid,),
        ).fetchone()
        title = connection.execute(
            f"SELECT q.title, {in_lang('query', 'q', 'id', 'title', 'fr')} FROM query AS q"
            " WHERE q.id = ?",
            (qid,),
        ).fetchone()
        asked = connection.execute(
            "SELECT asked, published, requester_country, coverage, findings_read FROM query"
            " WHERE id = ?",
            (qid,),
        )
        hr_cy = connection.execute(
            "SELECT printed FROM response WHERE query_id = ? AND country_code = 'HR'", (qid,)
        )
        query_notes = connection.execute(
            "SELECT count(*) FROM note WHERE query_id = ? AND country_code IS NULL", (qid,)
        )
        languages = connection.execute("SELECT code FROM language ORDER BY position").fetchall()
        empty = [
            (table, column)
            for table in TABLES
            for (_, column, kind, *_) in connection.execute(f"PRAGMA table_info({table})")
            if kind == "TEXT"
            and connection.execute(f"SELECT 1 FROM {table} WHERE {column} = ''").fetchall()
        ]
        assert asked.fetchone() == ("2023-12", "2024-01-11", "FI", "complete", None)
        assert hr_cy.fetchone() == ("HR CY",)
        assert query_notes.fetchone() == (3,)
    assert cz == ("Czechia", "Tchéquie", "member", 1, "CZ")
    assert it == ("Adapte les horaires de travail du personnel du service client.", "IT")
    assert title == (
        "Ad Hoc Query on organisation of immigration authorities' customer service in a"
        " possible crisis or exceptional situation",
        "Question Ad Hoc sur l'organisation du service client des autorités chargées de"
        " l'immigration dans une éventuelle crise ou situation exceptionnelle",
    )
    assert languages == [("en",), ("fr",), ("nl",)]  # nl: a topic's label
    assert empty == []


def test_refuses_to_overwrite_without_force(tmp_path: Path, bundled: Corpus) -> None:
    path = tmp_path / "keep.db"
    path.write_bytes(b"precious")
    with pytest.raises(UsageProblem) as caught:
        write_sqlite(bundled, path, force=False)
    assert str(caught.value) == f"{path} exists; use --force to replace it"
    assert caught.value.exit_code == 2
    assert path.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["keep.db"]


def test_force_replaces_the_file(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "old.db"
    path.write_bytes(b"not a database")
    write_sqlite(one(dataset), path, force=True)
    with opened(path) as connection:
        assert connection.execute("SELECT count(*) FROM response").fetchone() == (19,)
    assert os.listdir(tmp_path) == ["old.db"]


def test_file_appearing_meanwhile_is_not_clobbered(
    tmp_path: Path, bundled: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "race.db"
    build = sqlite_export._build

    def build_then_race(*arguments: Any) -> None:
        build(*arguments)
        path.write_bytes(b"someone else's")

    monkeypatch.setattr(sqlite_export, "_build", build_then_race)
    with pytest.raises(UsageProblem):
        write_sqlite(bundled, path, force=False)
    assert path.read_bytes() == b"someone else's"
    assert os.listdir(tmp_path) == ["race.db"]


def test_a_directory_is_refused(tmp_path: Path, bundled: Corpus) -> None:
    with pytest.raises(UsageProblem, match="is a directory; give a file name"):
        write_sqlite(bundled, tmp_path, force=True)


def test_the_file_gets_the_usual_permissions(db: Path) -> None:
    mask = os.umask(0)
    os.umask(mask)
    assert db.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (sqlite3.OperationalError("database or disk is full"), "database or disk is full"),
        (OSError(28, "No space left on device"), "No space left on device"),
    ],
)
def test_a_failure_midway_leaves_nothing_behind(
    tmp_path: Path,
    bundled: Corpus,
    monkeypatch: pytest.MonkeyPatch,
    force: bool,
    failure: Exception,
    message: str,
) -> None:
    path = tmp_path / "out.db"
    seen: list[Path] = []
    insert = sqlite_export._insert

    def fail_after_some_rows(
        connection: sqlite3.Connection, table: str, rows: Iterable[Row]
    ) -> None:
        if table == "measure":
            seen.extend(tmp_path.iterdir())
            raise failure
        insert(connection, table, rows)

    monkeypatch.setattr(sqlite_export, "_insert", fail_after_some_rows)
    with pytest.raises(AdhocqError) as caught:
        write_sqlite(bundled, path, force=force)
    assert caught.value.exit_code == 1
    assert str(caught.value) == f"{path}: cannot write: {message}"
    assert [p.name for p in seen if p.suffix == ".tmp"] != []  # (and its -journal)
    assert list(tmp_path.iterdir()) == []


def test_an_unexpected_error_also_cleans_up(
    tmp_path: Path, bundled: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "_publish", crash)
    with pytest.raises(KeyboardInterrupt):
        write_sqlite(bundled, tmp_path / "out.db", force=True)
    assert list(tmp_path.iterdir()) == []


def test_permission_denied_is_one_line(
    tmp_path: Path, bundled: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(**kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(AdhocqError) as caught:
        write_sqlite(bundled, tmp_path / "out.db", force=False)
    assert str(caught.value) == f"{tmp_path / 'out.db'}: cannot write: permission denied"


def test_read_only_directory() -> None:
    """A folder its owner may not write to, met by a user without privileges (root writes
    anywhere): one line, nothing written; the same export into the next folder works."""
    minimal = one(load(DATA / "minimal.toml"))
    with folder_of_theirs() as home:
        write_sqlite(minimal, home / "first.db", force=False)  # as yourself: imports done
        with as_another_user():
            (home / "open").mkdir()
            (home / "closed").mkdir(mode=0o500)
            write_sqlite(minimal, home / "open" / "out.db", force=False)
            with pytest.raises(AdhocqError) as caught:
                write_sqlite(minimal, home / "closed" / "out.db", force=False)
        assert str(caught.value) == f"{home / 'closed' / 'out.db'}: cannot write: permission denied"
        assert os.listdir(home / "closed") == [] and os.listdir(home / "open") == ["out.db"]


def test_a_query_that_breaks_a_key_is_one_line_and_no_file(
    tmp_path: Path, dataset: Dataset
) -> None:
    # load_corpus refuses a corpus with two queries of one id; the database refuses it as well.
    path = tmp_path / "twice.db"
    with pytest.raises(AdhocqError) as caught:
        write_sqlite(Corpus((dataset, dataset)), path, force=False)
    assert str(caught.value) == f"{path}: cannot write: UNIQUE constraint failed: query.id"
    assert list(tmp_path.iterdir()) == []


def test_a_reference_to_nothing_is_one_line_and_no_file(tmp_path: Path, dataset: Dataset) -> None:
    # The loader refuses a measure of a type its query does not declare; the export checks
    # every reference once, at the end, and refuses it as well.
    first = dataset.responses[0]
    astray = dataclasses.replace(first.measures[0], type="no-such-type")
    response = dataclasses.replace(first, measures=(astray, *first.measures[1:]))
    broken = dataclasses.replace(dataset, responses=(response, *dataset.responses[1:]))
    path = tmp_path / "astray.db"
    with pytest.raises(AdhocqError) as caught:
        write_sqlite(Corpus((broken,)), path, force=False)
    assert str(caught.value) == f"{path}: cannot write: a row of measure refers to no row of type"
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ back from the database


@pytest.fixture
def richer(tmp_path: Path, minimal_text: str) -> Path:
    path = tmp_path / "richer.toml"
    path.write_text(richer_text(minimal_text), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["minimal", "richer", "bundled"])
def test_the_dataset_comes_back_whole(
    tmp_path: Path, bundled: Corpus, richer: Path, name: str
) -> None:
    original = {
        "minimal": one(load(DATA / "minimal.toml")),
        "richer": one(load(richer)),
        "bundled": bundled,
    }[name]
    path = tmp_path / "back.db"
    write_sqlite(original, path, force=False)
    back = read_back(path)
    assert sorted(back) == sorted(ds.query.id for ds in original.queries)
    for ds in original.queries:
        assert back[ds.query.id] == dataclasses.replace(ds, warnings=()), ds.query.id


def test_the_richer_file_has_what_minimal_lacks(tmp_path: Path, richer: Path) -> None:
    ds = load(richer)
    path = tmp_path / "richer.db"
    write_sqlite(one(ds), path, force=False)
    with opened(path) as connection:
        mentions = connection.execute(
            "SELECT printed, country_code, qualifier FROM mention ORDER BY position"
        ).fetchall()
        unanswered = connection.execute(
            "SELECT r.country_code FROM response AS r LEFT JOIN answer AS a"
            " ON a.query_id = r.query_id AND a.country_code = r.country_code"
            " AND a.question_id = 'hotline' WHERE a.value IS NULL"
        ).fetchall()
        german = connection.execute(
            "SELECT entity, field FROM translation WHERE lang = 'de' ORDER BY entity, field"
        ).fetchall()
        read = connection.execute("SELECT coverage, findings_read FROM query").fetchone()
    assert ds.languages == ("en", "de", "fr") and len(ds.warnings) == 2
    assert mentions == [
        ("FI", "FI", None),
        ("GR", "EL", None),
        ("LI", None, None),
        ("SE (Stockholm)", "SE", "Stockholm"),
        ("Åland", None, "islands"),
    ]
    assert unanswered == [("SE",)]
    assert german == [("note", "text"), ("query", "title"), ("question", "label")]
    assert read == ("excerpt", 1)


def test_queries_share_a_country_as_the_first_declares_it(tmp_path: Path) -> None:
    minimal, second = load(DATA / "minimal.toml"), load(DATA / "second.toml")
    path = tmp_path / "two.db"
    write_sqlite(Corpus((minimal, second)), path, force=False)
    with opened(path) as connection:
        greece = connection.execute(
            "SELECT c.name, t.lang, t.text FROM country AS c JOIN translation AS t"
            " ON t.entity = 'country' AND t.entity_key = c.code WHERE c.code = 'EL'"
        ).fetchall()
        listed = connection.execute(
            "SELECT query_id, group_concat(country_code, ' ') FROM"
            " (SELECT * FROM query_country ORDER BY query_id, position) GROUP BY query_id"
        ).fetchall()
        languages = connection.execute(
            "SELECT l.code, group_concat(q.query_id, ' ') FROM language AS l"
            " JOIN query_language AS q ON q.lang = l.code GROUP BY l.code ORDER BY l.position"
        ).fetchall()
    # Each query lists its own countries; the name of one both declare is the first's.
    assert greece == [("Greece", "fr", "Grèce")]
    assert listed == [("test-detention-review", "AT BE EL IT NL NO"), ("test-query", "FI SE EL")]
    assert languages == [
        ("en", "test-query test-detention-review"),
        ("fr", "test-query test-detention-review"),
        ("nl", "test-detention-review"),
    ]
    back = read_back(path)
    kept = minimal.country_by_code("EL")
    assert kept is not None and kept != second.country_by_code("EL")
    assert back[minimal.query.id] == dataclasses.replace(minimal, warnings=())
    expected = dataclasses.replace(
        second,
        warnings=(),
        countries=tuple(kept if c.code == "EL" else c for c in second.countries),
        responses=tuple(
            dataclasses.replace(r, country=kept) if r.code == "EL" else r for r in second.responses
        ),
    )
    assert by_language(back[second.query.id]) == by_language(expected)


# ------------------------------------------------------------------ the command line


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return main_text("export", *args, env=env)


def test_script_exports_refuses_then_replaces(tmp_path: Path) -> None:
    path = tmp_path / "adhocq.db"
    beside = tmp_path / "adhocq.db.metadata.json"
    done = run("--sqlite", str(path))
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "", f"adhocq: wrote {path} (73 queries, 623 responses, 122 findings, 30 measures)"
        f" and its Datasette metadata {beside}\n"
    )  # fmt: skip
    with opened(path) as connection:
        assert connection.execute(
            "SELECT count(*) FROM measure AS m"
            " JOIN type AS t ON t.query_id = m.query_id AND t.id = m.type_id"
            " WHERE m.query_id = 'emn-ahq-2023-fi-customer-service-crisis'"
            " AND t.category_id = 'staff-support'"
        ).fetchone() == (14,)  # the rows of `adhocq measures --category staff-support`
    before, described = path.read_bytes(), beside.read_bytes()
    again = run("--sqlite", str(path))
    assert (again.returncode, again.stdout, again.stderr) == (
        2, "", f"adhocq: usage error: {path} exists; use --force to replace it\n"
    )  # fmt: skip
    assert (path.read_bytes(), beside.read_bytes()) == (before, described)
    minimal = run("--sqlite", str(path), "--force", "--data", str(DATA / "minimal.toml"))
    assert minimal.stderr == (
        f"adhocq: wrote {path} (1 query, 2 responses, 1 finding, 1 measure)"
        f" and its Datasette metadata {beside}\n"
    )
    assert beside.read_bytes() != described  # "1 EMN ad hoc query summary"
    with opened(path) as connection:
        assert connection.execute("SELECT query_id, country_code FROM response").fetchall() == [
            ("test-query", "FI"), ("test-query", "SE")
        ]  # fmt: skip
    assert sorted(os.listdir(tmp_path)) == ["adhocq.db", "adhocq.db.metadata.json"]


def test_the_bundled_folder_exports_all_its_queries(tmp_path: Path) -> None:
    path = tmp_path / "all.db"
    done = run("--sqlite", str(path))
    assert done.returncode == 0, done.stderr
    loaded = bundled_corpus()
    assert read_back(path) == {
        ds.query.id: dataclasses.replace(ds, warnings=()) for ds in loaded.queries
    }
    with opened(path) as connection:
        default = connection.execute("SELECT id FROM query WHERE is_default = 1").fetchall()
    assert default == [("emn-ahq-2023-fi-customer-service-crisis",)]


def test_script_exports_every_path_of_adhocq_data(tmp_path: Path) -> None:
    path = tmp_path / "two.db"
    both = os.pathsep.join(str(DATA / name) for name in ("minimal.toml", "second.toml"))
    done = run("--sqlite", str(path), "--no-metadata", env={"ADHOCQ_DATA": both})
    assert (done.returncode, done.stderr) == (
        0, f"adhocq: wrote {path} (2 queries, 7 responses, 4 findings, 6 measures)\n"
    )  # fmt: skip
    assert os.listdir(tmp_path) == ["two.db"]
    with opened(path) as connection:
        assert connection.execute("SELECT id FROM query ORDER BY id").fetchall() == [
            ("test-detention-review",), ("test-query",)
        ]  # fmt: skip


def test_script_missing_directory_is_one_line_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "adhocq.db"
    done = run("--sqlite", str(path), "--force")
    assert (done.returncode, done.stdout, done.stderr) == (
        1, "", f"adhocq: {path}: cannot write: directory {path.parent} does not exist\n"
    )  # fmt: skip


def test_script_without_a_target_is_a_usage_error() -> None:
    done = run()
    assert (done.returncode, done.stdout, done.stderr) == (
        2, "", "adhocq: usage error: nothing to export: give --sqlite FILE\n"
    )  # fmt: skip


def test_odd_file_names_are_one_line_errors(tmp_path: Path) -> None:
    long_name = run("--sqlite", str(tmp_path / ("x" * 300 + ".db")))
    assert long_name.returncode == 1 and "cannot write: File name too long" in long_name.stderr
    escape = run("--sqlite", str(tmp_path / "\x1b[31mred.db"))
    assert escape.returncode == 0 and "\x1b" not in escape.stderr
    assert "\\x1b[31mred.db" in escape.stderr


@pytest.mark.parametrize("length", [240, 255])
def test_a_long_valid_file_name_is_written(tmp_path: Path, bundled: Corpus, length: int) -> None:
    # The temporary file (and SQLite's journal beside it) was named after the target, so a
    # valid name of 240 bytes made a temporary name longer than the 255 a file system allows.
    path = tmp_path / ("d" * (length - 3) + ".db")
    write_sqlite(bundled, path, force=False)
    with opened(path) as connection:
        assert connection.execute("SELECT count(*) FROM query").fetchone() == (73,)
    assert list(tmp_path.iterdir()) == [path]


def test_each_query_says_which_languages_its_title_is_printed_in(
    tmp_path: Path, bundled: Corpus
) -> None:
    path = tmp_path / "a.db"
    write_sqlite(bundled, path, force=False)
    with opened(path) as connection:
        printed = dict(connection.execute("SELECT id, title_printed FROM query"))
    assert printed["emn-ahq-2023-cz-speech-translation-devices"] == "fr"
    assert printed["emn-ahq-2023-fi-customer-service-crisis"] == "en fr"
    assert printed["emn-ahq-2024-fi-citizenship-tests"] == "en"


def test_an_existing_target_is_refused_before_any_query_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from adhocq.cli import main as cli

    target = tmp_path / "out.db"
    (tmp_path / "out.db.metadata.json").write_text("{}")

    def never(*args: object) -> None:
        raise AssertionError("the queries were read before the target was checked")

    monkeypatch.setattr("adhocq.cli.commands.export.each_query", never)
    assert cli.main(["export", "--sqlite", str(target)]) == 2
    assert "out.db.metadata.json exists; use --force" in capsys.readouterr().err
    assert not target.exists()
