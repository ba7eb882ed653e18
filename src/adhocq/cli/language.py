"""The language adhocq speaks in a run: its help, errors and notes, and (the default of --lang)
the texts it shows. The last --lang on the command line (before or after the command), else
ADHOCQ_LANG, else the language of the locale (LC_ALL, LC_MESSAGES, LANG: fr_FR.UTF-8 is
French) where adhocq has a catalog for it, else English.

--lang is read from the arguments before Click parses them: a usage error found while parsing
is reported in it, and the help is written in it."""

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from adhocq.messages import CATALOGS

if TYPE_CHECKING:
    from adhocq.cli.framework import BadParameter, UsageError

ENGLISH = "en"
LANG_OPTIONS = ("--lang", "-l")
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_spoken = [ENGLISH]


def interface(args: Sequence[str]) -> str:
    """The language of a run with `args` (see the module's docstring)."""
    given = _last_lang(args)
    if given is None:
        given = os.environ.get("ADHOCQ_LANG") or None
    return typed(given) if given is not None else from_locale()


def from_locale() -> str:
    """The locale's language where adhocq speaks it; English otherwise (C, POSIX, de_DE)."""
    for name in LOCALE_VARIABLES:
        value = os.environ.get(name)
        if value:  # the first one set decides, as for the C library
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in CATALOGS else ENGLISH
    return ENGLISH


def typed(raw: str) -> str:
    """A language code as typed ("FR ") -> as a dataset writes it ("fr")."""
    return raw.strip(" \t").lower() if raw.isascii() else raw


def speak(lang: str) -> None:
    """Make `lang` the language of this run (the console script's entry point does)."""
    _spoken[0] = lang


def spoken() -> str:
    """The language of this run."""
    return _spoken[0]


def _last_lang(args: Sequence[str]) -> str | None:
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg in LANG_OPTIONS and index + 1 < len(args):
            found = args[index + 1]
        elif arg.startswith("--lang="):
            found = arg.removeprefix("--lang=")
        elif arg.startswith("-l") and not arg.startswith("--") and len(arg) > 2:
            found = arg[2:]
    return found


def click_message(error: "UsageError", lang: str) -> str:
    """A usage error of Click's on one line, in `lang`: said anew from the error's fields
    where adhocq has words for it, else Click's own English."""
    from adhocq.cli.framework import BadOptionUsage, BadParameter, MissingParameter, NoSuchOption
    from adhocq.messages import N_, shown, tr

    english = " ".join(error.format_message().split())
    if lang not in CATALOGS:
        return english
    message = error.message
    if isinstance(error, NoSuchOption) and message.startswith("No such option"):
        said = tr(lang, "no such option: {name}").format(name=error.option_name)
        if error.possibilities:
            options = ", ".join(sorted(error.possibilities))
            said += tr(lang, " (possible options: {options})").format(options=options)
        return said
    if isinstance(error, MissingParameter):
        kind = error.param_type or (error.param.param_type_name if error.param else "")
        template = (
            N_("missing argument {hint}") if kind == "argument" else N_("missing option {hint}")
        )
        return tr(lang, template).format(hint=_hint(error))
    if isinstance(error, BadParameter):
        return tr(lang, "invalid value for {hint}: {message}").format(
            hint=_hint(error), message=shown(lang, message)
        )
    if isinstance(error, BadOptionUsage) and message.endswith("requires an argument."):
        return tr(lang, "option {name} requires a value").format(name=repr(error.option_name))
    extra = message.removeprefix("Got unexpected extra argument(s) ")
    if extra != message:
        return tr(lang, "unexpected extra arguments {extra}").format(extra=extra)
    if message == "Missing command.":
        return tr(lang, "missing command")
    return " ".join(shown(lang, message).split()) if isinstance(message, str) else english


def _hint(error: "BadParameter") -> str:
    """The parameter an error is about, as Click names it ("'--format' / '-f'", "'CODE'")."""
    hint = error.param_hint
    if hint is None and error.param is not None and error.ctx is not None:
        hint = error.param.get_error_hint(error.ctx)
    if hint is None:
        return ""
    return hint if isinstance(hint, str) else " / ".join(repr(x) for x in hint)
