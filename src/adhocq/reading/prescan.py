"""A scan of TOML text before it is parsed, for structure bombs: small files that would cost the
parser seconds and gigabytes (a key of 20,000 dotted parts) or crash it (600 nested arrays; it
recurses once per bracket).

It is a scan, not a parser. It skips strings and comments whole, counts the nesting of `[` and
`{`, and counts the dots of each stretch of text between `=`, `,`, brackets and line ends: a
dotted key's parts (a value outside a string has at most one dot, as in 1.5). It stops at
anything it cannot read, such as an unterminated string, which is where the parser stops too.
It does not check that the text is TOML: a malformed file may be refused for its structure
where the parser would have said something else (33 `[` never closed, a value `1.2.3...`).
"""

from __future__ import annotations

import re

# Far beyond any dataset (3 levels of nesting, keys of 2 parts), far below the parser's trouble.
MAX_NESTING = 32
MAX_KEY_PARTS = 32

_SIGNIFICANT = re.compile(r"""["'#\[\]{}.=,\n]""")
_STRINGS = {
    '"""': re.compile(r'"""(?:[^\\]|\\.)*?"""(?:""|")?', re.DOTALL),  # may end in 5 quotes
    "'''": re.compile(r"'''.*?'''(?:''|')?", re.DOTALL),
    '"': re.compile(r'"(?:[^"\\\n]|\\.)*"'),
    "'": re.compile(r"'[^'\n]*'"),
}


def structure_problem(text: str) -> tuple[int, str] | None:
    """(line, message) where `text` nests or dots deeper than the limits, if it does."""
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
