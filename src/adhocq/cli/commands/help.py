from typing import Annotated

import typer
from typer.core import TyperGroup

from adhocq.cli import complete


def help(
    ctx: typer.Context,
    command: Annotated[
        str | None,
        typer.Argument(
            metavar="[COMMAND]",
            show_default=False,
            autocompletion=complete.commands,
            help="The command to describe. Default: adhocq itself.",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="LANG",
            show_default=False,
            help="Language of the help: en or fr. Default: ADHOCQ_LANG, else the locale's "
            "language (LANG) if adhocq speaks it, else en.",
        ),
    ] = None,
) -> None:
    """Show the help of a command, as 'adhocq COMMAND --help' does, or of adhocq itself.

    \b
    Examples:
      adhocq help measures
      adhocq help
    """
    del lang  # read before the arguments are parsed (see cli/language.py), as --help's is
    from adhocq.cli.app import COMMANDS
    from adhocq.cli.input import as_typed_id
    from adhocq.errors import UsageProblem
    from adhocq.messages import N_
    from adhocq.suggest import unknown_value

    root = ctx.find_root()
    if command is None:
        typer.echo(root.get_help())
        return
    name = as_typed_id(command)
    if name not in COMMANDS:
        raise UsageProblem(unknown_value(N_("command"), command, list(COMMANDS)))
    group = root.command
    assert isinstance(group, TyperGroup)
    found = group.get_command(root, name)
    assert found is not None
    typer.echo(found.get_help(found.context_class(found, info_name=name, parent=root)))
