"""A Result as a self-contained HTML document: a real table that a browser shows and lets one
copy (title, caption, header, one row per record, totals as a footer), the source as a link, and
nothing fetched from elsewhere when it is opened."""

from html import escape

from adhocq.messages import shown, tr
from adhocq.output.result import (
    Cell,
    Result,
    language_mark,
    language_notes,
    text_cell,
    unbreakable,
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 1.1em;
          padding-bottom: 0.5em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
thead th, tfoot td { background: #eee; }
td.number { text-align: right; }
td.mark { text-align: center; }
.word { white-space: nowrap; }
figure { margin: 0 0 1.5em 0; }
p.source { color: #555; }
"""


def _cell(value: Cell, mark: bool, lang: str = "en", href: str | None = None) -> str:
    """A cell; a text that is a web address, or that `href` gives one, is a link."""
    if isinstance(value, bool):
        said = ("●" if value else "·") if mark else (tr(lang, "yes") if value else tr(lang, "no"))
        return f'<td class="mark">{said}</td>'
    if isinstance(value, (int, float)):
        return f'<td class="number">{value}</td>'
    if isinstance(value, tuple):
        return "<td>" + "; ".join(_item(item) for item in value) + "</td>"
    text = text_cell(shown(lang, value) if isinstance(value, str) else value)
    html = _address(text) if _is_web_address(text) else escape(text)
    if text and _is_web_address(href or text):
        html = f'<a href="{escape(href or text)}">{html}</a>'
    html += escape(language_mark(value))
    if _kept_whole(text):
        return f'<td class="word">{html}</td>'
    return f"<td>{html}</td>"


def _kept_whole(text: str) -> bool:
    """Whether `text` is a value a browser would break at a hyphen but must not: one word with
    a hyphen in it, not a web address (an id, a date)."""
    return "-" in text and not any(char.isspace() for char in text) and unbreakable(text)


def _address(text: str) -> str:
    """A web address that may break after a slash of its path, where a reader expects it, and
    nowhere else: not at the hyphens of its host or of its words."""
    scheme, _, rest = text.partition("://")
    host, slash, path = rest.partition("/")
    shown = _piece(f"{scheme}://{host}")
    if slash:
        shown += "/<wbr>" + "/<wbr>".join(_piece(part) for part in path.split("/"))
    return shown


def _piece(text: str) -> str:
    return f'<span class="word">{escape(text)}</span>' if "-" in text else escape(text)


def _item(text: str) -> str:
    """An item of a list, kept whole where it must be: the list breaks between items."""
    return f'<span class="word">{escape(text)}</span>' if _kept_whole(text) else escape(text)


def _header(text: str) -> str:
    word = ' class="word"' if _kept_whole(text) else ""
    return f'<th scope="col"{word}>{escape(text)}</th>'


def _is_web_address(text: str) -> bool:
    """Only a web page is linked: an address of another scheme (`javascript:`) in a dataset
    stays text."""
    return text.lower().startswith(("https://", "http://"))


def render(result: Result, figure: str = "") -> str:
    """The document; `figure` is markup to show above the table (a picture of the same data,
    already escaped: the SVG the terminal picture makes)."""
    marks = [column.mark for column in result.columns]
    addresses = result.links or {}
    links = [column.link for column in result.columns]
    lang = result.lang
    head = "".join(_header(column.header) for column in result.columns)
    body = [
        "<tr>"
        + "".join(
            _cell(v, m, lang, addresses.get(v) if link and isinstance(v, str) else None)
            for v, m, link in zip(row, marks, links, strict=True)
        )
        + "</tr>"
        for row in result.rows
    ]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(result.title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
    ]
    if figure:
        parts.append(f"<figure>{figure}</figure>")
    parts += [
        "<table>",
        f"<caption>{escape(result.title)}</caption>",
        f"<thead><tr>{head}</tr></thead>",
        "<tbody>",
        *body,
        "</tbody>",
    ]
    if result.footer is not None:
        cells = "".join(_cell(v, False) for v in result.footer)
        parts.append(f"<tfoot><tr>{cells}</tr></tfoot>")
    parts.append("</table>")
    for line in [*result.caption.splitlines(), *language_notes(result)]:
        parts.append(f'<p class="source">{escape(line)}</p>')
    if result.source_url:
        url = escape(result.source_url)
        parts.append(f'<p class="source"><a href="{url}">{url}</a></p>')
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
