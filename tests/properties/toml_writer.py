"""A TOML serialiser, helpers to walk and compare TOML documents, and a Dataset written back
as the document its file holds."""

from __future__ import annotations

import copy
import datetime
import math
import re
from collections.abc import Iterator
from typing import Any

from adhocq.countries import ALIASES, countries_on
from adhocq.model import Dataset, Mention, Query, Response, Text, asked_day

Loc = tuple[str | int, ...]


# ------------------------------------------------------------------ a TOML serialiser
# Enough TOML for what tomllib returns: tables, arrays of tables, inline tables and arrays,
# strings (basic, escaped), integers, floats, booleans, dates, date-times and times.

_ESCAPES: dict[int, str] = {code: f"\\u{code:04x}" for code in [*range(0x20), 0x7F]}
_ESCAPES.update(
    {
        ord("\b"): "\\b",
        ord("\t"): "\\t",
        ord("\n"): "\\n",
        ord("\f"): "\\f",
        ord("\r"): "\\r",
        ord('"'): '\\"',
        ord("\\"): "\\\\",
    }
)
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_string(text: str) -> str:
    # Only what TOML requires is escaped: C1 controls, U+2028 and the like stay raw, as they
    # would in a file someone pasted text into.
    return '"' + text.translate(_ESCAPES) + '"'


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + pairs + " }"
    raise TypeError(f"no TOML for {type(value).__name__}")


def _is_table_array(value: Any) -> bool:
    """Written as [[...]]: a non-empty array of tables, some holding a table or an array."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) for item in value)
        and any(isinstance(v, (dict, list)) for item in value for v in item.values())
    )


def _is_section(value: Any) -> bool:
    """Written as [...]: a table holding a table or an array of tables."""
    return isinstance(value, dict) and any(
        isinstance(v, dict) or _is_table_array(v) for v in value.values()
    )


def _emit_table(table: dict[str, Any], prefix: tuple[str, ...], lines: list[str]) -> None:
    deferred: list[tuple[str, Any]] = []
    for key, value in table.items():
        if _is_section(value) or _is_table_array(value):
            deferred.append((key, value))
        else:
            lines.append(f"{toml_key(key)} = {toml_value(value)}")
    for key, value in deferred:
        name = (*prefix, key)
        header = ".".join(toml_key(part) for part in name)
        if isinstance(value, dict):
            lines.extend(["", f"[{header}]"])
            _emit_table(value, name, lines)
        else:
            for item in value:
                lines.extend(["", f"[[{header}]]"])
                _emit_table(item, name, lines)


def dump_toml(doc: dict[str, Any], sections: bool = True, newline: str = "\n") -> str:
    """`sections`: [tables] and [[arrays of tables]] like the real file; else one line a key."""
    lines: list[str] = []
    if sections:
        _emit_table(doc, (), lines)
    else:
        lines.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in doc.items())
    return newline.join(lines) + newline


# ------------------------------------------------------------------ walking a TOML document


def walk(node: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    yield loc, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*loc, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*loc, index))


def get_at(root: Any, loc: Loc) -> Any:
    node = root
    for step in loc:
        node = node[step]
    return node


def set_at(root: Any, loc: Loc, value: Any) -> None:
    get_at(root, loc[:-1])[loc[-1]] = value


def path_of(loc: Loc) -> str:
    """The loader's spelling of a location: `responses[3].measures[0].type`."""
    path = ""
    for step in loc:
        if isinstance(step, int):
            path += f"[{step}]"
        else:
            path = f"{path}.{step}" if path else step
    return path


def first_difference(left: Any, right: Any, loc: Loc = ()) -> str | None:
    """Where two documents first differ (short, unlike a diff of two 100k-character trees)."""
    if isinstance(left, dict) and isinstance(right, dict):
        if left.keys() != right.keys():
            return f"{path_of(loc) or '<root>'}: keys {sorted(left)} != {sorted(right)}"
        for key in left:
            found = first_difference(left[key], right[key], (*loc, key))
            if found:
                return found
        return None
    if isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            return f"{path_of(loc)}: {len(left)} items != {len(right)} items"
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found = first_difference(a, b, (*loc, index))
            if found:
                return found
        return None
    if type(left) is not type(right) or left != right:
        return f"{path_of(loc)}: {short(left)} != {short(right)}"
    return None


def short(value: Any, limit: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} chars)"


# ------------------------------------------------------------------ Dataset -> document


def _text(text: Text) -> dict[str, str]:
    return {"en": text.en, **{t.lang: t.text for t in text.translations}}


def _mention(mention: Mention) -> dict[str, str]:
    found = {"printed": mention.printed, "code": mention.code, "qualifier": mention.qualifier}
    return {key: value for key, value in found.items() if value is not None}


