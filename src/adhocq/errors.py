"""Typed errors; the CLI's error boundary turns each into one line per problem and an exit code."""

from collections.abc import Iterable, Sequence

from adhocq.record import Record, record


class AdhocqError(Exception):
    """Base of every error adhocq expects; `exit_code` is what the process returns."""

    exit_code = 1

    def lines(self) -> list[str]:
        return [str(self)]


class UsageProblem(AdhocqError):
    """A bad value on the command line (unknown id, code, ...): exit 2."""

    exit_code = 2


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

    def lines(self) -> list[str]:
        return [problem.render(self.file) for problem in self.problems]


def say(line: str) -> None:
    """One line on stderr, where everything but data goes. Messages quote what the user gave
    (file names, values), so control characters are shown escaped, never sent raw. A closed or
    broken stderr gets nothing, and the message never goes to stdout instead."""
    import sys

    from adhocq.result import make_visible

    if sys.stderr is None:  # started with stderr closed (2>&-)
        return
    try:
        print(f"adhocq: {make_visible(line)}", file=sys.stderr, flush=True)
    except OSError:  # nowhere left to say it
        pass


def closest(value: str, choices: Iterable[str]) -> str | None:
    """The valid choice nearest to a mistyped `value`, if any is close enough."""
    import difflib

    matches = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def unknown_value(what: str, value: str, choices: Sequence[str]) -> str:
    """'unknown type 'stafing' (did you mean 'staffing'?)' or a list of the valid values."""
    if not choices:
        return f"unknown {what} {value!r} (none is declared)"
    guess = closest(value.lower(), [c.lower() for c in choices])
    if guess is not None:
        original = next(c for c in choices if c.lower() == guess)
        return f"unknown {what} {value!r} (did you mean {original!r}?)"
    return f"unknown {what} {value!r} (expected one of: {', '.join(choices)})"
