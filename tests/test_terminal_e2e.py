"""Tables as a person sees them: the installed script on a real pseudo-terminal of a given size."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import termios

from conftest import SCRIPT


def on_terminal(*args: str, columns: int, env: dict[str, str] | None = None) -> str:
    """What `adhocq ARGS` shows on a terminal `columns` wide (COLUMNS unset, as in a shell)."""
    main_fd, replica_fd = pty.openpty()
    fcntl.ioctl(replica_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    base = {k: v for k, v in os.environ.items() if not k.startswith("ADHOCQ_")}
    base.pop("COLUMNS", None)
    full = {**base, "NO_COLOR": "1", "TERM": "xterm", **(env or {})}
    done = subprocess.run([str(SCRIPT), *args], stdout=replica_fd, stderr=subprocess.PIPE,
                          env=full, timeout=60)  # fmt: skip
    os.close(replica_fd)
    output = b""
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(main_fd)
    assert done.returncode == 0, done.stderr
    # NO_COLOR leaves bold and dim: styles, not text a person reads.
    return re.sub(r"\x1b\[[0-9;]*m", "", output.decode().replace("\r\n", "\n"))


def test_dumb_terminal_gets_ascii_borders_at_its_real_width() -> None:
    text = on_terminal("countries", columns=120, env={"TERM": "dumb"})
    lines = text.splitlines()
    assert all(line.isascii() for line in lines)
    assert lines[1].startswith("+--") and "| Code |" in text
    # At 120 columns CZ's four types fit on one line; at Rich's assumed 80 they would not.
    assert "staffing, training, psychological-support, stakeholder-coordination" in text
    assert max(len(line) for line in lines) > 80


def test_narrow_terminal_never_splits_an_id_and_keeps_titles_whole() -> None:
    for columns in (40, 60, 80, 100):
        text = on_terminal("types", columns=columns)
        assert max(len(line) for line in text.splitlines()) <= columns
        for type_id in ("psychological-support", "stakeholder-coordination"):
            assert type_id in text, (columns, type_id)


def test_matrix_on_a_narrow_terminal_is_short_and_names_the_marks() -> None:
    text = on_terminal("matrix", columns=60)
    assert len(text.splitlines()) < 150
    assert "● staffing, training, psychological-support," in text  # CZ's marks, by name
    assert "Only what the summary names is shown" in text
