"""The store's own invariant (reading/index_store.py): its rows of questions across queries are
'current' only while the files they were written for are all still in it. Forgetting a file
(as the catalogue does for a new or changed one, before writing its row back without them)
makes the index look at the files again, instead of answering from rows that are gone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import DATA

from adhocq.reading import index_store, store_rows
from adhocq.reading.loading import load
from adhocq.reading.query_files import stamp


def test_forgetting_a_file_makes_the_rows_across_queries_not_current(tmp_path: Path) -> None:
    path = str(tmp_path / "minimal.toml")
    Path(path).write_bytes((DATA / "minimal.toml").read_bytes())
    states = [(path, stamp(path))]
    db = sqlite3.connect(":memory:", isolation_level=None)
    index_store.create(db, b"test")
    index_store.changes({}, [path], states, lambda file: load(Path(file)), lambda _: [])(db)
    assert store_rows.is_current(db, states)
    listed = "SELECT count(*) FROM queries"
    assert db.execute(listed).fetchone() == (1,)
    index_store.forget(db, [path])
    index_store.insert_file(db, path, store_rows.stamp_text(states[0][1]), "test-query", False)
    assert db.execute(listed).fetchone() == (0,)
    assert not store_rows.is_current(db, states)  # so the index writes the rows again
