"""A citation in each style people paste into a reference manager or a paper: plain text,
BibTeX, RIS and CSL-JSON. `Citation` is the neutral record the presentation step makes
(cli/present/cite.py); one function per style turns records into text."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from adhocq.record import Record, record


class Style(str, Enum):
    text = "text"
    bibtex = "bibtex"
    ris = "ris"
    csl_json = "csl-json"


class Kind(str, Enum):
    """What is cited, as CSL names it."""

    webpage = "webpage"
    dataset = "dataset"


@record
class Citation(Record):
    """One work to cite, in no style yet."""

    kind: Kind
    key: str
    """An identifier for BibTeX, RIS and CSL-JSON: the query id, or DATASET_KEY."""
    author: str
    """An organisation, never split into given and family names."""
    title: str
    """As the cited page prints it, in the page's language."""
    issued: datetime.date | None
    """None where the date is not known: the text style says "n.d.", the others leave it out."""
    genre: str | None = None
    publisher: str | None = None
    """Who publishes the page (a national contact point)."""
    source: str | None = None
    """Where a dataset comes from (the package)."""
    version: str | None = None
    url: str | None = None
    accessed: datetime.date | None = None
    note: str | None = None
    translated_title: str | None = None
    """The title in the reader's language where it is adhocq's translation of the printed one:
    given beside the title, marked as a translation, never in its place."""


def render(citations: Sequence[Citation], style: Style) -> str:
    return RENDERERS[style](citations)


def _one_line(c: Citation) -> Citation:
    """Every text with any run of white space (a line break too) as one space: the styles are
    line-based, and a citation is pasted as one paragraph."""
    from dataclasses import fields, replace

    texts: dict[str, Any] = {
        f.name: " ".join(value.split())
        for f in fields(c)
        if type(value := getattr(c, f.name)) is str  # not Kind, a str Enum
    }
    return replace(c, **texts)


def as_text(citations: Sequence[Citation]) -> str:
    """One paragraph per work, separated by a blank line."""
    return "\n\n".join(_sentence(_one_line(c)) for c in citations) + "\n"


def _sentence(c: Citation) -> str:
    parts = [f"{c.author} ({'n.d.' if c.issued is None else c.issued.isoformat()})."]
    title = c.title + (f" [{c.translated_title}]" if c.translated_title else "")
    title += f" (version {c.version})" if c.version else ""
    parts.append(_end(title + (f" [{c.genre}]" if c.genre else "")))
    parts += [_end(value) for value in (c.publisher, c.source, c.note) if value]
    if c.url:
        parts.append(c.url)
    if c.accessed:
        parts.append(f"(accessed {c.accessed.isoformat()}).")
    return " ".join(parts)


def _end(sentence: str) -> str:
    return sentence if sentence.endswith((".", "?", "!")) else sentence + "."


def as_bibtex(citations: Sequence[Citation]) -> str:
    """@misc entries; every value's LaTeX specials escaped, names and titles in double braces
    so that no style changes their case or splits an organisation into given and family."""
    return "\n".join(_bibtex_entry(_one_line(c)) for c in citations)


def _bibtex_entry(c: Citation) -> str:
    fields: list[tuple[str, str]] = [
        ("author", "{" + _latex(c.author) + "}"),
        ("title", "{" + _latex(c.title) + "}"),
    ]
    if c.translated_title:  # biblatex prints it after the title
        fields.append(("titleaddon", "[" + _latex(c.translated_title) + "]"))
    if c.publisher or c.source:
        fields.append(("howpublished", _latex(c.publisher or c.source or "")))
    if c.genre:
        fields.append(("type", _latex(c.genre)))
    if c.version:
        fields.append(("version", _latex(c.version)))
    if c.issued is not None:
        fields += [("year", str(c.issued.year)), ("date", c.issued.isoformat())]
    if c.url:
        fields.append(("url", _bibtex_url(c.url)))
    if c.accessed:
        fields.append(("urldate", c.accessed.isoformat()))
    if c.note:
        fields.append(("note", _latex(c.note)))
    width = max(len(name) for name, _ in fields)
    lines = [f"  {name.ljust(width)} = {{{value}}}," for name, value in fields]
    return "\n".join([f"@misc{{{_bibtex_key(c.key)},", *lines, "}"]) + "\n"


_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_LATEX_SPECIAL = re.compile(r"[\\{}%&#$_~^]")


def _latex(value: str) -> str:
    return _LATEX_SPECIAL.sub(lambda match: _LATEX_SPECIALS[match.group()], value)


def _bibtex_url(url: str) -> str:
    """A url field is read verbatim: what would unbalance its braces is percent-encoded."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def _bibtex_key(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", key) or "entry"


def as_ris(citations: Sequence[Citation]) -> str:
    """One TY  - ELEC ... ER  - record per work."""
    return "\n".join(_ris_record(_one_line(c)) for c in citations)


def _ris_record(c: Citation) -> str:
    tags: list[tuple[str, str]] = [("TY", "ELEC"), ("ID", c.key), ("AU", c.author), ("TI", c.title)]
    if c.translated_title:
        tags.append(("TT", c.translated_title))
    if c.genre:
        tags.append(("M3", c.genre))
    if c.publisher:
        tags.append(("PB", c.publisher))
    if c.source:
        tags.append(("DB", c.source))
    if c.version:
        tags.append(("ET", c.version))
    if c.issued is not None:
        tags += [("PY", str(c.issued.year)), ("DA", _ris_date(c.issued))]
    if c.url:
        tags.append(("UR", c.url))
    if c.accessed:
        tags.append(("Y2", _ris_date(c.accessed)))
    if c.note:
        tags.append(("N1", c.note))
    tags.append(("ER", ""))
    return "".join(f"{tag}  - {value}\n" for tag, value in tags)


def _ris_date(date: datetime.date) -> str:
    return date.strftime("%Y/%m/%d")


def as_csl_json(citations: Sequence[Citation]) -> str:
    """A JSON array of CSL items (the CSL data schema's variables only)."""
    import json

    return (
        json.dumps([_csl_item(_one_line(c)) for c in citations], ensure_ascii=False, indent=2)
        + "\n"
    )


def _csl_item(c: Citation) -> dict[str, object]:
    item: dict[str, object] = {
        "id": c.key,
        "type": c.kind.value,
        "title": c.title,
        "author": [{"literal": c.author}],
    }
    optional = {"genre": c.genre, "publisher": c.publisher, "source": c.source}
    item.update({name: value for name, value in optional.items() if value})
    if c.version:
        item["version"] = c.version
    if c.issued is not None:
        item["issued"] = _csl_date(c.issued)
    if c.url:
        item["URL"] = c.url
    if c.accessed:
        item["accessed"] = _csl_date(c.accessed)
    # CSL has no variable for a translated title (`original-title` is the other way round: the
    # title a translation was made from), so it is said in the note.
    notes = [c.note] if c.note else []
    if c.translated_title:
        notes.insert(0, f"Translated title: {c.translated_title}")
    if notes:
        item["note"] = "; ".join(notes)
    return item


def _csl_date(date: datetime.date) -> dict[str, object]:
    return {"date-parts": [[date.year, date.month, date.day]]}


RENDERERS: dict[Style, Callable[[Sequence[Citation]], str]] = {
    Style.text: as_text,
    Style.bibtex: as_bibtex,
    Style.ris: as_ris,
    Style.csl_json: as_csl_json,
}
