"""A cache of datasets that have passed every check, so that a run on a file seen before skips
importing tomllib, parsing and checking: about 6 ms of each run (issue "Speed").

One entry per dataset path, in `$XDG_CACHE_HOME/adhocq` (default `~/.cache/adhocq`). An entry
holds the file's exact bytes and is used only when they are the file's bytes now, and when
adhocq's loading code and Python are those that wrote it; anything else is a miss, and a file
that cannot be read or written is simply not used. `ADHOCQ_NO_CACHE=1` turns it off.

Entries are `marshal` data, which unlike pickle runs nothing when loaded: a dataset encoded as
nested tuples, with a list `[kind, *arguments]` for each model object, enum member and date.
"""

import contextlib
import datetime
import marshal
import os
import sys
import zlib
from enum import Enum
from pathlib import Path
from typing import Any

from adhocq import model
from adhocq.record import Record

FORMAT = 1
NO_CACHE_ENV = "ADHOCQ_NO_CACHE"
# An entry is only as good as the code that checked and built it.
_CODE_FILES = ("assemble.py", "cache.py", "load.py", "model.py", "record.py", "schema.py")


def _kinds() -> dict[str, Any]:
    """Each kind's name -> what makes a value of it from its encoded arguments."""
    kinds: dict[str, Any] = {"date": datetime.date}
    for name, kind in vars(model).items():
        if isinstance(kind, type) and kind.__module__ == model.__name__:
            if issubclass(kind, Record):
                kinds[name] = kind
            elif issubclass(kind, Enum):  # a dict lookup: calling an Enum class is far slower
                kinds[name] = {member.value: member for member in kind}.__getitem__
    return kinds


_KINDS = _kinds()


def directory() -> Path | None:
    if os.environ.get(NO_CACHE_ENV, "") not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "adhocq") if os.path.isabs(base) else None


def _entry(path: Path) -> Path | None:
    folder = directory()
    if folder is None:
        return None
    name = os.path.abspath(path).encode("utf-8", "surrogateescape")
    return folder / f"dataset-{zlib.crc32(name):08x}.marshal"


def _code_stamp() -> tuple[Any, ...]:
    here = os.path.dirname(__file__)
    stamps: list[Any] = [FORMAT, sys.version_info[:2]]
    for name in _CODE_FILES:
        status = os.stat(os.path.join(here, name))
        stamps.append((name, status.st_mtime_ns, status.st_size))
    return tuple(stamps)


def lookup(path: Path, raw: bytes) -> model.Dataset | None:
    """The dataset cached for `path`, if it was built from exactly `raw` by this code."""
    try:
        entry = _entry(path)
        if entry is None:
            return None
        stamp, cached_raw, encoded = marshal.loads(entry.read_bytes())
        if cached_raw != raw or stamp != _code_stamp():
            return None
        dataset = _decode(encoded)
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        return None  # missing, unreadable, corrupt or stale: parse the file instead
    return dataset if isinstance(dataset, model.Dataset) else None


def store(path: Path, raw: bytes, dataset: model.Dataset) -> None:
    """Remember a dataset that passed every check; a cache that cannot be written is skipped."""
    try:
        entry = _entry(path)
        if entry is None:
            return
        data = marshal.dumps((_code_stamp(), raw, _encode(dataset)))
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    except (OSError, ValueError):
        return
    try:
        temporary.write_bytes(data)
        os.replace(temporary, entry)  # readers see the old entry or the new one, never half
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _encode(value: Any) -> Any:
    if isinstance(value, Record):
        return [type(value).__name__, *(_encode(v) for v in value._values())]
    if isinstance(value, Enum):
        return [type(value).__name__, value.value]
    if isinstance(value, datetime.date):
        return ["date", value.year, value.month, value.day]
    if isinstance(value, tuple):
        return tuple(_encode(v) for v in value)
    if value is None or isinstance(value, str | int | float):
        return value
    raise ValueError(f"cannot cache a {type(value).__name__}")


def _decode(value: Any) -> Any:
    # Exact types (marshal gives nothing else), and leaves kept without a call: this is most of
    # a cached run's loading time.
    kind = type(value)
    if kind is list:
        return _KINDS[value[0]](*[_decode(v) if type(v) in _NESTED else v for v in value[1:]])
    if kind is tuple:
        return tuple([_decode(v) if type(v) in _NESTED else v for v in value])
    return value


_NESTED = (list, tuple)
