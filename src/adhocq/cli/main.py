"""The console script's entry point: the single error boundary around the Typer app.

Click's own `main` is not used: it turns a broken pipe into exit 1, and Ctrl-C into a silent
exit 130, before adhocq could handle them, so the command is invoked as `main` would and every
exception reaches the handlers here. Ctrl-C at any point of a run, from the first line of `run`
(Typer's import included) to the last, is one line, "adhocq: interrupted", and exit 130."""

import gc
import io
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from _typeshed import ReadableBuffer


class OutputFailed(OSError):
    """Standard output cannot be written: closed (`>&-`), a full disk (`> /dev/full`), ...
    A broken pipe stays a BrokenPipeError: the reader has stopped, which is no failure."""


class _StandardOutput(io.FileIO):
    """Descriptor 1 under the console script's stdout: a failed write says it was stdout, so
    that the error boundary can tell it from any other OSError."""

    def write(self, data: "ReadableBuffer", /) -> int:
        try:
            return super().write(data)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputFailed(error.errno, error.strerror) from error


def _is_descriptor_1(stream: object) -> bool:
    try:
        return isinstance(stream, io.TextIOWrapper) and stream.fileno() == 1
    except (OSError, ValueError):  # on a BytesIO, say
        return False


def _own_stdout() -> None:
    """Put the console script's stdout on a _StandardOutput, in the same encoding, writing what
    the encoding cannot (PYTHONIOENCODING=latin-1) as escapes, as stderr does. Started with
    stdout closed, Python has none: /dev/null, opened read-only, then holds descriptor 1, so
    that a write fails as on the closed descriptor ("Bad file descriptor") and no file the
    command opens can land on descriptor 1."""
    old = sys.stdout
    if old is None:
        placeholder = os.open(os.devnull, os.O_RDONLY)
        if placeholder != 1:
            os.dup2(placeholder, 1)
            os.close(placeholder)
    elif not _is_descriptor_1(old):
        return  # not the process's own stdout (a test's capture): left as it is
    encoding, line_buffering, write_through = "utf-8", False, False
    if isinstance(old, io.TextIOWrapper):
        encoding, line_buffering, write_through = (
            old.encoding, old.line_buffering, old.write_through
        )  # fmt: skip
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_StandardOutput(1, "w", closefd=False)),
        encoding=encoding,
        errors="backslashreplace",
        line_buffering=line_buffering,
        write_through=write_through,
    )


def _drop_stdout() -> None:
    """Python's "Note on SIGPIPE": point stdout at devnull, so that what is still buffered goes
    nowhere and the interpreter's final flush neither fails again nor prints a message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        sys.stdout.flush()
    except (AttributeError, OSError, ValueError):  # no stdout, or not a file (a test's)
        pass


def _quiet_broken_pipe() -> int:
    """The reader stopped reading (`| head`): what it wanted, it has. Exit 0 whenever that
    happens, so that `set -o pipefail` sees no failure."""
    _drop_stdout()
    return 0


def _interrupted() -> int:
    from adhocq.cli.emit import say
    from adhocq.cli.language import spoken
    from adhocq.messages import tr

    _drop_stdout()  # what a write blocked on a full pipe left must not block the exit again
    say(tr(spoken(), "interrupted"))
    return 128 + (_interrupts[0] if _interrupts else 2)  # 130 for SIGINT, 143 for SIGTERM


_interrupts: list[int] = []


def _on_interrupt(signum: int, frame: object) -> None:
    """Python's own SIGINT handler, which also remembers: where Python cannot raise (in a
    weakref callback or a __del__, as imports run them), the exception is printed as "Exception
    ignored" and lost, and the run would go on to exit 0."""
    _interrupts.append(signum)
    raise KeyboardInterrupt


def _unraisable(unraisable: "sys.UnraisableHookArgs") -> None:
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):  # that one is said at the end
        sys.__unraisablehook__(unraisable)


def run() -> int:
    """The console script. A run lives a fraction of a second and makes few reference cycles:
    the cyclic garbage collector's passes while Typer, Rich and adhocq are imported cost more
    time than the memory they would free, so it stays off for the life of the process. At the
    end every object is frozen (`gc.freeze`): the interpreter's exit runs one full collection
    even with the collector off, some 5 ms spent freeing memory the process is about to hand
    back, after every file adhocq writes has been closed (`with`, or an explicit close)."""
    try:
        import signal

        _interrupts.clear()
        signal.signal(signal.SIGINT, _on_interrupt)
        # SIGTERM (`kill`, a service manager, a timeout) stops a run as Ctrl-C does: what it
        # was writing is removed, and worker processes are stopped.
        signal.signal(signal.SIGTERM, _on_interrupt)
        sys.unraisablehook = _unraisable
        gc.disable()
        _own_stdout()
        code = main()
    except KeyboardInterrupt:  # in the start-up above, or while main handles another error
        code = _interrupted()
    else:
        code = _interrupted() if _interrupts and code not in (130, 143) else code
    gc.freeze()
    return code


def _invoke(args: list[str]) -> object:
    """What Click's `main` does with `standalone_mode=False`, without its exception handlers."""
    from typer import Exit

    from adhocq.cli import app
    from adhocq.cli.framework import NoArgsIsHelpError

    command = app.root_command()
    from adhocq.cli.complete import requested, respond

    instruction = requested()
    if instruction is not None:  # the shell asks for the candidates of a Tab
        return respond(command, instruction)
    try:
        with command.make_context("adhocq", args) as context:
            return command.invoke(context)
    except NoArgsIsHelpError as error:
        print(error.ctx.get_help() if error.ctx else "")
        return 0
    except Exit as exit:  # --help, --version
        return exit.exit_code


def main(argv: list[str] | None = None) -> int:
    try:
        return _handled(sys.argv[1:] if argv is None else list(argv))
    except KeyboardInterrupt:  # importing Typer, or while an error below is being reported
        return _interrupted()


def _handled(args: list[str]) -> int:
    """The command's exit code, or the one of the error it raised, said on stderr in the
    language of the run."""
    from typer import Abort

    from adhocq.cli.emit import say
    from adhocq.cli.framework import ClickException, UsageError
    from adhocq.cli.language import click_message, interface, speak
    from adhocq.errors import AdhocqError
    from adhocq.messages import tr

    lang = interface(args)
    speak(lang)
    try:
        code = _invoke(args)
        sys.stdout.flush()
    except UsageError as error:
        where = error.ctx.command_path if error.ctx else "adhocq"
        message = click_message(error, lang)
        say(tr(lang, "usage error: {message} (see '{where} --help')").format(
            message=message, where=where
        ))  # fmt: skip
        return 2
    except ClickException as error:
        say(" ".join(error.format_message().split()))
        return error.exit_code
    except AdhocqError as error:
        usage = tr(lang, "usage error: {message}") if error.exit_code == 2 else "{message}"
        for number, line in enumerate(error.lines(lang)):
            say(usage.format(message=line) if number == 0 else line)
        return error.exit_code
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except OutputFailed as error:
        _drop_stdout()
        say(tr(lang, "cannot write to standard output: {reason}").format(reason=error.strerror))
        return 1
    except Abort:  # Ctrl-C at a prompt of Click's; KeyboardInterrupt itself goes to main
        return _interrupted()
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if os.environ.get("ADHOCQ_DEBUG") == "1":
            raise
        say(
            tr(
                lang,
                "internal error ({name}); please report it with the command you ran, or rerun "
                "with ADHOCQ_DEBUG=1 to see the traceback",
            ).format(name=type(error).__name__)
        )
        return 1
    return code if isinstance(code, int) else 0
