"""The cache folder: `$XDG_CACHE_HOME/adhocq` (default `~/.cache/adhocq`), where each set of
`--data` paths has one store (index.py: the catalogue of its files and ids, the datasets that
commands read in full, and the tables that questions across queries read). `ADHOCQ_NO_CACHE=1`
turns it off. The folder is used only if it is the user's and no one else can write to it; it
holds at most MAX_STORES stores and MAX_TOTAL_BYTES in all: writing one removes the oldest (by
mtime) beyond either cap. A store is only as good as the code that wrote it (`code_stamp`).
"""

import contextlib
import functools
import os
import stat
import sys
from pathlib import Path
from typing import Any

from adhocq.leftovers import remove_stale

FORMAT = 3
NO_CACHE_ENV = "ADHOCQ_NO_CACHE"
MAX_STORES = 8  # one per set of --data paths in use
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # a corpus of five thousand queries fits
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # adhocq/


def directory() -> Path | None:
    if os.environ.get(NO_CACHE_ENV, "") not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "adhocq") if os.path.isabs(base) else None


def is_private(folder: Path) -> bool:
    """Whether `folder` is a directory of this user's that no one else can write to."""
    status = os.stat(folder)
    owner = os.getuid() if hasattr(os, "getuid") else status.st_uid
    writable_by_others = status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return stat.S_ISDIR(status.st_mode) and status.st_uid == owner and not writable_by_others


@functools.cache
def code_stamp() -> tuple[Any, ...]:
    """A store is only as good as the code that checked and built what it holds: this names
    that code by the (path, mtime, size) of every module of the package, so that a module added,
    changed or touched anywhere makes every store a miss. A stat of each, without reading any."""
    modules: list[tuple[str, int, int]] = []
    for folder, subfolders, names in os.walk(_PACKAGE):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        for name in names:
            if name.endswith(".py"):
                status = os.stat(os.path.join(folder, name))
                modules.append((os.path.join(folder, name), status.st_mtime_ns, status.st_size))
    return (FORMAT, sys.version_info[:2], *sorted(modules))


STORES = "corpus-*.sqlite"
EARLIER = ("dataset-*.marshal", "index-*.marshal")  # what earlier versions kept: removed
CHECKED = ".checked"  # see index_file.py


def make_room(kept: Path) -> None:
    """Remove the oldest stores of the cache folder beyond its caps, keeping `kept`, just
    written; the files earlier versions of adhocq kept there; and the temporary files of
    killed runs."""
    others: list[tuple[int, int, Path]] = []
    for store in kept.parent.glob(STORES):
        with contextlib.suppress(OSError):
            if store != kept:
                status = store.lstat()
                others.append((status.st_mtime_ns, status.st_size, store))
    try:
        count, total, full = 1, kept.stat().st_size, False
    except OSError:
        count, total, full = 1, 0, False
    for _, size, store in sorted(others, reverse=True):
        full = full or count + 1 > MAX_STORES or total + size > MAX_TOTAL_BYTES
        if full:  # this one and every older one
            remove(store)
        else:
            count, total = count + 1, total + size
    for kind in EARLIER:
        for earlier in kept.parent.glob(kind):
            with contextlib.suppress(OSError):
                earlier.unlink()
    remove_stale(kept.parent, "*.tmp")


def remove(entry: Path) -> None:
    """Remove a store, and what is kept beside it: its note of the version last checked."""
    for path in (entry, entry.with_name(entry.name + CHECKED)):
        with contextlib.suppress(OSError):
            path.unlink()
