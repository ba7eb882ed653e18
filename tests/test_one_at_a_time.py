"""Every command that reads every query of a folder holds one query's dataset at a time, so that
its memory grows with the largest file, not with the corpus: `validate`, `export --sqlite`
(cold, and warm from the store), a question across queries building the store, and the same
with the cache off.

Each dataset read (from its file or from the store) is counted; when the fourth and fifth of
five are read, the datasets of the folder still alive are counted among every object Python
tracks. The collector is off meanwhile, as it is in the installed script: a dataset kept only
by a reference cycle would stay for the whole run there, and counts here too."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA

from adhocq.cli.main import main
from adhocq.model import Dataset
from adhocq.reading import catalogue, loading, query_files, store_rows

FILES = 5


@pytest.fixture
def five(tmp_path: Path) -> Path:
    folder = tmp_path / "five"
    folder.mkdir()
    text = (DATA / "minimal.toml").read_text(encoding="utf-8")
    for n in range(FILES):
        (folder / f"{n}.toml").write_text(text.replace('"test-query"', f'"probe-{n}"'))
    return folder


def _alive() -> int:
    return sum(
        1
        for thing in gc.get_objects()
        if type(thing) is Dataset and thing.query.id.startswith("probe-")
    )


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The datasets of the folder alive when each of the last two is read, per command."""
    seen: list[int] = []
    reads = [0]

    def counting(read: Callable[..., Dataset]) -> Callable[..., Dataset]:
        def wrapped(*args: Any) -> Dataset:
            reads[0] += 1
            if reads[0] % FILES in (4, 0):
                seen.append(_alive())
            return read(*args)

        return wrapped

    load = counting(loading.load)
    for module in (loading, catalogue, query_files):
        monkeypatch.setattr(module, "load", load)
    monkeypatch.setattr(store_rows, "dataset_of", counting(store_rows.dataset_of))
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield seen
    finally:
        if was_on:
            gc.enable()
    assert reads[0] % FILES == 0, f"{reads[0]} datasets read for {FILES} files at a time"


@pytest.mark.parametrize(
    ("commands", "cache"),
    [
        ([["validate"]], "on"),
        ([["export", "--sqlite", "OUT"], ["export", "--sqlite", "OUT", "--force"]], "on"),
        ([["queries"]], "on"),
        ([["queries"], ["export", "--sqlite", "OUT"]], "off"),
    ],
    ids=["validate", "export, then from the store", "across queries", "without the cache"],
)
def test_one_dataset_at_a_time(
    five: Path,
    cache_home: Path,
    counted: list[int],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    commands: list[list[str]],
    cache: str,
) -> None:
    if cache == "off":
        monkeypatch.setenv("ADHOCQ_NO_CACHE", "1")
    out = str(five.parent / "out.db")
    for command in commands:
        argv = [out if part == "OUT" else part for part in command]
        assert main([*argv, "--data", str(five)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert counted and max(counted) <= 1, counted  # all held: 3 and 4
