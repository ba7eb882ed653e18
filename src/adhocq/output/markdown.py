"""A GitHub-flavoured Markdown pipe table for people: the title above, yes/no and marks as the
table shows them, totals as a last bold row, and the caption below."""

from adhocq.messages import shown, tr
from adhocq.output.result import Cell, Column, Result, language_mark, language_notes, text_cell

_ESCAPES = str.maketrans({"|": "\\|", "\n": "<br>", "\r": ""})


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)


def _cell(value: Cell, column: Column, lang: str) -> str:
    if isinstance(value, bool):
        if column.mark:
            return "●" if value else "·"
        return tr(lang, "yes") if value else tr(lang, "no")
    said = text_cell(shown(lang, value) if isinstance(value, str) else value, "; ")
    return _escape(said + language_mark(value))


def render(result: Result) -> str:
    headers = [_escape(column.header) for column in result.columns]
    lines = [
        f"**{_escape(result.title)}**",
        "",
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    for row in result.rows:
        pairs = zip(row, result.columns, strict=True)
        cells = [_cell(value, column, result.lang) for value, column in pairs]
        lines.append("| " + " | ".join(cells) + " |")
    if result.footer is not None:
        totals = [_escape(text_cell(value)) for value in result.footer]
        lines.append("| " + " | ".join(f"**{t}**" if t else "" for t in totals) + " |")
    for line in [*result.caption.splitlines(), *language_notes(result)]:
        lines += ["", f"_{_escape(line)}_"]
    return "\n".join(lines) + "\n"
