"""Property-based test of the scan for structure bombs (reading/prescan.py).

On TOML-ish text made of strings in their four forms (closed or not, holding anything), comments,
brackets, dots, what ends a stretch and runs of them near the limits, the scan gives exactly what
a plain reading of its contract gives: the same verdict, line and message. The reference is the
scan as first written, one significant character at a time in Python (3 ms for a 17 KB file).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from adhocq.reading.prescan import MAX_KEY_PARTS, MAX_NESTING, structure_problem

from .props import props

_SIGNIFICANT = re.compile(r"""["'#\[\]{}.=,\n]""")
_STRINGS = {
    '"""': re.compile(r'"""(?:[^\\]|\\.)*?"""(?:""|")?', re.DOTALL),  # may end in 5 quotes
    "'''": re.compile(r"'''.*?'''(?:''|')?", re.DOTALL),
    '"': re.compile(r'"(?:[^"\\\n]|\\.)*"'),
    "'": re.compile(r"'[^'\n]*'"),
}


def reference_problem(text: str) -> tuple[int, str] | None:
    """What structure_problem should say about `text`."""
    depth = dots = 0
    position = 0
    while (found := _SIGNIFICANT.search(text, position)) is not None:
        char, start, position = found.group(), found.start(), found.end()
        if char in "\"'":
            opener = char * 3 if text.startswith(char * 3, start) else char
            string = _STRINGS[opener].match(text, start)
            if string is None:
                return None
            position = string.end()
        elif char == "#":
            position = text.find("\n", position)
            if position < 0:
                return None
        elif char in "[{":
            depth, dots = depth + 1, 0
            if depth > MAX_NESTING:
                message = f"arrays and tables nested more than {MAX_NESTING} deep"
                return _line(text, start), f"{message} (refused before parsing)"
        elif char in "]}":
            depth, dots = max(depth - 1, 0), 0
        elif char == ".":
            dots += 1
            if dots >= MAX_KEY_PARTS:
                message = f"a dotted key of more than {MAX_KEY_PARTS} parts"
                return _line(text, start), f"{message} (refused before parsing)"
        else:
            dots = 0
    return None


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


_CHARACTERS = st.sampled_from(
    ["[", "]", "{", "}", ".", "=", ",", "\n", "\r\n", " ", "a", "é", "€", "\ud800", "#", "\\"]
)
_QUOTES = st.sampled_from(['"', "'", '"""', "'''", '""', "''", '\\"', "\\'", "\\\n"])
_RUNS = st.sampled_from(
    [
        "." * (MAX_KEY_PARTS - 1),
        "." * MAX_KEY_PARTS,
        "a." * (MAX_KEY_PARTS // 2),
        '"a".' * (MAX_KEY_PARTS // 2),
        "[" * MAX_NESTING,
        "[" * (MAX_NESTING + 1),
        "{ a = " * (MAX_NESTING // 2),
        "]" * (MAX_NESTING // 4),
        "}" * (MAX_NESTING // 4),
        "a = 1\n" * 3,
        '"""\n\n"""',
    ]
)
# What a string or a comment holds: plain text, with brackets, dots and the other quote; or
# anything, with quotes, escapes and line ends that close it early, keep it open or leave it
# unreadable.
_PLAIN_PIECE = _CHARACTERS.filter(lambda c: c not in ("\\", "\n", "\r\n"))
_PLAIN = st.lists(st.one_of(_PLAIN_PIECE, _RUNS), max_size=6).map("".join)
_ANY_PIECE = st.one_of(_CHARACTERS, _QUOTES, _RUNS, st.text(max_size=3))
_ANYTHING = st.lists(_ANY_PIECE, max_size=6).map("".join)


@st.composite
def _string(draw: st.DrawFn, content: st.SearchStrategy[str], closed: bool) -> str:
    quote = draw(st.sampled_from(['"', "'", '"""', "'''"]))
    escaped = '\\"' if quote[0] == '"' else ""  # a literal string cannot hold its quote
    text = draw(content).replace(quote[0], escaped)
    if len(quote) == 3:  # up to two quotes of the text may come just before the closing ones
        quote_end = draw(st.sampled_from(["", quote[0], quote[0] * 2])) + quote
    else:
        quote_end = quote
        if closed:
            text = text.replace("\n", "")
    if not closed:
        quote_end = draw(st.sampled_from([quote_end, quote_end[:-1], ""]))
    return quote + text + quote_end


@st.composite
def _comment(draw: st.DrawFn, content: st.SearchStrategy[str], closed: bool) -> str:
    end = "\n" if closed else draw(st.sampled_from(["\n", ""]))
    return "#" + draw(content).replace("\n", "") + end


def _text(*pieces: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(_CHARACTERS, _RUNS, *pieces), max_size=40).map("".join)


# Text whose strings and comments all end where they should, and text with anything anywhere.
toml_ish = st.one_of(
    _text(_string(_PLAIN, closed=True), _comment(_PLAIN, closed=True)),
    _text(
        _string(_ANYTHING, closed=False),
        _comment(_ANYTHING, closed=False),
        _QUOTES,
        st.text(max_size=4),
    ),
)


@props(500)
@given(text=toml_ish)
@example(text="[" * MAX_NESTING + '"""\n"""' + "[")  # right after a string of two lines
@example(text='"""a""""' + "[" * (MAX_NESTING + 1))  # a string that ends in 4 quotes
@example(text="a" + ".a" * (MAX_KEY_PARTS - 1) + "'''\n'''" + ".a")
@example(text='"\\\n"' + "[" * (MAX_NESTING + 1))  # no escaped line end in a "string"
@example(text="\ud800" * 3 + "[" * (MAX_NESTING + 1))  # a lone surrogate, as Python allows
def test_the_scan_says_what_a_plain_reading_of_its_contract_says(text: str) -> None:
    assert structure_problem(text) == reference_problem(text)
