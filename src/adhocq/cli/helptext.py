"""The help in the run's language (see cli/language.py): Click's help formatter, which gives
each text it writes (a command's help, an option's, a heading, the usage line) in that language
where adhocq has a translation of it (cli/help_french.py), and in English otherwise."""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import typer

from adhocq.cli.framework import click
from adhocq.cli.language import spoken

# One line each for the root's list of commands (a docstring's first sentence is cut at 60 or so).
SHORT_HELP = {
    "queries": "The queries, newest first; by country, date or text.",
    "country": "Everything the queries say of one country.",
    "timeline": "A topic across the years, with each country's role.",
    "related": "Has this been asked before? The queries closest to a draft.",
    "countries": "Respondents, filtered by their answers and measure types.",
    "measures": "One row per country and measure.",
    "types": "The measure types, with how many countries report each.",
    "show": "One country's profile.",
    "count": "Counts per type, category, country or query.",
    "findings": "One query's findings by kind, with the countries named.",
    "info": "The dataset, or one query: requester, dates, sources.",
    "matrix": "Countries x measure types (or x queries), with totals.",
    "compare": "Countries side by side, in one query or across all.",
    "search": "Search every text, ignoring case and accents.",
    "map": "A tile map of the EMN countries.",
    "export": "The whole dataset as a SQLite database.",
    "serve": "Browse the whole dataset in Datasette.",
    "validate": "Check query files.",
    "cite": "How to cite a summary, and adhocq's dataset.",
    "help": "The help of a command, as COMMAND --help.",
}
# The words Click and Typer write around adhocq's: headings, the usage line's prefix and the
# notes in brackets after an option's help ("[env var: ADHOCQ_LANG; default: text]"), where
# a no-break space keeps the colon French typography spaces off with its label.
FRAMEWORK_FRENCH = {
    "Usage: ": "Utilisation : ",
    "Options": "Options",
    "Arguments": "Arguments",
    "Commands": "Commandes",
    "env var: ": "variable d'environnement\u00a0: ",
    "default: ": "par défaut\u00a0: ",
    "required": "obligatoire",
}
BLOCK_HEADINGS = {"Examples:": "Exemples :"}


def help_text(lang: str, text: str) -> str:
    """`text`, a help text of adhocq's, in `lang`: paragraph by paragraph where it has been
    translated. A block Click keeps as it is (`\\b`: examples) keeps its lines; only its
    heading is translated."""
    if lang != "fr":
        return text
    if text in FRAMEWORK_FRENCH:
        return FRAMEWORK_FRENCH[text]
    from adhocq.cli.help_french import HELP

    said = []
    for paragraph in text.split("\n\n"):
        if paragraph.startswith("\b\n"):
            heading, newline, lines = paragraph[2:].partition("\n")
            said.append("\b\n" + BLOCK_HEADINGS.get(heading, heading) + newline + lines)
        else:
            said.append(HELP.get(" ".join(paragraph.split()), paragraph))
    return "\n\n".join(said)


def _with_notes(lang: str, text: str) -> str:
    """An option's help and, after it, Typer's notes in brackets, each in `lang`."""
    body, bracket, notes = text.rpartition("  [")
    if not bracket or not notes.endswith("]"):
        return help_text(lang, text)
    said = []
    for note in notes[:-1].split("; "):
        label = next((key for key in ("env var: ", "default: ") if note.startswith(key)), None)
        if label is None:
            said.append(help_text(lang, note))
        else:
            said.append(help_text(lang, label) + note.removeprefix(label))
    return f"{help_text(lang, body)}  [{'; '.join(said)}]"


class Formatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(
            prog, args, help_text(spoken(), "Usage: ") if prefix is None else prefix
        )

    def write_text(self, text: str) -> None:
        super().write_text(help_text(spoken(), text))

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        lang = spoken()
        super().write_dl([(term, _with_notes(lang, text)) for term, text in rows], col_max,
                         col_spacing)  # fmt: skip

    def write_heading(self, heading: str) -> None:
        # French sets a space before a colon; Click writes "Options:".
        super().write_heading(heading + " " if spoken() == "fr" else heading)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(help_text(spoken(), name)):
            yield


class Context(typer.Context):
    """A command's context, whose help is written by `Formatter`."""

    formatter_class = Formatter
