"""schema/adhocq-query.schema.json, the JSON Schema that editors use, against the loader, which
stays the authority: both accept the shipped files, both refuse each targeted change in REFUSED
and accept each in ACCEPTED (a warning, such as a mention that is no EMN code, is no refusal);
what the schema cannot see is pinned in BEYOND_THE_SCHEMA."""

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
from properties.toml_writer import dump_toml

from adhocq.errors import DataError
from adhocq.model import Coverage, Membership
from adhocq.reading.assemble import SCHEMA_VERSION
from adhocq.reading.loading import parse
from adhocq.reading.schema import LANGUAGE

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
SHIPPED_FIXTURES = ("minimal.toml", "hostile.toml", "second.toml")


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
    """Every key the schema describes (not those an `if` only tests)."""
    if isinstance(node, dict):
        yield from node.get("properties", {}).items()
        for key, value in node.items():
            if key != "if":
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
    assert defs["query"]["properties"]["coverage"]["enum"] == [c.value for c in Coverage]
    assert SCHEMA["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert defs["text"]["required"] == ["en"]
    # Any other language by the loader's own pattern for a language code.
    (language,) = defs["text"]["patternProperties"]
    assert language == f"^{LANGUAGE.pattern}$(?!\\n)"


def test_the_schema_requires_the_top_level_keys_the_loader_requires() -> None:
    raw = tomllib.loads(BUNDLED)
    required: set[str] = set()
    for key in raw:
        problems = loader_problems(dump_toml({k: v for k, v in raw.items() if k != key}))
        missing = f"missing required key {key!r}"
        if any(path == key and message.startswith(missing) for path, message in problems):
            required.add(key)
    assert required == set(SCHEMA["required"])
    assert set(raw) == set(SCHEMA["properties"]), "the bundled file uses every top-level key"


# The shipped files, which both must accept. hostile.toml is minimal.toml with hostile but valid
# text: Rich markup ("[red]Fin[/]", "[bold]"), a spreadsheet formula ("=HYPERLINK(...)", "-2+3",
# "@x"), and ESC, BEL, CR and C1 control characters. minimal.toml has almost no optional key;
# second.toml has most: an excerpt, texts in nl, printed tokens, mentions (one a warning).
SHIPPED = (ROOT / "data" / "responses.toml", *(DATA / name for name in SHIPPED_FIXTURES))


@pytest.mark.parametrize("path", SHIPPED, ids=[path.name for path in SHIPPED])
def test_the_shipped_files_satisfy_both(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert schema_errors(text) == []
    assert loader_problems(text) == []


def test_a_type_may_take_a_name_adhocq_uses_itself() -> None:
    # No longer reserved: the matrix names such a type's column `type:total`.
    assert BUNDLED.count('"working-hours"') == 2  # its declaration and its one use
    for name in ("total", "code", "name", "measures"):
        text = BUNDLED.replace('"working-hours"', f'"{name}"')
        assert loader_problems(text) == []
        assert schema_errors(text) == []


# (replace this, with that) in data/responses.toml, first occurrence: both must refuse.
FINDING = 'id = "contingency-plans"\n'
PRINTED = 'title_printed = ["en", "fr"]'
QUESTION = 'id = "service"\ncolumn = "offers_service"\n'
REFUSED = {
    "unknown key at top level": ("schema_version = 2\n", 'schema_version = 2\nauthor = "x"\n'),
    "unknown key in [query]": ('asked = "2023-12"\n', 'asked = "2023-12"\nasked_by = "FI"\n'),
    "unknown key in a question": (QUESTION, QUESTION + 'help = { en = "x" }\n'),
    "unknown key in a response": ('country = "AT"\n', 'country = "AT"\ncomment = "x"\n'),
    "unknown key in a measure": (
        'type = "new-procedures"\n',
        'type = "new-procedures"\nweight = 2\n',
    ),
    "missing required key": ("published = 2024-01-11\n", ""),
    "schema_version 1": ("schema_version = 2", "schema_version = 1"),
    "schema_version 3": ("schema_version = 2", "schema_version = 3"),
    "text without English": (
        'name = { en = "Austria", fr = "Autriche" }',
        'name = { fr = "Autriche" }',
    ),
    "text with a language key 'french'": ('fr = "Autriche" }', 'fr = "Autriche", french = "x" }'),
    "text with a language key 'FR'": ('fr = "Autriche" }', 'fr = "Autriche", FR = "x" }'),
    "text with a language key 'fra'": ('fr = "Autriche" }', 'fr = "Autriche", fra = "x" }'),
    "empty text": ('fr = "Autriche"', 'fr = ""'),
    "empty translation in nl": ('fr = "Autriche" }', 'fr = "Autriche", nl = "" }'),
    "text of spaces only": ('fr = "Autriche"', 'fr = " \\u00a0\\t"'),
    "text as a plain string": ('name = { en = "Austria", fr = "Autriche" }', 'name = "Austria"'),
    "id with a capital": ('id = "contingency-plans"', 'id = "Contingency-plans"'),
    "id with a trailing newline": ('id = "contingency-plans"', 'id = "contingency-plans\\n"'),
    "id with a non-ASCII letter": ('id = "contingency-plans"', 'id = "contingency-pläns"'),
    "id with a double hyphen": ('id = "contingency-plans"', 'id = "contingency--plans"'),
    "column with a hyphen": ('column = "offers_service"', 'column = "offers-service"'),
    "column with a capital": ('column = "offers_service"', 'column = "offersService"'),
    "column starting with a digit": ('column = "offers_service"', 'column = "1_service"'),
    "code GR": ('code = "EL"', 'code = "GR"'),
    "code cz": ('code = "CZ"', 'code = "cz"'),
    "code C1": ('code = "CZ"', 'code = "C1"'),
    "code with a trailing newline": ('code = "CZ"', 'code = "CZ\\n"'),
    "requester_country lower-case": ('requester_country = "FI"', 'requester_country = "fi"'),
    "string for respondent_count": ("respondent_count = 19", 'respondent_count = "19"'),
    "boolean for published": ("published = 2024-01-11", "published = true"),
    "date-time for published": ("published = 2024-01-11", "published = 2024-01-11T09:00:00"),
    "a string for an answer": ("answers = { service = true }", 'answers = { service = "yes" }'),
    "an array for answers": ("answers = { service = true }", 'answers = ["service"]'),
    "membership guest": (
        'code = "NO"\nmembership = "observer"',
        'code = "NO"\nmembership = "guest"',
    ),
    "kind with a capital": ('kind = "preparedness"', 'kind = "Preparedness"'),
    "coverage partial": ('coverage = "complete"', 'coverage = "partial"'),
    "an excerpt without findings_read": ('coverage = "complete"', 'coverage = "excerpt"'),
    "findings_read on a complete file": (
        'coverage = "complete"',
        'coverage = "complete"\nfindings_read = 3',
    ),
    "a listing record with findings": ('coverage = "complete"', 'coverage = "listing"'),
    "findings_read below 0": ('coverage = "complete"', 'coverage = "excerpt"\nfindings_read = -1'),
    "a string for findings_read": (
        'coverage = "complete"',
        'coverage = "excerpt"\nfindings_read = "3"',
    ),
    "blank printed": ('printed = "HR CY"', 'printed = " "'),
    "a number for printed": ('printed = "HR CY"', "printed = 1"),
    "mentions as a string": (FINDING, FINDING + 'mentions = "AT"\n'),
    "a blank mention": (FINDING, FINDING + 'mentions = ["AT", " "]\n'),
    "a number as mention": (FINDING, FINDING + "mentions = [1]\n"),
    "a mention table without printed": (FINDING, FINDING + 'mentions = [{ code = "AT" }]\n'),
    "a mention table with code GR": (
        FINDING,
        FINDING + 'mentions = [{ printed = "Greece", code = "GR" }]\n',
    ),
    "a mention table with an unknown key": (
        FINDING,
        FINDING + 'mentions = [{ printed = "AT", country = "AT" }]\n',
    ),
    'asked = "2023-1"': ('asked = "2023-12"', 'asked = "2023-1"'),
    "ftp:// source": ('url = "https://emnbelgium.be/fr/', 'url = "ftp://emnbelgium.be/fr/'),
    "upper-case source lang": ('lang = "fr"', 'lang = "FR"'),
    "title_printed as a string": (PRINTED, 'title_printed = "fr"'),
    "title_printed twice the same": (PRINTED, 'title_printed = ["fr", "fr"]'),
    "title_printed in capitals": (PRINTED, 'title_printed = ["EN"]'),
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
    "title_printed empty: no source prints a title": (PRINTED, "title_printed = []"),
    "an excerpt with none of its findings": (
        'coverage = "complete"',
        'coverage = "excerpt"\nfindings_read = 0',
    ),
    "notes on a response": (
        'country = "AT"\n',
        'country = "AT"\nnotes = [{ en = "A.", fr = "B." }]\n',
    ),
    "an empty list of notes": ('country = "SK"\n', 'country = "SK"\nnotes = []\n'),
    "an empty list of measures": ('country = "SK"\n', 'country = "SK"\nmeasures = []\n'),
    "spaces around a text": ('fr = "Autriche"', 'fr = " Autriche\\n"'),
    "a text in English only": ('name = { en = "Austria", fr = "Autriche" }', 'name = { en = "A" }'),
    "a text in a third language": ('fr = "Autriche" }', 'fr = "Autriche", nl = "Oostenrijk" }'),
    "an observer becomes a member": (
        'code = "NO"\nmembership = "observer"',
        'code = "NO"\nmembership = "member"',
    ),
    "another date": ("published = 2024-01-11", "published = 2024-02-29"),
    "an unanswered question": ("answers = { service = true }\n", ""),
    "an empty table of answers": ("answers = { service = true }", "answers = {}"),
    "an excerpt": ('coverage = "complete"', 'coverage = "excerpt"\nfindings_read = 5'),
    "a country printed otherwise": ('country = "AT"\n', 'country = "AT"\nprinted = "Austria"\n'),
    "a measure printed otherwise": (
        'type = "new-procedures"\n',
        'type = "new-procedures"\nprinted = "AT (federal)"\n',
    ),
    "a question without a short header": ('short = { en = "Service", fr = "Service" }\n', ""),
    "an empty list of mentions": (FINDING, FINDING + "mentions = []\n"),
    # LI is no EMN country: a warning, which is no problem.
    "mentions of every form": (
        FINDING,
        FINDING + 'mentions = ["AT", "GR", "LI", { printed = "BE (French Community)", '
        'code = "BE", qualifier = "French Community" }, { printed = "EU" }]\n',
    ),
    "a title printed in French only": (PRINTED, 'title_printed = ["fr"]'),
    "a title printed in French first": (PRINTED, 'title_printed = ["fr", "en"]'),
    "a title printed in English, as by default": (PRINTED, ""),
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
    "undeclared finding kind": ('kind = "preparedness"', 'kind = "lesson"'),
    "an answer to an undeclared question": (
        "answers = { service = true }",
        "answers = { servce = true }",
    ),
    "a mention of an undeclared code": (
        FINDING,
        FINDING + 'mentions = [{ printed = "Denmark", code = "DK" }]\n',
    ),
    "a question id that is a type id": (QUESTION, QUESTION.replace("service", "staffing", 1)),
    "duplicate finding id": ('id = "contingency-plans"', 'id = "other-languages"'),
    "duplicate finding kind": ('id = "solution"', 'id = "challenge"'),
    "a measure type twice for a country": (
        'type = "new-procedures"',
        'type = "stakeholder-coordination"',
    ),
    "published as a quoted string": ("published = 2024-01-11", 'published = "2024-01-11"'),
    "schema_version as a float": ("schema_version = 2", "schema_version = 2.0"),
    "a title printed in a language it is not in": (PRINTED, 'title_printed = ["en", "de"]'),
    "a title printed where no source is": (
        f'" }}\n{PRINTED}',
        f'", de = "x" }}\n{PRINTED[:-1]}, "de"]',
    ),
}


@pytest.mark.parametrize(("old", "new"), BEYOND_THE_SCHEMA.values(), ids=BEYOND_THE_SCHEMA.keys())
def test_only_the_loader_refuses(old: str, new: str) -> None:
    text = changed(old, new)
    assert loader_problems(text) != []
    assert schema_errors(text) == []
