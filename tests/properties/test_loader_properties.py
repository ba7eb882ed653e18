"""Property-based tests (Hypothesis) of the loader.

(a) The loader, on the real dataset mutated in its structure (written back as TOML by the small
    serialiser of toml_writer.py), in its text and in its bytes: `parse`/`load` either return a
    Dataset that holds exactly what the file says, or raise DataError whose every problem has a
    message and a location (a path or a line); never any other exception. A value of the wrong
    type is reported at its path, on a line that shows its key.
(b) Structure bombs (deep nesting, long dotted keys) anywhere in the real file: refused with a
    located problem, quickly; brackets and dots in strings and comments: never refused.
(c) A store damaged anywhere: a miss or the real dataset; behind a seal computed anew,
    a miss or a Dataset of the right types, never an exception.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import math
import shutil
import sqlite3
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from adhocq.errors import DataError
from adhocq.model import Dataset
from adhocq.reading import catalogue, index_file
from adhocq.reading.loading import load, parse
from adhocq.reading.prescan import structure_problem

from .mutations import (
    check_parse_result,
    check_well_typed,
    damage,
    keys,
    mutate,
    values,
)
from .props import props
from .real_dataset import DATA_FILE, REAL, REAL_TEXT, SECOND, SECOND_FILE
from .toml_writer import (
    Loc,
    dump_toml,
    first_difference,
    get_at,
    path_of,
    set_at,
    short,
    toml_key,
    toml_string,
    walk,
)
from .variants import valid_variant

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

NAME = "mutated.toml"


# ------------------------------------------------------------------ (a) the loader


@pytest.mark.parametrize("sections", [True, False])
@pytest.mark.parametrize("doc", [REAL, SECOND], ids=[DATA_FILE.name, SECOND_FILE.name])
def test_serialiser_round_trips_the_real_dataset(doc: dict[str, Any], sections: bool) -> None:
    text = dump_toml(doc, sections)
    assert first_difference(tomllib.loads(text), doc) is None
    assert check_parse_result(text, NAME, lambda: parse(text, NAME)) is not None


@props(200)
@given(doc=st.dictionaries(keys, values, max_size=4), sections=st.booleans())
def test_serialiser_round_trips_generated_documents(doc: dict[str, Any], sections: bool) -> None:
    assume(not any(isinstance(v, float) and math.isnan(v) for _, v in walk(doc)))
    assert first_difference(tomllib.loads(dump_toml(doc, sections)), doc) is None


@props(1500, costly=True)
@given(
    data=st.data(),
    count=st.integers(1, 4),
    sections=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_mutated_dataset_loads_faithfully_or_reports_located_problems(
    data: st.DataObject, count: int, sections: bool, newline: str
) -> None:
    doc = start_from(data)
    for _ in range(count):
        mutate(data, doc)
    text = dump_toml(doc, sections, newline)
    check_parse_result(text, NAME, lambda: parse(text, NAME))


def test_a_file_without_countries_whose_response_is_outside_the_emn_has_it_too() -> None:
    """A recode of AT to DK, then [[countries]] dropped (found by the test above): the file has
    the EMN's countries of its day, Austria among them, and Denmark, which a response names."""
    doc = copy.deepcopy(REAL)
    for loc, value in list(walk(doc)):
        if value == "AT" and loc[-1] in ("code", "country", "printed"):
            set_at(doc, loc, "DK")
    del doc["countries"]
    text = dump_toml(doc)
    ds = check_parse_result(text, NAME, lambda: parse(text, NAME))
    assert ds is not None
    codes = [c.code for c in ds.countries]
    assert "AT" in codes and codes[-1] == "DK"


def start_from(data: st.DataObject) -> dict[str, Any]:
    """The real dataset, the second query's, or a valid variant of the real one: these use more
    of the format (answers left out, other languages, mentions, an excerpt, ...)."""
    start = data.draw(st.sampled_from(["real", "second", "variant"]), label="start from")
    if start == "variant":
        return valid_variant(data, first=("mention", "translate", "printed", "coverage"))
    return copy.deepcopy(REAL if start == "real" else SECOND)


