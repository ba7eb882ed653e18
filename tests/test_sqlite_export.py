"""`adhocq export --sqlite`: the database answers as the queries do, and is written whole or not
at all."""

from __future__ import annotations

import dataclasses
import datetime
import os
import sqlite3
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, run_text

from adhocq.cli.present import counts
from adhocq.cli.present.counts import CountBy
from adhocq.errors import AdhocqError, UsageProblem
from adhocq.export import files
from adhocq.export import sqlite as sqlite_export
from adhocq.export.sqlite import Row, write_sqlite
from adhocq.model import (
    Answer,
    Bullet,
    Category,
    Country,
    Coverage,
    Dataset,
    Finding,
    FindingKind,
    Measure,
    MeasureType,
    Membership,
    Mention,
    Query,
    Question,
    Response,
    Source,
    Text,
    Translation,
)
from adhocq.reading.loading import load

TABLES = ["answer", "bullet", "category", "country", "finding", "finding_kind", "language",
          "measure", "mention", "note", "query", "query_source", "query_theme", "question",
          "response", "translation", "type"]  # fmt: skip


@contextmanager
def opened(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        yield connection


@pytest.fixture
def db(tmp_path: Path, dataset: Dataset) -> Path:
    path = tmp_path / "adhocq.db"
    write_sqlite(dataset, path, force=False)
    return path


def in_lang(table: str, alias: str, key: str, field: str, lang: str) -> str:
    """SQL for `alias.field` in `lang`, falling back to English, as the module's docstring says."""
    return (
        f"(SELECT coalesce((SELECT text FROM translation WHERE entity = '{table}'"
        f" AND entity_key = {alias}.{key} AND field = '{field}' AND lang = '{lang}'),"
        f" {alias}.{field}))"
    )


def test_countries_per_type_match_the_count_query(db: Path, dataset: Dataset) -> None:
    expected = counts.count(dataset, "en", CountBy.type).rows
    with opened(db) as connection:
        counted = connection.execute(
            "SELECT t.id, t.label, count(m.country_code),"
            "       round(100.0 * count(m.country_code) / (SELECT count(*) FROM response), 1)"
            " FROM type AS t JOIN category AS c ON c.id = t.category_id"
            " LEFT JOIN measure AS m ON m.type_id = t.id"
            " GROUP BY t.id ORDER BY t.position"
        ).fetchall()
        codes = [
            tuple(
                code
                for (code,) in connection.execute(
                    "SELECT m.country_code FROM measure AS m"
                    " JOIN response AS r ON r.country_code = m.country_code"
                    " WHERE m.type_id = ? ORDER BY r.position",
                    (type_id,),
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
            " FROM category AS c LEFT JOIN type AS t ON t.category_id = c.id"
            " LEFT JOIN measure AS m ON m.type_id = t.id"
            " GROUP BY c.id ORDER BY c.position"
        ).fetchall()
    assert counted == expected
    assert counted[0][1] != dataset.categories[0].label.en  # French, not the fallback


def test_answers_are_rows_per_question(db: Path, dataset: Dataset) -> None:
    with opened(db) as connection:
        answers = connection.execute(
            "SELECT a.country_code, a.value FROM answer AS a"
            " JOIN question AS q ON q.id = a.question_id"
            " JOIN response AS r ON r.country_code = a.country_code"
            " WHERE q.column_name = 'offers_service' ORDER BY r.position"
        ).fetchall()
        question = connection.execute(
            "SELECT id, position, label, statement, yes, no, source, short FROM question"
        ).fetchall()
    assert len(answers) == 19 and sum(value for _, value in answers) == 14
    given = [(r.code, int(a.value)) for r in dataset.responses for a in r.answers]
    assert answers == given
    assert ("CY", 0) in answers and ("CZ", 1) in answers
    assert question == [
        ("service", 1, "Customer service", "Offers a customer service",
         "offering a customer service", "without a customer service", "service", "Service")
    ]  # fmt: skip


def text_walk(value: object) -> Iterator[Text]:
    """Every Text of a record of the model, once (a response's country is one of the dataset's)."""
    if isinstance(value, Text):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from text_walk(item)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            if not (isinstance(value, Response) and field.name == "country"):
                yield from text_walk(getattr(value, field.name))


def test_every_table_holds_the_whole_dataset(db: Path, dataset: Dataset) -> None:
    notes = len(dataset.query.notes) + sum(len(r.notes) for r in dataset.responses)
    translations = sum(len(text.translations) for text in text_walk(dataset))
    with opened(db) as connection:
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        sizes = {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for (name,) in names
        }
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        kinds = connection.execute("SELECT id, label FROM finding_kind ORDER BY position")
        assert kinds.fetchall() == [(k.id, k.label.en) for k in dataset.finding_kinds]
    assert sizes == {"answer": 19, "bullet": 5, "category": 3, "country": len(dataset.countries),
                     "finding": 13, "finding_kind": 3, "language": 2, "measure": 30,
                     "mention": sum(len(f.mentions) for f in dataset.findings), "note": notes,
                     "query": 1, "query_source": 3, "query_theme": 4, "question": 1,
                     "response": 19, "translation": translations, "type": 13}  # fmt: skip
    assert translations > 100
    assert version == sqlite_export.SCHEMA_VERSION == 2


def test_foreign_keys_are_declared_and_hold(db: Path) -> None:
    with opened(db) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        references = {
            (table, row[3], row[2], row[4])
            for table in TABLES
            for row in connection.execute(f"PRAGMA foreign_key_list({table})")
        }
    assert references == {
        ("query", "requester_country", "country", "code"),
        ("query_source", "query_id", "query", "id"),
        ("query_theme", "query_id", "query", "id"),
        ("question", "source", "bullet", "id"),
        ("type", "category_id", "category", "id"),
        ("response", "country_code", "country", "code"),
        ("response", "source", "bullet", "id"),
        ("answer", "country_code", "response", "country_code"),
        ("answer", "question_id", "question", "id"),
        ("measure", "country_code", "response", "country_code"),
        ("measure", "type_id", "type", "id"),
        ("measure", "source", "bullet", "id"),
        ("finding", "kind", "finding_kind", "id"),
        ("finding", "source", "bullet", "id"),
        ("mention", "finding_id", "finding", "id"),
        ("mention", "country_code", "country", "code"),
        ("note", "country_code", "response", "country_code"),
        ("translation", "lang", "language", "code"),
    }


def test_every_translation_names_a_row_and_a_text_of_it(db: Path, dataset: Dataset) -> None:
    expected = sorted(
        (text.en, t.lang, t.text) for text in text_walk(dataset) for t in text.translations
    )
    found = []
    with opened(db) as connection:
        rows = connection.execute("SELECT entity, entity_key, field, lang, text FROM translation")
        for entity, key, field, lang, text in rows.fetchall():
            primary = [c[1] for c in connection.execute(f"PRAGMA table_info({entity})") if c[5]]
            english = connection.execute(
                f"SELECT {field} FROM {entity} WHERE {primary[0]} = ?", (key,)
            ).fetchall()
            assert len(primary) == 1 and len(english) == 1, (entity, key, field)
            found.append((english[0][0], lang, text))
    assert sorted(found) == expected


def test_english_in_place_translations_beside_and_plain_values(db: Path) -> None:
    with opened(db) as connection:
        cz = connection.execute(
            f"SELECT c.name, {in_lang('country', 'c', 'code', 'name', 'fr')}, c.membership,"
            "        a.value, r.printed FROM country AS c"
            " JOIN response AS r ON r.country_code = c.code"
            " JOIN answer AS a ON a.country_code = c.code WHERE c.code = 'CZ'"
        ).fetchone()
        it = connection.execute(
            f"SELECT {in_lang('measure', 'm', 'id', 'description', 'fr')}, m.printed"
            " FROM measure AS m WHERE country_code = 'IT'"
        ).fetchone()
        title = connection.execute(
            "SELECT q.title, t.text FROM query AS q JOIN translation AS t ON t.entity = 'query'"
            " AND t.entity_key = q.id AND t.field = 'title' AND t.lang = 'fr'"
        ).fetchone()
        asked = connection.execute(
            "SELECT asked, published, requester_country, coverage, findings_read FROM query"
        )
        hr_cy = connection.execute("SELECT printed FROM response WHERE country_code = 'HR'")
        query_notes = connection.execute("SELECT count(*) FROM note WHERE country_code IS NULL")
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
        "Organisation of immigration authorities' customer service in a possible crisis or"
        " exceptional situation",
        "Organisation du service client des autorités chargées de l'immigration dans une"
        " éventuelle crise ou situation exceptionnelle",
    )
    assert languages == [("en",), ("fr",)]
    assert empty == []


def test_refuses_to_overwrite_without_force(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "keep.db"
    path.write_bytes(b"precious")
    with pytest.raises(UsageProblem) as caught:
        write_sqlite(dataset, path, force=False)
    assert str(caught.value) == f"{path} exists; use --force to replace it"
    assert caught.value.exit_code == 2
    assert path.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["keep.db"]


def test_force_replaces_the_file(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "old.db"
    path.write_bytes(b"not a database")
    write_sqlite(dataset, path, force=True)
    with opened(path) as connection:
        assert connection.execute("SELECT count(*) FROM response").fetchone() == (19,)
    assert os.listdir(tmp_path) == ["old.db"]


def test_file_appearing_meanwhile_is_not_clobbered(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "race.db"
    build = sqlite_export._build

    def build_then_race(ds: Dataset, file: Path) -> None:
        build(ds, file)
        path.write_bytes(b"someone else's")

    monkeypatch.setattr(sqlite_export, "_build", build_then_race)
    with pytest.raises(UsageProblem):
        write_sqlite(dataset, path, force=False)
    assert path.read_bytes() == b"someone else's"
    assert os.listdir(tmp_path) == ["race.db"]


def test_a_directory_is_refused(tmp_path: Path, dataset: Dataset) -> None:
    with pytest.raises(UsageProblem, match="is a directory; give a file name"):
        write_sqlite(dataset, tmp_path, force=True)


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
    dataset: Dataset,
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
        write_sqlite(dataset, path, force=force)
    assert caught.value.exit_code == 1
    assert str(caught.value) == f"{path}: cannot write: {message}"
    assert [p.name for p in seen if p.suffix == ".tmp"] != []  # (and its -journal)
    assert list(tmp_path.iterdir()) == []


def test_an_unexpected_error_also_cleans_up(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "_publish", crash)
    with pytest.raises(KeyboardInterrupt):
        write_sqlite(dataset, tmp_path / "out.db", force=True)
    assert list(tmp_path.iterdir()) == []


def test_permission_denied_is_one_line(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(**kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(AdhocqError) as caught:
        write_sqlite(dataset, tmp_path / "out.db", force=False)
    assert str(caught.value) == f"{tmp_path / 'out.db'}: cannot write: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory(tmp_path: Path, dataset: Dataset) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(AdhocqError, match=r"out\.db: cannot write: permission denied$"):
            write_sqlite(dataset, tmp_path / "out.db", force=False)
    finally:
        tmp_path.chmod(0o700)


# ------------------------------------------------------------------ back from the database

# What minimal.toml leaves out: an excerpt, a third language, an unanswered question, countries
# printed otherwise than by their code, mentions (one of no EMN country), notes.
RICHER = [
    ('coverage = "complete"', 'coverage = "excerpt"\nfindings_read = 1\n'
     'notes = [{ en = "A note.", de = "Eine Notiz.", fr = "Une note." }]'),
    ('{ en = "Test query", fr', '{ en = "Test query", de = "Testanfrage", fr'),
    ("[[finding_kinds]]", '[[questions]]\nid = "hotline"\ncolumn = "runs_hotline"\n'
     'label = { en = "Hotline", de = "Hotline" }\nstatement = { en = "Runs a hotline" }\n'
     'yes = { en = "running a hotline" }\nno = { en = "without a hotline" }\nsource = "one"\n\n'
     "[[finding_kinds]]"),
    ("answers = { service = true }",
     'answers = { service = true, hotline = false }\nnotes = [{ en = "On FI." }]'),
    ("answers = { service = false }", 'answers = { service = false }\nprinted = "SE*"'),
    ('fr = "Plus de personnel." }', 'fr = "Plus de personnel." }\nprinted = "Finland"'),
    ('fr = "La demande augmente." }', 'fr = "La demande augmente." }\nmentions = ["FI", "GR", '
     '"LI", { printed = "SE (Stockholm)", code = "SE", qualifier = "Stockholm" }, '
     '{ printed = "Åland", qualifier = "islands" }]'),
]  # fmt: skip


@pytest.fixture
def richer(tmp_path: Path, minimal_text: str) -> Path:
    for old, new in RICHER:
        assert minimal_text.count(old) == 1, old
        minimal_text = minimal_text.replace(old, new)
    path = tmp_path / "richer.toml"
    path.write_text(minimal_text, encoding="utf-8")
    return path


def read_back(path: Path) -> Dataset:
    """The dataset again, from nothing but the database."""
    with opened(path) as connection:

        def rows(table: str, order: str = "position") -> list[Any]:
            return connection.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()

        def per(key: int, table: str, order: str) -> defaultdict[Any, list[Any]]:
            grouped: defaultdict[Any, list[Any]] = defaultdict(list)
            for row in rows(table, order):
                grouped[row[key]].append(row)
            return grouped

        found: dict[tuple[str, str, str], list[Translation]] = defaultdict(list)
        for entity, key, field, lang, words in connection.execute(
            "SELECT t.* FROM translation AS t JOIN language AS l ON l.code = t.lang"
            " ORDER BY l.position"
        ):
            found[entity, key, field].append(Translation(lang, words))

        def text(entity: str, row: tuple[Any, ...], field: str, column: int) -> Text:
            return Text(row[column], tuple(found[entity, str(row[0]), field]))

        position = {qid: n for qid, n, *_ in rows("question")}
        answers = per(0, "answer", "country_code, question_id")
        measures = per(1, "measure", "country_code, position")
        notes = per(1, "note", "id")
        mentions = per(0, "mention", "finding_id, position")
        countries = {
            c[0]: Country(c[0], Membership(c[2]), text("country", c, "name", 3))
            for c in rows("country")
        }
        q = rows("query", "id")[0]
        return Dataset(
            query=Query(
                q[0], text("query", q, "title", 1), q[2],
                text("query", q, "requester", 3) if q[3] is not None else None, q[4],
                datetime.date.fromisoformat(q[5]), q[6], Coverage(q[7]), q[8],
                themes=tuple(text("query_theme", t, "text", 3) for t in rows("query_theme")),
                sources=tuple(Source(s[2], s[3]) for s in rows("query_source")),
                bullets=tuple(Bullet(b[0], text("bullet", b, "title", 2)) for b in rows("bullet")),
                notes=tuple(text("note", n, "text", 2) for n in notes[None]),
            ),
            questions=tuple(
                Question(
                    q[0], q[2], text("question", q, "label", 3),
                    text("question", q, "statement", 4), text("question", q, "yes", 5),
                    text("question", q, "no", 6), q[7],
                    text("question", q, "short", 8) if q[8] is not None else None,
                )
                for q in rows("question")
            ),
            finding_kinds=tuple(
                FindingKind(k[0], text("finding_kind", k, "label", 2)) for k in rows("finding_kind")
            ),
            categories=tuple(
                Category(c[0], text("category", c, "label", 2)) for c in rows("category")
            ),
            types=tuple(
                MeasureType(t[0], t[2], text("type", t, "label", 3)) for t in rows("type")
            ),
            countries=tuple(countries.values()),
            responses=tuple(
                Response(
                    countries[r[0]], r[2], r[3],
                    tuple(
                        Answer(a[1], bool(a[2]))
                        for a in sorted(answers[r[0]], key=lambda a: position[a[1]])
                    ),
                    tuple(
                        Measure(m[2], text("measure", m, "description", 5), m[6], m[4])
                        for m in measures[r[0]]
                    ),
                    tuple(text("note", n, "text", 2) for n in notes[r[0]]),
                )
                for r in rows("response")
            ),
            findings=tuple(
                Finding(f[2], f[0], text("finding", f, "text", 3), f[4],
                        tuple(Mention(*m[2:]) for m in mentions[f[0]]))
                for f in rows("finding")
            ),
            languages=tuple(code for code, _ in rows("language")),
        )  # fmt: skip


@pytest.mark.parametrize("name", ["minimal", "richer", "bundled"])
def test_the_dataset_comes_back_whole(
    tmp_path: Path, dataset: Dataset, richer: Path, name: str
) -> None:
    original = {"minimal": load(DATA / "minimal.toml"), "richer": load(richer), "bundled": dataset}
    path = tmp_path / "back.db"
    write_sqlite(original[name], path, force=False)
    assert read_back(path) == dataclasses.replace(original[name], warnings=())


def test_the_richer_file_has_what_minimal_lacks(tmp_path: Path, richer: Path) -> None:
    ds = load(richer)
    path = tmp_path / "richer.db"
    write_sqlite(ds, path, force=False)
    with opened(path) as connection:
        mentions = connection.execute(
            "SELECT printed, country_code, qualifier FROM mention ORDER BY position"
        ).fetchall()
        unanswered = connection.execute(
            "SELECT r.country_code FROM response AS r LEFT JOIN answer AS a"
            " ON a.country_code = r.country_code AND a.question_id = 'hotline'"
            " WHERE a.value IS NULL"
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


# ------------------------------------------------------------------ the installed script


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_text("export", *args)


def test_script_exports_refuses_then_replaces(tmp_path: Path) -> None:
    path = tmp_path / "adhocq.db"
    done = run("--sqlite", str(path))
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "", f"adhocq: wrote {path} (19 responses, 30 measures)\n"
    )  # fmt: skip
    with opened(path) as connection:
        assert connection.execute(
            "SELECT count(*) FROM measure AS m JOIN type AS t ON t.id = m.type_id"
            " WHERE t.category_id = 'staff-support'"
        ).fetchone() == (14,)  # the rows of `adhocq measures --category staff-support`
    before = path.read_bytes()
    again = run("--sqlite", str(path))
    assert (again.returncode, again.stdout, again.stderr) == (
        2, "", f"adhocq: usage error: {path} exists; use --force to replace it\n"
    )  # fmt: skip
    assert path.read_bytes() == before
    minimal = run("--sqlite", str(path), "--force", "--data", str(DATA / "minimal.toml"))
    assert minimal.stderr == f"adhocq: wrote {path} (2 responses, 1 measures)\n"
    with opened(path) as connection:
        assert connection.execute("SELECT country_code FROM response").fetchall() == [
            ("FI",), ("SE",)
        ]  # fmt: skip
    assert os.listdir(tmp_path) == ["adhocq.db"]


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
def test_a_long_valid_file_name_is_written(tmp_path: Path, dataset: Dataset, length: int) -> None:
    # The temporary file (and SQLite's journal beside it) was named after the target, so a
    # valid name of 240 bytes made a temporary name longer than the 255 a file system allows.
    path = tmp_path / ("d" * (length - 3) + ".db")
    write_sqlite(dataset, path, force=False)
    with opened(path) as connection:
        assert connection.execute("SELECT count(*) FROM response").fetchone() == (19,)
    assert list(tmp_path.iterdir()) == [path]
