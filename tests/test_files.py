from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from adhocq.errors import AdhocqError, UsageProblem
from adhocq.export.files import check_target, write_new_file


def _write(text: str) -> Callable[[Path], None]:
    def fill(temp: Path) -> None:
        temp.write_text(text, encoding="utf-8")

    return fill


def _failing(temp: Path) -> None:
    temp.write_text("half a pic", encoding="utf-8")
    raise OSError(28, "No space left on device")


def test_a_new_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "t.svg"
    write_new_file(target, _write("<svg/>"), force=False)
    assert target.read_text(encoding="utf-8") == "<svg/>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.svg"]


def test_an_existing_file_is_kept_without_force_and_replaced_with_it(tmp_path: Path) -> None:
    target = tmp_path / "keep.svg"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(UsageProblem, match="keep.svg exists; use --force to replace it"):
        write_new_file(target, _write("new"), force=False)
    assert target.read_text(encoding="utf-8") == "precious"
    write_new_file(target, _write("new"), force=True)
    assert target.read_text(encoding="utf-8") == "new"


def test_a_failure_leaves_the_old_file_whole_and_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "keep.svg"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(AdhocqError, match="keep.svg: cannot write: No space left on device"):
        write_new_file(target, _failing, force=True)
    assert target.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.svg"]
    fresh = tmp_path / "new.svg"
    with pytest.raises(AdhocqError):
        write_new_file(fresh, _failing, force=False)
    assert not fresh.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["keep.svg"]


def test_a_symlink_is_replaced_not_followed(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("precious", encoding="utf-8")
    link = tmp_path / "link.svg"
    link.symlink_to(precious)
    with pytest.raises(UsageProblem, match="exists"):
        write_new_file(link, _write("new"), force=False)
    write_new_file(link, _write("new"), force=True)
    assert precious.read_text(encoding="utf-8") == "precious"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "new"


def test_the_longest_valid_name_can_be_written(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 251 + ".svg")
    write_new_file(target, _write("ok"), force=False)
    assert target.read_text(encoding="utf-8") == "ok"


def test_mode_follows_the_umask_not_mkstemp(tmp_path: Path) -> None:
    target = tmp_path / "t.html"
    old = os.umask(0o022)
    try:
        write_new_file(target, _write("x"), force=False)
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("-", "writes a file, not standard output: give a file name, not '-'"),
        ("a\x00b.svg", "is not a valid file name"),
    ],
)
def test_names_that_cannot_be_a_new_file_are_usage_errors(name: str, message: str) -> None:
    with pytest.raises(UsageProblem, match=message):
        check_target(Path(name), "--export")


def test_a_directory_and_the_dataset_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageProblem, match="is a directory"):
        check_target(tmp_path, "--export")
    dataset = tmp_path / "data.toml"
    dataset.write_text("x", encoding="utf-8")
    same = tmp_path / "." / "data.toml"
    with pytest.raises(UsageProblem, match="is the dataset being read"):
        check_target(same, "--export", (dataset,))
    check_target(tmp_path / "other.svg", "--export", (dataset,))
    with pytest.raises(UsageProblem, match="is the dataset being read"):
        check_target(same, "--export", (tmp_path,))  # a query file of a folder being read
    check_target(tmp_path / "other.svg", "--export", (tmp_path,))
