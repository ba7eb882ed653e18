"""Other valid datasets: the real one changed in ways that keep it valid."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from adhocq.errors import DataError
from adhocq.reading.loading import parse

from .mutations import CONTROLS, MARKUP, any_text, draw_location
from .real_dataset import REAL
from .toml_writer import Loc, dump_toml, get_at, set_at, walk

# The real dataset changed in ways that keep it valid: new types (with ids that are also column
# names), categories, countries, questions, finding kinds and responses, fewer responses,
# answers flipped or left out, shuffled lists, texts with markup and control characters and
# translations into other languages, countries printed otherwise than by their code, findings
# that mention countries (and tokens that are none: a warning), an excerpt of the summary, ...

# Ids that adhocq's own columns and `map --by` values also use ("code", "total", "measures"): a
# type may take them. Not "offers-service": `map --by offers-service` is the shorthand for the
# question `service`, whatever the dataset declares.
NEW_IDS = (
    "type",
    "category",
    "label",
    "count",
    "share-pct",
    "country",
    "code",
    "name",
    "total",
    "measures",
    "x",
    "new-type",
    "a" * 60,
)
NEW_QUESTIONS = ("asked", "x2", "has-plan", "value", "status", "b" * 40)
NEW_KINDS = ("lesson", "risk", "other", "c" * 40)
# Not GR: it is only a command-line alias of EL, and the loader refuses it as a dataset code.
NEW_CODES = ("XX", "ZZ", "DK", "CH", "UK", "AA")
NEW_LANGUAGES = ("nl", "de", "fr", "el", "zz")
TEXT_ADDITIONS = (*MARKUP, *CONTROLS, "x" * 2_000, "é", "ß", "|", ";", ",", '"', "\\")
PRINTED = ("HR CY", "Italy", "BE (French Community)", "cz", "GR", "[bold]AT[/]", "\x1b[31mAT")
# Tokens a summary prints that are no EMN code: kept as printed, with a warning.
NOT_COUNTRIES = ("LI", "EU", "Italy", "MS", "XK", "[red]x[/]", "\u202eAT", "AT ")
VARIANTS = (
    "text",
    "translate",
    "add-type",
    "add-type",
    "add-category",
    "add-country",
    "add-question",
    "drop-question",
    "add-kind",
    "drop-response",
    "answer",
    "answer",
    "printed",
    "mention",
    "mention",
    "coverage",
    "drop-measure",
    "shuffle",
    "drop-finding",
    "flip-membership",
    "recode",
)


def _new_text(data: st.DataObject, langs: Sequence[str] = ("en", "fr")) -> dict[str, str]:
    addition = data.draw(st.sampled_from(TEXT_ADDITIONS) | any_text, label="text")
    return {lang: f"{lang} {addition}" for lang in langs}


def _texts(doc: dict[str, Any]) -> list[Loc]:
    """Where the document's texts are: every table with an English string."""
    return [loc for loc, v in walk(doc) if isinstance(v, dict) and isinstance(v.get("en"), str)]


def _unused(data: st.DataObject, candidates: Sequence[str], taken: Sequence[str]) -> str | None:
    free = [c for c in candidates if c not in taken]
    return data.draw(st.sampled_from(free), label="id") if free else None


def _answer(data: st.DataObject, doc: dict[str, Any]) -> None:
    """Flip an answer, leave one out, or give one where there was none."""
    questions = [q["id"] for q in doc.get("questions", [])]
    if not doc["responses"] or not questions:
        return
    response = data.draw(st.sampled_from(doc["responses"]), label="response")
    question = data.draw(st.sampled_from(questions), label="question")
    answers = response.setdefault("answers", {})
    how = data.draw(st.sampled_from(["flip", "drop", "drop-all", "give"]), label="how")
    if how == "drop-all":
        del response["answers"]
    elif how == "drop":
        answers.pop(question, None)
    elif how == "flip" and question in answers:
        answers[question] = not answers[question]
    else:
        answers[question] = data.draw(st.booleans(), label="answer")


def _add_question(data: st.DataObject, doc: dict[str, Any]) -> None:
    questions = doc.setdefault("questions", [])
    taken = [q["id"] for q in questions] + [t["id"] for t in doc["types"]]
    new = _unused(data, NEW_QUESTIONS, taken)
    if new is None:
        return
    bullet = data.draw(st.sampled_from([b["id"] for b in doc["query"]["bullets"]]))
    texts = {key: _new_text(data) for key in ("label", "statement", "yes", "no")}
    column = new.replace("-", "_")
    if column in [q["column"] for q in questions]:
        column = f"{column}_2"
    questions.append({"id": new, "column": column, **texts, "source": bullet})
    for response in doc["responses"]:
        given = data.draw(st.sampled_from([True, False, None]), label="answer")
        if given is not None:
            response.setdefault("answers", {})[new] = given


