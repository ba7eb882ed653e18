"""What `adhocq serve` does besides the export: where the export goes, whether the port is
free, and Datasette run as a child process (never imported here: it costs a second, and ships
no types), stopped and waited for however adhocq stops."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess
    from collections.abc import Sequence

DATABASE = "adhocq.db"  # Datasette serves it as /adhocq, where the metadata's canned queries are
LOG = "datasette.log"
STARTING_FOR_AT_MOST = 60.0  # seconds: Datasette starts in one or two on a busy machine
STOPPING_FOR_AT_MOST = 10.0


def folder(paths: Sequence[Path]) -> tuple[Path, bool]:
    """The folder the export goes to, and whether it is a temporary one (to remove): in the
    cache folder, one per set of `--data` paths (so that two at once never share one), where
    the cache is on and the folder is the user's alone (as reading/index_file.py uses it)."""
    import os
    import tempfile
    import zlib

    from adhocq.reading import cache

    base = cache.directory()
    if base is not None:
        names = "\0".join(os.path.abspath(path) for path in paths)
        folder = base / f"serve-{zlib.crc32(os.fsencode(names)):08x}"
        try:
            base.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.mkdir(mode=0o700, exist_ok=True)
            if cache.is_private(base) and cache.is_private(folder):
                return folder, False
        except OSError:
            pass
    return Path(tempfile.mkdtemp(prefix="adhocq-serve-")), True


def free(host: str, port: int) -> int:
    """`port` if it is free on `host` (0: a free one, chosen by the system). Datasette is given
    a free port, so that what answers there once it starts is Datasette, nothing else."""
    import errno
    import socket

    from adhocq.errors import AdhocqError, UsageProblem
    from adhocq.messages import N_, phrase

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Datasette's server
            probe.bind(address)
            return int(probe.getsockname()[1])
    except socket.gaierror as error:
        template = N_("--host {host}: {reason}")
        raise UsageProblem(phrase(template, host=host, reason=error.strerror)) from None
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            template = N_("port {port} is in use: choose another with --port (0: any free one)")
            raise UsageProblem(phrase(template, port=port)) from None
        template = N_("cannot listen on {host} port {port}: {reason}")
        raise AdhocqError(phrase(template, host=host, port=port, reason=error.strerror)) from None


def run_datasette(database: Path, host: str, port: int, paths: Sequence[Path]) -> None:
    """Serve `database` with its metadata in a Datasette child process until it stops or
    adhocq is interrupted (KeyboardInterrupt: Ctrl-C, or SIGTERM as cli/main.py turns it),
    and print its address on stdout once it answers. The child is always stopped and waited
    for before this returns or raises."""
    import subprocess
    import sys

    from adhocq.export.datasette import metadata_path

    metadata = str(metadata_path(database))
    import json
    import os

    import adhocq.export

    plugins = Path(adhocq.export.__file__).parent / "datasette_plugins"
    # A thread's first ranking reads every query file (a second, or more on a busy machine):
    # more than the second Datasette gives a query by default.
    command = [sys.executable, "-m", "datasette", "serve", str(database), "--metadata", metadata,
               "--plugins-dir", str(plugins), "--setting", "sql_time_limit_ms", "20000",
               "--host", host, "--port", str(port)]  # fmt: skip
    # The plugin ranks the queries of these paths (datasette_plugins/adhocq_related.py).
    named = json.dumps([os.fsdecode(os.path.abspath(path)) for path in paths])
    # It also stops Datasette if this process is killed without stopping it (kill -9).
    environment = {**os.environ, "ADHOCQ_SERVE_PATHS": named,
                   "ADHOCQ_SERVE_PARENT": str(os.getpid())}  # fmt: skip
    log = database.with_name(LOG)
    with open(log, "wb") as messages:
        # In adhocq's process group: what stops the group (Ctrl-C on a terminal, a kill of the
        # group) stops Datasette too. Its access log (stdout) is not kept.
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=messages, env=environment)  # fmt: skip
        try:
            _wait_until_serving(child, host, port, log)
            sys.stdout.write(_address(host, port) + "\n")
            sys.stdout.flush()
            child.wait()
            _stopped(child, log)
        finally:
            _stop(child)


def _address(host: str, port: int) -> str:
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def _wait_until_serving(child: subprocess.Popen[bytes], host: str, port: int, log: Path) -> None:
    import socket
    import time

    from adhocq.errors import AdhocqError
    from adhocq.messages import N_, phrase

    reach = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    deadline = time.monotonic() + STARTING_FOR_AT_MOST
    while time.monotonic() < deadline:
        _stopped(child, log)
        try:
            with socket.create_connection((reach, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    template = N_("Datasette did not answer within {seconds:.0f} s (see {log})")
    raise AdhocqError(phrase(template, seconds=STARTING_FOR_AT_MOST, log=str(log)))


def _stopped(child: subprocess.Popen[bytes], log: Path) -> None:
    """Raise AdhocqError, with the last line Datasette wrote, if it has stopped on its own."""
    from adhocq.errors import AdhocqError
    from adhocq.messages import N_, phrase

    code = child.poll()
    if code is None:
        return
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    last = next((line.strip() for line in reversed(lines) if line.strip()), "")
    template = N_("Datasette stopped (exit {code}): {last}")
    raise AdhocqError(phrase(template, code=code, last=last or "-"))


def _stop(child: subprocess.Popen[bytes]) -> None:
    """Stop the child (SIGTERM: Datasette's server shuts down cleanly), kill it if it does not
    stop in time, and wait for it, so that no process is left behind."""
    import subprocess

    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=STOPPING_FOR_AT_MOST)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):  # a second Ctrl-C: at once
        child.kill()
        child.wait()
