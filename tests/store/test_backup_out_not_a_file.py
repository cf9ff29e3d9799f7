"""netdesk-cli backup --out takes any path: a backup was written beside it and renamed over
it, so a named pipe or a device (`--out /dev/null` as root: the system's /dev/null) was
replaced by a plain file, and a link by the backup, the file it named left as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup


def test_a_named_pipe_is_refused_and_stays_a_pipe(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ana"))
    pipe = tmp_path / "backup.fifo"
    os.mkfifo(pipe)
    with pytest.raises(backup.BackupError) as refused:
        backup.backup_to(pipe)
    assert str(refused.value) == (
        f"{pipe} is not a file but a device or a pipe: a backup is a database file of its "
        "own; give a file name"
    )
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.fifo", "data"]


def test_a_folder_is_refused_in_words(core: Core, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(backup.BackupError, match=f"^{folder} is a folder: .* give a file name$"):
        backup.backup_to(folder)
    assert list(folder.iterdir()) == []


def test_a_link_takes_the_backup_into_the_file_it_names(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ana"))
    synced = tmp_path / "synced"
    synced.mkdir()
    named = synced / "netdesk.sqlite3"
    named.write_bytes(b"")  # an empty file: replaceable
    link = tmp_path / "latest.sqlite3"
    link.symlink_to(named)
    assert backup.backup_to(link) == named
    assert link.is_symlink() and link.resolve() == named
    assert backup.contacts_in(named) == 1