def _drop_question(data: st.DataObject, doc: dict[str, Any]) -> None:
    questions = doc.get("questions", [])
    if questions:
        dropped = questions.pop(data.draw(st.integers(0, len(questions) - 1), label="question"))
        for response in doc["responses"]:
            response.get("answers", {}).pop(dropped["id"], None)


def _add_kind(data: st.DataObject, doc: dict[str, Any]) -> None:
    kinds = doc.setdefault("finding_kinds", [])
    new = _unused(data, NEW_KINDS, [k["id"] for k in kinds])
    if new is None:
        return
    kinds.append({"id": new, "label": _new_text(data)})
    findings = doc.setdefault("findings", [])
    taken = {f["id"] for f in findings}
    for number in range(data.draw(st.integers(0, 2), label="findings")):
        if f"{new}-{number}" not in taken:
            text = _new_text(data)
            findings.append({"kind": new, "id": f"{new}-{number}", "text": text, "source": "staff"})


def _printed(data: st.DataObject, doc: dict[str, Any]) -> None:
    """A country printed otherwise than by its code, in the respondents or in a measure."""
    if not doc["responses"]:
        return
    response = data.draw(st.sampled_from(doc["responses"]), label="response")
    tables = [response, *response.get("measures", [])]
    table = data.draw(st.sampled_from(tables), label="where")
    table["printed"] = data.draw(st.sampled_from(PRINTED) | any_text.map(lambda t: f"p{t}"))


def _mention(data: st.DataObject, doc: dict[str, Any]) -> None:
    """A country the finding names: a declared code as printed, GR for EL, a table with a
    qualifier, or a token that is no EMN country."""
    findings = doc.get("findings", [])
    if not findings:
        return
    codes = [c["code"] for c in doc["countries"]]
    finding = data.draw(st.sampled_from(findings), label="finding")
    how = data.draw(st.sampled_from(["code", "alias", "table", "printed", "none"]), label="as")
    code = data.draw(st.sampled_from(codes), label="code")
    mention: str | dict[str, str]
    if how == "code" or (how == "alias" and "EL" not in codes):
        mention = code
    elif how == "alias":
        mention = "GR"
    elif how == "table":
        qualifier = data.draw(st.sampled_from(["French Community", "[b]x[/]", "\x1b[31m"]))
        mention = {"printed": f"{code} ({qualifier})", "code": code, "qualifier": qualifier}
    elif how == "printed":
        mention = {"printed": data.draw(st.sampled_from(PRINTED)), "code": code}
    else:
        unknown = data.draw(st.sampled_from(NOT_COUNTRIES), label="token")
        mention = unknown if unknown not in codes else f"{unknown}?"
    finding.setdefault("mentions", []).append(mention)


def _coverage(data: st.DataObject, doc: dict[str, Any]) -> None:
    query = doc["query"]
    if query["coverage"] == "excerpt":
        query["coverage"] = "complete"
        del query["findings_read"]
    else:
        query["coverage"] = "excerpt"
        most = max(1, len(doc.get("findings", [])))
        query["findings_read"] = data.draw(st.integers(1, most), label="findings read")


def _translate(data: st.DataObject, doc: dict[str, Any]) -> None:
    """A translation into another language added to a text, or one taken away (never English)."""
    loc = draw_location(data, _texts(doc), label="text at")
    text = get_at(doc, loc)
    others = [lang for lang in text if lang != "en"]
    take_away: bool = data.draw(st.booleans(), label="take away")
    if others and take_away:
        lang = data.draw(st.sampled_from(others), label="lang")
        del text[lang]
        printed = doc["query"].get("title_printed", [])
        if tuple(loc) == ("query", "title") and lang in printed:  # no longer printed either
            printed.remove(lang)
    else:
        lang = data.draw(st.sampled_from(NEW_LANGUAGES), label="lang")
        text[lang] = f"{lang} " + data.draw(st.sampled_from(TEXT_ADDITIONS) | any_text)


def _recode(data: st.DataObject, doc: dict[str, Any], codes: list[str]) -> None:
    old = data.draw(st.sampled_from(codes), label="code")
    new = data.draw(st.sampled_from([c for c in NEW_CODES if c not in codes]), label="to")
    for country in doc["countries"]:
        if country["code"] == old:
            country["code"] = new
    for response in doc["responses"]:
        if response["country"] == old:
            response["country"] = new
    for finding in doc.get("findings", []):
        for mention in finding.get("mentions", []):
            if isinstance(mention, dict) and mention.get("code") == old:
                mention["code"] = new
    if doc["query"].get("requester_country") == old:
        doc["query"]["requester_country"] = new


