"""Many queries, one dataset: the query files that `--data` names (a file, or a folder of them;
`ADHOCQ_DATA` may list several paths), loaded and checked together."""

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from adhocq import model as m
from adhocq.errors import DataError, DataErrors, Problem
from adhocq.reading.loading import DATA_ENV, load

SUFFIX = ".toml"
T = TypeVar("T")


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
    return [Path(given) for given, _ in located_files(paths)]


def located_files(paths: Sequence[Path]) -> list[tuple[str, str]]:
    """The files of `query_files`, each as (its path as given, its absolute path): strings, as a
    per-query command looks at every file of a corpus and a Path costs more than the stat."""
    files: list[tuple[str, str]] = []
    for path in paths:
        if not _is_folder(path):
            files.append((os.fspath(path), os.path.abspath(path)))  # reading it says what is wrong
            continue
        try:
            with os.scandir(path) as listed:  # a file's type without a stat call per file
                names = sorted((e.name for e in listed if _is_query_file(e)), key=os.path.normcase)
        except OSError as error:
            problem = Problem("", f"cannot be read: {error.strerror or error}")
            raise DataError(str(path), [problem]) from None
        if not names:
            problem = Problem("", f"is a folder with no {SUFFIX} file; give query files")
            raise DataError(str(path), [problem])
        # os.path.join(folder, name), for a thousand names at the cost of one join
        given, absolute = os.path.join(path, ""), os.path.join(os.path.abspath(path), "")
        files += [(given + name, absolute + name) for name in names]
    return files


def _is_query_file(entry: os.DirEntry[str]) -> bool:
    # Path(name).suffix == SUFFIX, without making a Path of every name in the folder
    return entry.name.endswith(SUFFIX) and entry.name != SUFFIX and entry.is_file()


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long, a NUL byte: not a folder to list
        return False


def load_corpus(paths: Sequence[Path]) -> m.Corpus:
    """Every query of `paths`, checked; DataErrors lists the problems of every file at once.
    A query id must be unique, and at most one query may be the default."""
    return m.Corpus(tuple(ds for _, ds in load_each(paths)))


def load_each(paths: Sequence[Path]) -> list[tuple[Path, m.Dataset]]:
    """Each query file of `paths` with its query, checked as `load_corpus` checks them."""
    return checked_each(paths, lambda ds: ds)


def checked_each(paths: Sequence[Path], keep: Callable[[m.Dataset], T]) -> list[tuple[Path, T]]:
    """Each query file of `paths` with what `keep` takes of its query, checked as `load_corpus`
    checks them, one query held at a time (`validate` keeps a few numbers of each)."""
    errors: list[DataError] = []
    kept: list[tuple[Path, T]] = []
    ids: list[tuple[str | Path, str, bool]] = []
    for file in query_files(paths):
        try:
            ds = load(file)
        except DataError as error:
            errors.append(error)
            continue
        ids.append((file, ds.query.id, ds.query.default))
        kept.append((file, keep(ds)))
    errors += clashes(ids)
    if errors:
        raise errors[0] if len(errors) == 1 else DataErrors(errors)
    return kept


def clashes(entries: Sequence[tuple[str | Path, str, bool]]) -> list[DataError]:
    """A query id used twice, or a second default query, as errors of the later file."""
    errors: list[DataError] = []
    first: dict[str, str | Path] = {}
    default: str | Path | None = None
    for file, ident, is_default in entries:
        if ident in first:
            message = f"duplicate query id {ident!r}: {first[ident]} has it too"
            errors.append(DataError(str(file), [_located(file, "query.id", message)]))
        first.setdefault(ident, file)
        if is_default:
            if default is not None:
                message = f"a second default query: {default} is the default already"
                errors.append(DataError(str(file), [_located(file, "query.default", message)]))
            default = default or file
    return errors


def stamp(path: str | Path) -> tuple[int, ...] | None:
    """What changes whenever a file does: any write sets its ctime, which no one can set back
    (touching the mtime and size to their old values does not hide a change)."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def _located(file: str | Path, path: str, message: str) -> Problem:
    """A problem of a file that loaded, with the line of `path` in it."""
    from adhocq.reading.locate import LineIndex

    text = Path(file).read_text(encoding="utf-8")  # it was read and decoded a moment ago
    return Problem(path, message, LineIndex(text).find(path))
