"""A GitHub-flavoured Markdown pipe table with the title above and the caption below."""

from adhocq.result import Result, text_cell

_ESCAPES = str.maketrans({"|": "\\|", "\n": "<br>", "\r": ""})


def _cell(text: str) -> str:
    return text.translate(_ESCAPES)


def render(result: Result) -> str:
    headers = [_cell(column.header) for column in result.columns]
    lines = [
        f"**{_cell(result.title)}**",
        "",
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    for row in result.rows:
        lines.append("| " + " | ".join(_cell(text_cell(value, "; ")) for value in row) + " |")
    if result.caption:
        lines += ["", f"_{_cell(result.caption)}_"]
    return "\n".join(lines) + "\n"
