"""Property-based tests (Hypothesis).

(a) The loader, on the real dataset mutated in its structure (written back as TOML by the small
    serialiser below), in its text and in its bytes: `parse`/`load` either return a Dataset that
    holds exactly what the file says, or raise DataError whose every problem has a message and
    a location (a path or a line); never any other exception. A value of the wrong type is
    reported at its path, on a line that shows its key.
(b) The CLI in-process, on command lines generated from the real Click commands with values
    from the dataset and hostile ones: exit 0, 1 or 2, no traceback or internal error, no raw
    control character on stderr; when a command that prints rows succeeds, csv, json and jsonl
    hold the same rows. The same on other valid datasets (new ids, countries, responses, texts
    with markup and control characters), where every id must also be usable.
(c) A few of the generated command lines through the installed console script.

Tests whose examples run the CLI several times report their first failing example unshrunk
(see `props`); Hypothesis keeps failing examples in .hypothesis/ and replays them first.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import datetime
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, Phase, assume, event, given, settings
from hypothesis import strategies as st

from adhocq.cli import main
from adhocq.errors import DataError
from adhocq.load import load, parse
from adhocq.model import Dataset, Text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
DATA_FILE = ROOT / "data" / "responses.toml"
REAL_TEXT = DATA_FILE.read_text(encoding="utf-8")
REAL: dict[str, Any] = tomllib.loads(REAL_TEXT)
NAME = "mutated.toml"
SCRIPT = Path(sys.executable).parent / "adhocq"

Loc = tuple[str | int, ...]


def props(examples: int, shrink: bool = True, all_bugs: bool = False) -> settings:
    """Settings for these tests: no deadline, and one bug reported per test unless `all_bugs`
    (looking for more, and shrinking each, costs minutes). `shrink=False` for tests whose every
    example runs the CLI several times: the first failing example is reported as found (its
    draws are labelled)."""
    phases = [p for p in Phase if shrink or p is not Phase.shrink]
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        report_multiple_bugs=all_bugs,
        phases=phases,
    )


# ------------------------------------------------------------------ a TOML serialiser
# Enough TOML for what tomllib returns: tables, arrays of tables, inline tables and arrays,
# strings (basic, escaped), integers, floats, booleans, dates, date-times and times.

_ESCAPES: dict[int, str] = {code: f"\\u{code:04x}" for code in [*range(0x20), 0x7F]}
_ESCAPES.update(
    {
        ord("\b"): "\\b",
        ord("\t"): "\\t",
        ord("\n"): "\\n",
        ord("\f"): "\\f",
        ord("\r"): "\\r",
        ord('"'): '\\"',
        ord("\\"): "\\\\",
    }
)
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_string(text: str) -> str:
    # Only what TOML requires is escaped: C1 controls, U+2028 and the like stay raw, as they
    # would in a file someone pasted text into.
    return '"' + text.translate(_ESCAPES) + '"'


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + pairs + " }"
    raise TypeError(f"no TOML for {type(value).__name__}")


def _is_table_array(value: Any) -> bool:
    """Written as [[...]]: a non-empty array of tables, some holding a table or an array."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) for item in value)
        and any(isinstance(v, (dict, list)) for item in value for v in item.values())
    )


def _is_section(value: Any) -> bool:
    """Written as [...]: a table holding a table or an array of tables."""
    return isinstance(value, dict) and any(
        isinstance(v, dict) or _is_table_array(v) for v in value.values()
    )


def _emit_table(table: dict[str, Any], prefix: tuple[str, ...], lines: list[str]) -> None:
    deferred: list[tuple[str, Any]] = []
    for key, value in table.items():
        if _is_section(value) or _is_table_array(value):
            deferred.append((key, value))
        else:
            lines.append(f"{toml_key(key)} = {toml_value(value)}")
    for key, value in deferred:
        name = (*prefix, key)
        header = ".".join(toml_key(part) for part in name)
        if isinstance(value, dict):
            lines.extend(["", f"[{header}]"])
            _emit_table(value, name, lines)
        else:
            for item in value:
                lines.extend(["", f"[[{header}]]"])
                _emit_table(item, name, lines)


def dump_toml(doc: dict[str, Any], sections: bool = True, newline: str = "\n") -> str:
    """`sections`: [tables] and [[arrays of tables]] like the real file; else one line a key."""
    lines: list[str] = []
    if sections:
        _emit_table(doc, (), lines)
    else:
        lines.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in doc.items())
    return newline.join(lines) + newline


# ------------------------------------------------------------------ walking a TOML document


def walk(node: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    yield loc, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*loc, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*loc, index))


def get_at(root: Any, loc: Loc) -> Any:
    node = root
    for step in loc:
        node = node[step]
    return node


def set_at(root: Any, loc: Loc, value: Any) -> None:
    get_at(root, loc[:-1])[loc[-1]] = value


def path_of(loc: Loc) -> str:
    """The loader's spelling of a location: `responses[3].measures[0].type`."""
    path = ""
    for step in loc:
        if isinstance(step, int):
            path += f"[{step}]"
        else:
            path = f"{path}.{step}" if path else step
    return path


def first_difference(left: Any, right: Any, loc: Loc = ()) -> str | None:
    """Where two documents first differ (short, unlike a diff of two 100k-character trees)."""
    if isinstance(left, dict) and isinstance(right, dict):
        if left.keys() != right.keys():
            return f"{path_of(loc) or '<root>'}: keys {sorted(left)} != {sorted(right)}"
        for key in left:
            found = first_difference(left[key], right[key], (*loc, key))
            if found:
                return found
        return None
    if isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            return f"{path_of(loc)}: {len(left)} items != {len(right)} items"
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found = first_difference(a, b, (*loc, index))
            if found:
                return found
        return None
    if type(left) is not type(right) or left != right:
        return f"{path_of(loc)}: {short(left)} != {short(right)}"
    return None


def short(value: Any, limit: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} chars)"


