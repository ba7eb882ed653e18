"""The error boundary, called in-process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from adhocq.cli import app
from adhocq.cli import main as cli
from adhocq.cli.helptext import SHORT_HELP
from adhocq.cli.present import query


def boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("secret local state")


def test_internal_error_is_one_line_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(query, "types", boom)
    assert cli.main(["types", "-f", "csv"]) == 1
    out, err = capfd.readouterr()
    assert out == ""
    assert err == (
        "adhocq: internal error (RuntimeError); please report it with the command you ran, "
        "or rerun with ADHOCQ_DEBUG=1 to see the traceback\n"
    )


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(query, "types", boom)
    monkeypatch.setenv("ADHOCQ_DEBUG", "1")
    with pytest.raises(RuntimeError, match="secret local state"):
        cli.main(["types", "-f", "csv"])


def test_no_arguments_prints_help(capfd: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 0
    assert "Usage: adhocq [OPTIONS] COMMAND [ARGS]..." in capfd.readouterr().out


def test_only_the_invoked_command_is_imported() -> None:
    probe = (
        "import sys; from adhocq.cli import main; main.main(['types', '-f', 'csv']); "
        "print(sorted(m for m in sys.modules if m.startswith('adhocq.cli.commands.')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert (
        done.stdout.splitlines()[-1]
        == "['adhocq.cli.commands.options', 'adhocq.cli.commands.types']"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["measures", "--type", "staffing", "-f", "csv"],
        ["search", "crisis", "-q", "emn-ahq-2023-fi-customer-service-crisis", "-f", "csv"],
    ],
)
def test_a_command_about_one_query_imports_nothing_for_many(args: list[str]) -> None:
    """The corpus index, the listings and the pictures are for other commands (start-up time);
    the store is read, not written, on a warm run."""
    probe = (
        f"import sys; from adhocq.cli import main; main.main({args!r}); "
        "print(sorted(m for m in sys.modules if m in WATCHED))"
    ).replace("WATCHED", repr(_FOR_MANY_QUERIES))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"


_FOR_MANY_QUERIES = (
    "adhocq.ask.across_queries",
    "adhocq.reading.derive",
    "adhocq.cli.present.across_queries",
    "adhocq.reading.index",
    "adhocq.reading.index_store",
    "adhocq.output.picture",
)


def test_a_usage_error_names_the_command_it_is_about(capfd: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["measures", "--bogus"]) == 2
    assert "(see 'adhocq measures --help')" in capfd.readouterr().err
    assert cli.main(["typo"]) == 2
    assert "(see 'adhocq --help')" in capfd.readouterr().err


def test_root_help_lists_every_command(capfd: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capfd.readouterr().out
    for command in app.COMMANDS:
        assert f"  {command} " in out


def test_messages_never_carry_raw_control_codes(capfd: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["types", "--data", "bad\x1b[31mname.toml"]) == 1
    err = capfd.readouterr().err
    assert "\x1b" not in err and "bad\\x1b[31mname.toml" in err


def test_every_command_has_a_short_help() -> None:
    assert set(SHORT_HELP) == set(app.COMMANDS)
    assert all(len(text) <= 60 for text in SHORT_HELP.values())


def test_the_console_script_runs_without_the_garbage_collector(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    import gc

    monkeypatch.setattr("sys.argv", ["adhocq", "types", "-f", "csv"])
    try:
        assert cli.run() == 0
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0  # the exit's own collection has nothing left to scan
    finally:
        gc.unfreeze()
        gc.enable()
    assert capfd.readouterr().out.startswith("category,type,")
    assert cli.main(["types", "-f", "csv"]) == 0
    assert gc.isenabled(), "main() itself, called in-process, leaves the collector alone"


def interrupt(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt


def broken_pipe(*args: object, **kwargs: object) -> None:
    raise BrokenPipeError(32, "Broken pipe")


def test_an_interrupt_in_a_command_is_one_line_and_130(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """Click would have turned it into a silent Exit(130)."""
    monkeypatch.setattr(query, "types", interrupt)
    assert cli.main(["types", "-f", "csv"]) == 130
    assert capfd.readouterr() == ("", "adhocq: interrupted\n")


def test_a_broken_pipe_in_a_command_exits_0_quietly(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """Click would have made it SystemExit(1)."""
    monkeypatch.setattr(query, "types", broken_pipe)
    assert cli.main(["types", "-f", "csv"]) == 0
    assert capfd.readouterr() == ("", "")


def test_the_console_script_leaves_a_stdout_that_is_no_file_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["adhocq", "--version"])
    monkeypatch.setattr("sys.stdout", out)
    try:
        assert cli.run() == 0
    finally:
        import gc

        gc.unfreeze()
        gc.enable()
    assert raw.getvalue().startswith(b"adhocq ")
