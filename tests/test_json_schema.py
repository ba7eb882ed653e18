"""schema/adhocq-query.schema.json, the JSON Schema that editors use, against the loader, which
stays the authority: both accept the shipped files, both refuse each targeted change in REFUSED
and accept each in ACCEPTED; what the schema cannot see is pinned in BEYOND_THE_SCHEMA."""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA
from jsonschema import Draft202012Validator

from adhocq.assemble import RESERVED_TYPE_IDS
from adhocq.errors import DataError
from adhocq.loading import parse
from adhocq.model import FindingKind, Lang, Membership

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).parents[1]
SCHEMA: dict[str, Any] = json.loads(
    (ROOT / "schema" / "adhocq-query.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
BUNDLED = (ROOT / "data" / "responses.toml").read_text(encoding="utf-8")


def as_json(value: Any) -> Any:
    """A parsed TOML value as editors (Taplo) hand it to a JSON Schema: dates, date-times and
    times become ISO strings; everything else is already JSON."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):  # datetime.datetime is a date
        return value.isoformat()
    return value


def schema_errors(text: str) -> list[tuple[str, str]]:
    """(where, message) of each error, `where` written as the loader writes a path."""
    found = VALIDATOR.iter_errors(as_json(tomllib.loads(text)))
    return [(e.json_path.removeprefix("$").removeprefix("."), e.message) for e in found]


def loader_problems(text: str) -> list[tuple[str, str]]:
    try:
        parse(text, "t.toml")
    except DataError as error:
        return [(problem.path, problem.message) for problem in error.problems]
    return []


def _within(path: str, where: str) -> bool:
    return not where or path == where or path.startswith((f"{where}.", f"{where}["))


def changed(old: str, new: str) -> str:
    """The bundled file with the first `old` replaced by `new`."""
    assert old in BUNDLED, f"{old!r} is no longer in data/responses.toml"
    return BUNDLED.replace(old, new, 1)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"]
    assert "adhocq validate" in SCHEMA["description"]


def _properties(node: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield from node.get("properties", {}).items()
        for value in node.values():
            yield from _properties(value)
    elif isinstance(node, list):
        for value in node:
            yield from _properties(value)


def _resolve(sub: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in sub and "title" not in sub and "description" not in sub:
        sub = SCHEMA["$defs"][sub["$ref"].removeprefix("#/$defs/")]
    return sub


def test_every_key_has_text_for_the_editor_to_show() -> None:
    shown = {"title", "description"}
    silent = [name for name, sub in _properties(SCHEMA) if not _resolve(sub).keys() & shown]
    assert silent == []


def test_the_schema_lists_the_model_s_choices() -> None:
    defs = SCHEMA["$defs"]
    assert defs["country"]["properties"]["membership"]["enum"] == [m.value for m in Membership]
    assert defs["finding"]["properties"]["kind"]["enum"] == [k.value for k in FindingKind]
    assert defs["text"]["required"] == [lang.value for lang in Lang]
    assert set(defs["measureType"]["properties"]["id"]["not"]["enum"]) == RESERVED_TYPE_IDS


# The shipped files, which both must accept. hostile.toml is minimal.toml with hostile but valid
# text: Rich markup ("[red]Fin[/]", "[bold]"), a spreadsheet formula ("=HYPERLINK(...)", "-2+3",
# "@x"), and ESC, BEL, CR and C1 control characters. minimal.toml has no optional key at all.
@pytest.mark.parametrize(
    "path", [ROOT / "data" / "responses.toml", DATA / "minimal.toml", DATA / "hostile.toml"]
)
def test_the_shipped_files_satisfy_both(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert schema_errors(text) == []
    assert loader_problems(text) == []


# (replace this, with that) in data/responses.toml, first occurrence: both must refuse.
REFUSED = {
    "unknown key at top level": ("schema_version = 1\n", 'schema_version = 1\nauthor = "x"\n'),
    "unknown key in [query]": ('asked = "2023-12"\n', 'asked = "2023-12"\nasked_by = "FI"\n'),
    "unknown key in a response": ('country = "AT"\n', 'country = "AT"\ncomment = "x"\n'),
    "unknown key in a measure": (
        'type = "new-procedures"\n',
        'type = "new-procedures"\nweight = 2\n',
    ),
    "missing required key": ('asked = "2023-12"\n', ""),
    "schema_version 2": ("schema_version = 1", "schema_version = 2"),
    "text with a third language": ('fr = "Autriche" }', 'fr = "Autriche", de = "Österreich" }'),
    "text missing fr": ('en = "Austria", fr = "Autriche"', 'en = "Austria"'),
    "empty text": ('fr = "Autriche"', 'fr = ""'),
    "text of spaces only": ('fr = "Autriche"', 'fr = " \\u00a0\\t"'),
    "text as a plain string": ('name = { en = "Austria", fr = "Autriche" }', 'name = "Austria"'),
    "id with a capital": ('id = "contingency-plans"', 'id = "Contingency-plans"'),
    "id with a trailing newline": ('id = "contingency-plans"', 'id = "contingency-plans\\n"'),
    "id with a non-ASCII letter": ('id = "contingency-plans"', 'id = "contingency-pläns"'),
    "id with a double hyphen": ('id = "contingency-plans"', 'id = "contingency--plans"'),
    "reserved type id": ('id = "strategic-values"', 'id = "total"'),
    "code GR": ('code = "EL"', 'code = "GR"'),
    "code cz": ('code = "CZ"', 'code = "cz"'),
    "code C1": ('code = "CZ"', 'code = "C1"'),
    "code with a trailing newline": ('code = "CZ"', 'code = "CZ\\n"'),
    "requester_country lower-case": ('requester_country = "FI"', 'requester_country = "fi"'),
    "string for respondent_count": ("respondent_count = 19", 'respondent_count = "19"'),
    "boolean for published": ("published = 2024-01-11", "published = true"),
    "date-time for published": ("published = 2024-01-11", "published = 2024-01-11T09:00:00"),
    "string for offers_service": ("offers_service = true", 'offers_service = "yes"'),
    "membership guest": (
        'code = "NO"\nmembership = "observer"',
        'code = "NO"\nmembership = "guest"',
    ),
    "kind other": ('kind = "preparedness"', 'kind = "other"'),
    'asked = "2023-1"': ('asked = "2023-12"', 'asked = "2023-1"'),
    "http:// source": ('url = "https://emnbelgium.be/fr/', 'url = "http://emnbelgium.be/fr/'),
    "upper-case source lang": ('lang = "fr"', 'lang = "FR"'),
}


@pytest.mark.parametrize(("old", "new"), REFUSED.values(), ids=REFUSED.keys())
def test_both_refuse(old: str, new: str) -> None:
    text = changed(old, new)
    problems, errors = loader_problems(text), schema_errors(text)
    assert problems != []
    assert errors != []
    # ... and about the same place: the loader reports a problem at or under each schema error
    # (the schema reports an unknown or missing key at the table that holds it).
    for where, message in errors:
        assert any(_within(path, where) for path, _ in problems), (where, message, problems)


# Valid changes: both must accept. (A response without measures, a query without notes: in the
# bundled file and in minimal.toml above.)
ACCEPTED = {
    "notes on a response": (
        'country = "AT"\n',
        'country = "AT"\nnotes = [{ en = "A.", fr = "B." }]\n',
    ),
    "an empty list of notes": ('country = "SK"\n', 'country = "SK"\nnotes = []\n'),
    "an empty list of measures": ('country = "SK"\n', 'country = "SK"\nmeasures = []\n'),
    "spaces around a text": ('fr = "Autriche"', 'fr = " Autriche\\n"'),
    "an observer becomes a member": (
        'code = "NO"\nmembership = "observer"',
        'code = "NO"\nmembership = "member"',
    ),
    "another date": ("published = 2024-01-11", "published = 2024-02-29"),
}


@pytest.mark.parametrize(("old", "new"), ACCEPTED.values(), ids=ACCEPTED.keys())
def test_both_accept(old: str, new: str) -> None:
    text = changed(old, new)
    assert loader_problems(text) == []
    assert schema_errors(text) == []


# What JSON Schema cannot see, as the schema's description says: the loader refuses, the schema
# accepts. Should the schema learn one of these, move it to REFUSED.
BEYOND_THE_SCHEMA = {
    "respondent_count off by one": ("respondent_count = 19", "respondent_count = 18"),
    "undeclared measure type": ('type = "new-procedures"', 'type = "new-procedure"'),
    "undeclared source bullet": ('source = "strategy"', 'source = "strategies"'),
    "undeclared country": ('country = "AT"', 'country = "DK"'),
    "duplicate finding id": ('id = "contingency-plans"', 'id = "other-languages"'),
    "a measure type twice for a country": (
        'type = "new-procedures"',
        'type = "stakeholder-coordination"',
    ),
    "published as a quoted string": ("published = 2024-01-11", 'published = "2024-01-11"'),
    "schema_version as a float": ("schema_version = 1", "schema_version = 1.0"),
}


@pytest.mark.parametrize(("old", "new"), BEYOND_THE_SCHEMA.values(), ids=BEYOND_THE_SCHEMA.keys())
def test_only_the_loader_refuses(old: str, new: str) -> None:
    text = changed(old, new)
    assert loader_problems(text) != []
    assert schema_errors(text) == []
