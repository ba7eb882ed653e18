"""The cache of checked datasets: used only for the same bytes and code, never an error."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import marshal
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, run_text

from adhocq.errors import DataError
from adhocq.model import Coverage, Dataset, Membership, Query
from adhocq.reading import cache, encoding, loading


def _no_parsing(*args: object) -> None:
    raise AssertionError("parsed, although the cache holds this file")


def entries(home: Path) -> list[Path]:
    return sorted((home / "adhocq").glob("dataset-*.marshal"))


def test_a_second_load_comes_from_the_cache(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = loading.load(data_file, write_cache=True)
    assert len(entries(cache_home)) == 1
    monkeypatch.setattr(loading, "parse", _no_parsing)
    assert loading.load(data_file, write_cache=True) == first


def test_the_round_trip_keeps_every_value_and_type(dataset: Dataset) -> None:
    decoded = encoding.decode(encoding.encode(dataset))
    assert decoded == dataset == copy.deepcopy(dataset)
    assert decoded.countries[0].membership in (Membership.member, Membership.observer)
    assert type(decoded.query.published) is datetime.date
    assert decoded.query.title.get("fr") == dataset.query.title.get("fr") != dataset.query.title.en


def test_a_query_encoded_before_the_model_grew_a_field_does_not_decode(dataset: Dataset) -> None:
    # Entries name the code that wrote them (code_stamp), and decoding also counts each
    # record's fields: a Query cached without its last field is never decoded with a default.
    encoded = encoding.encode(dataset)
    query = encoded[1]
    assert query[0] == "Query" and query[-2] == ("en", "fr") and query[-1] == ()
    with pytest.raises(ValueError, match="not the arguments of a Query"):
        encoding.decode([encoded[0], query[:-1], *encoded[2:]])


def test_the_round_trip_keeps_none_and_the_warnings(minimal_text: str) -> None:
    # The fields that may be None (findings_read, a mention's code and qualifier, a question's
    # short header) hold None here and a value there, and the dataset has a warning.
    text = minimal_text.replace('coverage = "complete"', 'coverage = "excerpt"\nfindings_read = 1')
    text = text.replace(
        'source = "one"\n\n[[finding_kinds]]',
        'source = "one"\nshort = { en = "Service" }\n\n[[finding_kinds]]',
    )
    text += (
        'mentions = ["LI", "FI", { printed = "SE (Skåne)", code = "SE", qualifier = "Skåne" }]\n'
    )
    dataset = loading.parse(text, "t.toml")
    assert dataset.query.coverage is Coverage.excerpt and dataset.warnings
    decoded = encoding.decode(encoding.encode(dataset))
    assert decoded == dataset
    assert [m.code for m in decoded.findings[0].mentions] == [None, "FI", "SE"]
    assert type(decoded.query.findings_read) is int


def test_changed_bytes_are_parsed_again(cache_home: Path, data_file: Path) -> None:
    loading.load(data_file, write_cache=True)
    text = data_file.read_text(encoding="utf-8")
    data_file.write_text(text.replace('fr = "Plus de personnel."', 'fr = "Autre."'), "utf-8")
    changed = loading.load(data_file, write_cache=True)
    assert any(m.description.get("fr") == "Autre." for r in changed.responses for m in r.measures)
    assert len(entries(cache_home)) == 1, "one entry per path, replaced"


def test_an_entry_written_by_other_code_is_not_used(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loading.load(data_file, write_cache=True)
    monkeypatch.setattr(cache, "code_stamp", lambda: ("other code",))
    assert cache.lookup(data_file, data_file.read_bytes()) is None


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9" * 100])
def test_a_corrupt_entry_is_ignored(cache_home: Path, data_file: Path, content: bytes) -> None:
    expected = loading.load(data_file, write_cache=True)
    for entry in entries(cache_home):
        entry.write_bytes(content)
    assert cache.lookup(data_file, data_file.read_bytes()) is None
    assert loading.load(data_file, write_cache=True) == expected


def test_a_dataset_with_problems_is_never_cached(cache_home: Path, data_file: Path) -> None:
    data_file.write_text(
        data_file.read_text(encoding="utf-8").replace('type = "staffing"', 'type = "stafing"'),
        encoding="utf-8",
    )
    for _ in range(2):
        with pytest.raises(DataError, match="stafing"):
            loading.load(data_file, write_cache=True)
    assert entries(cache_home) == []


def test_turned_off_it_neither_reads_nor_writes(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loading.load(data_file, write_cache=True)
    monkeypatch.setenv("ADHOCQ_NO_CACHE", "1")
    with monkeypatch.context() as patch:
        patch.setattr(loading, "parse", _no_parsing)
        with pytest.raises(AssertionError, match="parsed"):
            loading.load(data_file, write_cache=True)
    for entry in entries(cache_home):
        entry.unlink()
    loading.load(data_file, write_cache=True)
    assert entries(cache_home) == []


def test_a_cache_that_cannot_be_written_is_skipped(
    tmp_path: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert loading.load(data_file, write_cache=True).query.id
    assert blocker.read_text() == "x"
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_a_relative_cache_home_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")
    assert cache.directory() is None


def test_the_installed_script_fills_and_then_uses_the_cache(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    first = run_text("measures", "--type", "staffing", "-f", "csv", env=env)
    assert first.returncode == 0, first.stderr
    assert len(entries(tmp_path)) == 1  # the file it answered from: the others gave their ids
    second = run_text("measures", "--type", "staffing", "-f", "csv", env=env)
    assert (second.returncode, second.stdout, second.stderr) == (0, first.stdout, "")
    off = run_text("measures", "--type", "staffing", "-f", "csv",
                   env={**env, "ADHOCQ_NO_CACHE": "1"})  # fmt: skip
    assert off.stdout == first.stdout


# ------------------------------------------------------------------ hostile entries (issue 10)


def _only_entry(home: Path) -> Path:
    (entry,) = entries(home)
    return entry


def test_every_flipped_byte_is_a_miss_or_the_same_dataset(
    cache_home: Path, data_file: Path
) -> None:
    # The experiment: one byte of an entry changed, 150 offsets. Before entries carried
    # a checksum, 56 of 150 gave wrong data ("Bustria") and 3 an internal error.
    expected = loading.load(data_file, write_cache=True)
    entry = _only_entry(cache_home)
    good = entry.read_bytes()
    raw = data_file.read_bytes()
    offsets = random.Random(10).sample(range(len(good)), min(150, len(good)))
    for offset in offsets:
        for mask in (0x01, 0x80, 0xFF):
            damaged = bytearray(good)
            damaged[offset] ^= mask
            entry.write_bytes(bytes(damaged))
            assert cache.lookup(data_file, raw) in (None, expected), (offset, mask)
    entry.write_bytes(good)
    assert cache.lookup(data_file, raw) == expected


def _rewrite(entry: Path, change: Any) -> None:
    """Replace the payload of an entry by `change(stamp, raw, encoded)`, with a valid checksum:
    what the checksum cannot catch must still be caught by the strict decoding."""
    stamp, raw, encoded = marshal.loads(cache._payload(entry.read_bytes()) or b"")
    entry.write_bytes(cache._framed(marshal.dumps(change(stamp, raw, encoded))))


def _nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


_COUNTRIES = [field.name for field in dataclasses.fields(Dataset)].index("countries")


def _replace_country_code(encoded: Any, code: Any) -> Any:
    """An encoded Dataset (["Dataset", *arguments]) with its first country's code replaced."""
    arguments = list(encoded[1:])
    countries = arguments[_COUNTRIES]
    country = list(countries[0])
    country[1] = code
    arguments[_COUNTRIES] = (country, *countries[1:])
    return ["Dataset", *arguments]


