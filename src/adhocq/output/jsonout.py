"""JSON (an array of objects) and JSON Lines (one object a line), keyed by column name."""

import json
import re
from typing import Any

from adhocq.result import Result

# json escapes C0 controls itself; DEL and C1 controls are escaped here too so that no control
# character reaches a terminal raw. Outside strings JSON text has none, so this is safe.
_UNESCAPED_CONTROLS = re.compile("[\x7f-\x9f]")


def _escape_controls(text: str) -> str:
    return _UNESCAPED_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _objects(result: Result) -> list[dict[str, Any]]:
    names = result.names
    return [
        {
            name: list(value) if isinstance(value, tuple) else value
            for name, value in zip(names, row, strict=True)
        }
        for row in result.rows
    ]


def render_json(result: Result) -> str:
    return _escape_controls(json.dumps(_objects(result), ensure_ascii=False, indent=2)) + "\n"


def render_jsonl(result: Result) -> str:
    lines = [json.dumps(obj, ensure_ascii=False) for obj in _objects(result)]
    return "".join(_escape_controls(line) + "\n" for line in lines)