# ------------------------------------------------------------------ Dataset -> document


def _text(text: Text) -> dict[str, str]:
    return {"en": text.en, "fr": text.fr}


def dataset_as_document(ds: Dataset) -> dict[str, Any]:
    """The Dataset written back in the file's shape, to compare with what the file says."""
    q = ds.query
    return {
        "schema_version": 1,
        "query": {
            "id": q.id,
            "title": _text(q.title),
            "requester_country": q.requester_country,
            "requester": _text(q.requester),
            "asked": q.asked,
            "published": q.published,
            "respondent_count": q.respondent_count,
            "themes": [_text(t) for t in q.themes],
            "sources": [{"lang": s.lang, "url": s.url} for s in q.sources],
            "bullets": [{"id": b.id, "title": _text(b.title)} for b in q.bullets],
            "notes": [_text(n) for n in q.notes],
        },
        "categories": [{"id": c.id, "label": _text(c.label)} for c in ds.categories],
        "types": [{"id": t.id, "category": t.category, "label": _text(t.label)} for t in ds.types],
        "countries": [
            {"code": c.code, "membership": c.membership.value, "name": _text(c.name)}
            for c in ds.countries
        ],
        "responses": [
            {
                "country": r.code,
                "offers_service": r.offers_service,
                "source": r.source,
                "measures": [
                    {"type": m.type, "description": _text(m.description), "source": m.source}
                    for m in r.measures
                ],
                "notes": [_text(n) for n in r.notes],
            }
            for r in ds.responses
        ],
        "findings": [
            {"kind": f.kind.value, "id": f.id, "text": _text(f.text), "source": f.source}
            for f in ds.findings
        ],
    }


def with_optional_keys(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with its optional arrays (query.notes, a response's measures and notes)
    filled in as empty where absent, as the Dataset has them."""
    doc = copy.deepcopy(doc)
    query = doc.get("query")
    if isinstance(query, dict):
        query.setdefault("notes", [])
    responses = doc.get("responses")
    if isinstance(responses, list):
        for response in responses:
            if isinstance(response, dict):
                response.setdefault("measures", [])
                response.setdefault("notes", [])
    return doc


# ------------------------------------------------------------------ the loader's contract


def check_parse_result(
    text: str, name: str, parsed: Callable[[], Dataset], whole_file: bool = False
) -> Dataset | None:
    """`parsed()` returns a Dataset faithful to `text`, or raises DataError, every problem of
    it located; any other exception escapes and fails the test. `whole_file`: a problem with
    the file itself (empty, binary, not UTF-8) needs no path or line."""
    try:
        ds = parsed()
    except DataError as raised:
        error: DataError | None = raised
    else:
        error = None
    # Checked outside `except`, so that a failure does not chain the DataError (and tomllib's
    # error before it): Hypothesis would take each chain for a different bug.
    if error is not None:
        assert error.problems, "DataError with no problem"
        line_count = text.count("\n") + 1
        for problem in error.problems:
            assert isinstance(problem.message, str) and problem.message.strip(), problem
            about_the_file = whole_file and not problem.message.startswith("malformed TOML")
            located = problem.path or problem.line is not None or about_the_file
            assert located, f"unlocated problem: {problem}"
            if problem.line is not None:
                assert 1 <= problem.line <= line_count, f"line out of range: {problem}"
        rendered = error.lines()
        assert len(rendered) == len(error.problems)
        assert all(line.startswith(name) for line in rendered)
        return None
    assert isinstance(ds, Dataset)
    difference = first_difference(dataset_as_document(ds), with_optional_keys(tomllib.loads(text)))
    assert difference is None, f"the Dataset is not what the file says: {difference}"
    return ds


# ------------------------------------------------------------------ values for mutations

HUGE = "x" * 100_000
MARKUP = ("[bold]x[/]", "[link=http://x]y", "[/]", "[red]alert[/red]", ":warning:", "[[x]]")
CONTROLS = (
    "\x1b[31m",
    "\x1b[31mred\x1b[0m",
    "\x07",
    "\r",
    "\r\n",
    "\n",
    "\t",
    "\b",
    "\x00",
    "\x7f",
    "\x9b",
    "\x9b2J",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u202e",
)
HOSTILE: tuple[str, ...] = (
    *MARKUP,
    *CONTROLS,
    "",
    " ",
    "\t \n",
    HUGE,
    "é" * 100_000,
    '"',
    "'",
    "\\",
    '"""',
    "'''",
    "#",
    "=1+1",
    "@x",
)
WRONG_IDS = (
    "code",
    "name",
    "total",
    "offers-service",
    "measures",
    "XX",
    "gr",
    "GR",
    "el",
    "at",
    "AT ",
    " AT",
    "A",
    "ATT",
    "DK",
    "Staffing",
    "stafing",
    "staffing ",
    "staff_support",
    "staff--support",
    "-staffing",
    "not-a-bullet",
    "Service",
    "Member",
    "challenges",
    "nl",
    "http://example.org",
    "https://",
    "2023-13",
    "2023-1",
    "1",
)
_ID_KEYS = {"id", "code", "country", "type", "category", "source", "kind", "membership", "lang"}
REAL_IDS = tuple(
    sorted(
        {
            value
            for loc, value in walk(REAL)
            if isinstance(value, str) and loc and loc[-1] in _ID_KEYS
        }
    )
)
REAL_KEYS = tuple(sorted({step for loc, _ in walk(REAL) for step in loc if isinstance(step, str)}))
STRING_LEAVES: tuple[Loc, ...] = tuple(loc for loc, value in walk(REAL) if isinstance(value, str))
NODES: tuple[Loc, ...] = tuple(loc for loc, _ in walk(REAL) if loc)

any_text = st.text(st.characters(codec="utf-8"), max_size=12)
strings = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(WRONG_IDS),
    st.sampled_from(REAL_IDS),
    st.sampled_from(["", " "]),
    any_text,
)
keys = st.one_of(
    st.sampled_from(REAL_KEYS),
    st.sampled_from(("ttle", "Country", "offer_service", "measure", "en ", "EN", "")),
    st.sampled_from(MARKUP + CONTROLS + (HUGE,)),
    any_text,
)
_ZONES = st.sampled_from(
    [None, datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=5, minutes=30))]
)
scalars = st.one_of(
    strings,
    st.integers(-(2**63), 2**63 - 1),
    st.booleans(),
    st.floats(),
    st.dates(),
    st.datetimes(timezones=_ZONES),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=6,
)

