"""Many queries, one dataset: the query files that `--data` names (a file, or a folder of them;
`ADHOCQ_DATA` may list several paths), loaded and checked together."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from adhocq import model as m
from adhocq.errors import DataError, DataErrors, Problem
from adhocq.reading.loading import DATA_ENV, load

SUFFIX = ".toml"


def bundled_folder() -> Path:
    """The queries shipped inside the package, or the checkout's `data/` in an editable install."""
    here = Path(__file__).resolve().parents[1]  # adhocq/
    packaged = here / "data"
    return packaged if (packaged / "responses.toml").is_file() else here.parents[1] / "data"


def data_paths(option: str | None) -> tuple[Path, ...]:
    """What `--data` names, else the paths of ADHOCQ_DATA (joined by the system's path
    separator, ':' or ';'), else the bundled folder."""
    if option:
        return (Path(option),)
    listed = [part for part in os.environ.get(DATA_ENV, "").split(os.pathsep) if part]
    return tuple(Path(part) for part in listed) or (bundled_folder(),)


def query_files(paths: Sequence[Path]) -> list[Path]:
    """Each path that is a folder stands for the .toml files in it (not in its sub-folders), in
    name order; any other path for itself."""
    files: list[Path] = []
    for path in paths:
        if not _is_folder(path):
            files.append(path)  # reading it says what is wrong with it, if anything
            continue
        try:
            found = sorted(p for p in path.iterdir() if p.suffix == SUFFIX and p.is_file())
        except OSError as error:
            problem = Problem("", f"cannot be read: {error.strerror or error}")
            raise DataError(str(path), [problem]) from None
        if not found:
            problem = Problem("", f"is a folder with no {SUFFIX} file; give query files")
            raise DataError(str(path), [problem])
        files += found
    return files


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long, a NUL byte: not a folder to list
        return False


def load_corpus(paths: Sequence[Path], *, write_cache: bool = False) -> m.Corpus:
    """Every query of `paths`, checked; DataErrors lists the problems of every file at once.
    A query id must be unique, and at most one query may be the default."""
    return m.Corpus(tuple(ds for _, ds in load_each(paths, write_cache=write_cache)))


def load_each(paths: Sequence[Path], *, write_cache: bool = False) -> list[tuple[Path, m.Dataset]]:
    """Each query file of `paths` with its query, checked as `load_corpus` checks them."""
    errors: list[DataError] = []
    loaded: list[tuple[Path, m.Dataset]] = []
    for file in query_files(paths):
        try:
            loaded.append((file, load(file, write_cache=write_cache)))
        except DataError as error:
            errors.append(error)
    first: dict[str, Path] = {}
    default: Path | None = None
    for file, ds in loaded:
        ident = ds.query.id
        if ident in first:
            message = f"duplicate query id {ident!r}: {first[ident]} has it too"
            errors.append(DataError(str(file), [_located(file, "query.id", message)]))
        first.setdefault(ident, file)
        if ds.query.default:
            if default is not None:
                message = f"a second default query: {default} is the default already"
                errors.append(DataError(str(file), [_located(file, "query.default", message)]))
            default = default or file
    if errors:
        raise errors[0] if len(errors) == 1 else DataErrors(errors)
    return loaded


def _located(file: Path, path: str, message: str) -> Problem:
    """A problem of a file that loaded, with the line of `path` in it."""
    from adhocq.reading.locate import LineIndex

    text = file.read_text(encoding="utf-8")  # it was read and decoded a moment ago
    return Problem(path, message, LineIndex(text).find(path))
