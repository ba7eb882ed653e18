"""The Typer app: the root command and each command, built only when it is run."""

import importlib
from collections.abc import Iterable
from typing import Annotated

import typer

from adhocq import __version__

EXIT_CODES_HELP = (
    "Exit codes: 0 ok (an empty result too), 1 data or runtime error, 2 usage error, "
    "130 interrupted."
)
ROOT_HELP = (
    "Query the answers countries gave to an EMN ad hoc query.\n\n"
    "Bundled: customer service of immigration authorities in a crisis "
    "(Finnish Immigration Service, December 2023; 19 respondents).\n\n" + EXIT_CODES_HELP
)

# Command name -> module; each module defines a function of the same name. Only the command being
# run is imported and built (start-up time); the root's help and errors build them all.
COMMANDS = {
    "countries": "adhocq.commands.countries",
    "measures": "adhocq.commands.measures",
    "types": "adhocq.commands.types",
    "show": "adhocq.commands.show",
    "count": "adhocq.commands.count",
    "findings": "adhocq.commands.findings",
    "info": "adhocq.commands.info",
    "matrix": "adhocq.commands.matrix",
    "compare": "adhocq.commands.compare",
    "search": "adhocq.commands.search",
    "map": "adhocq.commands.map",
    "export": "adhocq.commands.export",
    "validate": "adhocq.commands.validate",
}
# One line each for the root's list of commands (a docstring's first sentence is cut at 60 or so).
SHORT_HELP = {
    "countries": "Respondents, filtered by service and measure types.",
    "measures": "One row per country and measure.",
    "types": "The measure types, with how many countries report each.",
    "show": "One country's profile.",
    "count": "Countries per type or category, or measures per country.",
    "findings": "Challenges, solutions and preparedness, by no country.",
    "info": "The query: requester, dates, respondents, sources.",
    "matrix": "Countries x measure types, with totals.",
    "compare": "Countries side by side.",
    "search": "Search every text, ignoring case and accents.",
    "map": "A tile map of the EMN countries.",
    "export": "The whole dataset as a SQLite database.",
    "validate": "Check a dataset file.",
}


def build_app(names: Iterable[str] = COMMANDS) -> typer.Typer:
    app = typer.Typer(
        name="adhocq",
        help=ROOT_HELP,
        add_completion=False,
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(root)
    for name in names:
        module = importlib.import_module(COMMANDS[name])
        command = app.command(name, short_help=SHORT_HELP[name], epilog=EXIT_CODES_HELP)
        command(getattr(module, name))
    return app


def invoked_command(argv: list[str]) -> list[str]:
    """The command named in argv, if it is the first word; otherwise every command."""
    return [argv[0]] if argv and argv[0] in COMMANDS else list(COMMANDS)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"adhocq {__version__}")
        raise typer.Exit()


def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", is_eager=True, callback=_print_version, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Query the answers countries gave to an EMN ad hoc query."""
