"""One renderer per format. Machine renderers turn a Result into text; only `table` uses Rich."""

import importlib
from enum import Enum

from adhocq.output.result import Result


class Format(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


# Module and function per machine format, imported only when that format is asked for.
TEXT_RENDERERS: dict[Format, tuple[str, str]] = {
    Format.csv: ("adhocq.output.delimited", "render_csv"),
    Format.tsv: ("adhocq.output.delimited", "render_tsv"),
    Format.json: ("adhocq.output.jsonout", "render_json"),
    Format.jsonl: ("adhocq.output.jsonout", "render_jsonl"),
    Format.markdown: ("adhocq.output.markdown", "render"),
}


def render_text(result: Result, fmt: Format) -> str:
    module_name, function_name = TEXT_RENDERERS[fmt]
    renderer = getattr(importlib.import_module(module_name), function_name)
    text: str = renderer(result)
    return text
