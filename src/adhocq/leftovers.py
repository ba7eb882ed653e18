"""Temporary files of runs that were killed while writing (`kill -9`, a power cut): each holds
its writer's process id in its name, and the next run that writes in the same folder removes
those of a process that is gone, and any not written to for STALE_SECONDS."""

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

STALE_SECONDS = 3600  # a temporary file this old is a killed run's, not one writing now


def cache_writer(name: str) -> int:
    """The writer of a cache folder's NAME.PID.tmp."""
    return int(name.rsplit(".", 2)[-2])


def remove_stale(folder: Path, pattern: str, writer: Callable[[str], int] = cache_writer) -> None:
    """Remove the files of `folder` matching `pattern` whose writer (the process id `writer`
    reads from the name) is gone, or that were not written to for STALE_SECONDS."""
    cutoff = time.time() - STALE_SECONDS
    for leftover in folder.glob(pattern):
        with contextlib.suppress(OSError, ValueError):
            if not alive(writer(leftover.name)) or leftover.lstat().st_mtime < cutoff:
                leftover.unlink()


def alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)  # no signal sent: only whether there is such a process
    except PermissionError:  # there is, another user's
        return True
    except (OSError, OverflowError):
        return False
    return True
