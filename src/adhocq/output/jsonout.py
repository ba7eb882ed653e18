"""JSON (an array of objects) and JSON Lines (one object a line), keyed by column name; or, for a
result with a document (a profile, the query), that one object.

Written here rather than with the json module: a cell is only a string, number, boolean, null or
list of strings, and importing json (its decoder and scanner included) costs about 1 ms, a fifth
of what adhocq may add to Typer's start-up (issue "Speed"). The text is what
`json.dumps(..., ensure_ascii=False)` writes (with `indent=2` for JSON), which the tests check,
except that DEL and C1 controls are escaped too, so that no control character reaches a terminal
raw, and a float that is not finite is `null`, not the invalid `NaN`.
"""

import math

from adhocq.output.result import Result

_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
_ESCAPES.update({ord(c): "\\" + e for c, e in zip('"\\\n\r\t\b\f', '"\\nrtbf', strict=True)})


def _string(text: str) -> str:
    return f'"{text.translate(_ESCAPES)}"'


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, int):
        return repr(value)
    raise TypeError(f"not a scalar cell: {type(value).__name__}")


def _dump(value: object, level: int | None) -> str:
    """`value` as JSON: on one line if `level` is None, else indented by two spaces a level."""
    if isinstance(value, dict):
        inner = None if level is None else level + 1
        items = [f"{_string(key)}: {_dump(item, inner)}" for key, item in value.items()]
        opening, closing = "{", "}"
    elif isinstance(value, (list, tuple)):
        inner = None if level is None else level + 1
        items = [_dump(item, inner) for item in value]
        opening, closing = "[", "]"
    else:
        return _scalar(value)
    if not items:
        return opening + closing
    if level is None:
        return opening + ", ".join(items) + closing
    pad = "  " * (level + 1)
    return f"{opening}\n{pad}" + f",\n{pad}".join(items) + f"\n{'  ' * level}{closing}"


def _records(result: Result) -> object:
    """The document, if the result has one; otherwise one object per row."""
    if result.document is not None:
        return result.document
    names = result.names
    return [dict(zip(names, row, strict=True)) for row in result.rows]


def render_json(result: Result) -> str:
    return _dump(_records(result), 0) + "\n"


def render_jsonl(result: Result) -> str:
    if result.document is not None:
        return _dump(result.document, None) + "\n"
    names = result.names
    return "".join(_dump(dict(zip(names, row, strict=True)), None) + "\n" for row in result.rows)
