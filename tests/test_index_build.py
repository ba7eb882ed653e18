"""Loading many files on every core gives the rows loading them here gives, in the same order,
errors included; without worker processes, the files are loaded here."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from adhocq.errors import DataError
from adhocq.model import Dataset
from adhocq.reading import index_build
from adhocq.reading.loading import load
from adhocq.reading.query_files import bundled_folder


def _load(file: str) -> Dataset:
    return load(Path(file))


@pytest.fixture
def many(tmp_path: Path) -> list[str]:
    """The bundled query files, and one that cannot be loaded among them."""
    for file in sorted(bundled_folder().glob("*.toml")):
        shutil.copy(file, tmp_path / file.name)
    broken = tmp_path / "m-broken.toml"
    broken.write_text('schema_version = 2\n[query]\nid = "x"\n', encoding="utf-8")
    return [str(path) for path in sorted(tmp_path.glob("*.toml"))]


def _outcomes(found: Sequence[object]) -> list[object]:
    return [x.lines() if isinstance(x, DataError) else x for x in found]


def test_workers_give_what_loading_here_gives(
    many: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    here = list(index_build.each_loaded(many, _load))
    assert sum(isinstance(x, DataError) for x in here) == 1
    monkeypatch.setattr(index_build, "PARALLEL_FROM", 2)
    monkeypatch.setattr(index_build, "CHUNK", 3)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    pooled = list(index_build.each_loaded(many, _not_here))
    assert _outcomes(pooled) == _outcomes(here)


def _not_here(file: str) -> Dataset:
    raise AssertionError(f"{file} loaded here, not by a worker")


def test_without_workers_the_files_are_loaded_here(
    many: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    here = list(index_build.each_loaded(many, _load))

    def no_workers(*args: object, **kwargs: object) -> None:
        raise OSError("no semaphores on this system")

    monkeypatch.setattr(index_build, "PARALLEL_FROM", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_workers)
    assert _outcomes(list(index_build.each_loaded(many, _load))) == _outcomes(here)