def _with_findings_read(encoded: Any, value: Any) -> Any:
    """An encoded Dataset with its query's findings_read (`int | None`) replaced."""
    query = list(encoded[1])
    query[1 + [field.name for field in dataclasses.fields(Query)].index("findings_read")] = value
    return ["Dataset", query, *encoded[2:]]


WRONG = {
    "a number for a code": lambda s, r, e: (s, r, _replace_country_code(e, 5)),
    "a list for a code": lambda s, r, e: (s, r, _replace_country_code(e, [])),
    "None for a code": lambda s, r, e: (s, r, _replace_country_code(e, None)),
    "a string for an int or None": lambda s, r, e: (s, r, _with_findings_read(e, "1")),
    "a bool for an int or None": lambda s, r, e: (s, r, _with_findings_read(e, True)),
    "None for a tuple": lambda s, r, e: (s, r, [*e[:-2], None, e[-1]]),  # languages
    "a bool for an int": lambda s, r, e: (s, r, _swap(e, 2, True)),  # respondent_count
    "an unknown kind": lambda s, r, e: (s, r, ["Dataset2", *e[1:]]),
    "a missing argument": lambda s, r, e: (s, r, e[:-1]),
    "a member that does not exist": lambda s, r, e: (s, r, _swap(e, "member", "chief")),
    "an impossible date": lambda s, r, e: (
        s,
        r,
        _swap(e, ["date", 2024, 1, 11], ["date", 2024, 13, 1]),
    ),
    "deep nesting": lambda s, r, e: (s, r, _nested(1500)),
    "not a dataset": lambda s, r, e: (s, r, ["Text", "a", "b"]),
    "raw bytes as text": lambda s, r, e: (s, r.decode(), e),
    "a short tuple": lambda s, r, e: (s, r),
}


