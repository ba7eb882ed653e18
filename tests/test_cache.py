"""The cache of checked datasets: used only for the same bytes and code, never an error."""

from __future__ import annotations

import copy
import datetime
import shutil
from pathlib import Path

import pytest
from conftest import DATA, run_text

from adhocq import cache, load
from adhocq.errors import DataError
from adhocq.model import Dataset, Lang, Membership


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    target = tmp_path / "data.toml"
    shutil.copy(DATA / "minimal.toml", target)
    return target


def _no_parsing(*args: object) -> None:
    raise AssertionError("parsed, although the cache holds this file")


def entries(home: Path) -> list[Path]:
    return sorted((home / "adhocq").glob("dataset-*.marshal"))


def test_a_second_load_comes_from_the_cache(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load.load(data_file)
    assert len(entries(cache_home)) == 1
    monkeypatch.setattr(load, "parse", _no_parsing)
    assert load.load(data_file) == first


def test_the_round_trip_keeps_every_value_and_type(dataset: Dataset) -> None:
    decoded = cache._decode(cache._encode(dataset))
    assert decoded == dataset == copy.deepcopy(dataset)
    assert decoded.countries[0].membership in (Membership.member, Membership.observer)
    assert type(decoded.query.published) is datetime.date
    assert decoded.query.title.get(Lang.fr) == dataset.query.title.fr


def test_changed_bytes_are_parsed_again(cache_home: Path, data_file: Path) -> None:
    load.load(data_file)
    text = data_file.read_text(encoding="utf-8")
    data_file.write_text(text.replace('fr = "Plus de personnel."', 'fr = "Autre."'), "utf-8")
    changed = load.load(data_file)
    assert any(m.description.fr == "Autre." for r in changed.responses for m in r.measures)
    assert len(entries(cache_home)) == 1, "one entry per path, replaced"


def test_an_entry_written_by_other_code_is_not_used(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load.load(data_file)
    monkeypatch.setattr(cache, "_code_stamp", lambda: ("other code",))
    assert cache.lookup(data_file, data_file.read_bytes()) is None


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9" * 100])
def test_a_corrupt_entry_is_ignored(cache_home: Path, data_file: Path, content: bytes) -> None:
    expected = load.load(data_file)
    for entry in entries(cache_home):
        entry.write_bytes(content)
    assert cache.lookup(data_file, data_file.read_bytes()) is None
    assert load.load(data_file) == expected


def test_a_dataset_with_problems_is_never_cached(cache_home: Path, data_file: Path) -> None:
    data_file.write_text(
        data_file.read_text(encoding="utf-8").replace('type = "staffing"', 'type = "stafing"'),
        encoding="utf-8",
    )
    for _ in range(2):
        with pytest.raises(DataError, match="stafing"):
            load.load(data_file)
    assert entries(cache_home) == []


def test_turned_off_it_neither_reads_nor_writes(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load.load(data_file)
    monkeypatch.setenv("ADHOCQ_NO_CACHE", "1")
    with monkeypatch.context() as patch:
        patch.setattr(load, "parse", _no_parsing)
        with pytest.raises(AssertionError, match="parsed"):
            load.load(data_file)
    for entry in entries(cache_home):
        entry.unlink()
    load.load(data_file)
    assert entries(cache_home) == []


def test_a_cache_that_cannot_be_written_is_skipped(
    tmp_path: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert load.load(data_file).query.id
    assert blocker.read_text() == "x"
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_a_relative_cache_home_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")
    assert cache.directory() is None


def test_the_installed_script_fills_and_then_uses_the_cache(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    first = run_text("measures", "--type", "staffing", "-f", "csv", env=env)
    assert first.returncode == 0, first.stderr
    assert len(entries(tmp_path)) == 1
    second = run_text("measures", "--type", "staffing", "-f", "csv", env=env)
    assert (second.returncode, second.stdout, second.stderr) == (0, first.stdout, "")
    off = run_text("measures", "--type", "staffing", "-f", "csv",
                   env={**env, "ADHOCQ_NO_CACHE": "1"})  # fmt: skip
    assert off.stdout == first.stdout