def _wrong_type_values(value: Any, target: Loc) -> list[Any]:
    if len(target) > 1 and target[-2] == "mentions":  # a string or a table is a mention
        return [1, True, 1.5, datetime.date(2024, 1, 11), []]
    if isinstance(value, bool):
        return [1, "true", 0.0]
    if isinstance(value, int):
        return [str(value), True, float(value)]
    if isinstance(value, str):
        return [0, True, 1.5, datetime.date(2024, 1, 11), [], {}]
    if isinstance(value, datetime.date):
        return [value.isoformat(), datetime.datetime(2024, 1, 11, 12, 0), 20240111]
    if isinstance(value, dict):
        return [1, "x", [], True]
    return [1, "x", {}, True]


LINE_BREAKING = ("\u2028", "\u2029", "\x85", "a\u2028b", "\x1c")


@props(500, costly=True)
@given(data=st.data(), sections=st.booleans(), newline=st.sampled_from(["\n", "\r\n"]))
def test_wrong_type_is_reported_at_its_path_on_the_line_of_its_key(
    data: st.DataObject, sections: bool, newline: str
) -> None:
    doc = start_from(data)
    nodes = [loc for loc, _ in walk(doc) if loc]
    target = data.draw(st.sampled_from(nodes), label="target")
    if data.draw(st.booleans(), label="add a Unicode line separator to another text"):
        # Legal in a TOML string; not a line break for TOML (only \n is).
        leaves = [loc for loc, value in walk(doc) if isinstance(value, str)]
        leaf = data.draw(st.sampled_from(leaves), label="leaf")
        if leaf[: len(target)] != target:
            set_at(doc, leaf, get_at(doc, leaf) + data.draw(st.sampled_from(LINE_BREAKING)))
    old = get_at(doc, target)
    wrong = _wrong_type_values(old, target)
    set_at(doc, target, data.draw(st.sampled_from(wrong), label="new"))
    text = dump_toml(doc, sections, newline)
    with pytest.raises(DataError) as raised:
        parse(text, NAME)
    path = path_of(target)
    at_path = [p for p in raised.value.problems if p.path == path]
    assert at_path, f"no problem at {path}: {raised.value.problems[:5]}"
    key = next(step for step in reversed(target) if isinstance(step, str))
    lines = text.split("\n")
    for problem in at_path:
        assert problem.line is not None, problem
        assert 1 <= problem.line <= len(lines), problem
        shown = lines[problem.line - 1]
        assert toml_key(key) in shown, f"{problem} points at line {short(shown)}"


TOML_CHARS = list("[]{}=\"'#.,\n\r\t\\ +-:TZ0a_") + [
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9b",
    "\u2028",
    "\ufeff",
    '"""',
    "'''",
    "[[",
    "]]",
    "= ",
    "\n[query]\n",
    "\n[[responses]]\n",
    "\nx = 1\n",
]
inserted_text = st.one_of(
    st.lists(st.sampled_from(TOML_CHARS), min_size=1, max_size=6).map("".join),
    st.binary(min_size=1, max_size=6).map(lambda raw: raw.decode("latin-1")),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=6),
)


def mutate_text(data: st.DataObject, text: str) -> str:
    kind = data.draw(st.sampled_from(["truncate", "insert", "delete", "duplicate-line", "swap"]))
    offset = data.draw(st.integers(0, len(text)), label="offset")
    if kind == "truncate":
        return text[:offset]
    if kind == "insert":
        return text[:offset] + data.draw(inserted_text, label="inserted") + text[offset:]
    if kind == "delete":
        return text[:offset] + text[offset + data.draw(st.integers(1, 40), label="length") :]
    lines = text.split("\n")
    first = data.draw(st.integers(0, len(lines) - 1), label="line")
    second = data.draw(st.integers(0, len(lines) - 1), label="other line")
    if kind == "duplicate-line":
        lines.insert(second, lines[first])
    else:
        lines[first], lines[second] = lines[second], lines[first]
    return "\n".join(lines)


