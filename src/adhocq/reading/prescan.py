"""A scan of TOML text before it is parsed, for structure bombs: small files that would cost the
parser seconds and gigabytes (a key of 20,000 dotted parts) or crash it (600 nested arrays; it
recurses once per bracket).

It is a scan, not a parser. It skips strings and comments whole, counts the nesting of `[` and
`{`, and counts the dots of each stretch of text between `=`, `,`, brackets and line ends: a
dotted key's parts (a value outside a string has at most one dot, as in 1.5). It stops at
anything it cannot read, such as an unterminated string, which is where the parser stops too.
It does not check that the text is TOML: a malformed file may be refused for its structure
where the parser would have said something else (33 `[` never closed, a value `1.2.3...`).

It runs on every file parsed, so the work per character is done in C, by the regex engine and
bytes methods: they cut strings and comments out and keep only the marks the scan counts
(brackets, dots and what ends a stretch); Python walks the brackets alone.
"""

from __future__ import annotations

import itertools
import re

# Far beyond any dataset (3 levels of nesting, keys of 2 parts), far below the parser's trouble.
MAX_NESTING = 32
MAX_KEY_PARTS = 32

# A string in any of its four forms, or a comment, in a group so that split() keeps them. A
# quote that opens no string the parser could read takes the rest of the text: the scan stops
# there. Each branch starts with a plain character, which lets the engine jump between them.
_SKIPPED = re.compile(
    "("
    + "|".join(
        [
            r'"(?!"")[^"\\\n]*(?:\\.[^"\\\n]*)*"',
            r"'(?!'')[^'\n]*'",
            r'"""(?:[^\\]|\\(?s:.))*?"""(?:""|")?',  # may end in 5 quotes
            r"'''(?s:.*?)'''(?:''|')?",
            r"#[^\n]*",
            r'"(?s:.*)',
            r"'(?s:.*)",
        ]
    )
    + ")"
)
_BRACKET = re.compile(r"[\[\]{}]")
_MARK = re.compile(r"[\[\]{}=,\n.]")  # a bracket, what else ends a stretch, or a dot
_ALL_BUT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))
_ALL_BUT_MARKS = bytes(sorted(set(range(256)) - set(b"[]{}=,\n.")))


def structure_problem(text: str) -> tuple[int, str] | None:
    """(line, message) where `text` nests or dots deeper than the limits, if it does."""
    outside = _SKIPPED.sub("", text)
    # bytes.translate drops what is not counted, in C: a character that is not ASCII has no
    # ASCII byte in UTF-8 (nor has a lone surrogate, written as if it were a character).
    encoded = outside.encode("utf-8", "surrogatepass")
    problems = []
    deep = _too_deep(encoded.translate(None, _ALL_BUT_BRACKETS))
    if deep is not None:
        message = f"arrays and tables nested more than {MAX_NESTING} deep"
        problems.append((_nth(_BRACKET, outside, deep), message))
    dots = encoded.translate(None, _ALL_BUT_MARKS).find(b"." * MAX_KEY_PARTS)
    if dots >= 0:  # so many dots with nothing between them that ends a stretch
        message = f"a dotted key of more than {MAX_KEY_PARTS} parts"
        problems.append((_nth(_MARK, outside, dots + MAX_KEY_PARTS - 1), message))
    if not problems:
        return None
    offset, message = min(problems)
    position = _in_text(_SKIPPED.split(text), offset)
    return text.count("\n", 0, position) + 1, f"{message} (refused before parsing)"


def _too_deep(brackets: bytes) -> int | None:
    """The index of the first `[` or `{` that nests deeper than the limit, if one does."""
    depth = 0
    for index, bracket in enumerate(brackets):
        if bracket in b"[{":
            depth += 1
            if depth > MAX_NESTING:
                return index
        elif depth:
            depth -= 1
    return None


def _nth(pattern: re.Pattern[str], text: str, index: int) -> int:
    """Where the match of `pattern` numbered `index` (from 0) starts in `text`."""
    return next(itertools.islice(pattern.finditer(text), index, None)).start()


def _in_text(pieces: list[str], offset: int) -> int:
    """Where `offset` in the text outside strings and comments falls in the text, given the
    text split into pieces outside them and pieces in them, in turn."""
    start = 0  # of the current piece outside, in the text
    # The last piece outside, with no piece after it, holds the offset if no other does.
    for kept, skipped in zip(pieces[::2], pieces[1::2], strict=False):
        if offset < len(kept):
            break
        offset -= len(kept)
        start += len(kept) + len(skipped)
    return start + offset