def _swap(value: Any, old: Any, new: Any) -> Any:
    """`value` with each `old` found in it (by equality and type) replaced by `new`."""
    if type(value) is type(old) and value == old:
        return new
    if type(value) in (list, tuple):
        return type(value)(_swap(item, old, new) for item in value)
    return value


@pytest.mark.parametrize("name", WRONG)
def test_an_entry_of_the_wrong_shape_is_a_miss(
    cache_home: Path, data_file: Path, name: str
) -> None:
    expected = loading.load(data_file, write_cache=True)
    entry = _only_entry(cache_home)
    _rewrite(entry, WRONG[name])
    assert cache.lookup(data_file, data_file.read_bytes()) is None
    assert loading.load(data_file, write_cache=True) == expected


def _maximum_memory_of(code: str) -> int:
    """KiB at most resident while a fresh Python ran `code` (VmHWM: unlike ru_maxrss, it does
    not carry over the parent's from before exec)."""
    script = f"{code}\nprint(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_an_entry_announcing_2_to_the_28_items_is_a_miss_without_gigabytes(
    cache_home: Path, data_file: Path
) -> None:
    loading.load(data_file, write_cache=True)
    entry = _only_entry(cache_home)
    good = entry.read_bytes()
    hostile = b"(" + (2**28).to_bytes(4, "little") + b"N" * 16  # a tuple of 2^28 items
    for content in (hostile, good[: len(good) - len(hostile)] + hostile):
        entry.write_bytes(content)
        code = (
            "from pathlib import Path\nfrom adhocq.reading import cache\n"
            f"path = Path({str(data_file)!r})\n"
            "assert cache.lookup(path, path.read_bytes()) is None"
        )
        assert _maximum_memory_of(code) < 300_000


def test_a_pipe_a_device_or_a_huge_file_as_entry_is_a_miss(
    cache_home: Path, data_file: Path
) -> None:
    expected = loading.load(data_file, write_cache=True)
    entry = _only_entry(cache_home)
    raw = data_file.read_bytes()
    entry.unlink()
    os.mkfifo(entry)  # reading it would wait for a writer forever
    started = time.monotonic()
    assert cache.lookup(data_file, raw) is None
    entry.unlink()
    entry.symlink_to("/dev/zero")  # reading it would never end
    assert cache.lookup(data_file, raw) is None
    assert time.monotonic() - started < 2
    entry.unlink()
    with entry.open("wb") as handle:
        handle.truncate(cache.MAX_ENTRY_BYTES + 1)
    assert cache.lookup(data_file, raw) is None
    assert loading.load(data_file, write_cache=True) == expected


