"""The corpus index's file: never changed where it lies. A new version is written whole beside
it and renamed over it, so a reader sees the old store or the new one, never half of one, and
never waits for a lock (it opens the file as immutable: SQLite takes no lock on it).

Each version is sealed with a CRC-32 of its bytes, kept in the four bytes of its header that
SQLite leaves to the application (its "user version"), so that damage is found before any
question is asked of it. Checking the seal reads the whole file (a quarter of a second for a
thousand queries), so it is done once per version: the file's stamp when it last passed (see
`corpus.stamp`: any write sets the ctime, which no one can set back) is kept beside it in
`NAME.checked` (cache.remove removes it with the file), and a run that finds the file with that
stamp trusts it without reading it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import shutil
import sqlite3
import stat
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

from adhocq.reading import cache
from adhocq.reading.cache import CHECKED

_HEADER = b"SQLite format 3\x00"
_SEAL_AT = 60  # the header's user version
_CHUNK = 1 << 20
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def place(paths: Sequence[Path]) -> tuple[Path, bytes] | None:
    """Where the store of the corpus of `paths` lies in the cache folder, and the identity it
    holds (this code, these paths); None where there is no folder to use: the cache is off, or
    the folder cannot be made or is not ours (a file, a link to one, another user's)."""
    folder = cache.directory()
    if folder is None:
        return None
    names = [os.path.abspath(path) for path in paths]
    identity = marshal.dumps((cache.code_stamp(), names))
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not cache.is_private(folder):
            return None
    except OSError:
        return None
    return folder / f"corpus-{zlib.crc32(identity):08x}.sqlite", identity


def open_checked(file: Path) -> sqlite3.Connection | None:
    """The store in `file`, to read, if it is a regular file whose seal matches its bytes; None
    if it is not there, damaged, or anything else."""
    try:
        descriptor = os.open(file, _OPEN_FLAGS)  # without waiting, were it a pipe
    except (OSError, ValueError):
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return None
        seen = _stamp(status)
        if _checked(file) != seen:
            if not _sealed(descriptor):
                return None
            _keep_checked(file, seen)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    try:
        db = sqlite3.connect(file.as_uri() + "?mode=ro&immutable=1", uri=True, isolation_level=None)
    except (sqlite3.Error, ValueError):
        return None
    try:  # SQLite opened it by name: the file checked, not one put there since
        if _stamp(os.stat(file)) == seen:
            return db
    except OSError:
        pass
    db.close()
    return None


def write(file: Path, build: Callable[[sqlite3.Connection], None], *, from_current: bool) -> None:
    """A new version of `file`: a copy of the current one if `from_current` (else an empty
    database), changed by `build`, sealed, and renamed over it; then the cache folder's caps
    are kept. Whatever `build` raises leaves `file` as it was and no temporary file."""
    version = NewVersion(file, from_current=from_current)
    try:
        build(version.db)
    except BaseException:
        version.abandon()
        raise
    version.finish()


class NewVersion:
    """A new version of `file`, written beside it (`db`) until `finish` seals it and renames it
    over `file`, or `abandon` removes it: for a writer that changes it as it goes (catalogue.py
    reads a corpus's datasets one at a time)."""

    def __init__(self, file: Path, *, from_current: bool) -> None:
        self.file = file
        self._temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        try:
            if from_current:
                shutil.copyfile(file, self._temporary)
            else:
                with contextlib.suppress(FileNotFoundError):
                    self._temporary.unlink()
            self.db = sqlite3.connect(self._temporary, isolation_level=None)
            # No one else sees this file before it is whole and sealed: no journal on disk, and
            # no waiting for the disk either (a version lost to a crash fails its seal).
            self.db.execute("PRAGMA journal_mode = MEMORY")
            self.db.execute("PRAGMA synchronous = OFF")
        except BaseException:
            self.abandon()
            raise

    def finish(self) -> None:
        try:
            self.db.close()
            _seal(self._temporary)
            os.replace(self._temporary, self.file)
        except BaseException:
            self.abandon()
            raise
        with contextlib.suppress(OSError):
            _keep_checked(self.file, _stamp(os.stat(self.file)))
        cache.make_room(self.file)

    def abandon(self) -> None:
        with contextlib.suppress(AttributeError, sqlite3.Error):
            self.db.close()
        with contextlib.suppress(OSError):
            self._temporary.unlink()


def _stamp(status: os.stat_result) -> str:
    parts = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    return ":".join(map(str, parts))


def _checked_name(file: Path) -> Path:
    return file.with_name(file.name + CHECKED)


def _checked(file: Path) -> str | None:
    try:
        with open(_checked_name(file), "rb") as handle:
            return handle.read(200).decode("ascii")
    except (OSError, UnicodeDecodeError):
        return None


def _keep_checked(file: Path, seen: str) -> None:
    name = _checked_name(file)
    temporary = name.with_name(f"{name.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(seen.encode("ascii"))
        os.replace(temporary, name)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _crc(read: Callable[[int], bytes]) -> tuple[int, int] | None:
    """(the seal, the CRC-32 of the bytes with the seal's place as zeros), or None for what is
    not an SQLite file at all."""
    header = read(100)
    if len(header) < 100 or not header.startswith(_HEADER):
        return None
    crc = zlib.crc32(header[:_SEAL_AT] + bytes(4) + header[_SEAL_AT + 4 :])
    while chunk := read(_CHUNK):
        crc = zlib.crc32(chunk, crc)
    return int.from_bytes(header[_SEAL_AT : _SEAL_AT + 4], "big"), crc


def _sealed(descriptor: int) -> bool:
    found = _crc(lambda size: os.read(descriptor, size))
    return found is not None and found[0] == found[1]


def _seal(file: Path) -> None:
    with open(file, "r+b") as handle:
        found = _crc(handle.read)
        if found is None:
            raise OSError(f"{file} is not an SQLite file")
        handle.seek(_SEAL_AT)
        handle.write(found[1].to_bytes(4, "big"))
