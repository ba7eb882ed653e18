"""Typed errors; the CLI's error boundary turns each into one line per problem and an exit code."""

from collections.abc import Collection, Sequence

from adhocq.record import Record, record


class AdhocqError(Exception):
    """Base of every error adhocq expects; `exit_code` is what the process returns."""

    exit_code = 1

    def lines(self, lang: str = "en") -> list[str]:
        """What is said on stderr, in `lang` where the message is adhocq's own (`phrase`)."""
        from adhocq.messages import shown

        message = self.args[0] if self.args else ""
        return [shown(lang, message) if isinstance(message, str) else str(message)]


class UsageProblem(AdhocqError):
    """A bad value on the command line (unknown id, code, ...): exit 2. `details` are lines
    said after the message (the choices it speaks of), one each."""

    exit_code = 2

    def __init__(self, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.details = tuple(details)

    def lines(self, lang: str = "en") -> list[str]:
        return [*super().lines(lang), *self.details]


class NotFound(AdhocqError):
    """A well-formed request the data cannot answer (a member that did not respond): exit 1."""


@record
class Problem(Record):
    """One thing wrong in a dataset file, located by path (with indices) and line."""

    path: str
    message: str
    line: int | None = None

    def render(self, file: str) -> str:
        where = f"{file}:{self.line}" if self.line else file
        at = f" @ {self.path}" if self.path else ""
        return f"{where}: {self.message}{at}"


class DataError(AdhocqError):
    """A dataset that cannot be used: every problem found, not just the first."""

    def __init__(self, file: str, problems: Sequence[Problem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self, lang: str = "en") -> list[str]:
        return [problem.render(self.file) for problem in self.problems]


class DataErrors(AdhocqError):
    """Several dataset files that cannot be used, each with every problem found in it."""

    def __init__(self, errors: Sequence[DataError]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(self.lines()))

    def lines(self, lang: str = "en") -> list[str]:
        return [line for error in self.errors for line in error.lines(lang)]


def say(line: str) -> None:
    """One line on stderr, where everything but data goes. Messages quote what the user gave
    (file names, values), so control characters are shown escaped, never sent raw. A closed or
    broken stderr gets nothing, and the message never goes to stdout instead."""
    import sys

    from adhocq.output.result import make_visible

    if sys.stderr is None:  # started with stderr closed (2>&-)
        return
    try:
        print(f"adhocq: {make_visible(line)}", file=sys.stderr, flush=True)
    except OSError:  # nowhere left to say it
        pass


# difflib compares a value with each choice in time that grows with the product of their
# lengths, so a suggestion is only looked for where that stays cheap (a few ms); a dataset's ids
# are far below both limits.
SUGGEST_MAX_LENGTH = 40
SUGGEST_MAX_CHOICES = 200
LIST_MAX_CHOICES = 50


def closest(value: str, choices: Collection[str]) -> str | None:
    """The valid choice nearest to a mistyped `value`, if any is close enough; None without
    looking when `value` is long or the choices are many."""
    if len(value) > SUGGEST_MAX_LENGTH or len(choices) > SUGGEST_MAX_CHOICES:
        return None
    import difflib

    matches = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def unknown_value(what: str, value: str, choices: Sequence[str]) -> str:
    """'unknown type 'stafing' (did you mean 'staffing'?)' or a list of the valid values (their
    number, when they are too many to list); `what` is a noun of adhocq's (marked with N_), so
    that the message can be said in another language (see adhocq.messages.phrase)."""
    from adhocq.messages import N_, phrase

    if not choices:
        return phrase(N_("unknown {what} {value!r} (none is declared)"), what=what, value=value)
    guess = closest(value.lower(), [c.lower() for c in choices])
    if guess is not None:
        original = next(c for c in choices if c.lower() == guess)
        return phrase(
            N_("unknown {what} {value!r} (did you mean {original!r}?)"),
            what=what,
            value=value,
            original=original,
        )
    if len(choices) > LIST_MAX_CHOICES:
        return phrase(
            N_("unknown {what} {value!r} (not one of the {n} declared)"),
            what=what,
            value=value,
            n=len(choices),
        )
    return phrase(
        N_("unknown {what} {value!r} (expected one of: {choices})"),
        what=what,
        value=value,
        choices=", ".join(choices),
    )
