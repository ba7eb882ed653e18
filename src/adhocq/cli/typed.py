"""A choice option that suggests the closest value to a mistyped one (what people type is
turned into typed values in cli/input.py)."""

from typing import Any

from adhocq.cli.framework import TyperChoice, choice_values, click
from adhocq.messages import N_, phrase


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
