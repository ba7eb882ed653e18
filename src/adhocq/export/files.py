"""Files adhocq writes on request (`--export`, `export --sqlite`): complete or absent.

A file is built in a temporary file next to its target and moved onto it only once it is
complete, so a failure (disk full, interrupt, SIGTERM, unencodable data) never leaves a
half-written file behind and never touches the file it would have replaced; files that go
together are all written before any is moved. A run killed outright (`kill -9`) leaves its
temporary file, named for its process, and the next export into that folder removes it. The
move replaces a symbolic link at the target rather than the file it points to.
"""

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from adhocq.errors import AdhocqError, UsageProblem
from adhocq.leftovers import remove_stale
from adhocq.messages import N_, phrase


def check_target(path: Path, what: str, protect: Sequence[Path] = ()) -> None:
    """Refuse, before any work, a name that cannot be a new file: `-`, a NUL byte, a directory,
    or a file of the dataset being read (`protect`: its files or folders)."""
    name = str(path)
    if name == "-":
        raise UsageProblem(f"{what} writes a file, not standard output: give a file name, not '-'")
    if "\x00" in name:
        raise UsageProblem(f"{name!r} is not a valid file name (it contains a NUL byte)")
    try:
        is_directory = path.is_dir()
        same = any(_is_or_is_in(path, kept) for kept in protect)
    except OSError as error:  # a name too long, ...
        raise cannot_write(path, error) from None
    if is_directory:
        raise UsageProblem(f"{path} is a directory; give a file name for {what}")
    if same and path.exists():
        raise UsageProblem(f"{path} is the dataset being read; {what} will not overwrite it")
    if same:
        raise UsageProblem(
            f"{path} would be read as a query file of the dataset; write {what} elsewhere"
        )


def write_new_file(path: Path, fill: Callable[[Path], None], force: bool) -> None:
    """Make `path` the file that `fill` writes, replacing an existing one only if `force`.

    Raises UsageProblem (exit 2) if `path` exists without `force`, and AdhocqError (exit 1) with
    one line naming `path` if the file system fails; `fill` may raise AdhocqError itself.
    """
    write_new_files([(path, fill)], force)


def write_new_files(files: Sequence[tuple[Path, Callable[[Path], None]]], force: bool) -> None:
    """`write_new_file` for files that go together (a database and its metadata): every one is
    written whole before any is moved onto its target, so that a failure replaces none."""
    for path, _ in files:
        refuse_existing(path, force)
    written: list[tuple[Path, Path]] = []
    try:
        for path, fill in files:
            written.append((path, _temporary(path)))
            try:
                fill(written[-1][1])
            except OSError as error:
                raise cannot_write(path, error) from None
        for path, temp in written:
            try:
                _publish(temp, path, force)
            except OSError as error:
                raise cannot_write(path, error) from None
    finally:
        for _, temp in written:
            with contextlib.suppress(OSError):  # the original error is the one to report
                temp.unlink()


TEMPORARY = ".adhocq-{pid}-"  # then mkstemp's letters and ".tmp"


def _temporary(path: Path) -> Path:
    """A new empty file beside `path`, named for this process, after removing those that
    killed runs left there (with SQLite's journal of one)."""
    folder = path.parent or Path(".")
    remove_stale(folder, ".adhocq-*.tmp*", _export_writer)
    try:
        # A short name: the target's own name may already be as long as names can be.
        prefix = TEMPORARY.format(pid=os.getpid())
        handle, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
        os.close(handle)
        os.chmod(name, 0o666 & ~_umask())  # mkstemp's 0600 would outlive the move
    except OSError as error:
        raise cannot_write(path, error) from None
    return Path(name)


def _export_writer(name: str) -> int:
    return int(name.split("-")[1])


def refuse_existing(path: Path, force: bool) -> None:
    """Raise UsageProblem if `path` exists (as anything, even a dangling link) and not `force`."""
    try:
        exists = os.path.lexists(path)
    except OSError as error:
        raise cannot_write(path, error) from None
    if exists and not force:
        raise exists_error(path)


def _publish(temp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)  # unlike os.replace, fails if the file appeared in the meantime
    except FileExistsError:
        raise exists_error(path) from None
    except OSError:  # a file system without hard links: check, then move
        if os.path.lexists(path):
            raise exists_error(path) from None
        os.replace(temp, path)


def exists_error(path: Path) -> UsageProblem:
    return UsageProblem(phrase(N_("{path} exists; use --force to replace it"), path=str(path)))


def cannot_write(path: Path, error: OSError) -> AdhocqError:
    if isinstance(error, FileNotFoundError) and not path.parent.is_dir():
        reason = f"directory {path.parent} does not exist"
    elif isinstance(error, PermissionError):
        reason = "permission denied"
    else:
        reason = error.strerror or str(error)
    return AdhocqError(f"{path}: cannot write: {' '.join(reason.split())}")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_or_is_in(path: Path, kept: Path) -> bool:
    """Whether `path` is the file `kept`, or a query file (existing or not) of the folder
    `kept`."""
    if not kept.exists():
        return False
    if kept.is_dir():
        parent = path.parent if str(path.parent) else Path(".")
        return path.suffix == ".toml" and parent.is_dir() and os.path.samefile(parent, kept)
    return path.exists() and os.path.samefile(path, kept)
