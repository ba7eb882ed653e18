"""A cache of datasets that have passed every check, so that a run on a file seen before skips
importing tomllib, parsing and checking: about 6 ms of each run (issue "Speed").

One entry per dataset path, in `$XDG_CACHE_HOME/adhocq` (default `~/.cache/adhocq`). The folder
holds at most MAX_ENTRIES files and MAX_TOTAL_BYTES in all, these entries and the corpus indexes
(index.py) alike: storing a file removes the oldest (by mtime) beyond either cap. An entry
holds the file's exact bytes and is used only when they are the file's bytes now, and when
adhocq's code and Python are those that wrote it; anything else is a miss, and a file that
cannot be read or written is simply not used. `ADHOCQ_NO_CACHE=1` turns it off.

Entries are `marshal` data, which unlike pickle runs nothing when loaded: a dataset encoded as
`encoding.py` says.

An entry that is damaged or odd is a miss, never an error, a wait or a wrong answer (issue 10):
the folder is used only if it is the user's and no one else can write to it; an entry is read
without blocking, only if it is a regular file under MAX_ENTRY_BYTES; its payload must match its
CRC-32 before marshal sees it, and no count in it may promise more items than it has bytes
(marshal_bounds.py); and decoding checks the exact type of every argument. CRC-32
(zlib, already loaded; hashlib would add 2.5 ms to every run) finds every change of up to 4
bytes in a row and all but 1 in 4 billion others: it is there against damage, not forgery, which
no checksum kept beside the data can stop; the folder's ownership is what keeps others out.
"""

import contextlib
import functools
import marshal
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import Any

from adhocq import model
from adhocq.reading.bounded import MAX_BYTES, read_limited
from adhocq.reading.encoding import decode, encode
from adhocq.reading.marshal_bounds import is_bounded

FORMAT = 2
NO_CACHE_ENV = "ADHOCQ_NO_CACHE"
MAX_ENTRY_BYTES = 4 * MAX_BYTES  # the file's bytes and the dataset's, with room to spare
MAX_ENTRIES = 2048  # a corpus of a thousand queries and more: one entry per query file
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # with the corpus indexes: a thousand queries fit
_MAGIC = b"adhocq-cache\n"
MAX_INDEXES = 8
STALE_SECONDS = 3600  # a temporary file this old is a killed run's, not one writing now
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


def _entry(path: Path) -> Path | None:
    folder = directory()
    if folder is None:
        return None
    name = os.path.abspath(path).encode("utf-8", "surrogateescape")
    return folder / f"dataset-{zlib.crc32(name):08x}.marshal"


@functools.cache
def code_stamp() -> tuple[Any, ...]:
    """An entry is only as good as the code that checked and built it: this names that code by
    the (path, mtime, size) of every module of the package, so that a module added, changed or
    touched anywhere makes every entry a miss. A stat of each, without reading any; once per
    process, not once per query file (a run reads every file of the dataset)."""
    modules: list[tuple[str, int, int]] = []
    for folder, subfolders, names in os.walk(_PACKAGE):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        for name in names:
            if name.endswith(".py"):
                status = os.stat(os.path.join(folder, name))
                modules.append((os.path.join(folder, name), status.st_mtime_ns, status.st_size))
    return (FORMAT, sys.version_info[:2], *sorted(modules))


def _framed(payload: bytes) -> bytes:
    return _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def _payload(content: bytes) -> bytes | None:
    """The payload of an entry's content, if its checksum matches and marshal can read it
    without unbounded work (a payload changed with its checksum could say otherwise)."""
    start = len(_MAGIC) + 4
    if not content.startswith(_MAGIC) or len(content) < start:
        return None
    payload = content[start:]
    if zlib.crc32(payload).to_bytes(4, "big") != content[start - 4 : start]:
        return None
    return payload if is_bounded(payload) else None


def lookup(path: Path, raw: bytes) -> model.Dataset | None:
    """The dataset cached for `path`, if it was built from exactly `raw` by this code."""
    try:
        entry = _entry(path)
        if entry is None or not is_private(entry.parent):
            return None
        payload = _payload(read_limited(entry, MAX_ENTRY_BYTES))
        if payload is None:
            return None
        stamp, cached_raw, encoded = marshal.loads(payload)
        if type(cached_raw) is not bytes or cached_raw != raw or stamp != code_stamp():
            return None
        dataset = decode(encoded)
    # Any exception at all: an entry that got past its checksum but not the decoding (or a
    # missing or unreadable one) is a miss, and a cache is never an error.
    except Exception:
        return None
    return dataset if type(dataset) is model.Dataset else None


