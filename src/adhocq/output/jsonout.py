"""JSON (an array of objects) and JSON Lines (one object a line), keyed by column name.

Written here rather than with the json module: a cell is only a string, number, boolean, null or
list of strings, and importing json (its decoder and scanner included) costs about 1 ms, a fifth
of what adhocq may add to Typer's start-up (issue "Speed"). The text is what
`json.dumps(..., ensure_ascii=False)` writes (with `indent=2` for JSON), which the tests check,
except that DEL and C1 controls are escaped too, so that no control character reaches a terminal
raw, and a float that is not finite is `null`, not the invalid `NaN`.
"""

import math

from adhocq.result import Cell, Result

_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
_ESCAPES.update({ord(c): "\\" + e for c, e in zip('"\\\n\r\t\b\f', '"\\nrtbf', strict=True)})


def _string(text: str) -> str:
    return f'"{text.translate(_ESCAPES)}"'


def _scalar(value: Cell) -> str:
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


def _object(names: list[str], row: tuple[Cell, ...], indent: str | None) -> str:
    pairs = []
    for name, value in zip(names, row, strict=True):
        if isinstance(value, tuple):
            items = [_string(item) for item in value]
            if not items:
                shown = "[]"
            elif indent is None:
                shown = f"[{', '.join(items)}]"
            else:
                inner = indent + "  "
                shown = f"[\n{inner}" + f",\n{inner}".join(items) + f"\n{indent}]"
        else:
            shown = _scalar(value)
        pairs.append(f"{_string(name)}: {shown}")
    if indent is None:
        return "{" + ", ".join(pairs) + "}"
    if not pairs:
        return "{}"
    return "{\n" + indent + f",\n{indent}".join(pairs) + f"\n{indent[:-2]}}}"


def render_json(result: Result) -> str:
    if not result.rows:
        return "[]\n"
    names = result.names
    objects = [_object(names, row, "    ") for row in result.rows]
    return "[\n  " + ",\n  ".join(objects) + "\n]\n"


def render_jsonl(result: Result) -> str:
    names = result.names
    return "".join(_object(names, row, None) + "\n" for row in result.rows)