def change_validly(data: st.DataObject, doc: dict[str, Any], kind: str | None = None) -> None:
    kind = kind or data.draw(st.sampled_from(VARIANTS), label="change")
    responses: list[dict[str, Any]] = doc["responses"]
    type_ids = [t["id"] for t in doc["types"]]
    codes = [c["code"] for c in doc["countries"]]
    questions = [q["id"] for q in doc.get("questions", [])]
    if kind == "text":
        leaves = [(*loc, lang) for loc in _texts(doc) for lang in get_at(doc, loc)]
        leaf = draw_location(data, leaves, label="text at")
        set_at(doc, leaf, get_at(doc, leaf) + _new_text(data, [str(leaf[-1])])[str(leaf[-1])])
    elif kind == "translate":
        _translate(data, doc)
    elif kind == "add-type":
        new = _unused(data, NEW_IDS, type_ids + questions)
        category = data.draw(st.sampled_from([c["id"] for c in doc["categories"]]))
        if new is None:
            return
        doc["types"].append({"id": new, "category": category, "label": _new_text(data)})
        for response in data.draw(st.lists(st.sampled_from(responses), unique_by=id), label="by"):
            response.setdefault("measures", []).append(
                {"type": new, "description": _new_text(data), "source": "staff"}
            )
    elif kind == "add-category":
        new = _unused(data, NEW_IDS, [c["id"] for c in doc["categories"]])
        if new is not None:
            doc["categories"].append({"id": new, "label": _new_text(data)})
    elif kind == "add-country":
        new = data.draw(st.sampled_from([c for c in NEW_CODES if c not in codes]), label="code")
        membership = data.draw(st.sampled_from(["member", "observer"]))
        doc["countries"].append({"code": new, "membership": membership, "name": _new_text(data)})
        if data.draw(st.booleans(), label="answered"):
            measures = [
                {"type": t, "description": _new_text(data), "source": "staff"}
                for t in data.draw(st.lists(st.sampled_from(type_ids), unique=True, max_size=3))
            ]
            some = st.lists(st.sampled_from(questions), unique=True) if questions else st.just([])
            answered = data.draw(some, label="answered")
            given = {question: data.draw(st.booleans()) for question in answered}
            response = {"country": new, "source": "service", "answers": given}
            responses.append({**response, "measures": measures})
    elif kind == "add-question":
        _add_question(data, doc)
    elif kind == "drop-question":
        _drop_question(data, doc)
    elif kind == "add-kind":
        _add_kind(data, doc)
    elif kind == "drop-response" and responses:
        responses.pop(data.draw(st.integers(0, len(responses) - 1), label="response"))
    elif kind == "answer":
        _answer(data, doc)
    elif kind == "printed":
        _printed(data, doc)
    elif kind == "mention":
        _mention(data, doc)
    elif kind == "coverage":
        _coverage(data, doc)
    elif kind == "drop-measure":
        having = [r for r in responses if r.get("measures")]
        if having:
            measures = data.draw(st.sampled_from(having), label="response")["measures"]
            measures.pop(data.draw(st.integers(0, len(measures) - 1), label="measure"))
    elif kind == "shuffle":
        key = data.draw(
            st.sampled_from(["types", "countries", "responses", "findings", "questions"])
        )
        doc[key] = data.draw(st.permutations(doc.get(key, [])), label=f"{key} order")
    elif kind == "drop-finding" and doc.get("findings"):
        doc["findings"].pop(data.draw(st.integers(0, len(doc["findings"]) - 1), label="finding"))
    elif kind == "flip-membership":
        country = data.draw(st.sampled_from(doc["countries"]), label="country")
        country["membership"] = "observer" if country["membership"] == "member" else "member"
    elif kind == "recode":
        _recode(data, doc, codes)
    doc["query"]["respondent_count"] = len(responses)


def valid_variant(data: st.DataObject, first: Sequence[str] = ()) -> dict[str, Any]:
    """The real dataset with the changes `first`, then with up to five random ones."""
    doc = copy.deepcopy(REAL)
    for kind in first:
        change_validly(data, doc, kind)
    for _ in range(data.draw(st.integers(0 if first else 1, 5), label="changes")):
        change_validly(data, doc)
    return doc


def write_variant(doc: dict[str, Any], workdir: Path) -> Path:
    """The variant in a file, which must load: each change keeps the dataset valid."""
    text = dump_toml(doc)
    path = workdir / "variant.toml"
    path.write_text(text, encoding="utf-8")
    try:
        parse(text, str(path))
    except DataError as error:
        pytest.fail(f"a valid dataset is refused: {error.lines()[:5]}")
    return path