@props(1000, costly=True)
@given(data=st.data(), count=st.integers(1, 3), sections=st.sampled_from([None, True, False]))
def test_mutated_text_loads_faithfully_or_reports_located_problems(
    data: st.DataObject, count: int, sections: bool | None
) -> None:
    text = REAL_TEXT if sections is None else dump_toml(REAL, sections)
    for _ in range(count):
        text = mutate_text(data, text)
    check_parse_result(text, NAME, lambda: parse(text, NAME))


@props(300)
@given(data=st.data())
def test_mutated_bytes_load_faithfully_or_report_located_problems(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    raw = REAL_TEXT.encode("utf-8")
    kind = data.draw(st.sampled_from(["truncate", "insert", "bom", "crlf", "blank", "latin-1"]))
    offset = data.draw(st.integers(0, len(raw)), label="offset")
    if kind == "truncate":
        raw = raw[:offset]
    elif kind == "insert":
        extra = data.draw(
            st.one_of(st.binary(min_size=1, max_size=4), st.sampled_from([b"\x00", b"\xff"]))
        )
        raw = raw[:offset] + extra + raw[offset:]
    elif kind == "bom":
        raw = b"\xef\xbb\xbf" + raw
    elif kind == "crlf":
        raw = raw.replace(b"\n", b"\r\n")
    elif kind == "blank":
        raw = data.draw(st.sampled_from([b"", b" ", b"\n\n", b"\t\r\n"]))
    else:
        raw = REAL_TEXT.encode("latin-1", errors="replace")
    path = tmp_path_factory.getbasetemp() / "mutated-bytes.toml"
    path.write_bytes(raw)
    text = raw.decode("utf-8", errors="replace")
    check_parse_result(text, str(path), lambda: load(path), whole_file=True)


# ------------------------------------------------------------------ (b) structure bombs

BOMBS = (
    lambda n: "x = " + "[" * n + "]" * n,
    lambda n: "x = " + "{ y = " * n + "1" + " }" * n,
    lambda n: "x = " + "[" * n,
    lambda n: "a" + ".a" * n + " = 1",
    lambda n: '"a"' + '."a"' * n + " = 1",
    lambda n: "[" + "a." * n + "a]",
)


@props(200)
@given(data=st.data(), bomb=st.sampled_from(BOMBS), size=st.integers(33, 5000))
def test_a_structure_bomb_on_any_line_is_refused_with_its_line(
    data: st.DataObject, bomb: Callable[[int], str], size: int
) -> None:
    """Deep nesting or a long dotted key on a line of its own, anywhere in the real file: a
    located problem, quickly; never an internal error (RecursionError) or minutes."""
    lines = REAL_TEXT.split("\n")
    at = data.draw(st.integers(0, len(lines)), label="line")
    text = "\n".join([*lines[:at], bomb(size), *lines[at:]])
    started = time.monotonic()
    check_parse_result(text, NAME, lambda: parse(text, NAME))
    assert time.monotonic() - started < 5


_PIECES = st.sampled_from(["[", "]", "{", "}", ".", "=", ",", "#", '"', "'", "\\", "\n", "a", " "])
_RUNS = st.sampled_from(["[" * 40, "{" * 40, "." * 40, '"' * 2, "'" * 2, "\\\\"])
string_content = st.lists(st.one_of(_PIECES, _RUNS), max_size=60).map("".join)


def _as_toml(form: str, content: str) -> str:
    if form == "basic":
        return toml_string(content)
    if form == "multi-line basic":
        return '"""' + content.replace("\\", "\\\\").replace('"', '\\"') + '"""'
    if form == "literal":
        return "'" + content.replace("'", "").replace("\n", "") + "'"
    return "'''" + content.replace("'", "") + "'''"


@props(500)
@given(
    form=st.sampled_from(["basic", "multi-line basic", "literal", "multi-line literal"]),
    content=string_content,
    comment=string_content,
    trailing_quotes=st.integers(0, 2),
)
def test_brackets_and_dots_in_strings_and_comments_are_never_refused(
    form: str, content: str, comment: str, trailing_quotes: int
) -> None:
    """The scan for structure bombs skips strings (in all four forms, ending in quotes or not)
    and comments, however deep what they hold looks."""
    literal = _as_toml(form, content)
    if form.startswith("multi-line"):  # up to two quotes may end the text, before the closing
        quote = literal[0]
        literal = literal[:-3] + quote * trailing_quotes + literal[-3:]
    text = f"x = {literal} # {comment.replace(chr(10), ' ')}\n[a.b]\nc = [[1.5, 2.5]]\n"
    assert structure_problem(text) is None, text
    assert tomllib.loads(text)["a"] == {"b": {"c": [[1.5, 2.5]]}}


# ------------------------------------------------------------------ (c) damaged stores


@dataclasses.dataclass(frozen=True)
class StoredReal:
    """A copy of the real file, its store, the store's bytes, the dataset and its stored form."""

    path: Path
    store: Path
    content: bytes = dataclasses.field(repr=False)
    dataset: Dataset = dataclasses.field(repr=False)
    blob: bytes = dataclasses.field(repr=False)


class _Miss(Exception):
    pass


def _miss(*args: object) -> None:
    raise _Miss


def _from_store(path: Path) -> Dataset | None:
    """The dataset the store gives for `path` without reading the file, or None for a miss."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalogue, "load", _miss)
        patch.setattr(catalogue, "identify", _miss)
        try:
            files = catalogue.Catalogue([path], write=True)
            return files.dataset(files.entries[0][1])
        except _Miss:
            return None


@pytest.fixture(scope="module")
def stored_real(tmp_path_factory: pytest.TempPathFactory) -> StoredReal:
    path = tmp_path_factory.mktemp("stored") / "responses.toml"
    shutil.copy(DATA_FILE, path)
    files = catalogue.Catalogue([path], write=True)
    dataset = files.dataset(files.entries[0][1])
    placed = index_file.place([path])
    assert placed is not None and _from_store(path) == dataset
    store = placed[0]
    with sqlite3.connect(store) as db:
        (blob,) = db.execute("SELECT blob FROM datasets").fetchone()
    db.close()
    return StoredReal(path, store, store.read_bytes(), dataset, zlib.decompress(blob))


@props(300)
@given(data=st.data(), edits=st.integers(1, 3))
def test_a_damaged_store_is_a_miss_or_the_real_dataset(
    stored_real: StoredReal, data: st.DataObject, edits: int
) -> None:
    content = stored_real.content
    for _ in range(edits):
        content = damage(data, content)
    stored_real.store.write_bytes(content)
    found = _from_store(stored_real.path)
    assert found is None or found == stored_real.dataset


@props(300)
@given(data=st.data(), edits=st.integers(1, 3))
def test_a_damaged_dataset_behind_a_valid_seal_is_a_miss_or_well_typed(
    stored_real: StoredReal, data: st.DataObject, edits: int
) -> None:
    """What the seal cannot see (a stored dataset changed, compressed again, and the store
    sealed anew) is still never a crash, and never a Dataset holding a value of the wrong type."""
    blob = stored_real.blob
    for _ in range(edits):
        blob = damage(data, blob)
    stored_real.store.write_bytes(stored_real.content)
    with sqlite3.connect(stored_real.store) as db:
        db.execute("UPDATE datasets SET blob = ?", (zlib.compress(blob),))
    db.close()
    index_file._seal(stored_real.store)
    found = _from_store(stored_real.path)
    assert found is None or type(found) is Dataset
    check_well_typed(found)
