"""A disk that runs full in the middle of a backup, for real and without a link in its way.

The tests linked the backup's part file to /dev/full; a backup now refuses a part that is a
link (it wrote through it into the file it named). Here the part is the backup's own file, and
part way through the copy the file descriptor SQLite writes it with is made to write to
/dev/full instead (``os.dup2``), as when another program takes the last of the disk: the next
page written fails with the kernel's ENOSPC, which SQLite reports as SQLITE_FULL. /dev/full is
only opened, never changed (its rights are checked after each use).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from netdesk.core import Core
from netdesk.core.types import Contact

FULL = "/dev/full"
_FULL_MODE = stat.S_IFCHR | 0o666


def _open_on(path: Path) -> list[int]:
    """This process's file descriptors open on ``path``, a backup's part file named as an
    older netdesk named it (``<target>.part``), or on the part of a name of its own a backup
    now writes beside its target (``<target>.<random>.part``)."""
    folder = os.path.realpath(path.parent)
    begins = f"{path.name.removesuffix('.part')}."
    found = []
    for name in os.listdir("/proc/self/fd"):
        try:
            opened = os.readlink(f"/proc/self/fd/{name}")
        except OSError:  # (the listing's own descriptor, closed since)
            continue
        there, _, file = opened.rpartition("/")
        if there == folder and file.startswith(begins) and file.endswith(".part"):
            found.append(int(name))
    return found


class FillsUp:
    """A backup's ``cancelled`` (or ``progress``): the first time it is called while the
    backup's part file (``part``, or a name of its own beside it) is open, the disk "fills
    up" under it. Never cancels.

    The copy goes 1024 pages a step and this is called between steps: the database backed up
    must hold more than 1024 pages (4 MB) for a step to follow.
    """

    def __init__(self, part: Path) -> None:
        self.part = part
        self.filled = False

    def __call__(self, *_progress: int) -> bool:
        if not self.filled:
            descriptors = _open_on(self.part)
            if descriptors:
                full = os.open(FULL, os.O_WRONLY | os.O_CLOEXEC)
                try:
                    for descriptor in descriptors:
                        os.dup2(full, descriptor)
                finally:
                    os.close(full)
                self.filled = True
        return False


def dev_full_unchanged() -> bool:
    """Whether /dev/full is still a character device everyone may read and write."""
    return os.stat(FULL).st_mode == _FULL_MODE


def more_than_a_step(core: Core) -> int:
    """Fill ``core``'s database past one backup step (1024 pages); returns its contacts."""
    for number in range(24):
        notes = f"Line {number} of the notes, long enough to take room. " * 2000
        core.contacts.create(Contact(given_name=f"Ada {number}", notes=notes))
    with contextlib.closing(sqlite3.connect(core.store.path)) as connection:
        assert connection.execute("PRAGMA page_count").fetchone()[0] > 1024
    return 24
