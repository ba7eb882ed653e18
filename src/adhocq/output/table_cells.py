"""What a value looks like in the terminal table (`table.py` lays the grid out): as the text of
a cell, a mark of a grid of yes/no columns, or, for a terminal too narrow for any grid, in a
`Header: value` line of its row. Data is never read as markup, and control characters are made
visible before Rich sees them."""

from rich.text import Text

from adhocq.messages import shown, tr
from adhocq.output.result import Cell, Column, Result, language_mark, make_visible

Marks = tuple[str, str]
"""How a grid shows yes and no."""
MARKS: Marks = ("●", "·")
ASCII_MARKS: Marks = ("*", ".")
"""For a terminal that shows ASCII only (TERM=dumb, an encoding other than UTF-8)."""


def cell_text(value: Cell, highlight: str | None = None, lang: str = "en") -> Text:
    if value is None:
        return Text("")
    if isinstance(value, bool):
        return Text(tr(lang, "yes") if value else tr(lang, "no"), style="green" if value else "red")
    if isinstance(value, tuple):
        return Text(", ".join(make_visible(item) for item in value))
    if isinstance(value, (int, float)):
        return Text(str(value))
    text = Text(make_visible(shown(lang, value)))
    text.append(language_mark(value), style="dim italic")
    if highlight:
        from adhocq.fold import spans

        for start, end in spans(text.plain, highlight):
            text.stylize("bold reverse", start, end)
    return text


def grid_cell(value: Cell, column: Column, result: Result, marks: Marks) -> Text:
    if column.mark and isinstance(value, bool):
        return Text(marks[0], style="green") if value else Text(marks[1], style="dim")
    if column.mark and isinstance(value, (str, tuple)) and value:
        said = value if isinstance(value, str) else ", ".join(value)
        short = next((s for word, s, _ in result.abbreviations if word == said), None)
        if short is not None:
            return Text(short)
    return cell_text(value, result.highlight, result.lang)


def is_number(value: Cell) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def records(result: Result, marks: Marks = MARKS) -> list[Text]:
    """One "Header: value" line per cell, a blank line between rows; a row's marks on one line
    that names the columns marked: for terminals too narrow for any grid, so that nothing is cut
    or folded mid-word."""
    lines: list[Text] = []
    rows = list(result.rows) + ([result.footer] if result.footer is not None else [])
    label = tr(result.lang, "{header}: ")  # French puts a space before the colon
    for row in rows:
        marked: list[str] | None = None
        words: dict[str, list[str]] = {}  # the mark columns that hold each word
        for column, value in zip(result.columns, row, strict=True):
            if column.mark:
                marked = marked if marked is not None else []
                if value is True:
                    marked.append(make_visible(column.header))
                elif isinstance(value, (str, tuple)) and value:
                    said = value if isinstance(value, str) else ", ".join(value)
                    marked.append(make_visible(column.header))
                    words.setdefault(said, []).append(make_visible(column.header))
                continue
            if marked is not None:
                lines.append(_marks_line(marked, words, marks))
                marked, words = None, {}
            line = Text(label.format(header=make_visible(column.header)), style="bold")
            line.append_text(cell_text(value, result.highlight, result.lang))
            lines.append(line)
        if marked is not None:
            lines.append(_marks_line(marked, words, marks))
        lines.append(Text(""))
    return lines


def _marks_line(marked: list[str], words: dict[str, list[str]], marks: Marks) -> Text:
    """The columns marked, or, where marks are words, the columns that hold each word."""
    if not marked:
        return Text(f"{marks[1]} -", style="dim")
    if words:
        return Text("\n".join(f"{word}: {', '.join(where)}" for word, where in words.items()))
    return Text(f"{marks[0]} " + ", ".join(marked))
