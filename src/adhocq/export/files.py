"""Files adhocq writes on request (`--export`, `export --sqlite`): complete or absent.

A file is built in a temporary file next to its target and moved onto it only once it is
complete, so a failure (disk full, interrupt, unencodable data) never leaves a half-written file
behind and never touches the file it would have replaced. The move replaces a symbolic link at
the target rather than the file it points to.
"""

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from adhocq.errors import AdhocqError, UsageProblem
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
        same = path.exists() and any(_is_or_is_in(path, kept) for kept in protect)
    except OSError as error:  # a name too long, ...
        raise cannot_write(path, error) from None
    if is_directory:
        raise UsageProblem(f"{path} is a directory; give a file name for {what}")
    if same:
        raise UsageProblem(f"{path} is the dataset being read; {what} will not overwrite it")


def write_new_file(path: Path, fill: Callable[[Path], None], force: bool) -> None:
    """Make `path` the file that `fill` writes, replacing an existing one only if `force`.

    Raises UsageProblem (exit 2) if `path` exists without `force`, and AdhocqError (exit 1) with
    one line naming `path` if the file system fails; `fill` may raise AdhocqError itself.
    """
    refuse_existing(path, force)
    temp: Path | None = None
    try:
        # A short fixed name: the target's own name may already be as long as names can be.
        handle, name = tempfile.mkstemp(dir=path.parent or ".", prefix=".adhocq-", suffix=".tmp")
        temp = Path(name)
        os.close(handle)
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp's 0600 would outlive the move
        fill(temp)
        _publish(temp, path, force)
    except OSError as error:
        raise cannot_write(path, error) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):  # the original error is the one to report
                temp.unlink()


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
    """Whether `path` is the file `kept`, or a query file of the folder `kept`."""
    if not kept.exists():
        return False
    if kept.is_dir():
        return path.suffix == ".toml" and os.path.samefile(path.parent, kept)
    return os.path.samefile(path, kept)