MUTATIONS = (
    "blank-string",
    "drop-key",
    "retype",
    "inject-string",
    "swap-id",
    "duplicate-item",
    "remove-item",
    "empty-container",
    "rename-key",
    "add-key",
)


def shape_of(loc: Loc) -> str:
    """`responses[].measures[].type` for every measure's type."""
    return ".".join("[]" if isinstance(step, int) else step for step in loc)


def draw_location(data: st.DataObject, choices: Sequence[Loc], label: str) -> Loc:
    """A location, every shape of location equally likely (else the 1000 texts of the file would
    crowd out `query.asked` or `query.sources[].lang`), then one of that shape."""
    shapes: dict[str, list[Loc]] = {}
    for loc in choices:
        shapes.setdefault(shape_of(loc), []).append(loc)
    shape = data.draw(st.sampled_from(sorted(shapes)), label=f"{label} (shape)")
    return data.draw(st.sampled_from(shapes[shape]), label=label)


def mutate(data: st.DataObject, doc: dict[str, Any]) -> None:
    """One random change anywhere in the document, [[responses.measures]] included."""
    nodes = list(walk(doc))[1:]
    kind = data.draw(st.sampled_from(MUTATIONS), label="mutation")
    if kind in ("drop-key", "rename-key"):
        choices = [loc for loc, _ in nodes if isinstance(loc[-1], str)]
    elif kind in ("inject-string", "swap-id", "blank-string"):
        choices = [loc for loc, value in nodes if isinstance(value, str)] or [
            loc for loc, _ in nodes
        ]
    elif kind == "duplicate-item":
        choices = [loc for loc, value in nodes if isinstance(value, list) and value]
    elif kind == "remove-item":
        choices = [loc for loc, _ in nodes if isinstance(loc[-1], int)]
    elif kind == "empty-container":
        choices = [loc for loc, value in nodes if isinstance(value, (dict, list))]
    elif kind == "add-key":
        choices = [()] + [loc for loc, value in nodes if isinstance(value, dict)]
    else:
        choices = [loc for loc, _ in nodes]
    if not choices:
        return
    loc = draw_location(data, choices, label=f"{kind} at")
    if kind == "drop-key":
        del get_at(doc, loc[:-1])[loc[-1]]
    elif kind == "retype":
        set_at(doc, loc, data.draw(values, label="new value"))
    elif kind == "inject-string":
        set_at(doc, loc, data.draw(strings, label="new string"))
    elif kind == "blank-string":
        set_at(doc, loc, data.draw(st.sampled_from(["", " ", "\u3000"]), label="blank"))
    elif kind == "swap-id":
        set_at(doc, loc, data.draw(st.sampled_from(REAL_IDS + WRONG_IDS), label="new id"))
    elif kind == "duplicate-item":
        items = get_at(doc, loc)
        source = data.draw(st.integers(0, len(items) - 1), label="copy")
        target = data.draw(st.integers(0, len(items)), label="to")
        items.insert(target, copy.deepcopy(items[source]))
    elif kind == "remove-item":
        del get_at(doc, loc[:-1])[loc[-1]]
    elif kind == "empty-container":
        get_at(doc, loc).clear()
    elif kind == "rename-key":
        table = get_at(doc, loc[:-1])
        new = data.draw(keys, label="new key")
        renamed = [(new if k == loc[-1] else k, v) for k, v in table.items()]
        table.clear()
        table.update(renamed)
    else:
        get_at(doc, loc)[data.draw(keys, label="new key")] = data.draw(values, label="value")


# ------------------------------------------------------------------ (a) the loader


@pytest.mark.parametrize("sections", [True, False])
def test_serialiser_round_trips_the_real_dataset(sections: bool) -> None:
    text = dump_toml(REAL, sections)
    assert first_difference(tomllib.loads(text), REAL) is None
    assert check_parse_result(text, NAME, lambda: parse(text, NAME)) is not None


@props(200)
@given(doc=st.dictionaries(keys, values, max_size=4), sections=st.booleans())
def test_serialiser_round_trips_generated_documents(doc: dict[str, Any], sections: bool) -> None:
    assume(not any(isinstance(v, float) and math.isnan(v) for _, v in walk(doc)))
    assert first_difference(tomllib.loads(dump_toml(doc, sections)), doc) is None


