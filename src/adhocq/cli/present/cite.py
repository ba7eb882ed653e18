"""Citations: a query's summary and adhocq's dataset -> `Citation` records -> text in a citation
style (plain text, BibTeX, RIS, CSL-JSON). Pure: nothing here prints, reads files or asks the
clock; the command passes the date accessed. `--version` imports it too (`dataset_summary`):
what only a citation needs is imported where it is used."""

import datetime
import re
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from adhocq.model import Corpus, Dataset
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


EMN = "European Migration Network"
CONTACT_POINTS = {
    "emnbelgium.be": "Belgian National Contact Point of the European Migration Network",
}
"""The EMN national contact point that publishes the pages of a web site, by the site's host."""
SUMMARY_GENRE = "EMN ad hoc query summary"
AUTHORS = "The adhocq authors"
PACKAGE = "adhocq"
DATASET_KEY = "adhocq-dataset"
DATASET_TITLE = "adhocq: EMN ad hoc query summaries as data"


@record
class Citation(Record):
    """One work to cite, in no style yet."""

    kind: Kind
    key: str
    """An identifier for BibTeX, RIS and CSL-JSON: the query id, or DATASET_KEY."""
    author: str
    """An organisation, never split into given and family names."""
    title: str
    issued: datetime.date
    genre: str | None = None
    publisher: str | None = None
    """Who publishes the page (a national contact point)."""
    source: str | None = None
    """Where a dataset comes from (the package)."""
    version: str | None = None
    url: str | None = None
    accessed: datetime.date | None = None
    note: str | None = None


def publisher(url: str) -> str | None:
    """The national contact point whose web site holds `url`, where adhocq knows it."""
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # a malformed address: no publisher to name
        return None
    for site, name in CONTACT_POINTS.items():
        if host == site or host.endswith("." + site):
            return name
    return None


def summary(ds: Dataset, lang: str, accessed: datetime.date) -> Citation:
    """The published summary of a query: its title in `lang` (else English), and its address
    in `lang` where it is published in it."""
    from adhocq.cli.present.query import source_url

    url = source_url(ds, lang) or None
    return Citation(
        Kind.webpage,
        ds.query.id,
        EMN,
        ds.query.title.get(lang),
        ds.query.published,
        genre=SUMMARY_GENRE,
        publisher=publisher(url) if url else None,
        url=url,
        accessed=accessed,
    )


def newest(corpus: Corpus) -> datetime.date | None:
    """The data's own date: the newest publication date of its queries."""
    return max((ds.query.published for ds in corpus.queries), default=None)


def dataset_summary(corpus: Corpus) -> str:
    """The dataset in a few words: "19 queries, newest published 2025-01-05"."""
    count = len(corpus.queries)
    queries = "1 query" if count == 1 else f"{count} queries"
    date = newest(corpus)
    return queries if date is None else f"{queries}, newest published {date.isoformat()}"


def dataset(corpus: Corpus, version: str) -> Citation:
    """adhocq's dataset: the queries as adhocq holds them, dated by the newest."""
    date = newest(corpus)
    assert date is not None, "a corpus holds at least one query"
    return Citation(
        Kind.dataset,
        DATASET_KEY,
        AUTHORS,
        DATASET_TITLE,
        date,
        genre="Data set",
        source=f"Python package {PACKAGE}",
        version=version,
        note=dataset_summary(corpus),
    )


# ------------------------------------------------------------------ styles


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
    parts = [f"{c.author} ({c.issued.isoformat()})."]
    title = c.title + (f" (version {c.version})" if c.version else "")
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
    if c.publisher or c.source:
        fields.append(("howpublished", _latex(c.publisher or c.source or "")))
    if c.genre:
        fields.append(("type", _latex(c.genre)))
    if c.version:
        fields.append(("version", _latex(c.version)))
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
    if c.genre:
        tags.append(("M3", c.genre))
    if c.publisher:
        tags.append(("PB", c.publisher))
    if c.source:
        tags.append(("DB", c.source))
    if c.version:
        tags.append(("ET", c.version))
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
    item["issued"] = _csl_date(c.issued)
    if c.url:
        item["URL"] = c.url
    if c.accessed:
        item["accessed"] = _csl_date(c.accessed)
    if c.note:
        item["note"] = c.note
    return item


def _csl_date(date: datetime.date) -> dict[str, object]:
    return {"date-parts": [[date.year, date.month, date.day]]}


RENDERERS: dict[Style, Callable[[Sequence[Citation]], str]] = {
    Style.text: as_text,
    Style.bibtex: as_bibtex,
    Style.ris: as_ris,
    Style.csl_json: as_csl_json,
}


# ------------------------------------------------------------------ resolving user input

_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def accessed_date(raw: str | None, today: datetime.date) -> datetime.date:
    """What --accessed says (YYYY-MM-DD), else `today`."""
    if raw is None:
        return today
    found = _DAY.fullmatch(raw.strip())
    try:
        if found is None:
            raise ValueError
        return datetime.date(*(int(part) for part in found.groups()))
    except ValueError:
        from adhocq.errors import UsageProblem

        raise UsageProblem(f"--accessed takes a date as YYYY-MM-DD, got {raw!r}") from None
