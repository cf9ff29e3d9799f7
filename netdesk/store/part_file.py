"""The part file a copy of the database is written into first, then renamed into place.

Shared by the backups (``store.backup``) and the copy kept before a migration
(``store.upgrade_copy``): a part is always a new file of the copy's own, never a file found at
its name. Opened with ``open(part, "wb")``, ``shutil.copyfile`` or ``sqlite3.connect``, a part
found there as a link (planted in a folder others reach, or left over) was followed, and the
whole database written into the file it named, wherever that was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import tempfile
from pathlib import Path

log = logging.getLogger("netdesk.store")

# a file made new: O_EXCL fails on a link or a file at its name (not followed, not written
# over), and a link put at the name meanwhile is not followed either (nor with O_NOFOLLOW)
NEW_FILE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: a descriptor written through keeps its bytes
)


class PartInTheWay(Exception):  # noqa: N818  (what is found, said to the user)
    """Something that is not a file of ours is at a part's name; it was left as it is.

    Attributes:
        part: the part's path.
        what: what it is, in words ("a link to /home/ada/notes.txt", "a folder").
        link: it is a link (its target is in ``what``).
    """

    def __init__(self, part: Path, what: str, *, link: bool = False) -> None:
        super().__init__(f"{part} is in the way: it is {what}")
        self.part = part
        self.what = what
        self.link = link


def begin(part: Path) -> int:
    """Make ``part`` a new file of its own, readable by its owner alone (where the disk keeps
    such rights), and return it open for writing.

    A part a copy cut short left behind (a plain file) is replaced: removed, never written
    into (it may be another name of some other file, a hard link). A link, a folder, a device
    or a pipe there is refused, and left as it is.

    Raises:
        PartInTheWay: ``part`` is a link, a folder, a device or a pipe, or a file made at that
            name between its removal and its making (another netdesk's, at the same moment).
        OSError: the OS refused the file (its disk full or read-only, the name too long).
    """
    try:
        found = os.lstat(part)
    except FileNotFoundError:
        pass
    else:
        if stat.S_ISREG(found.st_mode):
            part.unlink()  # (a part that is not a file is refused by O_EXCL below)
            log.info("removed %s, left by a copy cut short", part)
    try:
        made = os.open(part, NEW_FILE, 0o600)
    except FileExistsError:
        mode = os.lstat(part).st_mode
    else:
        _private(made, part)
        return made
    if stat.S_ISLNK(mode):
        raise PartInTheWay(part, f"a link to {os.readlink(part)}", link=True)
    if stat.S_ISDIR(mode):
        raise PartInTheWay(part, "a folder")
    if stat.S_ISREG(mode):
        raise PartInTheWay(part, "the file of another copy, begun at the same moment")
    raise PartInTheWay(part, "not a file but a device or a pipe")


def begin_beside(target: Path) -> tuple[int, Path]:
    """Make a part file for ``target`` under a name of its own beside it
    (``<target's name>.<random>.part``), readable by its owner alone, and return it open for
    writing with its path.

    Two copies to the same target at the same moment (the daily backup and ``netdesk-cli
    backup`` in the same second) each write their own part: under the one name ``<target>.part``
    each removed the other's, and the first to finish renamed the other's half-written file
    into place. A name of its own is also never a file, link or folder found there (``mkstemp``:
    O_EXCL|O_NOFOLLOW, mode 0600, another name tried if one is taken).

    Raises:
        OSError: the OS refused the file (its disk full or read-only, the name too long).
    """
    made, name = tempfile.mkstemp(prefix=f"{target.name}.", suffix=".part", dir=target.parent)
    part = Path(name)
    _private(made, part)
    return made, part


def connect(part: Path, made: int) -> sqlite3.Connection:
    """``sqlite3.connect(part)`` of the part ``begin`` or ``begin_beside`` made and returned
    open as ``made`` (closed here, whatever happens), sure to be that file before SQLite
    writes a page into it.

    SQLite opens a file by its name and follows a link: between the part's making and its
    opening, whoever may write in the folder (a shared backups folder, a USB stick) could put a
    link at its name, and the whole database was written into the file it named. ``made``
    stays open until it is checked: the file is held in memory meanwhile (a FAT disk makes up
    its inode numbers, and a file let go of could come back under another).

    Raises:
        PartInTheWay: the name is now a link or another file, or SQLite opened another file
            than the part (a link put there and taken away again); the connection is closed,
            nothing written, and what is at the name left as it is.
        sqlite3.Error: SQLite could not open it.
    """
    try:
        try:
            # mode=rw: the part is there already; a link put at its name to a file that is
            # not was followed and that file made (empty) wherever the link pointed
            connection = sqlite3.connect(f"{part.absolute().as_uri()}?mode=rw", uri=True)
        except sqlite3.OperationalError:
            if os.path.islink(part):  # told as what it is, not "unable to open"
                raise PartInTheWay(part, f"a link to {os.readlink(part)}", link=True) from None
            raise
        try:
            check_opened(part, made)
        except BaseException:
            connection.close()
            raise
    finally:
        os.close(made)
    return connection


def check_opened(part: Path, made: int) -> None:
    """Raise PartInTheWay unless the name ``part`` is still the file open as ``made`` (not a
    link), and another descriptor of this process has that file open too: SQLite's, opened
    by the name just now. The second is told where the system lists a process's open files
    (Linux's /proc/self/fd, /dev/fd elsewhere)."""
    ours = os.fstat(made)
    try:
        found = os.lstat(part)
    except FileNotFoundError:
        raise PartInTheWay(part, "gone (removed or renamed by another program)") from None
    if stat.S_ISLNK(found.st_mode):
        raise PartInTheWay(part, f"a link to {os.readlink(part)}", link=True)
    file = ours.st_dev, ours.st_ino
    if (found.st_dev, found.st_ino) != file or not _open_again(file, made):
        raise PartInTheWay(part, "another file than the one made for the copy")


def _open_again(file: tuple[int, int], made: int) -> bool:
    """Whether a descriptor of this process other than ``made`` is ``file`` (device, inode);
    True when the system does not say (no such folder, or one that lists only some: a
    FreeBSD's /dev/fd without fdescfs holds 0, 1 and 2)."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            descriptors = os.listdir(folder)
        except OSError:
            continue
        if str(made) not in descriptors:
            continue
        for descriptor in descriptors:
            if descriptor == str(made):
                continue
            try:
                found = os.stat(f"{folder}/{descriptor}")
            except OSError:  # (the listing's own, closed since)
                continue
            if (found.st_dev, found.st_ino) == file:
                return True
        return False
    return True


def _private(made: int, part: Path) -> None:
    """0600 whatever the umask: with 0644 the copy could be read by anyone while it is
    written (SQLite's journal beside it takes its rights). Windows has no os.fchmod before
    Python 3.13 (nor owner-only modes: a file there takes its folder's rights); its
    AttributeError stopped every backup and every start of an upgraded netdesk."""
    change = getattr(os, "fchmod", None)
    if change is None:
        return
    try:
        change(made, 0o600)
    except (OSError, NotImplementedError) as error:  # a FAT or exFAT disk refuses it (EPERM)
        log.info("%s keeps its rights (the disk does not take 0600: %s)", part, error)
