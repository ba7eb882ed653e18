"""`adhocq export --sqlite`: the database answers as the queries do, and is written whole or not
at all."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from conftest import DATA, run_text

from adhocq import files, query, sqlite_export
from adhocq.errors import AdhocqError, UsageProblem
from adhocq.model import Dataset, Lang
from adhocq.query import CountBy
from adhocq.sqlite_export import Row, write_sqlite

TABLES = ["bullet", "category", "country", "finding", "measure", "note", "query", "query_source",
          "query_theme", "response", "type"]  # fmt: skip


@contextmanager
def opened(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        yield connection


@pytest.fixture
def db(tmp_path: Path, dataset: Dataset) -> Path:
    path = tmp_path / "adhocq.db"
    write_sqlite(dataset, path, force=False)
    return path


def test_countries_per_type_match_the_count_query(db: Path, dataset: Dataset) -> None:
    expected = query.count(dataset, Lang.en, CountBy.type).rows
    with opened(db) as connection:
        counted = connection.execute(
            "SELECT t.id, t.label_en, count(m.country_code),"
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


def test_countries_per_category_match_the_count_query(db: Path, dataset: Dataset) -> None:
    expected = [row[:3] for row in query.count(dataset, Lang.fr, CountBy.category).rows]
    with opened(db) as connection:
        counted = connection.execute(
            "SELECT c.id, c.label_fr, count(DISTINCT m.country_code)"
            " FROM category AS c LEFT JOIN type AS t ON t.category_id = c.id"
            " LEFT JOIN measure AS m ON m.type_id = t.id"
            " GROUP BY c.id ORDER BY c.position"
        ).fetchall()
    assert counted == expected


def test_every_table_holds_the_whole_dataset(db: Path, dataset: Dataset) -> None:
    notes = len(dataset.query.notes) + sum(len(r.notes) for r in dataset.responses)
    with opened(db) as connection:
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        sizes = {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for (name,) in names
        }
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    assert sizes == {"bullet": 5, "category": 3, "country": len(dataset.countries), "finding": 13,
                     "measure": 30, "note": notes, "query": 1, "query_source": 3,
                     "query_theme": 4, "response": 19, "type": 13}  # fmt: skip
    assert version == sqlite_export.SCHEMA_VERSION


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
        ("type", "category_id", "category", "id"),
        ("response", "country_code", "country", "code"),
        ("response", "source", "bullet", "id"),
        ("measure", "country_code", "response", "country_code"),
        ("measure", "type_id", "type", "id"),
        ("measure", "source", "bullet", "id"),
        ("finding", "source", "bullet", "id"),
        ("note", "country_code", "response", "country_code"),
    }


def test_both_languages_and_plain_values(db: Path) -> None:
    with opened(db) as connection:
        cz = connection.execute(
            "SELECT c.name_en, c.name_fr, c.membership, r.offers_service FROM country AS c"
            " JOIN response AS r ON r.country_code = c.code WHERE c.code = 'CZ'"
        ).fetchone()
        it = connection.execute(
            "SELECT description_fr FROM measure WHERE country_code = 'IT'"
        ).fetchone()
        asked = connection.execute("SELECT asked, published, requester_country FROM query")
        query_notes = connection.execute("SELECT count(*) FROM note WHERE country_code IS NULL")
        empty = [
            (table, column)
            for table in TABLES
            for (_, column, *_) in connection.execute(f"PRAGMA table_info({table})")
            if column.endswith(("_en", "_fr"))
            and connection.execute(
                f"SELECT count(*) FROM {table} WHERE coalesce({column}, '') = ''"
            ).fetchone()[0]
        ]
        assert asked.fetchone() == ("2023-12", "2024-01-11", "FI")
        assert query_notes.fetchone() == (3,)
    assert cz == ("Czechia", "Tchéquie", "member", 1)
    assert it == ("Adapte les horaires de travail du personnel du service client.",)
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
