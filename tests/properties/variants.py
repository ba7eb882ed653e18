"""Other valid datasets: the real one changed in ways that keep it valid."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from adhocq.errors import DataError
from adhocq.loading import parse

from .mutations import CONTROLS, MARKUP, any_text, draw_location
from .real_dataset import REAL
from .toml_writer import dump_toml, get_at, set_at, walk

# The real dataset changed in ways that keep it valid: new types (with ids that are also column
# names), categories, countries and responses, fewer responses, shuffled lists, texts
# with markup and control characters, ...

# Not "code", "name", "total", "offers-service" or "measures": adhocq uses those names itself
# (matrix columns, map --by), so the loader refuses them as type ids.
NEW_IDS = (
    "type",
    "category",
    "label",
    "count",
    "share-pct",
    "country",
    "x",
    "new-type",
    "a" * 60,
)
# Not GR: it is only a command-line alias of EL, and the loader refuses it as a dataset code.
NEW_CODES = ("XX", "ZZ", "DK", "CH", "UK", "AA")
TEXT_ADDITIONS = (*MARKUP, *CONTROLS, "x" * 2_000, "é", "ß", "|", ";", ",", '"', "\\")
VARIANTS = (
    "text",
    "add-type",
    "add-type",
    "add-category",
    "add-country",
    "drop-response",
    "toggle-service",
    "drop-measure",
    "shuffle",
    "drop-finding",
    "flip-membership",
    "recode",
)


def _new_text(data: st.DataObject) -> dict[str, str]:
    addition = data.draw(st.sampled_from(TEXT_ADDITIONS) | any_text, label="text")
    return {"en": f"en {addition}", "fr": f"fr {addition}"}


def change_validly(data: st.DataObject, doc: dict[str, Any], kind: str | None = None) -> None:
    kind = kind or data.draw(st.sampled_from(VARIANTS), label="change")
    responses: list[dict[str, Any]] = doc["responses"]
    type_ids = [t["id"] for t in doc["types"]]
    codes = [c["code"] for c in doc["countries"]]
    if kind == "text":
        leaves = [loc for loc, v in walk(doc) if isinstance(v, str) and loc[-1] in ("en", "fr")]
        leaf = draw_location(data, leaves, label="text at")
        set_at(doc, leaf, get_at(doc, leaf) + _new_text(data)[str(leaf[-1])])
    elif kind == "add-type":
        new = data.draw(st.sampled_from([i for i in NEW_IDS if i not in type_ids]), label="id")
        category = data.draw(st.sampled_from([c["id"] for c in doc["categories"]]))
        doc["types"].append({"id": new, "category": category, "label": _new_text(data)})
        for response in data.draw(st.lists(st.sampled_from(responses), unique_by=id), label="by"):
            response.setdefault("measures", []).append(
                {"type": new, "description": _new_text(data), "source": "staff"}
            )
    elif kind == "add-category":
        taken = [c["id"] for c in doc["categories"]]
        new = data.draw(st.sampled_from([i for i in NEW_IDS if i not in taken]), label="id")
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
            response = {"country": new, "offers_service": data.draw(st.booleans())}
            responses.append({**response, "source": "service", "measures": measures})
    elif kind == "drop-response" and responses:
        responses.pop(data.draw(st.integers(0, len(responses) - 1), label="response"))
    elif kind == "toggle-service" and responses:
        response = data.draw(st.sampled_from(responses), label="response")
        response["offers_service"] = not response["offers_service"]
    elif kind == "drop-measure":
        having = [r for r in responses if r.get("measures")]
        if having:
            measures = data.draw(st.sampled_from(having), label="response")["measures"]
            measures.pop(data.draw(st.integers(0, len(measures) - 1), label="measure"))
    elif kind == "shuffle":
        key = data.draw(st.sampled_from(["types", "countries", "responses", "findings"]))
        doc[key] = data.draw(st.permutations(doc[key]), label=f"{key} order")
    elif kind == "drop-finding" and doc["findings"]:
        doc["findings"].pop(data.draw(st.integers(0, len(doc["findings"]) - 1), label="finding"))
    elif kind == "flip-membership":
        country = data.draw(st.sampled_from(doc["countries"]), label="country")
        country["membership"] = "observer" if country["membership"] == "member" else "member"
    elif kind == "recode":
        old = data.draw(st.sampled_from(codes), label="code")
        new = data.draw(st.sampled_from([c for c in NEW_CODES if c not in codes]), label="to")
        for country in doc["countries"]:
            if country["code"] == old:
                country["code"] = new
        for response in responses:
            if response["country"] == old:
                response["country"] = new
        if doc["query"]["requester_country"] == old:
            doc["query"]["requester_country"] = new
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