def store(path: Path, raw: bytes, dataset: model.Dataset) -> None:
    """Remember a dataset that passed every check; a cache that cannot be written is skipped."""
    try:
        entry = _entry(path)
        if entry is None:
            return
        data = _framed(marshal.dumps((code_stamp(), raw, encode(dataset))))
        if len(data) > MAX_ENTRY_BYTES:
            return
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not is_private(entry.parent):
            return
        remove_stale(entry.parent)
        temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    except (OSError, ValueError):
        return
    try:
        temporary.write_bytes(data)
        os.replace(temporary, entry)  # readers see the old entry or the new one, never half
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return
    census = _census.get(entry.parent)
    if census is not None:
        census[0], census[1] = census[0] + 1, census[1] + len(data)  # an upper bound
    if census is None or census[0] > MAX_ENTRIES or census[1] > MAX_TOTAL_BYTES:
        _census[entry.parent] = _remove_oldest(entry, len(data))


# Per cache folder, this process's upper bound of (entries, bytes) since it last listed them: a
# run that stores a thousand entries lists the folder once, not once per entry.
_census: dict[Path, list[int]] = {}


# Every kind of file the cache folder holds; the caps count them all.
KINDS = ("dataset-*.marshal", "index-*.marshal", "corpus-*.sqlite")
CHECKED = ".checked"  # see index_file.py


def make_room(kept: Path) -> None:
    """Remove the oldest files of the cache folder beyond its caps, keeping `kept`, just
    written; and the temporary files of killed runs."""
    with contextlib.suppress(OSError):
        _census[kept.parent] = _remove_oldest(kept, kept.stat().st_size)
    remove_stale(kept.parent)


def _remove_oldest(kept: Path, kept_size: int) -> list[int]:
    """Keep `kept` (just written) and the newest other files within both caps; remove the
    rest. Returns the number of files and bytes kept."""
    others: list[tuple[int, int, Path]] = []
    for kind in KINDS:
        for entry in kept.parent.glob(kind):
            with contextlib.suppress(OSError):
                if entry != kept:
                    status = entry.lstat()
                    others.append((status.st_mtime_ns, status.st_size, entry))
    count, total, full = 1, kept_size, False
    for _, size, entry in sorted(others, reverse=True):
        full = full or count + 1 > MAX_ENTRIES or total + size > MAX_TOTAL_BYTES
        if full:  # this one and every older one
            remove(entry)
        else:
            count, total = count + 1, total + size
    return [count, total]


def remove(entry: Path) -> None:
    """Remove a file of the cache folder, and what is kept beside it: a corpus index's note of
    the version that was last checked."""
    for path in (entry, entry.with_name(entry.name + CHECKED)):
        with contextlib.suppress(OSError):
            path.unlink()


def remove_stale(folder: Path) -> None:
    """Remove the temporary files (NAME.PID.tmp) that runs killed while writing left behind:
    those of a process that is gone, and any not written to for STALE_SECONDS."""
    import time

    cutoff = time.time() - STALE_SECONDS
    for leftover in folder.glob("*.tmp"):
        with contextlib.suppress(OSError, ValueError):
            writer = int(leftover.name.rsplit(".", 2)[-2])
            if not _alive(writer) or leftover.lstat().st_mtime < cutoff:
                leftover.unlink()


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)  # no signal sent: only whether there is such a process
    except PermissionError:  # there is, another user's
        return True
    except (OSError, OverflowError):
        return False
    return True


def recall(name: str) -> Any | None:
    """A value remembered under `name` by this code (see `remember`), or None."""
    try:
        folder = directory()
        if folder is None or not is_private(folder):
            return None
        payload = _payload(read_limited(folder / f"{name}.marshal", MAX_ENTRY_BYTES))
        if payload is None:
            return None
        stamp, value = marshal.loads(payload)
        return value if stamp == code_stamp() else None
    except Exception:  # as in lookup: a cache is never an error
        return None


def remember(name: str, value: Any) -> None:
    """Keep a plain value (nested tuples of str, int, bool) under `name`; skipped if the cache
    cannot be written. Values named `index-*` are kept at most MAX_INDEXES, newest first."""
    try:
        folder = directory()
        if folder is None:
            return
        data = _framed(marshal.dumps((code_stamp(), value)))
        if len(data) > MAX_ENTRY_BYTES:
            return
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not is_private(folder):
            return
        remove_stale(folder)
        entry = folder / f"{name}.marshal"
        temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, entry)
    except (OSError, ValueError):
        with contextlib.suppress(OSError, UnboundLocalError):
            temporary.unlink()
        return
    indexes: list[tuple[int, Path]] = []
    for other in folder.glob("index-*.marshal"):
        with contextlib.suppress(OSError):
            if other != entry:
                indexes.append((other.lstat().st_mtime_ns, other))
    for _, old in sorted(indexes)[: max(len(indexes) - (MAX_INDEXES - 1), 0)]:
        with contextlib.suppress(OSError):
            old.unlink()
