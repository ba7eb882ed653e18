"""Questions across queries print the same whether the corpus index is a file in the cache (made
by this run, or kept from the last), or built in memory with the cache off."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import DATA, main_text

from adhocq.reading.query_files import bundled_folder

COMMANDS = [
    ["queries", "--country", "tchéquie", "--since", "2024", "-f", "json"],
    ["queries", "--search", "détention", "-f", "csv"],
    ["country", "el", "--lang", "fr", "-f", "csv"],
    ["search", "ré", "--lang", "fr", "-f", "csv"],
    ["search", "staff", "-f", "json"],
    ["matrix", "--queries", "-f", "csv"],
    ["count", "--by", "query", "-f", "json"],
    ["info", "-f", "json"],
]


def test_the_index_file_and_memory_print_the_same(tmp_path: Path) -> None:
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    for number, command in enumerate(COMMANDS):
        indexed = main_text(*command, env=cache)  # the first makes the index, the others keep it
        memory = main_text(*command, env={"ADHOCQ_NO_CACHE": "1"})
        assert indexed.returncode == 0, (command, indexed.stderr)
        assert indexed.stdout.strip(), command
        assert (indexed.stdout, indexed.stderr) == (memory.stdout, ""), command
        assert memory.stderr == "", command
        if number == 0:
            assert list((tmp_path / "cache" / "adhocq").glob("corpus-*.sqlite"))


def test_a_file_changed_between_runs_changes_the_answer(tmp_path: Path) -> None:
    folder = tmp_path / "queries"
    shutil.copytree(bundled_folder(), folder)
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    before = main_text("queries", "-f", "csv", "--data", str(folder), env=cache)
    assert before.returncode == 0 and "test-query" not in before.stdout
    shutil.copy(DATA / "minimal.toml", folder / "zz-minimal.toml")
    after = main_text("queries", "-f", "csv", "--data", str(folder), env=cache)
    assert after.returncode == 0, after.stderr
    assert len(after.stdout.splitlines()) == len(before.stdout.splitlines()) + 1
    assert "test-query" in after.stdout


def test_a_broken_file_is_reported_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "queries"
    folder.mkdir()
    shutil.copy(DATA / "minimal.toml", folder / "a.toml")
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert main_text("queries", "--data", str(folder), "-f", "csv", env=cache).returncode == 0
    (folder / "b.toml").write_text('schema_version = 2\n[query]\nid = "x"\ntitle = 3\n')
    done = main_text("queries", "--data", str(folder), "-f", "csv", env=cache)
    assert done.returncode == 1
    assert "b.toml" in done.stderr and "Traceback" not in done.stderr


def test_a_command_about_one_query_reads_the_other_files_only_for_their_ids(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "queries"
    folder.mkdir()
    shutil.copy(DATA / "minimal.toml", folder / "a.toml")
    text = (DATA / "second.toml").read_text(encoding="utf-8")
    (folder / "b.toml").write_text(text.replace("respondent_count", "respondents_count"))
    for env in ({"XDG_CACHE_HOME": str(tmp_path / "cache")}, {"ADHOCQ_NO_CACHE": "1"}):
        about_a = main_text("measures", "-q", "test-query", "-f", "csv", "--data", str(folder),
                           env=env)  # fmt: skip
        assert about_a.returncode == 0, about_a.stderr
        for command in (["measures", "-q", "test-detention"], ["queries"], ["validate"]):
            done = main_text(*command, "--data", str(folder), env=env)
            assert done.returncode == 1, (command, env)
            assert "b.toml" in done.stderr and "respondent" in done.stderr, done.stderr
    (folder / "b.toml").write_text(text.replace('id = "test-detention-review"', "id = 7"))
    done = main_text("measures", "-q", "test-query", "--data", str(folder), env={})
    assert done.returncode == 1 and "b.toml:" in done.stderr and "query.id" in done.stderr
