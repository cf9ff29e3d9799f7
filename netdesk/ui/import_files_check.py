"""Whether the files of an import's preview are still as they were read: their size and a
digest of their bytes taken as the preview read them, compared when Import is pressed."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from netdesk.ui.widgets import tr

# each file of a preview as it was read: (modification time, size, digest of its bytes),
# None when it was not there
FileStates = dict[str, tuple[int, int, bytes] | None]
_HASHED_AT_ONCE = 1 << 20


def _digest(path: str) -> tuple[int, bytes]:
    """The size and a digest of the bytes of ``path``, read as they are now."""
    hashed = hashlib.blake2b(digest_size=16)
    size = 0
    with open(path, "rb") as file:
        while chunk := file.read(_HASHED_AT_ONCE):
            hashed.update(chunk)
            size += len(chunk)
    return size, hashed.digest()


def file_states(paths: Sequence[str]) -> FileStates:
    """What :func:`changed_files` compares: files, not folders (``paths`` are listed)."""
    states: FileStates = {}
    for path in paths:
        try:
            modified = os.stat(path).st_mtime_ns
            size, digest = _digest(path)
        except OSError:
            states[path] = None
        else:
            states[path] = (modified, size, digest)
    return states


def changed_files(states: FileStates) -> list[str]:
    """The files of ``states`` whose bytes are no longer those read (or that went, or came).
    A file only touched (a sync client setting its time, a backup reading it) is as it was:
    its time changed, so its bytes are compared; by its time alone, every such touch
    threw the preview away and started the import again from its files."""
    changed = []
    for path, state in states.items():
        try:
            info = os.stat(path)
        except OSError:
            if state is not None:
                changed.append(path)
            continue
        if state is None or info.st_size != state[1]:
            changed.append(path)
        elif info.st_mtime_ns != state[0]:
            try:
                if _digest(path) != state[1:]:
                    changed.append(path)
            except OSError:
                changed.append(path)
    return changed


class FilesChanged(Exception):  # noqa: N818  (what happened, as ImportCancelled)
    """Files saved again (or gone) since their preview was read: importing the preview would
    import what they were, not what they are. Nothing is written; they are read again.
    ``files``: those files."""

    def __init__(self, message: str, files: list[str]) -> None:
        super().__init__(message)
        self.files = files


def changed_names(files: Sequence[str]) -> str:
    """ "phone.vcf, work.csv": the files that changed, as the user is told."""
    names = ", ".join(Path(path).name for path in files[:3])
    return names + (", …" if len(files) > 3 else "")


def changed_since(states: FileStates) -> None:
    """Raise :class:`FilesChanged` when a file of ``states`` is no longer as it was read: an
    error corrected in the file after the preview showed it was imported as it was."""
    changed = changed_files(states)
    if changed:
        raise FilesChanged(
            tr(
                "%1 changed since the preview was read; nothing was imported. It is read "
                "again: see what it would change now. The files you skipped and the choices "
                "you made among the differences of the others are kept."
            ).replace("%1", changed_names(changed)),
            changed,
        )
