"""The console script's entry point: the single error boundary around the Typer app.

Click's own `main` is not used: it turns a broken pipe into exit 1 before adhocq could handle
it, so the command is invoked as `main` would and every exception reaches the handlers here."""

import gc
import io
import os
import sys


def _quiet_broken_pipe() -> int:
    """The reader stopped reading (`| head`): what it wanted, it has. Exit 0 whenever that
    happens, so that `set -o pipefail` sees no failure. Python's "Note on SIGPIPE": point stdout
    at devnull so the interpreter's final flush does not raise again and print a message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):  # no stdout, or not a file (a test's)
        pass
    return 0


def run() -> int:
    """The console script. A run lives a fraction of a second and makes few reference cycles:
    the cyclic garbage collector's passes while Typer, Rich and adhocq are imported cost more
    time than the memory they would free, so it stays off for the life of the process."""
    gc.disable()
    if isinstance(sys.stdout, io.TextIOWrapper):
        # Text on stdout (validate's line, help) degrades to escapes where the encoding (say,
        # PYTHONIOENCODING=latin-1) cannot write a character, as stderr does, instead of failing.
        sys.stdout.reconfigure(errors="backslashreplace")
    return main()


def _invoke(args: list[str]) -> object:
    """What Click's `main` does with `standalone_mode=False`, without its exception handlers."""
    from typer import Exit
    from typer._click.exceptions import NoArgsIsHelpError
    from typer.main import get_command

    from adhocq.app import build_app, invoked_command

    command = get_command(build_app(invoked_command(args)))
    try:
        with command.make_context("adhocq", args) as context:
            return command.invoke(context)
    except NoArgsIsHelpError as error:
        print(error.ctx.get_help() if error.ctx else "")
        return 0
    except Exit as exit:  # --help, --version
        return exit.exit_code


def main(argv: list[str] | None = None) -> int:
    from typer import Abort
    from typer._click.exceptions import ClickException, UsageError

    from adhocq.app import COMMANDS
    from adhocq.errors import AdhocqError, say

    args = sys.argv[1:] if argv is None else list(argv)
    try:
        code = _invoke(args)
        sys.stdout.flush()
    except UsageError as error:
        where = error.ctx.command_path if error.ctx else "adhocq"
        if where == "adhocq" and args and args[0] in COMMANDS:  # an error while parsing its options
            where = f"adhocq {args[0]}"
        message = " ".join(error.format_message().split())
        say(f"usage error: {message} (see '{where} --help')")
        return 2
    except ClickException as error:
        say(" ".join(error.format_message().split()))
        return error.exit_code
    except AdhocqError as error:
        prefix = "usage error: " if error.exit_code == 2 else ""
        for line in error.lines():
            say(prefix + line)
        return error.exit_code
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except (KeyboardInterrupt, Abort):
        say("interrupted")
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if os.environ.get("ADHOCQ_DEBUG") == "1":
            raise
        say(
            f"internal error ({type(error).__name__}); please report it with the command you "
            "ran, or rerun with ADHOCQ_DEBUG=1 to see the traceback"
        )
        return 1
    return code if isinstance(code, int) else 0
