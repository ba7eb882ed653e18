"""Reading a file without waiting and without reading more than a limit: for a query file and
for a cache entry alike."""

import errno
import os
import stat
from pathlib import Path

MAX_BYTES = 4 * 1024 * 1024
"""The largest query file adhocq reads."""


class TooBig(Exception):
    """A file over the size limit; `size` is None when it only showed while reading."""

    def __init__(self, size: int | None) -> None:
        self.size = size


class NotRegular(Exception):
    """A directory (`directory`), or a pipe, device or socket."""

    def __init__(self, directory: bool) -> None:
        self.directory = directory


def read_limited(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, read without ever waiting.

    The file is opened first and checked after (a check by name could see another file than
    the one opened), without blocking, so a pipe or device is refused instead of read. At most
    `limit` + 1 bytes are read: a file under /proc says its size is 0 whatever it holds.
    Raises NotRegular, TooBig, OSError, or ValueError (a NUL byte in the name).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        if error.errno == errno.ENXIO:  # a socket, or a device without its driver
            raise NotRegular(directory=False) from None
        raise
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegular(directory=stat.S_ISDIR(status.st_mode))
        if status.st_size > limit:
            raise TooBig(status.st_size)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, remaining)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            remaining -= len(chunk)
        raise TooBig(None)
    finally:
        os.close(descriptor)
