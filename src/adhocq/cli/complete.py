"""Shell completion: Typer's own protocol (`adhocq --install-completion`), with the values each
option and argument takes read from the dataset the command would read: `--data` if it comes
earlier on the command line, else ADHOCQ_DATA, else the bundled queries.

Completing runs on every Tab, so it stays quick (no Rich, the dataset from the cache) and
silent: whatever fails (a broken or missing dataset, a bad --query), it offers no candidate and
prints no traceback. Each function here is an `autocompletion=` of typer.Option or
typer.Argument: (ctx, incomplete) -> [(value, help)], where the shell shows the help (zsh, fish).
"""

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from adhocq.cli.framework import FishComplete, ZshComplete, click

if TYPE_CHECKING:
    from adhocq.model import Dataset
    from adhocq.reading.index import CorpusIndex

COMPLETE_VAR = "_ADHOCQ_COMPLETE"
"""The environment variable Typer's completion scripts set (`complete_bash`, ...)."""

Candidates = list[tuple[str, str]]


def requested() -> str | None:
    """The completion instruction the shell sent, if this run is one."""
    return os.environ.get(COMPLETE_VAR) or None


def respond(command: click.Command, instruction: str) -> int:
    """Answer the shell: the candidates for the word being completed, on stdout in the form
    its script reads. Any failure is no candidate and exit 0, never a traceback."""
    from typer.completion import shell_complete

    from adhocq.cli.framework import add_completion_class

    try:
        add_completion_class(PlainZshComplete, "zsh")
        add_completion_class(PlainFishComplete, "fish")
        return shell_complete(command, {}, "adhocq", COMPLETE_VAR, instruction)
    except Exception:  # noqa: BLE001 - a shell's Tab must never show a traceback
        return 0


def _zsh_escape(text: str) -> str:
    """As Typer's ZshComplete escapes a value for `_arguments`."""
    return (
        text.replace('"', '""')
        .replace("'", "''")
        .replace("$", "\\$")
        .replace("`", "\\`")
        .replace(":", r"\\:")
    )


class PlainZshComplete(ZshComplete):
    """Typer's zsh completion, with each help shown as it is: Typer's own would import Rich to
    strip markup, which adhocq's help texts do not use, on every Tab."""

    def format_completion(self, item: click.shell_completion.CompletionItem) -> str:
        if not item.help:
            return super().format_completion(item)
        return f'"{_zsh_escape(item.value)}":"{_zsh_escape(item.help)}"'


class PlainFishComplete(FishComplete):
    """Typer's fish completion, with each help as it is (no Rich), on one line."""

    def format_completion(self, item: click.shell_completion.CompletionItem) -> str:
        if not item.help:
            return super().format_completion(item)
        return f"{item.value}\t{' '.join(item.help.split())}"


# ------------------------------------------------------------------ the dataset


def _index(ctx: click.Context) -> "CorpusIndex":
    """The corpus index, for values across queries (see reading/index.py)."""
    from adhocq.reading.index import CorpusIndex
    from adhocq.reading.query_files import data_paths

    data = ctx.params.get("data")
    return CorpusIndex(data_paths(data if isinstance(data, str) else None), write_cache=True)


def _query(ctx: click.Context) -> "Dataset":
    """The chosen query, as a command about it loads it."""
    from adhocq.cli.datasets import dataset

    data, raw = ctx.params.get("data"), ctx.params.get("query_id")
    return dataset(
        data if isinstance(data, str) else None, None, raw if isinstance(raw, str) else None
    )


def _matching(candidates: Iterable[tuple[str, str]], incomplete: str) -> Candidates:
    """The candidates that start the way the last item of `incomplete` does (any case), each
    after the items before it (`--type staffing,tr` -> `staffing,training`), in the case typed
    (`c` -> `cz`, `EMN-AHQ-2024-F` -> `EMN-AHQ-2024-FI-CITIZENSHIP-TESTS`, `Cz` -> `Cz`;
    adhocq takes codes and ids in any case), as Typer keeps only what starts with what was
    typed."""
    head, comma, last = incomplete.rpartition(",")
    prefix = head + comma
    found: Candidates = []
    for value, help in candidates:
        start = value[: len(last)]
        if start.casefold() != last.casefold():
            continue
        if last and last == last.lower():
            value = value.lower()
        elif last and last == last.upper():
            value = value.upper()
        found.append((prefix + last + value[len(last) :], help))
    return found


def _quietly(listing: Callable[[click.Context], Iterable[tuple[str, str]]]) -> Callable[..., Any]:
    """An `autocompletion` callback from a listing of (value, help); no candidate on failure."""

    def complete(ctx: click.Context, incomplete: str) -> Candidates:
        try:
            return _matching(listing(ctx), incomplete)
        except Exception:  # noqa: BLE001 - a broken dataset: nothing to offer, nothing said
            return []

    complete.__name__ = complete.__qualname__ = listing.__name__
    complete.__doc__ = listing.__doc__
    return complete


# ------------------------------------------------------------------ the values


@_quietly
def measure_types(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """The measure types of the chosen query."""
    return [(t.id, t.label.en) for t in _query(ctx).types]


@_quietly
def categories(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """The categories of measure types of the chosen query."""
    return [(c.id, c.label.en) for c in _query(ctx).categories]


@_quietly
def respondents(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """The codes of the countries that answered the chosen query, with their names."""
    return [(r.code, r.country.name.en) for r in _query(ctx).responses]


@_quietly
def countries(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """The codes of every country of the dataset's queries, with their names."""
    from adhocq import ask

    seen: dict[str, str] = {}
    for country in ask.countries(_index(ctx)):
        seen.setdefault(country.code, country.name.en)
    return seen.items()


@_quietly
def topics(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """The topics queries are tagged with, with their labels in English."""
    from adhocq.topics import TOPICS

    return [(topic, en) for topic, en, *_ in TOPICS]


@_quietly
def queries(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """The query ids of the dataset, with their titles."""
    from adhocq import ask

    return [(x.id, x.title.en) for x in ask.listings(_index(ctx))]


@_quietly
def finding_kinds(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """The kinds of finding of the chosen query."""
    return [(k.id, k.label.en) for k in _query(ctx).finding_kinds]


@_quietly
def answers(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """QUESTION=yes and QUESTION=no for each question of the chosen query."""
    return [
        (f"{q.id}={value}", f"{q.label.en}: {value}")
        for q in _query(ctx).questions
        for value in ("yes", "no")
    ]


@_quietly
def map_by(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """What `map --by` colours by: a question, a measure type, or the number of measures."""
    ds = _query(ctx)
    return [
        *((q.id, q.label.en) for q in ds.questions),
        *((t.id, t.label.en) for t in ds.types),
        ("measures", "How many measures the summary names"),
        ("named", "Whether the summary names the country at all"),
    ]


@_quietly
def languages(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """The languages adhocq speaks and those the dataset's texts are written in."""
    from adhocq import ask
    from adhocq.messages import CATALOGS

    return [(lang, "") for lang in sorted({"en", *CATALOGS, *ask.languages(_index(ctx))})]


@_quietly
def commands(ctx: click.Context) -> Iterable[tuple[str, str]]:
    """adhocq's commands, with their one-line help."""
    from adhocq.cli.helptext import SHORT_HELP

    return SHORT_HELP.items()
