"""Raw TOML tables -> the respondents (answers, measures) and the findings, checked against
what the query declares (`assemble.build` makes the declarations)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from adhocq import model as m
from adhocq.countries import ALIASES
from adhocq.reading.schema import Checker


@dataclass(frozen=True)
class Declared:
    """The ids a file declares, for checking what refers to them."""

    countries: dict[str, m.Country]
    """The countries that were built (a declaration with a problem is left out)."""
    codes: set[str]
    """Every country code declared, built or not."""
    types: set[str]
    questions: set[str]
    kinds: set[str]
    bullets: set[str]


def _printed(table: dict[str, Any], path: str, c: Checker, default: str | None) -> str | None:
    """The country as the summary printed it: `printed`, or the code where it printed that."""
    if "printed" not in table:
        return default
    printed = c.get(table, "printed", path, str)
    if printed is not None and not printed.strip():
        c.problem(f"{path}.printed", "empty text")
        return None
    return printed


def response_builder(
    c: Checker, declared: Declared
) -> Callable[[dict[str, Any], str], m.Response | None]:
    def measure(code: str | None) -> Callable[[dict[str, Any], str], m.Measure | None]:
        def build(table: dict[str, Any], path: str) -> m.Measure | None:
            c.keys(table, path, required={"type", "description", "source"}, optional={"printed"})
            kind = c.reference(table, "type", path, declared.types, "measure type")
            description = c.text(table, "description", path)
            source = c.reference(table, "source", path, declared.bullets, "summary bullet")
            printed = _printed(table, path, c, code)
            if not (kind and description and source and printed):
                return None
            return m.Measure(kind, description, source, printed)

        return build

    def answers(table: dict[str, Any], path: str) -> list[m.Answer]:
        given = c.get(table, "answers", path, dict)
        found = []
        for question, value in (given or {}).items():
            where = f"{path}.answers.{question}"
            if question not in declared.questions:
                guess = c.suggest(question, declared.questions)
                hint = f" (did you mean {guess!r}?)" if guess else ""
                c.problem(where, f"unknown question {question!r} in [[questions]]{hint}")
            elif not isinstance(value, bool):
                c.problem(where, "expected true or false")
            else:
                found.append(m.Answer(question, value))
        return found

    def build(table: dict[str, Any], path: str) -> m.Response | None:
        c.keys(
            table,
            path,
            required={"country", "source"},
            optional={"printed", "answers", "measures", "notes"},
        )
        country = None
        code = c.get(table, "country", path, str)
        if code is not None:
            country = declared.countries.get(code)
            if code not in declared.codes:
                guess = c.suggest(code, declared.codes)
                hint = f" (did you mean {guess!r}?)" if guess else ""
                c.problem(
                    f"{path}.country", f"{code!r} is not an EMN country code in [[countries]]{hint}"
                )
        printed = _printed(table, path, c, code)
        source = c.reference(table, "source", path, declared.bullets, "summary bullet")
        given = answers(table, path)
        measures = (
            c.table_list(table, "measures", path, measure(code)) if "measures" in table else []
        )
        seen: set[str] = set()
        for index, item in enumerate(measures):
            if item.type in seen:
                c.problem(
                    f"{path}.measures[{index}].type",
                    f"measure type {item.type!r} appears twice for this country",
                )
            seen.add(item.type)
        notes = c.text_list(table, "notes", path) if "notes" in table else []
        if country is None or source is None or printed is None:
            return None
        return m.Response(country, printed, source, tuple(given), tuple(measures), tuple(notes))

    return build


def mention_parser(c: Checker, declared: Declared) -> Callable[[Any, str], m.Mention | None]:
    """A country as a summary prints it: a token (`"GR"`) or a table (`{ printed, code,
    qualifier }`), checked against the declared countries."""

    def mention(value: Any, path: str) -> m.Mention | None:
        if isinstance(value, str):
            return _token(value, path)
        if not c.is_table(value, path):
            return None
        c.keys(value, path, required={"printed"}, optional={"code", "qualifier"})
        printed = _printed(value, path, c, None)
        code = c.get(value, "code", path, str)
        if code is not None and code not in declared.codes:
            c.problem(f"{path}.code", f"{code!r} is not an EMN country code in [[countries]]")
            return None
        qualifier = c.get(value, "qualifier", path, str)
        if printed is None:
            return None
        if code is None:
            _not_a_country(printed, path)
        return m.Mention(printed, code, qualifier)

    def _token(printed: str, path: str) -> m.Mention | None:
        """A token as printed is a country only when it is a declared code (or GR for EL):
        anything else is kept as printed and flagged, never guessed."""
        if not printed.strip():  # as `printed` in a table
            c.problem(path, "empty text")
            return None
        code = ALIASES.get(printed, printed)
        if code in declared.codes:
            return m.Mention(printed, code)
        _not_a_country(printed, path)
        return m.Mention(printed, None)

    def _not_a_country(printed: str, path: str) -> None:
        c.warn(path, f"{printed!r} is no EMN country code: kept as printed, counted for none")

    return mention


def finding_builder(
    c: Checker, declared: Declared
) -> Callable[[dict[str, Any], str], m.Finding | None]:
    mention = mention_parser(c, declared)

    def build(table: dict[str, Any], path: str) -> m.Finding | None:
        c.keys(table, path, required={"kind", "id", "text", "source"}, optional={"mentions"})
        kind = c.reference(table, "kind", path, declared.kinds, "finding kind")
        ident, text = c.ident(table, "id", path), c.text(table, "text", path)
        source = c.reference(table, "source", path, declared.bullets, "summary bullet")
        items = c.get(table, "mentions", path, list) or []
        found = [mention(item, f"{path}.mentions[{i}]") for i, item in enumerate(items)]
        mentions = tuple(item for item in found if item is not None)
        if not (kind and ident and text and source) or len(mentions) != len(found):
            return None
        return m.Finding(kind, ident, text, source, mentions)

    return build
