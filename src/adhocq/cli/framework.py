"""The Typer internals adhocq uses, named in this module only. Typer 0.28 vendors Click as the
private `typer._click` and has no public name for Click's classes, exceptions and completion, nor
for its own Choice type and completion classes: a Typer that moves one breaks this module alone.
`import typer` imports all of these already, so naming them here costs no start-up time."""

from typing import Any

from typer import _click as click
from typer._click.core import ParameterSource
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    ClickException,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer._click.shell_completion import CompletionItem, add_completion_class
from typer._completion_classes import FishComplete, ZshComplete
from typer._types import TyperChoice

__all__ = [
    "BadOptionUsage",
    "BadParameter",
    "ClickException",
    "CompletionItem",
    "FishComplete",
    "MissingParameter",
    "NoArgsIsHelpError",
    "NoSuchOption",
    "ParameterSource",
    "TyperChoice",
    "UsageError",
    "ZshComplete",
    "add_completion_class",
    "choice_values",
    "click",
]


def choice_values(choice: TyperChoice[Any], ctx: click.Context | None) -> list[str]:
    """The values a choice option accepts, as it compares them with what was typed."""
    return list(choice._normalized_mapping(ctx=ctx).values())