@props(1500)
@given(
    data=st.data(),
    count=st.integers(1, 4),
    sections=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_mutated_dataset_loads_faithfully_or_reports_located_problems(
    data: st.DataObject, count: int, sections: bool, newline: str
) -> None:
    doc = copy.deepcopy(REAL)
    for _ in range(count):
        mutate(data, doc)
    text = dump_toml(doc, sections, newline)
    check_parse_result(text, NAME, lambda: parse(text, NAME))


def _wrong_type_values(value: Any) -> list[Any]:
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


@props(500)
@given(
    data=st.data(),
    target=st.sampled_from(NODES),
    sections=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_wrong_type_is_reported_at_its_path_on_the_line_of_its_key(
    data: st.DataObject, target: Loc, sections: bool, newline: str
) -> None:
    doc = copy.deepcopy(REAL)
    if data.draw(st.booleans(), label="add a Unicode line separator to another text"):
        # Legal in a TOML string; not a line break for TOML (only \n is).
        leaf = data.draw(st.sampled_from(STRING_LEAVES), label="leaf")
        if leaf[: len(target)] != target:
            set_at(doc, leaf, get_at(doc, leaf) + data.draw(st.sampled_from(LINE_BREAKING)))
    old = get_at(doc, target)
    set_at(doc, target, data.draw(st.sampled_from(_wrong_type_values(old)), label="new"))
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


@props(1000)
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


# ------------------------------------------------------------------ (b) the CLI in-process
# Commands, options and arguments come from the real Click commands, so the command lines follow
# the CLI as it changes; values come from the dataset (ids, codes, texts) and from HOSTILE.


@dataclass(frozen=True)
class Param:
    kind: str  # "option" (takes a value), "flag" or "argument"
    name: str  # the Python name: fmt, excel_safe, has, code, ...
    spellings: tuple[str, ...]  # --format, -f; --offers-service, --no-offers-service
    nargs: int  # -1: any number of arguments
    metavar: str
    choices: tuple[str, ...]


def _parameters() -> dict[str, tuple[Param, ...]]:
    from typer.main import get_command

    from adhocq.cli import build_app

    group: Any = get_command(build_app())
    found: dict[str, tuple[Param, ...]] = {}
    for name, command in group.commands.items():
        params = []
        for p in command.params:
            if p.param_type_name == "argument":
                kind, spellings = "argument", ()
            else:
                kind = "flag" if getattr(p, "is_flag", False) else "option"
                spellings = (*p.opts, *p.secondary_opts)
            choices = tuple(str(getattr(c, "value", c)) for c in getattr(p.type, "choices", ()))
            params.append(Param(kind, p.name, spellings, p.nargs, p.metavar or "", choices))
        found[name] = tuple(params)
    return found


PARAMS = _parameters()
COMMANDS = tuple(PARAMS)
FORMATS = next(p.choices for p in PARAMS["measures"] if p.name == "fmt")
MACHINE_FORMATS = ("csv", "json", "jsonl")
# Commands whose output is rows in every --format (not export, validate, pictures).
ROW_COMMANDS = tuple(
    name
    for name, params in PARAMS.items()
    if any(p.name == "fmt" for p in params) and name not in ("export", "validate")
)
# Dropped when a command line is rerun in csv, json and jsonl: --excel-safe is for csv and tsv,
# --chart draws a picture.
NOT_FOR_ROWS = ("fmt", "excel_safe", "chart")

MINIMAL = Path(__file__).parent / "data" / "minimal.toml"
DATA_PATHS = (
    str(DATA_FILE),
    "",
    "/nonexistent/adhocq.toml",
    "/",
    str(ROOT / "README.md"),
    str(ROOT / "pyproject.toml"),
    "\x1b[31mevil.toml",
    "a\x00b.toml",
    "\udcff.toml",
    *([str(MINIMAL)] if MINIMAL.is_file() else []),
)
# Relative names land in the test's own working directory (see run_in_process).
EXPORT_FILES = (
    "x" * 300 + ".svg",
    "out.svg",
    "out.html",
    "OUT.SVG",
    "out.png",
    "out",
    "",
    ".svg",
    "missing-dir/out.svg",
    "/nonexistent/out.html",
    "\x1b[31mred.svg",
)
SQLITE_FILES = (
    "out.db",
    "out.sqlite",
    "",
    ".",
    "missing-dir/out.db",
    "\x1b[31mred.db",
    "x" * 300 + ".db",
)
SEARCH_WORDS = (
    "psycho",
    "redeploi",
    "redéploiement",
    "STAFF",
    "crise",
    "é",
    "ß",
    "ﬁ",
    "İ",
    "e\u0301",
    "staff support",
    "a",
)
CLI_HOSTILE = (
    "",
    " ",
    *MARKUP,
    *CONTROLS,
    "--",
    "-",
    "-x",
    "=",
    "x" * 10_000,
    "\udcff",
    "a\x00b",
)
CASES: tuple[Callable[[str], str], ...] = (
    str,
    str.lower,
    str.upper,
    str.title,
    str.swapcase,
    lambda s: f" {s} ",
)
HELP_TOKENS = {"-h", "--help", "--version"}


@dataclass(frozen=True)
class Vocabulary:
    """The valid values of a dataset, for the options that take them."""

    types: tuple[str, ...]
    categories: tuple[str, ...]
    codes: tuple[str, ...]
    respondents: tuple[str, ...]
    data: tuple[str, ...]

    @staticmethod
    def of(doc: dict[str, Any], data: tuple[str, ...]) -> Vocabulary:
        return Vocabulary(
            tuple(t["id"] for t in doc["types"]),
            tuple(c["id"] for c in doc["categories"]),
            tuple(c["code"] for c in doc["countries"]),
            tuple(r["country"] for r in doc["responses"]),
            data,
        )

    def valid(self, param: Param) -> tuple[str, ...]:
        if param.choices:
            return param.choices
        if param.metavar == "FILE":
            return SQLITE_FILES if param.name == "sqlite" else EXPORT_FILES
        codes = (*self.respondents, *self.respondents, *self.codes, "GR")
        known = {
            "TYPE": self.types,
            "CAT": self.categories,
            "CODE": codes,
            "CODE CODE...": codes,
            "WHAT": ("offers-service", "measures", *self.types),
            "TEXT": SEARCH_WORDS,
            "PATH": self.data,
            "[PATH]": self.data,
        }
        return known.get(param.metavar) or ("x",)


REAL_VOCABULARY = Vocabulary.of(REAL, (str(DATA_FILE), *DATA_PATHS))


def cased(choices: Sequence[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda value, case: case(value), st.sampled_from(choices), st.sampled_from(CASES)
    )


def value_of(choices: Sequence[str], vary_case: bool = True) -> st.SearchStrategy[str]:
    """A valid value three times in five (else most command lines fail at the first option)."""
    valid = cased(choices) if vary_case else st.sampled_from(choices)
    return st.one_of(valid, valid, valid, st.sampled_from(CLI_HOSTILE), any_text)


def inside(path: str) -> str:
    """A generated name for a file to write, kept inside the working directory (the tests may
    run as root: no `/x.db` next to /etc, no `--force` onto an existing file elsewhere)."""
    if path.startswith("/nonexistent/") and not Path("/nonexistent").exists():
        return path
    return "./" + path.replace("..", "__").lstrip("/")


def values_for(param: Param, vocabulary: Vocabulary) -> st.SearchStrategy[str]:
    vary_case = param.metavar not in ("FILE", "PATH", "[PATH]")
    values = value_of(vocabulary.valid(param), vary_case)
    return values.map(inside) if param.metavar == "FILE" else values


@dataclass(frozen=True)
class Item:
    role: str  # the parameter's name, or "help", "junk", "dangling"
    tokens: tuple[str, ...]


def option_items(param: Param, vocabulary: Vocabulary) -> st.SearchStrategy[Item]:
    if param.kind == "flag":
        return st.sampled_from(param.spellings).map(lambda name: Item(param.name, (name,)))
    values = values_for(param, vocabulary)
    long_names = [name for name in param.spellings if name.startswith("--")]
    short_names = [name for name in param.spellings if not name.startswith("--")]
    spellings = [
        st.builds(lambda n, v: Item(param.name, (n, v)), st.sampled_from(param.spellings), values),
        st.builds(
            lambda n, v: Item(param.name, (f"{n}={v}",)), st.sampled_from(long_names), values
        ),
    ]
    if short_names:
        spellings.append(
            st.builds(lambda n, v: Item(param.name, (n + v,)), st.sampled_from(short_names), values)
        )
    return st.one_of(spellings)


UNKNOWN_OPTIONS = st.one_of(
    st.sampled_from(["--bogus", "-z", "--\x1b[31m", "--[bold]x[/]", "--format-json", "--lang-fr"]),
    st.sampled_from(["--bogus", "-z", "--\x1b[31m", "--[bold]x[/]", "--format-json", "--lang-fr"]),
    st.sampled_from(["--help", "-h", "--version"]),
).map(lambda token: Item("help" if token in HELP_TOKENS else "junk", (token,)))
ROOT_ARGVS = (
    (),
    ("--version",),
    ("--help",),
    ("-h",),
    ("--bogus",),
    ("bogus",),
    ("Measures",),
    ("help",),
    ("--version", "info"),
    ("--data", str(DATA_FILE), "info"),
    ("\x1b[31m",),
    ("[bold]x[/]",),
    ("",),
)
ALL_TOKENS = tuple(
    sorted(
        {*COMMANDS, "--help", "--version", "--", "cz", "GR", "de", *FORMATS}
        | {spelling for params in PARAMS.values() for p in params for spelling in p.spellings}
    )
)


@dataclass(frozen=True)
class Invocation:
    command: str  # "" for a command line not built around a command
    items: tuple[Item, ...]

    def argv(self) -> list[str]:
        head = [self.command] if self.command else []
        return head + [token for item in self.items for token in item.tokens]

    def has_rows(self) -> bool:
        """A command whose output is rows (not help or version text, not a picture)."""
        return self.command in ROW_COMMANDS and not any(
            item.role == "help" or HELP_TOKENS & set(item.tokens) for item in self.items
        )

    def output(self) -> str:
        """What a pipe gets: the last --format given, else a picture (map, count --chart) or
        csv."""
        chosen = None
        for item in self.items:
            if item.role == "fmt":
                joined = "".join(item.tokens)
                chosen = re.sub(r"^(--format=?|-f)", "", joined).lower()
        if chosen is not None:
            return chosen
        pictures = self.command == "map" or any(item.role == "chart" for item in self.items)
        return "picture" if pictures else "csv"

    def as_format(self, fmt: str) -> list[str]:
        """The same command line in another format (without --excel-safe, --chart)."""
        kept = [t for item in self.items if item.role not in NOT_FOR_ROWS for t in item.tokens]
        return [self.command, "--format", fmt, *kept]


@st.composite
def command_lines(
    draw: st.DrawFn,
    vocabulary: Vocabulary = REAL_VOCABULARY,
    commands: Sequence[str] = COMMANDS,
    fixed: tuple[Item, ...] = (),
    oddities: bool = True,
) -> Invocation:
    """A command line of one of `commands`, with `fixed` items (e.g. --data) first. `oddities`:
    also command lines around the root, jumbles of tokens, unknown and dangling options."""
    if oddities:
        # One in ten a fixed command line around the root, one in ten a jumble of tokens.
        shape = draw(st.sampled_from(["command"] * 8 + ["root", "tokens"]), label="shape")
        if shape == "root":
            argv = draw(st.sampled_from(ROOT_ARGVS))
            return Invocation("", tuple(Item("junk", (token,)) for token in argv))
        if shape == "tokens":
            # Any word may follow --sqlite here: none may name a file outside the workdir.
            free = value_of(REAL_VOCABULARY.codes).map(lambda w: inside(w) if "/" in w else w)
            jumble = st.sampled_from(ALL_TOKENS) | free
            words = draw(st.lists(jumble, max_size=6))
            return Invocation("", tuple(Item("junk", (word,)) for word in words))
    command = draw(st.sampled_from(commands), label="command")
    params = PARAMS[command]
    fixed_roles = {item.role for item in fixed}
    choices = [
        option_items(p, vocabulary)
        for p in params
        if p.kind != "argument" and p.name not in fixed_roles
    ]
    known = [st.one_of(choices)] * 9 if choices else []
    unknown = [UNKNOWN_OPTIONS] if oddities else []
    pool = known + unknown
    items = list(fixed) + (
        draw(st.lists(st.one_of(pool), max_size=5), label="options") if pool else []
    )
    for param in params:
        if param.kind != "argument":
            continue
        if param.nargs == -1:
            count = draw(st.sampled_from([2, 2, 2, 3, 4, 0, 1]), label=f"{param.name} count")
            tokens = tuple(draw(values_for(param, vocabulary)) for _ in range(count))
        elif oddities and draw(st.sampled_from([False] * 9 + [True]), label=f"no {param.name}"):
            continue
        else:
            tokens = (draw(values_for(param, vocabulary), label=param.name),)
        if tokens and draw(st.sampled_from([False] * 3 + [True]), label="after --"):
            tokens = ("--", *tokens)
        at = (
            draw(st.integers(len(fixed), len(items)), label="at")
            if tokens[:1] != ("--",)
            else len(items)
        )
        items.insert(at, Item(param.name, tokens))
    if oddities and draw(st.sampled_from([False] * 9 + [True]), label="dangling option"):
        spellings = [s for p in params if p.kind == "option" for s in p.spellings]
        if spellings:
            items.append(Item("dangling", (draw(st.sampled_from(spellings)),)))
    return Invocation(command, tuple(items))


@dataclass(frozen=True)
class Run:
    code: int
    out: bytes
    err: str


@contextlib.contextmanager
def fresh_directory(parent: Path) -> Iterator[Path]:
    """An empty directory for one run, so that no run sees what another wrote (an example
    must not pass or fail by whether out.db exists already)."""
    path = Path(tempfile.mkdtemp(dir=parent))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def plain_environment(parent: Path) -> Iterator[None]:
    before = Path.cwd()
    with mock.patch.dict(os.environ), fresh_directory(parent) as cwd:
        for name in ("ADHOCQ_DATA", "ADHOCQ_LANG", "ADHOCQ_DEBUG", "FORCE_COLOR"):
            os.environ.pop(name, None)
        # TERM=dumb: Rich writes no escape sequence of its own, even to a terminal.
        os.environ.update({"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"})
        os.chdir(cwd)
        try:
            yield
        finally:
            os.chdir(before)


class _Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def run_in_process(argv: list[str], cwd: Path, terminal: bool = False) -> Run:
    """main(argv) in a new directory in `cwd` (where --export and --sqlite write), with stdout
    and stderr as a process has them (UTF-8; stdout a pipe, or a terminal if `terminal`;
    stderr with backslashreplace). `main` raising fails the test."""
    out = _Terminal() if terminal else io.BytesIO()
    err = io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    with (
        plain_environment(cwd),
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
    ):
        code = main(argv)
    stdout.flush()
    stderr.flush()
    result = Run(code, out.getvalue(), err.getvalue().decode("utf-8"))
    stdout.detach()
    stderr.detach()
    return result


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the command lines run: whatever they write stays out of the checkout."""
    return tmp_path_factory.mktemp("cli-workdir")


RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def check_run(argv: list[str], run: Run) -> None:
    assert run.code in (0, 1, 2), f"exit {run.code} for {argv!r}: {short(run.err, 400)}"
    assert "Traceback" not in run.err, f"{argv!r}: {run.err}"
    assert "internal error" not in run.err, f"{argv!r}: {short(run.err, 400)}"
    found = RAW_CONTROL.search(run.err)
    assert found is None, f"{argv!r}: raw {found.group()!r} on stderr: {short(run.err, 400)}"


def flat(value: Any) -> str:
    """A JSON value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(flat(item) for item in value)
    return str(value)


def check_formats_agree(invocation: Invocation, cwd: Path) -> None:
    runs = {fmt: run_in_process(invocation.as_format(fmt), cwd) for fmt in MACHINE_FORMATS}
    for fmt, run in runs.items():
        assert run.code == 0, f"{invocation.as_format(fmt)!r}: exit {run.code}: {run.err}"
    header, *rows = csv.reader(io.StringIO(runs["csv"].out.decode("utf-8"), newline=""))
    assert len(set(header)) == len(header), f"repeated column in {header}"
    objects = json.loads(runs["json"].out.decode("utf-8"))
    # Not splitlines(): json.dumps(ensure_ascii=False) leaves U+2028 raw inside strings.
    lines = runs["jsonl"].out.decode("utf-8").split("\n")
    assert lines[-1] == "", "jsonl output does not end with a newline"
    assert objects == [json.loads(line) for line in lines[:-1]], "json and jsonl differ"
    for obj in objects:
        assert list(obj) == header, f"json keys {list(obj)} != csv header {header}"
    assert [[flat(obj[name]) for name in header] for obj in objects] == rows, "csv and json differ"


@props(500)
@given(invocation=command_lines())
def test_cli_exits_cleanly_and_formats_agree(workdir: Path, invocation: Invocation) -> None:
    argv = invocation.argv()
    run = run_in_process(argv, workdir)
    event(f"exit {run.code}")
    check_run(argv, run)
    if run.code == 0 and invocation.has_rows():
        event("csv, json and jsonl compared")
        check_formats_agree(invocation, workdir)


DATA_COMMANDS = tuple(
    name for name, params in PARAMS.items() if any(p.name == "data" for p in params)
)


@props(100, all_bugs=True)
@given(
    command=st.sampled_from(DATA_COMMANDS),
    path=st.one_of(
        st.sampled_from(DATA_PATHS),
        st.sampled_from(MARKUP + CONTROLS).map(lambda text: f"{text}.toml"),
        any_text,
    ),
    as_argument=st.booleans(),
)
def test_any_dataset_path_fails_cleanly(
    workdir: Path, command: str, path: str, as_argument: bool
) -> None:
    """What --data (or validate's PATH) names reaches the loader only after every option has
    parsed, so the command lines above seldom get there with a strange path."""
    given_path = [path] if command == "validate" and as_argument else ["--data", path]
    argv = [command, *given_path, *ARGUMENTS.get(command, [])]
    run = run_in_process(argv, workdir)
    check_run(argv, run)


ARGUMENTS = {"show": ["CZ"], "compare": ["CZ", "FI"], "search": ["staff"]}
OUTPUT_OPTIONS = tuple(
    (name, p.spellings[0]) for name, params in PARAMS.items() for p in params if p.metavar == "FILE"
)


@props(60, all_bugs=True)
@given(
    command_option=st.sampled_from(OUTPUT_OPTIONS),
    stem=st.one_of(
        st.sampled_from(
            ["out", "x" * 300, "missing-dir/out", "/nonexistent/out", "", ".", "a\x00b"]
        ),
        st.sampled_from(MARKUP + CONTROLS),
        any_text,
    ),
    suffix=st.sampled_from([".svg", ".html", ".db", ""]),
    force=st.booleans(),
)
def test_any_output_file_fails_cleanly(
    workdir: Path, command_option: tuple[str, str], stem: str, suffix: str, force: bool
) -> None:
    """The same for the files --export and export --sqlite write (in `workdir`, or nowhere)."""
    command, option = command_option
    extra = ["--force"] if force and command == "export" else []
    argv = [command, option, inside(stem + suffix), *extra, *ARGUMENTS.get(command, [])]
    run = run_in_process(argv, workdir)
    check_run(argv, run)


# ------------------------------------------------------------------ (b) on other valid datasets
# The real dataset changed in ways that keep it valid: new types (with ids that are also column
# names), categories, countries and responses, fewer responses, shuffled lists, texts
# with markup and control characters, ...

# Not "code", "name", "total", "offers-service" or "measures": adhocq uses those names itself
# (matrix columns, map --by), so the loader refuses them as type ids.
NEW_IDS = (
    "type",
    "category",
    "label",
    "count",
    "share-pct",
    "country",
    "x",
    "new-type",
    "a" * 60,
)
# Not GR: it is only a command-line alias of EL, and the loader refuses it as a dataset code.
NEW_CODES = ("XX", "ZZ", "DK", "CH", "UK", "AA")
TEXT_ADDITIONS = (*MARKUP, *CONTROLS, "x" * 2_000, "é", "ß", "|", ";", ",", '"', "\\")
VARIANTS = (
    "text",
    "add-type",
    "add-type",
    "add-category",
    "add-country",
    "drop-response",
    "toggle-service",
    "drop-measure",
    "shuffle",
    "drop-finding",
    "flip-membership",
    "recode",
)


def _new_text(data: st.DataObject) -> dict[str, str]:
    addition = data.draw(st.sampled_from(TEXT_ADDITIONS) | any_text, label="text")
    return {"en": f"en {addition}", "fr": f"fr {addition}"}


def change_validly(data: st.DataObject, doc: dict[str, Any], kind: str | None = None) -> None:
    kind = kind or data.draw(st.sampled_from(VARIANTS), label="change")
    responses: list[dict[str, Any]] = doc["responses"]
    type_ids = [t["id"] for t in doc["types"]]
    codes = [c["code"] for c in doc["countries"]]
    if kind == "text":
        leaves = [loc for loc, v in walk(doc) if isinstance(v, str) and loc[-1] in ("en", "fr")]
        leaf = draw_location(data, leaves, label="text at")
        set_at(doc, leaf, get_at(doc, leaf) + _new_text(data)[str(leaf[-1])])
    elif kind == "add-type":
        new = data.draw(st.sampled_from([i for i in NEW_IDS if i not in type_ids]), label="id")
        category = data.draw(st.sampled_from([c["id"] for c in doc["categories"]]))
        doc["types"].append({"id": new, "category": category, "label": _new_text(data)})
        for response in data.draw(st.lists(st.sampled_from(responses), unique_by=id), label="by"):
            response.setdefault("measures", []).append(
                {"type": new, "description": _new_text(data), "source": "staff"}
            )
    elif kind == "add-category":
        taken = [c["id"] for c in doc["categories"]]
        new = data.draw(st.sampled_from([i for i in NEW_IDS if i not in taken]), label="id")
        doc["categories"].append({"id": new, "label": _new_text(data)})
    elif kind == "add-country":
        new = data.draw(st.sampled_from([c for c in NEW_CODES if c not in codes]), label="code")
        membership = data.draw(st.sampled_from(["member", "observer"]))
        doc["countries"].append({"code": new, "membership": membership, "name": _new_text(data)})
        if data.draw(st.booleans(), label="answered"):
            measures = [
                {"type": t, "description": _new_text(data), "source": "staff"}
                for t in data.draw(st.lists(st.sampled_from(type_ids), unique=True, max_size=3))
            ]
            response = {"country": new, "offers_service": data.draw(st.booleans())}
            responses.append({**response, "source": "service", "measures": measures})
    elif kind == "drop-response" and responses:
        responses.pop(data.draw(st.integers(0, len(responses) - 1), label="response"))
    elif kind == "toggle-service" and responses:
        response = data.draw(st.sampled_from(responses), label="response")
        response["offers_service"] = not response["offers_service"]
    elif kind == "drop-measure":
        having = [r for r in responses if r.get("measures")]
        if having:
            measures = data.draw(st.sampled_from(having), label="response")["measures"]
            measures.pop(data.draw(st.integers(0, len(measures) - 1), label="measure"))
    elif kind == "shuffle":
        key = data.draw(st.sampled_from(["types", "countries", "responses", "findings"]))
        doc[key] = data.draw(st.permutations(doc[key]), label=f"{key} order")
    elif kind == "drop-finding" and doc["findings"]:
        doc["findings"].pop(data.draw(st.integers(0, len(doc["findings"]) - 1), label="finding"))
    elif kind == "flip-membership":
        country = data.draw(st.sampled_from(doc["countries"]), label="country")
        country["membership"] = "observer" if country["membership"] == "member" else "member"
    elif kind == "recode":
        old = data.draw(st.sampled_from(codes), label="code")
        new = data.draw(st.sampled_from([c for c in NEW_CODES if c not in codes]), label="to")
        for country in doc["countries"]:
            if country["code"] == old:
                country["code"] = new
        for response in responses:
            if response["country"] == old:
                response["country"] = new
        if doc["query"]["requester_country"] == old:
            doc["query"]["requester_country"] = new
    doc["query"]["respondent_count"] = len(responses)


def valid_variant(data: st.DataObject, first: Sequence[str] = ()) -> dict[str, Any]:
    """The real dataset with the changes `first`, then with up to five random ones."""
    doc = copy.deepcopy(REAL)
    for kind in first:
        change_validly(data, doc, kind)
    for _ in range(data.draw(st.integers(0 if first else 1, 5), label="changes")):
        change_validly(data, doc)
    return doc


def write_variant(doc: dict[str, Any], workdir: Path) -> Path:
    """The variant in a file, which must load: each change keeps the dataset valid."""
    text = dump_toml(doc)
    path = workdir / "variant.toml"
    path.write_text(text, encoding="utf-8")
    try:
        parse(text, str(path))
    except DataError as error:
        pytest.fail(f"a valid dataset is refused: {error.lines()[:5]}")
    return path


# Outputs that promise no raw control character even in a pipe (JSON escapes them; the table and
# the pictures show them as \x1b). On a terminal, no output has one.
ESCAPING_FORMATS = ("table", "json", "jsonl", "picture")


@props(200, shrink=False)
@given(data=st.data(), terminal=st.booleans())
def test_cli_on_other_valid_datasets(workdir: Path, data: st.DataObject, terminal: bool) -> None:
    doc = valid_variant(data)
    path = write_variant(doc, workdir)
    invocation = data.draw(
        command_lines(
            Vocabulary.of(doc, (str(path),)),
            ROW_COMMANDS,
            fixed=(Item("data", ("--data", str(path))),),
            oddities=False,
        ),
        label="command line",
    )
    argv = invocation.argv()
    run = run_in_process(argv, workdir, terminal)
    event(f"exit {run.code}")
    check_run(argv, run)
    if run.code == 0 and (terminal or invocation.output() in ESCAPING_FORMATS):
        # csv ends its records with CRLF.
        found = RAW_CONTROL.search(run.out.decode("utf-8").replace("\r\n", "\n"))
        where = "on a terminal" if terminal else "in a pipe"
        assert found is None, f"{argv!r}: raw {found.group()!r} in the output {where}"
    if run.code == 0 and invocation.has_rows():
        event("csv, json and jsonl compared")
        check_formats_agree(invocation, workdir)


def new_first(values: Sequence[str], real: Sequence[str]) -> list[str]:
    """`values`, those not in the real dataset five times over (what changed is most at risk)."""
    return [v for v in values if v not in real] * 5 + list(values)


def _json_rows(argv: list[str], workdir: Path) -> list[dict[str, Any]]:
    run = run_in_process([*argv, "--format", "json"], workdir)
    assert run.code == 0, f"{argv!r}: exit {run.code}: {run.err}"
    rows: list[dict[str, Any]] = json.loads(run.out.decode("utf-8"))
    return rows


@props(80, shrink=False)
@given(data=st.data(), case=st.sampled_from(CASES))
def test_every_id_of_a_dataset_can_be_asked_for(
    workdir: Path, data: st.DataObject, case: Callable[[str], str]
) -> None:
    doc = valid_variant(data, first=("add-type", "recode"))
    path = write_variant(doc, workdir)
    data_option = ["--data", str(path)]
    having: dict[str, set[str]] = {}
    for response in doc["responses"]:
        for measure in response.get("measures", []):
            having.setdefault(measure["type"], set()).add(response["country"])
    if doc["responses"]:
        codes = [r["country"] for r in doc["responses"]]
        code = data.draw(st.sampled_from(new_first(codes, REAL_VOCABULARY.codes)), label="code")
        shown = _json_rows(["show", case(code), *data_option], workdir)
        assert {"field": "code", "value": code} in shown, f"show {case(code)!r}: {shown[:2]}"
    type_ids = [t["id"] for t in doc["types"]]
    kind = data.draw(st.sampled_from(new_first(type_ids, REAL_VOCABULARY.types)), label="type")
    rows = _json_rows(["measures", "--type", case(kind), *data_option], workdir)
    assert {row["country"] for row in rows} == having.get(kind, set())
    assert {row["type"] for row in rows} <= {kind}
    mapped = _json_rows(["map", "--by", case(kind), *data_option], workdir)
    reporting = {row["code"] for row in mapped if row["value"] is True}
    assert reporting == having.get(kind, set()), f"map --by {case(kind)!r}"
    category = data.draw(st.sampled_from([c["id"] for c in doc["categories"]]), label="category")
    _json_rows(["matrix", "--category", case(category), *data_option], workdir)
    # A type id is a column name of the matrix: one the matrix has already too?
    check_formats_agree(Invocation("matrix", (Item("data", tuple(data_option)),)), workdir)


# ------------------------------------------------------------------ (c) the console script


def _can_be_an_argument(token: str) -> bool:
    if "\x00" in token:
        return False
    try:
        os.fsencode(token)
    except UnicodeEncodeError:
        return False
    return True


@props(10)
@given(invocation=command_lines())
def test_console_script_exits_cleanly(workdir: Path, invocation: Invocation) -> None:
    argv = invocation.argv()
    assume(all(_can_be_an_argument(token) for token in argv))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADHOCQ_")}
    env.update({"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"})
    with fresh_directory(workdir) as cwd:
        done = subprocess.run(
            [str(SCRIPT), *argv],
            capture_output=True,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    err = done.stderr.decode("utf-8", errors="backslashreplace")
    assert done.returncode in (0, 1, 2), f"exit {done.returncode} for {argv!r}: {err}"
    assert "Traceback" not in err, f"{argv!r}: {err}"
    in_process = run_in_process(argv, workdir)
    assert done.returncode == in_process.code, f"{argv!r}: {err!r} != {in_process.err!r}"
