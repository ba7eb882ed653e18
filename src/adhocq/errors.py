"""Typed errors; the CLI's error boundary turns each into one line per problem and an exit code."""

from collections.abc import Sequence

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

    def __reduce__(self) -> tuple[type["DataError"], tuple[str, tuple[Problem, ...]]]:
        return DataError, (self.file, self.problems)  # as a worker process sends it back

    def lines(self, lang: str = "en") -> list[str]:
        return [problem.render(self.file) for problem in self.problems]


class DataErrors(AdhocqError):
    """Several dataset files that cannot be used, each with every problem found in it."""

    def __init__(self, errors: Sequence[DataError]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(self.lines()))

    def lines(self, lang: str = "en") -> list[str]:
        return [line for error in self.errors for line in error.lines(lang)]
