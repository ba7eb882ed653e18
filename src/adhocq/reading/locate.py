"""Find the line of a value in TOML text by its path (`responses[4].measures[1].type`).

tomllib keeps no positions, so this reads the text's headers and keys once, only when there is a
problem to report. It understands what datasets use: tables, arrays of tables, dotted keys and
one-line inline tables; for anything else it falls back to the nearest enclosing path it knows.
"""

from __future__ import annotations

import re

# No two neighbouring parts of a pattern can match the same characters (`_segments` strips the
# spaces instead), so a long line inside a multi-line string is read in linear time.
_HEADER = re.compile(r"^\[(\[)?([^\[\]]+)\]\]?\s*(#.*)?$")
_KEY = re.compile(r'^("[^"]*"[ \t]*|[A-Za-z0-9_.\-" \t]+)=')
_INLINE_KEY = re.compile(r"[{,]\s*([A-Za-z0-9_\-]+)\s*=")


def _segments(dotted: str) -> list[str]:
    return [part.strip().strip('"') for part in dotted.split(".")]


class LineIndex:
    def __init__(self, text: str) -> None:
        self.lines: dict[str, int] = {}
        array_counts: dict[str, int] = {}
        current = ""
        # TOML ends lines at \n only; str.splitlines() would also split at U+2028 and friends.
        for number, raw in enumerate(text.split("\n"), start=1):
            line = raw.strip()
            header = _HEADER.match(line)
            if header:
                is_array = header.group(1) is not None
                path = ""
                parts = _segments(header.group(2))
                for position, part in enumerate(parts):
                    path = f"{path}.{part}" if path else part
                    last = position == len(parts) - 1
                    if last and is_array:
                        array_counts[path] = array_counts.get(path, 0) + 1
                    if path in array_counts:
                        path = f"{path}[{array_counts[path] - 1}]"
                current = path
                self.lines.setdefault(current, number)
                continue
            key = _KEY.match(line)
            if key:
                name = ".".join(_segments(key.group(1)))
                full = f"{current}.{name}" if current else name
                self.lines.setdefault(full, number)
                for inner in _INLINE_KEY.finditer(line[key.end() :]):
                    self.lines.setdefault(f"{full}.{inner.group(1)}", number)

    def find(self, path: str) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return None
