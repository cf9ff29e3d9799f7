"""A link another program puts where netdesk is about to write a copy (a shared backups
folder, a USB stick), and the file it names, which must come out untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

NOTES = b"Someone's notes, not to be written over\n"


def opened_path(target: object) -> Path | None:
    """The file a sqlite3.connect argument names: a path, or a file: URI (part_file.connect
    opens the part it made with mode=rw)."""
    if isinstance(target, Path):
        return target
    if isinstance(target, str):
        if target.startswith("file:"):
            return Path(unquote(urlsplit(target).path))
        return Path(target)
    return None


def link_target(tmp_path: Path, name: str, *, there: bool) -> Path:
    """Where the link points, in a folder of its own: a file of NOTES, or (``there`` False)
    no file yet."""
    target = tmp_path / "elsewhere" / name
    target.parent.mkdir()
    if there:
        target.write_bytes(NOTES)
    return target


def untouched(target: Path, *, there: bool) -> bool:
    """Whether the file the link names is as :func:`link_target` made it: its NOTES, or still
    no file (opened as a file that must be there, SQLite makes none where the link points)."""
    return target.read_bytes() == NOTES if there else not target.exists()


def link_planted_before_sqlite_opens(monkeypatch: pytest.MonkeyPatch, at: Path, to: Path) -> None:
    """Another program puts a link to ``to`` at ``at`` just before SQLite opens ``at``."""
    real_connect = sqlite3.connect

    def planted_first(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if opened_path(database) == at:
            at.unlink(missing_ok=True)
            at.symlink_to(to)
        return real_connect(database, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(sqlite3, "connect", planted_first)
