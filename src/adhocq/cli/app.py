"""The Typer app: the root command and each command, built only when it is run."""

import importlib
from typing import Annotated

import typer
import typer.main
from typer.core import TyperGroup

from adhocq import __version__
from adhocq.cli import complete
from adhocq.cli.framework import CompletionItem, click
from adhocq.cli.helptext import SHORT_HELP, Context

EXIT_CODES_HELP = (
    "Exit codes: 0 ok (an empty result too), 1 data or runtime error, 2 usage error, "
    "130 interrupted."
)
ROOT_HELP = (
    "Query the answers countries gave to EMN ad hoc queries.\n\n"
    "Every summary adhocq could read is bundled ('adhocq queries' lists them, 'adhocq info' "
    "describes them); --data PATH or ADHOCQ_DATA reads other query files.\n\n"
    "Commands about one query (countries, measures, types, show, count, findings, matrix, "
    "compare, map, cite) answer about the default query ('adhocq info' names it) unless "
    "--query/-q chooses another: "
    "its id, the start of one, or words of its title (-q 'naturalisation process'), or "
    "ADHOCQ_QUERY. "
    "Across every query: queries, country, timeline, related, search, info, export, and "
    "compare --queries, matrix --queries, count --by query.\n\n"
    "'adhocq help COMMAND' describes a command.\n\n"
    "\b\nExamples:\n"
    "  adhocq countries --has staffing,training\n"
    "  adhocq findings -q 'naturalisation process'\n"
    "  adhocq country Czechia --lang fr\n\n" + EXIT_CODES_HELP
)

# Command name -> module; each module defines a function of the same name. Only the command being
# run is imported and built (start-up time, see LazyCommands); the root's help builds them all.
COMMANDS = {
    "queries": "adhocq.cli.commands.queries",
    "country": "adhocq.cli.commands.country",
    "timeline": "adhocq.cli.commands.timeline",
    "related": "adhocq.cli.commands.related",
    "countries": "adhocq.cli.commands.countries",
    "measures": "adhocq.cli.commands.measures",
    "types": "adhocq.cli.commands.types",
    "show": "adhocq.cli.commands.show",
    "count": "adhocq.cli.commands.count",
    "findings": "adhocq.cli.commands.findings",
    "info": "adhocq.cli.commands.info",
    "matrix": "adhocq.cli.commands.matrix",
    "compare": "adhocq.cli.commands.compare",
    "search": "adhocq.cli.commands.search",
    "map": "adhocq.cli.commands.map",
    "export": "adhocq.cli.commands.export",
    "serve": "adhocq.cli.commands.serve",
    "validate": "adhocq.cli.commands.validate",
    "cite": "adhocq.cli.commands.cite",
    "help": "adhocq.cli.commands.help",
}


# Options of the commands that may also come before the command's name (`adhocq --lang fr
# findings`): the root's parameter -> the command's option it stands for. Each is passed on as
# if it were written right after the name, so that the same option written after it wins.
GLOBAL_OPTIONS = {"lang": "--lang", "data": "--data", "query_id": "--query", "fmt": "--format"}


class LazyCommands(TyperGroup):
    """The root group, which imports and builds a command only when Click asks for it (Click's
    documented way to load subcommands lazily: `list_commands` and `get_command`). A run of one
    command builds that one; the root's help builds them all to list them."""

    context_class = Context

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        return build_command(cmd_name)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
        # Typer's lists the commands by building each; their names and help are known here.
        found = [
            CompletionItem(name, help=SHORT_HELP[name])
            for name in COMMANDS
            if name.startswith(incomplete.lower())  # a command's name in any case
        ]
        return found + click.Command.shell_complete(self, ctx, incomplete)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        # Typer suggests from the commands already built; here none is built until asked for.
        wanted = args[0] if args else ""
        if wanted and wanted[0] != "-" and wanted not in COMMANDS and not ctx.resilient_parsing:
            raise click.exceptions.UsageError(_no_such_command(wanted), ctx)
        name, command, rest = super().resolve_command(ctx, args)
        return name, command, [*_global_options(ctx, command), *rest]


def _no_such_command(wanted: str) -> str:
    import difflib

    from adhocq.messages import N_, phrase

    matches = difflib.get_close_matches(wanted, list(COMMANDS))
    if not matches:
        return phrase(N_("No such command {name!r}."), name=wanted)
    suggestions = ", ".join(repr(match) for match in matches)
    template = N_("No such command {name!r}. Did you mean {suggestions}?")
    return phrase(template, name=wanted, suggestions=suggestions)


def _global_options(ctx: click.Context, command: click.Command | None) -> list[str]:
    """The options given before the command, as the command's own. A command that has no
    --lang (export, validate) speaks that language all the same (see cli/language.py); any
    other option it does not take is a usage error of that command."""
    takes = {opt for param in command.params for opt in param.opts} if command else set()
    given = []
    for key, flag in GLOBAL_OPTIONS.items():
        value = ctx.params.get(key)
        if value is not None and (flag in takes or flag != "--lang"):
            given += [flag, value]
    return given


def build_command(name: str) -> click.Command:
    """The Click command of one adhocq command, built from its module's function."""
    module = importlib.import_module(COMMANDS[name])
    single = typer.Typer(
        add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False
    )
    single.command(name, short_help=SHORT_HELP[name], epilog=EXIT_CODES_HELP)(getattr(module, name))
    command = typer.main.get_command(single)
    command.name = name
    command.context_class = Context
    from adhocq.cli.typed import suggest_choices

    suggest_choices(command)
    return command


def root_command() -> click.Command:
    """The Click group `adhocq`, whose commands are built as they are asked for."""
    return typer.main.get_command(build_app())


def build_app() -> typer.Typer:
    app = typer.Typer(
        cls=LazyCommands,
        name="adhocq",
        help=ROOT_HELP,
        add_completion=True,
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(root)
    return app


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"adhocq {__version__} (dataset: {_bundled_dataset()})")
        raise typer.Exit()


def _bundled_dataset() -> str:
    """The bundled queries in a few words, read through the cache (no Rich, no TOML parser on
    a warm run); a dataset that cannot be read must not stop --version."""
    from adhocq.cli.present.cite import dataset_summary
    from adhocq.errors import AdhocqError
    from adhocq.reading.index import CorpusIndex
    from adhocq.reading.query_files import bundled_folder

    try:
        return dataset_summary(CorpusIndex((bundled_folder(),), write_cache=True).listings())
    except AdhocqError:
        return "cannot be read; 'adhocq validate' says why"


def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", is_eager=True, callback=_print_version, help="Show the version and exit."
        ),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="LANG",
            show_default=False,
            autocompletion=complete.languages,
            help="Language of the texts and of adhocq's words, as the command's --lang.",
        ),
    ] = None,
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            metavar="PATH",
            show_default=False,
            help="The queries to read, as the command's --data.",
        ),
    ] = None,
    query_id: Annotated[
        str | None,
        typer.Option(
            "--query",
            "-q",
            metavar="ID",
            show_default=False,
            autocompletion=complete.queries,
            help="The query to answer about, as the command's --query.",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            show_default=False,
            help="Output format, as the command's --format. These four may come before the "
            "command or after it; after it wins.",
        ),
    ] = None,
) -> None:
    """Query the answers countries gave to EMN ad hoc queries."""