def test_a_cache_folder_others_can_write_to_is_not_used(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = loading.load(data_file, write_cache=True)
    folder = cache_home / "adhocq"
    raw = data_file.read_bytes()
    for mode in (0o770, 0o707, 0o777):
        folder.chmod(mode)
        assert cache.lookup(data_file, raw) is None, oct(mode)
    for entry in entries(cache_home):
        entry.unlink()
    assert loading.load(data_file, write_cache=True) == expected
    assert entries(cache_home) == [], "nothing written there either"
    folder.chmod(0o700)
    assert cache.lookup(data_file, raw) is None
    loading.load(data_file, write_cache=True)
    assert cache.lookup(data_file, raw) == expected
    # A folder of another user's (tests may run as root, so the user is made another).
    monkeypatch.setattr(os, "getuid", lambda: folder.stat().st_uid + 1)
    assert cache.lookup(data_file, raw) is None


def test_stale_temporary_files_of_killed_runs_are_removed(
    cache_home: Path, data_file: Path
) -> None:
    folder = cache_home / "adhocq"
    folder.mkdir(mode=0o700, parents=True)
    stale = folder / "dataset-0000abcd.marshal.4242.tmp"
    fresh = folder / f"dataset-1.marshal.{os.getppid()}.tmp"  # a live process's
    for leftover in (stale, fresh):
        leftover.write_bytes(b"half an entry")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    loading.load(data_file, write_cache=True)
    assert not stale.exists()
    assert fresh.exists(), "it may be another run's, writing now"


# ------------------------------------------------------------------ bounds and key (issue 11)


def _store_under_many_paths(tmp_path: Path, count: int) -> list[Path]:
    """`count` entries of the same small dataset, one per path, each written after the last:
    the entries already there get distinct mtimes in the past, as a file system's coarse clock
    could give entries written in one tick the same time."""
    source = DATA / "minimal.toml"
    raw = source.read_bytes()
    dataset = loading.parse(raw.decode("utf-8"), str(source))
    paths = [tmp_path / f"data-{number:03}.toml" for number in range(count)]
    past = time.time() - 10 * count
    for number, path in enumerate(paths):
        cache.store(path, raw, dataset)
        entry = cache._entry(path)
        assert entry is not None
        if entry.exists():
            os.utime(entry, (past + number, past + number))
    return paths


def test_the_cache_keeps_at_most_max_entries_the_newest(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 24)  # the rule, at a size a test can fill
    paths = _store_under_many_paths(tmp_path, cache.MAX_ENTRIES + 6)
    assert len(entries(cache_home)) == cache.MAX_ENTRIES
    raw = (DATA / "minimal.toml").read_bytes()
    assert all(cache.lookup(path, raw) is not None for path in paths[6:])
    assert all(cache.lookup(path, raw) is None for path in paths[:6])


def test_the_cache_keeps_at_most_max_total_bytes_the_newest(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_under_many_paths(tmp_path, 1)
    (entry,) = entries(cache_home)
    size = entry.stat().st_size
    monkeypatch.setattr(cache, "MAX_TOTAL_BYTES", 3 * size + size // 2)
    paths = _store_under_many_paths(tmp_path, 8)
    kept = entries(cache_home)
    assert len(kept) == 3
    assert sum(entry.stat().st_size for entry in kept) <= cache.MAX_TOTAL_BYTES
    raw = (DATA / "minimal.toml").read_bytes()
    assert [cache.lookup(path, raw) is not None for path in paths] == [False] * 5 + [True] * 3


def test_the_caps_are_sensible() -> None:
    assert cache.MAX_ENTRIES >= 16
    assert cache.MAX_ENTRY_BYTES <= cache.MAX_TOTAL_BYTES <= 256 * 1024 * 1024


def test_the_entry_just_written_is_kept_even_if_older_entries_look_newer(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    paths = _store_under_many_paths(tmp_path, 2)
    future = time.time() + 3600
    for entry in entries(cache_home):
        os.utime(entry, (future, future))  # a clock set back since they were written
    newest = tmp_path / "newest.toml"
    raw = (DATA / "minimal.toml").read_bytes()
    cache.store(newest, raw, loading.parse(raw.decode("utf-8"), "minimal.toml"))
    assert len(entries(cache_home)) == 2
    assert cache.lookup(newest, raw) is not None
    assert sum(cache.lookup(path, raw) is not None for path in paths) == 1


_STORE_OR_LOOK_UP = """
import sys
from pathlib import Path
from adhocq.reading import cache, loading
assert cache.__file__.startswith(sys.argv[1]), cache.__file__
path = Path(sys.argv[2])
raw = path.read_bytes()
if sys.argv[3] == "store":
    cache.store(path, raw, loading.parse(raw.decode("utf-8"), str(path)))
print("hit" if cache.lookup(path, raw) is not None else "miss")
"""


def _in_package_copy(package: Path, data: Path, *args: str) -> str:
    environment = {**os.environ, "PYTHONPATH": str(package.parent), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _STORE_OR_LOOK_UP, str(package), str(data), *args],
        capture_output=True, text=True, env=environment, timeout=60, check=True,
    )  # fmt: skip
    return done.stdout.strip()


@pytest.mark.parametrize("change", ["a new module", "a module rewritten", "a module touched"])
def test_any_change_to_any_module_of_the_package_is_a_miss(
    cache_home: Path, data_file: Path, tmp_path: Path, change: str
) -> None:
    package = tmp_path / "copy" / "adhocq"
    shutil.copytree(Path(cache.__file__).parents[1], package,
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    assert _in_package_copy(package, data_file, "store") == "hit"
    assert _in_package_copy(package, data_file, "look up") == "hit"
    renderer = package / "output" / "delimited.py"  # not one the loading code imports
    if change == "a new module":
        (package / "cli" / "commands" / "brand_new.py").write_text(
            '"""A command no list names."""\n'
        )
    elif change == "a module rewritten":
        renderer.write_text(renderer.read_text() + "\n# changed\n")
    else:
        later = renderer.stat().st_mtime + 5
        os.utime(renderer, (later, later))
    assert _in_package_copy(package, data_file, "look up") == "miss"
