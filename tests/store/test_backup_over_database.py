"""A backup is never written over the database it copies (netdesk-cli backup --out takes any
path): renamed over it, the open connection's file was no longer the one at its path."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup


@pytest.mark.parametrize("end", ["", "-wal", "-shm"])
def test_a_backup_onto_the_database_or_its_files_is_refused(
    core: Core, tmp_data_dir: Path, end: str
) -> None:
    core.contacts.create(Contact(given_name="Ana"))
    database = tmp_data_dir / "netdesk.sqlite3"
    before = database.stat().st_ino
    with pytest.raises(backup.BackupError, match="database netdesk uses"):
        backup.backup_to(Path(f"{database}{end}"))
    assert database.stat().st_ino == before  # the same file, not a copy renamed over it
    assert not list(tmp_data_dir.glob("*.part"))
    core.contacts.create(Contact(given_name="Bea"))
    assert {c.given_name for c in map(core.contacts.get, [1, 2]) if c} == {"Ana", "Bea"}


def test_a_link_to_the_database_is_refused_too(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    link = tmp_path / "copy.sqlite3"
    link.symlink_to(tmp_data_dir / "netdesk.sqlite3")
    with pytest.raises(backup.BackupError, match="database netdesk uses"):
        backup.backup_to(link)
