"""The loader's contract, and values and strategies to mutate the real dataset with."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import sys
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from adhocq.errors import DataError
from adhocq.model import Dataset
from adhocq.record import Record

from .real_dataset import REAL
from .toml_writer import (
    Loc,
    dataset_as_document,
    first_difference,
    get_at,
    set_at,
    walk,
    with_optional_keys,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib


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
    line_count = text.count("\n") + 1
    for notice in ds.warnings:  # a warning is located as a problem is
        assert notice.path and notice.message.strip(), notice
        assert notice.line is not None and 1 <= notice.line <= line_count, notice
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
    "offers_service",
    "service",
    "measures",
    "LI",
    "EU",
    "excerpt",
    "complete",
    "Offers_Service",
    "offers__service",
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
_ID_KEYS = {
    *("id", "code", "country", "type", "category", "source", "kind", "membership", "lang"),
    *("column", "coverage", "printed"),
}
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
    st.sampled_from(("ttle", "Country", "answer", "measure", "en ", "EN", "", "nl", "french")),
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


# ------------------------------------------------------------------ damaged cache entries


def check_well_typed(value: Any) -> None:
    """Every field of every record in `value` holds exactly its annotated type (a tuple field,
    a tuple of exactly its item type; a `T | None` field, a T or None): what a Dataset from a
    cache entry must be, however damaged the entry."""
    if not isinstance(value, Record):
        return
    hints = typing.get_type_hints(type(value))
    for field in dataclasses.fields(typing.cast(Any, value)):
        item = getattr(value, field.name)
        expected = hints[field.name]
        if typing.get_origin(expected) is tuple:
            assert type(item) is tuple, (type(value).__name__, field.name, item)
            for element in item:
                assert type(element) is typing.get_args(expected)[0], (field.name, element)
                check_well_typed(element)
        elif isinstance(expected, types.UnionType):  # T | None
            assert type(item) in typing.get_args(expected), (field.name, item)
            check_well_typed(item)
        else:
            assert type(item) is expected, (type(value).__name__, field.name, item)
            check_well_typed(item)


ENTRY_EDITS = ("flip", "overwrite", "insert", "delete", "truncate")


def damage(data: st.DataObject, content: bytes) -> bytes:
    """`content` with one drawn edit: a byte flipped, a run overwritten, inserted or deleted,
    or the end cut off."""
    if not content:
        return data.draw(st.binary(max_size=8), label="bytes")
    kind = data.draw(st.sampled_from(ENTRY_EDITS), label="edit")
    offset = data.draw(st.integers(0, len(content) - 1), label="offset")
    if kind == "flip":
        mask = data.draw(st.integers(1, 255), label="mask")
        return content[:offset] + bytes([content[offset] ^ mask]) + content[offset + 1 :]
    if kind == "truncate":
        return content[:offset]
    run = data.draw(st.binary(min_size=1, max_size=8), label="bytes")
    if kind == "overwrite":
        return content[:offset] + run + content[offset + len(run) :]
    if kind == "insert":
        return content[:offset] + run + content[offset:]
    return content[:offset] + content[offset + len(run) :]
