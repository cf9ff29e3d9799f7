"""A restore that cannot hold the database alone says why: another program has it open, or
the files SQLite writes beside it cannot be (a read-only folder or disk). netdesk-cli restore
on a read-only drive said "in use by another program (is netdesk running?)"."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup

NOW = dt.datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def saved(core: Core, tmp_path: Path) -> Path:
    core.contacts.create(Contact(given_name="Ana", family_name="Gil"))
    made = backup.backup_to(tmp_path / "saved.sqlite3")
    core.close()
    return made


def test_a_wal_that_cannot_be_written_is_not_said_as_another_program(
    saved: Path, tmp_data_dir: Path, tmp_path: Path
) -> None:
    database = tmp_data_dir / "netdesk.sqlite3"
    # SQLite cannot make the -wal beside it, as in a read-only folder (no root needed)
    Path(f"{database}-wal").symlink_to(tmp_path / "gone" / "netdesk.sqlite3-wal")
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    with pytest.raises(backup.BackupError) as refused:
        backup.restore(saved, database, tmp_path / "kept", NOW)
    said = str(refused.value)
    assert said.startswith(f"{database} cannot be written (unable to open database file): ")
    assert said.endswith("is its folder or disk read-only? Nothing was changed.")
    assert "another program" not in said
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert not (tmp_path / "kept").exists()


def test_a_database_another_program_holds_is_still_said_so(
    saved: Path, tmp_data_dir: Path, tmp_path: Path
) -> None:
    database = tmp_data_dir / "netdesk.sqlite3"
    holder = sqlite3.connect(database, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(backup.BackupError, match="is in use by another program"):
            backup.restore(saved, database, tmp_path / "kept", NOW)
    finally:
        holder.close()
