"""The checks `load` applies to raw TOML values. Each records a located problem and returns None
instead of stopping, so one run reports everything that is wrong."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from enum import Enum
from typing import Any, TypeVar

from adhocq.errors import Problem
from adhocq.model import ENGLISH, Text, Translation

T = TypeVar("T")
E = TypeVar("E", bound=Enum)
LANGUAGE = re.compile(r"[a-z]{2}")
"""A language code, as a text's key and a source's `lang` (ISO 639-1)."""
# A suggestion ("did you mean ...?") or a list of the valid values is a search over what is
# declared, so only the first problems of a file get one: thousands of bad references would
# otherwise take minutes to report (issue 10).
EXPLAINED_PROBLEMS = 20
# Matched whole with fullmatch ("$" also matches before a final newline); explicit ASCII ranges,
# where \d or \w would take any script's digits and letters.
_IDENT = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def is_ident(value: str) -> bool:
    """Whether `value` is an id as a dataset writes ids ("staff-support")."""
    return _IDENT.fullmatch(value) is not None


_TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    dict: "a table",
    list: "an array",
    datetime.date: "a date (YYYY-MM-DD)",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, datetime.datetime):
        return "a date-time"
    for kind, name in _TYPE_NAMES.items():
        if isinstance(value, kind):
            return name.replace("true or false", "a boolean")
    return type(value).__name__


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _join(path: str, key: str) -> str:
    if not _BARE_KEY.fullmatch(key):  # as TOML writes it: "" or "a b" or "x.y"
        key = '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{path}.{key}" if path else key


def _unknown(what: str, value: str, choices: Sequence[str] | None) -> str:
    from adhocq.suggest import unknown_value  # only for a file with a problem

    return f"unknown {what} {value!r}" if choices is None else unknown_value(what, value, choices)


class Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self._explanations_left = EXPLAINED_PROBLEMS

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def warn(self, path: str, message: str) -> None:
        """Something to look at that does not stop the file loading."""
        self.warnings.append(Problem(path, message))

    def explains(self) -> bool:
        """Whether the problem about to be reported may suggest or list the valid values."""
        self._explanations_left -= 1
        return self._explanations_left >= 0

    def suggest(self, value: str, choices: Collection[str]) -> str | None:
        from adhocq.suggest import closest

        return closest(value, choices) if self.explains() else None

    def is_table(self, value: Any, path: str) -> bool:
        if isinstance(value, dict):
            return True
        if value is not None:
            self.problem(path, f"expected a table, got {_describe(value)}")
        return False

    def keys(
        self, table: dict[str, Any], path: str, required: set[str], optional: Iterable[str] = ()
    ) -> None:
        allowed = required | set(optional)
        for key in sorted(required - table.keys()):
            self.problem(_join(path, key), f"missing required key {key!r}")
        for key in sorted(table.keys() - allowed):
            guess = self.suggest(key, allowed)
            hint = f" (did you mean {guess!r}?)" if guess else ""
            self.problem(_join(path, key), f"unknown key {key!r}{hint}")

    def get(self, table: dict[str, Any], key: str, path: str, kind: type[T]) -> T | None:
        if key not in table:
            return None
        value = table[key]
        wrong_bool = isinstance(value, bool) and kind is not bool
        wrong_date = kind is datetime.date and isinstance(value, datetime.datetime)
        if isinstance(value, kind) and not wrong_bool and not wrong_date:
            return value
        self.problem(_join(path, key), f"expected {_TYPE_NAMES[kind]}, got {_describe(value)}")
        return None

    def ident(self, table: dict[str, Any], key: str, path: str) -> str | None:
        value = self.get(table, key, path, str)
        if value is not None and not _IDENT.fullmatch(value):
            self.problem(
                _join(path, key), f"expected a lower-case id like 'staff-support', got {value!r}"
            )
            return None
        return value

    def text(self, table: dict[str, Any], key: str, path: str) -> Text | None:
        if key not in table:
            return None
        return self.text_value(table[key], _join(path, key))

    def text_value(self, value: Any, path: str) -> Text | None:
        """`{ en = "...", fr = "...", ... }`: English, and any other language by its code."""
        if not isinstance(value, dict):
            self.problem(
                path,
                f'expected a table of texts {{ en = "...", fr = "..." }}, got {_describe(value)}',
            )
            return None
        if ENGLISH not in value:
            self.problem(_join(path, ENGLISH), "missing required key 'en': every text has English")
        ok = True
        translations: list[Translation] = []
        for lang in value:
            if not LANGUAGE.fullmatch(lang):
                self.problem(
                    _join(path, lang),
                    f"expected a two-letter language code like 'fr' as key, got {lang!r}",
                )
                ok = False
                continue
            text = self.get(value, lang, path, str)
            if text is not None and not text.strip():
                self.problem(_join(path, lang), "empty text")
                text = None
            if text is None:
                ok = False
            elif lang != ENGLISH:
                translations.append(Translation(lang, text))
        english = value.get(ENGLISH)
        if not ok or not isinstance(english, str):
            return None
        return Text(english, tuple(translations))

    def text_list(self, table: dict[str, Any], key: str, path: str) -> list[Text]:
        items = self.get(table, key, path, list)
        if items is None:
            return []
        found = [self.text_value(item, f"{path}.{key}[{i}]") for i, item in enumerate(items)]
        return [text for text in found if text is not None]

    def choice(self, table: dict[str, Any], key: str, path: str, kind: type[E]) -> E | None:
        value = self.get(table, key, path, str)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            valid = [member.value for member in kind] if self.explains() else None
            self.problem(_join(path, key), _unknown(key, value, valid))
            return None

    def reference(
        self, table: dict[str, Any], key: str, path: str, valid: set[str], what: str
    ) -> str | None:
        value = self.get(table, key, path, str)
        if value is None:
            return None
        if value not in valid:
            listed = sorted(valid) if self.explains() else None
            self.problem(_join(path, key), _unknown(what, value, listed))
            return None
        return value

    def table_list(
        self,
        table: dict[str, Any],
        key: str,
        path: str,
        build: Callable[[dict[str, Any], str], T | None],
    ) -> list[T]:
        items = self.get(table, key, path, list)
        if items is None:
            return []
        built: list[T] = []
        for index, item in enumerate(items):
            item_path = f"{_join(path, key)}[{index}]"
            if self.is_table(item, item_path):
                result = build(item, item_path)
                if result is not None:
                    built.append(result)
        return built

    def unique(self, table: dict[str, Any], key: str, path: str, field: str, what: str) -> None:
        """Report repeated `field` values among the raw tables of `table[key]`."""
        items = table.get(key)
        if not isinstance(items, list):
            return
        seen: set[Any] = set()
        for index, item in enumerate(items):
            value = item.get(field) if isinstance(item, dict) else None
            if isinstance(value, str):
                if value in seen:
                    self.problem(
                        f"{_join(path, key)}[{index}].{field}", f"duplicate {what} {value!r}"
                    )
                seen.add(value)