def _query(q: Query) -> dict[str, Any]:
    read = {} if q.findings_read is None else {"findings_read": q.findings_read}
    stated = {  # what a summary may leave unsaid
        "requester_country": q.requester_country,
        "requester": None if q.requester is None else _text(q.requester),
        "asked": q.asked,
    }
    return {
        "id": q.id,
        **({"default": True} if q.default else {}),
        "title": _text(q.title),
        "title_printed": list(q.title_printed),
        **{key: value for key, value in stated.items() if value is not None},
        "published": q.published,
        "respondent_count": q.respondent_count,
        "coverage": q.coverage.value,
        **read,
        "themes": [_text(t) for t in q.themes],
        "sources": [{"lang": s.lang, "url": s.url} for s in q.sources],
        "bullets": [
            {"id": b.id, "title": _text(b.title), **({"page": b.page} if b.page else {})}
            for b in q.bullets
        ],
        "notes": [_text(n) for n in q.notes],
        "topics": list(q.topics),
        **({"compiled": q.compiled} if q.compiled is not None else {}),
        **({"list_printed": q.list_printed} if q.list_printed is not None else {}),
        **({"asked_of": [_mention(m) for m in q.asked_of]} if q.asked_of else {}),
    }


def _response(r: Response) -> dict[str, Any]:
    return {
        "country": r.code,
        "printed": r.printed,
        "source": r.source,
        "answers": {a.question: a.value for a in r.answers},
        "measures": [
            {
                "type": m.type,
                "description": _text(m.description),
                "source": m.source,
                "printed": m.printed,
            }
            for m in r.measures
        ],
        "notes": [_text(n) for n in r.notes],
    }


def dataset_as_document(ds: Dataset) -> dict[str, Any]:
    """The Dataset written back in the file's shape, to compare with what the file says (as
    `with_optional_keys` spells it)."""
    texts = ("label", "statement", "yes", "no")
    return {
        "schema_version": 2,
        "query": _query(ds.query),
        "questions": [
            {
                "id": q.id,
                "column": q.column,
                **{key: _text(getattr(q, key)) for key in texts},
                **({} if q.short is None else {"short": _text(q.short)}),
                "source": q.source,
            }
            for q in ds.questions
        ],
        "finding_kinds": [{"id": k.id, "label": _text(k.label)} for k in ds.finding_kinds],
        "categories": [{"id": c.id, "label": _text(c.label)} for c in ds.categories],
        "types": [{"id": t.id, "category": t.category, "label": _text(t.label)} for t in ds.types],
        "countries": [
            {"code": c.code, "membership": c.membership.value, "name": _text(c.name)}
            for c in ds.countries
        ],
        "responses": [_response(r) for r in ds.responses],
        "findings": [
            {
                "kind": f.kind,
                "id": f.id,
                "text": _text(f.text),
                "source": f.source,
                "mentions": [_mention(m) for m in f.mentions],
            }
            for f in ds.findings
        ],
    }


def _spelled_out(mention: Any, codes: set[str]) -> Any:
    """A mention as a table: a string token names a country only when it is a declared code
    (or GR for EL)."""
    if not isinstance(mention, str):
        return mention
    code = ALIASES.get(mention, mention)
    return {"printed": mention, "code": code} if code in codes else {"printed": mention}


def _query_day(doc: dict[str, Any]) -> datetime.date | None:
    """The day whose EMN countries a file without [[countries]] has: the day or month it was
    asked, else its publication or compilation, else none (today's)."""
    found = doc.get("query")
    query: dict[str, Any] = found if isinstance(found, dict) else {}
    asked = query.get("asked")
    if isinstance(asked, str) and asked_day(asked) is not None:
        return asked_day(asked)
    said = [query.get(key) for key in ("published", "compiled")]
    return next((day for day in said if isinstance(day, datetime.date)), None)


def _named_outside(doc: dict[str, Any]) -> set[str]:
    """The codes a file without [[countries]] names in its responses or its `asked_of`: a
    country outside the EMN among them (Denmark) is one of its countries too."""
    found = doc.get("query")
    asked_of = found.get("asked_of") if isinstance(found, dict) else None
    items = [*_tables(doc.get("responses")), *_tables(asked_of)]
    codes = (item.get("country", item.get("code")) for item in items)
    return {code for code in codes if isinstance(code, str)}


def with_optional_keys(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with what it may leave out written out, as the Dataset has it: the optional
    arrays as empty, the title as printed in English where it does not say, the EMN countries
    where it declares none, a response's `answers` as an
    empty table, `printed` as the country's code, and each mention as a table."""
    doc = copy.deepcopy(doc)
    for key in ("questions", "finding_kinds", "findings", "categories", "types", "responses"):
        doc.setdefault(key, [])
    doc.setdefault("countries", [
        {"code": code, "membership": membership, "name": {"en": en, "fr": fr}}
        for code, membership, en, fr in countries_on(_query_day(doc), _named_outside(doc))
    ])  # fmt: skip
    query = doc.get("query")
    if isinstance(query, dict):
        query.setdefault("notes", [])
        query.setdefault("title_printed", ["en"])
        query.setdefault("topics", [])
    for response in _tables(doc.get("responses")):
        response.setdefault("answers", {})
        response.setdefault("measures", [])
        response.setdefault("notes", [])
        response.setdefault("printed", response.get("country"))
        for measure in _tables(response["measures"]):
            measure.setdefault("printed", response.get("country"))
    codes = {c["code"] for c in _tables(doc.get("countries")) if isinstance(c.get("code"), str)}
    for finding in _tables(doc.get("findings")):
        mentions = finding.setdefault("mentions", [])
        if isinstance(mentions, list):
            finding["mentions"] = [_spelled_out(m, codes) for m in mentions]
    return doc


def _tables(items: Any) -> list[dict[str, Any]]:
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
