"""What people type, as the data writes it: a country by code or by name in any language,
comma-separated lists where an option repeats, and suggestions for a mistyped choice."""

import re
from collections.abc import Iterable, Sequence
from typing import Any

from adhocq.cli.framework import TyperChoice, choice_values, click
from adhocq.countries import EMN_COUNTRIES, OTHER_NAMES, normalise_code
from adhocq.errors import UsageProblem
from adhocq.messages import N_, phrase
from adhocq.model import Country

Named = tuple[str, str, tuple[str, ...]]
"""A country as people may type it: its code, its English name, and every name it has."""

_NOT_A_LETTER = re.compile(r"[\W_]+")


def named(countries: Iterable[Country], every_emn: bool = False) -> list[Named]:
    """The countries of a dataset (with `every_emn`, and every other EMN country), each with
    the names its translations give it, the EMN's English and French names, and the other
    names people call it (`OTHER_NAMES`)."""
    emn = {code: (en, fr) for code, _, en, fr in EMN_COUNTRIES}
    found: dict[str, Named] = {}
    for c in countries:
        code, en, names = found.get(c.code, (c.code, c.name.en, ()))
        own = (c.name.en, *(t.text for t in c.name.translations))
        found[code] = (code, en, (*names, *own))
    if every_emn:
        for code, (en, _) in emn.items():
            found.setdefault(code, (code, en, ()))
    return [
        (code, en, (*names, *emn.get(code, ()), *OTHER_NAMES.get(code, ())))
        for code, en, names in found.values()
    ]


def name_key(name: str) -> str:
    """A name as compared: no case, accents, spaces or punctuation ('Pays-Bas' = 'pays bas')."""
    from adhocq.fold import fold  # here, not at the top: most runs name no country

    return _NOT_A_LETTER.sub("", fold(name))


def country_code(raw: str, countries: Sequence[Named]) -> str:
    """The code of the country `raw` stands for: a code (any case, GR for EL) or a name in any
    language given (any case, any accents); a usage error with the closest country, if any."""
    codes = {code for code, _, _ in countries}
    code = normalise_code(raw)
    if code in codes:
        return code
    by_name = {name_key(name): code for code, _, names in countries for name in names}
    key = name_key(raw)
    if key and key in by_name:
        return by_name[key]
    english = {code: en for code, en, _ in countries}
    from adhocq.suggest import closest

    guess = closest(key, [*by_name, *(c.lower() for c in codes)]) if key else None
    if guess is not None:
        meant = by_name.get(guess, guess.upper())
        template = N_("unknown country {raw!r} (did you mean {code} ({name})?)")
        raise UsageProblem(phrase(template, raw=raw, code=meant, name=english[meant]))
    template = N_(
        "unknown country {raw!r} (give an EMN country code such as CZ, or a name such as Czechia)"
    )
    raise UsageProblem(phrase(template, raw=raw))


def commas(param: click.Parameter, values: list[str] | None) -> list[str] | None:
    """An option that repeats also takes a comma-separated list: `--type staffing,training` is
    `--type staffing --type training`. An empty item is a usage error."""
    if values is None:
        return None
    items: list[str] = []
    for value in values:
        pieces = value.split(",")
        if len(pieces) > 1 and any(not piece.strip() for piece in pieces):
            option = param.opts[0] if param.opts else param.name
            template = N_(
                "{option} {value!r} has an empty item; separate values with single commas"
            )
            raise UsageProblem(phrase(template, option=option, value=value))
        items += pieces if len(pieces) > 1 else [value]
    return items


class SuggestingChoice(TyperChoice[Any]):
    """Typer's choice of an Enum's values, which also suggests the closest one (`-f jsn`: did
    you mean 'json'?)."""

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        choices = choice_values(self, ctx)
        listed = ", ".join(repr(choice) for choice in choices)
        from adhocq.suggest import closest

        guess = closest(str(value).casefold(), choices) if isinstance(value, str) else None
        if guess:
            template = N_("{value!r} is not one of {choices} (did you mean {guess!r}?)")
            return phrase(template, value=value, choices=listed, guess=guess)
        return phrase(N_("{value!r} is not one of {choices}."), value=value, choices=listed)


def suggest_choices(command: click.Command) -> None:
    """Make each choice option of `command` suggest the closest value to a mistyped one."""
    for param in command.params:
        if type(param.type) is TyperChoice:
            param.type = SuggestingChoice(param.type.choices, param.type.case_sensitive)
