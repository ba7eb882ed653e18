"""Permission cases as a user without privileges, also where the tests run as root (as CI does):
root passes every permission check, so a read-only folder or an unreadable file says nothing
about adhocq when root meets it.

`as_another_user()` runs a block of the test with the effective user and group of `nobody` and
no supplementary groups. The kernel then checks permissions as it does for anyone: the file
system user follows the effective one, and leaving user 0 clears the effective capabilities
(CAP_DAC_OVERRIDE among them); going back to 0 restores them. It is done in this process, so
the block must not import what is not imported yet (the package may live in a folder `nobody`
cannot read): run the same code once before, as yourself. `folder_of_theirs()` is a folder
that user owns, in a place it can reach."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = os.geteuid() == 0


def _nobody() -> tuple[int, int]:
    try:
        entry = pwd.getpwnam("nobody")
    except KeyError:
        return 65534, 65534
    return entry.pw_uid, entry.pw_gid


@contextlib.contextmanager
def as_another_user() -> Iterator[None]:
    """As root: the block runs as `nobody` (skipped where root cannot become another user,
    as in a container without CAP_SETUID). As any other user: as that user."""
    if not ROOT:
        yield
        return
    uid, gid = _nobody()
    groups, egid = os.getgroups(), os.getegid()

    def back() -> None:
        os.seteuid(0)
        os.setegid(egid)
        os.setgroups(groups)

    try:
        os.setgroups([])
        os.setegid(gid)
        os.seteuid(uid)
    except OSError as error:
        back()
        pytest.skip(f"root cannot act as another user here: {error.strerror}")
    try:
        yield
    finally:
        back()


@contextlib.contextmanager
def folder_of_theirs() -> Iterator[Path]:
    """A new empty folder that the user of `as_another_user` owns and can reach (a test's own
    tmp_path is in root's folder, closed to others); removed afterwards."""
    if not ROOT:
        with tempfile.TemporaryDirectory() as name:
            yield Path(name)
        return
    base = Path(tempfile.gettempdir()).resolve()
    if not all(part.stat().st_mode & 0o001 for part in (base, *base.parents)):
        pytest.skip(f"{base} is closed to other users")
    folder = Path(tempfile.mkdtemp(prefix="adhocq-test-", dir=base))
    try:
        os.chown(folder, *_nobody())
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):  # a test may have closed some
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o700)
        shutil.rmtree(folder)
