"""TOML -> Dataset. Reads the file, checks everything, reports every problem with path and line."""

import sys
from pathlib import Path
from typing import Any

from adhocq import model as m
from adhocq.errors import DataError, Problem
from adhocq.reading.bounded import MAX_BYTES, NotRegular, TooBig, read_limited

DATA_ENV = "ADHOCQ_DATA"


def bundled_path() -> Path:
    """The bundled default query's file, inside the package or in the checkout's `data/`."""
    here = Path(__file__).resolve().parents[1]  # adhocq/
    packaged = here / "data" / "responses.toml"
    return packaged if packaged.is_file() else here.parents[1] / "data" / "responses.toml"


def _unusable(name: str, message: str, line: int | None = None) -> DataError:
    """A file that cannot be read as a dataset at all: one problem about the whole file."""
    return DataError(name, [Problem("", message, line)])


def read_bytes(path: Path) -> bytes:
    """The file's bytes, if it is a regular, non-empty file within the size limit."""
    name = str(path)

    def fail(message: str) -> DataError:
        return _unusable(name, message)

    try:
        raw = read_limited(path, MAX_BYTES)
    except NotRegular as refused:
        if refused.directory:
            raise fail("is a directory, not a dataset file") from None
        raise fail("is not a regular file (a pipe, device or socket); give a .toml file") from None
    except IsADirectoryError:  # where a directory cannot even be opened for reading
        raise fail("is a directory, not a dataset file") from None
    except TooBig as refused:
        limit = f"datasets over {MAX_BYTES // 1048576} MiB are refused"
        if refused.size is None:
            raise fail(f"is over {MAX_BYTES // 1048576} MiB; {limit}") from None
        raise fail(f"is {refused.size / 1048576:.1f} MiB; {limit}") from None
    except FileNotFoundError:
        raise fail("no such file (give a dataset with --data or ADHOCQ_DATA)") from None
    except PermissionError:
        raise fail("cannot be read: permission denied") from None
    except OSError as error:
        raise fail(f"cannot be read: {error.strerror or error}") from None
    except ValueError:  # a NUL byte in the name
        raise fail("is not a valid file name") from None
    if not raw.strip():
        raise fail("is empty; a dataset needs [query], [[categories]], [[types]], ...")
    return raw


def decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw:
        message = "looks binary (it contains NUL bytes); a dataset is a UTF-8 TOML text file"
        raise _unusable(name, message)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise _unusable(name, f"is not UTF-8 text (byte {error.start})", line) from None


def load(path: Path) -> m.Dataset:
    """The dataset in `path`, checked; DataError lists every problem. (The command line reads
    through the cache: catalogue.py.)"""
    return parse(decode(read_bytes(path), str(path)), str(path))


def identify(path: Path) -> tuple[str, bool] | None:
    """The query id of a file and whether it is the default query, read without checking the
    rest of the file, or None where they cannot be read so (`load` then says why). DataError
    for a file that is not TOML at all."""
    from adhocq.reading.assemble import SCHEMA_VERSION
    from adhocq.reading.schema import is_ident

    raw = _toml(decode(read_bytes(path), str(path)), str(path))
    query = raw.get("query")
    if raw.get("schema_version") != SCHEMA_VERSION or type(query) is not dict:
        return None
    ident, default = query.get("id"), query.get("default", False)
    if type(ident) is not str or not is_ident(ident) or type(default) is not bool:
        return None
    return ident, default


def _toml(text: str, name: str) -> dict[str, Any]:
    """The TOML document of `text`, refused first if its structure would overwhelm the parser."""
    import re

    from adhocq.reading.prescan import structure_problem

    bomb = structure_problem(text)
    if bomb is not None:
        line, message = bomb
        raise _unusable(name, message, line)
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(found.group(1)) if found else text.count("\n") + 1  # "at end of document"
        reason = re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)", "", message)
        raise _unusable(name, f"malformed TOML: {reason}", line) from None


def parse(text: str, name: str) -> m.Dataset:
    raw = _toml(text, name)
    from adhocq.reading.assemble import build
    from adhocq.reading.schema import Checker

    checker = Checker()
    dataset = build(raw, checker)
    if checker.problems or dataset is None or checker.warnings:
        from dataclasses import replace

        from adhocq.reading.locate import LineIndex

        index = LineIndex(text)
        if checker.problems or dataset is None:
            located = [Problem(p.path, p.message, index.find(p.path)) for p in checker.problems]
            raise DataError(name, located)
        notices = (m.Notice(p.path, p.message, index.find(p.path)) for p in checker.warnings)
        dataset = replace(dataset, warnings=tuple(notices))
    return dataset
