from __future__ import annotations

import sys

# Where PYTHONDONTWRITEBYTECODE is set, each run would compile the test modules, Hypothesis and
# adhocq anew, and rewrite their asserts, in each worker: seconds before the first test. The
# tests write their bytecode as the adhocq processes they start do (see _own_cache).
sys.dont_write_bytecode = False

import contextlib
import functools
import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import settings
from properties.props import FULL, examples_for

from adhocq.cli import app as cli_app
from adhocq.cli.framework import click
from adhocq.cli.main import main
from adhocq.model import Corpus, Dataset
from adhocq.reading.loading import bundled_path, load
from adhocq.reading.query_files import bundled_folder, load_corpus

DATA = Path(__file__).parent / "data"

# Property tests that use Hypothesis's defaults follow the same two profiles as those of
# tests/properties/props.py: full and reproducible under CI, a fifth locally.
# No deadline: an example's time says how busy the machine is (two xdist workers on two
# cores), not whether the code is right; the tests that bound time say so themselves.
settings.register_profile("full", derandomize=True, deadline=None)
settings.register_profile("development", max_examples=examples_for(100), deadline=None)
settings.load_profile("full" if FULL else "development")
SCRIPT = Path(sys.executable).parent / "adhocq"

# main(argv) builds the Click group and the command it runs, as the console script does once a
# process; the tests run main thousands of times in each process, where building the command
# took a fifth of a typical run's time, and the group another fifth. Each is built once a
# process instead (the first run builds it as a user's would): a Click command is made to be
# invoked many times (Click's CliRunner does), and each run still gets a context of its own.
cli_app.build_command = functools.cache(cli_app.build_command)
# The group, likewise, once for each value of the one variable Typer reads as it builds it
# (whether --install-completion and --show-completion take the shell as an argument).
_build_root_command = cli_app.root_command


@functools.cache
def _root_command_for(shell_detection: str | None) -> click.Command:
    return _build_root_command()


cli_app.root_command = lambda: _root_command_for(
    os.environ.get("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION")
)


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """adhocq's dataset cache in a folder of the test run's, never the user's (subprocesses
    inherit it); each test that needs the cache empty or off says so itself."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        patch.delenv("ADHOCQ_NO_CACHE", raising=False)
        # The adhocq processes the tests start write their bytecode, so that only the first
        # compiles the package (a machine that sets PYTHONDONTWRITEBYTECODE compiles it in each).
        patch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
        yield


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of the test's own, used by the library and by subprocesses."""
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    """A copy of the minimal dataset that a test may change."""
    target = tmp_path / "data.toml"
    shutil.copy(DATA / "minimal.toml", target)
    return target


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of two query files, the minimal one (a.toml) and the second (b.toml), that a
    test may change."""
    target = tmp_path / "queries"
    target.mkdir()
    shutil.copy(DATA / "minimal.toml", target / "a.toml")
    shutil.copy(DATA / "second.toml", target / "b.toml")
    return target


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load(bundled_path())


@functools.cache
def bundled_corpus() -> Corpus:
    """Every bundled query, loaded once per test process (a tenth of a second each time) for
    the tests and parametrizations that only read them: the records are frozen."""
    return load_corpus((bundled_folder(),))


@pytest.fixture(scope="session")
def minimal_text() -> str:
    return (DATA / "minimal.toml").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin what Rich and the loader would otherwise read from the environment."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("LANG", "C.UTF-8")  # adhocq speaks the locale's language
    for name in ("ADHOCQ_DATA", "ADHOCQ_LANG", "FORCE_COLOR", "ADHOCQ_DEBUG", "LC_ALL",
                 "LC_MESSAGES"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


def _environment(extra: dict[str, str] | None) -> dict[str, str]:
    plain = {k: v for k, v in os.environ.items() if not k.startswith("ADHOCQ_")}
    return {**plain, **(extra or {})}


def run_script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed `adhocq` in a subprocess, without the caller's ADHOCQ_ settings."""
    return subprocess.run([str(SCRIPT), *args], capture_output=True, env=_environment(env),
                          timeout=60)  # fmt: skip


def run_text(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True,
                          env=_environment(env), timeout=60)  # fmt: skip


def run_main(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """`adhocq ARGS` in this process through main(argv), as run_script runs it in a subprocess
    (and with the same result's fields): the environment without ADHOCQ_ settings and with
    `env`; stdout a pipe, not a terminal; both streams UTF-8, backslashreplace as Python's.
    For what a real process adds (pipes, signals, a terminal, encodings), run_script."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = [io.TextIOWrapper(buffer, encoding="utf-8", errors="backslashreplace",
                                write_through=True) for buffer in (out, err)]  # fmt: skip
    with (
        mock.patch.dict(os.environ, _environment(env), clear=True),
        contextlib.redirect_stdout(streams[0]),
        contextlib.redirect_stderr(streams[1]),
    ):
        try:
            code = main(list(args))
        except SystemExit as exit:  # Typer's --install-completion exits: the process's code
            code = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
    for stream in streams:
        stream.flush()
        stream.detach()
    return subprocess.CompletedProcess(["adhocq", *args], code, out.getvalue(), err.getvalue())


def main_text(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """run_main, its output read as run_text reads it (universal newlines)."""
    done = run_main(*args, env=env)

    def text(data: bytes) -> str:
        return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read()

    return subprocess.CompletedProcess(done.args, done.returncode, text(done.stdout),
                                       text(done.stderr))  # fmt: skip


def run_on_terminal(
    *args: str, columns: int = 100, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """The installed `adhocq ARGS` on a pseudo-terminal `columns` wide, as a person runs it in a
    shell (COLUMNS unset unless `env` sets it): its exit code and what the terminal got."""
    import fcntl
    import pty
    import struct
    import termios

    main_fd, replica_fd = pty.openpty()
    fcntl.ioctl(replica_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    base = _environment(None)
    base.pop("COLUMNS", None)
    done = subprocess.run([str(SCRIPT), *args], stdout=replica_fd, stderr=subprocess.PIPE,
                          env={**base, **(env or {})}, timeout=60)  # fmt: skip
    os.close(replica_fd)
    output = b""
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the other side is closed: all is read
            break
        if not chunk:
            break
        output += chunk
    os.close(main_fd)
    return done.returncode, output.decode().replace("\r\n", "\n")
