"""core.rescue over real files: the backup offered, and netdesk-cli restore over a damaged
database."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from backup_files import malformed_copy

from netdesk import cli
from netdesk.core import Core, rescue
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import backup


@pytest.fixture
def saved(core: Core, tmp_data_dir: Path) -> Path:
    core.contacts.create(Contact(given_name="Ada"))
    made = backup.backup_to(tmp_data_dir / "backups" / "netdesk-20260301-090000.sqlite3")
    core.close()
    for leftover in tmp_data_dir.glob("netdesk.sqlite3*"):
        leftover.unlink()
    malformed_copy(made, tmp_data_dir / "netdesk.sqlite3")
    return made


def test_a_sound_database_is_left_to_the_usual_restore(core: Core, tmp_path: Path) -> None:
    made = backup.backup_to(tmp_path / "b.sqlite3")
    assert rescue.restore_if_damaged(core.store.path, made, dt.datetime(2026, 3, 2)) is None


def test_netdesk_cli_restore_puts_a_backup_in_place_of_a_damaged_database(
    saved: Path, tmp_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It opened the database first, which a damaged one refuses: the restore the start-up
    message advised could not be made."""
    code = cli.main(["--data-dir", str(tmp_data_dir), "--json", "restore", str(saved)])
    out, err = capsys.readouterr()
    assert code == 0, err
    said = json.loads(out)
    kept = Path(said["damaged_saved_as"])
    assert said["restored"] == str(saved)
    assert kept.parent == tmp_data_dir and kept.name.startswith("netdesk-damaged-")
    with sqlite3.connect(tmp_data_dir / "netdesk.sqlite3") as connection:
        assert connection.execute("SELECT display_name FROM contact").fetchall() == [("Ada",)]
    connection.close()
    Core.open(Paths(tmp_data_dir)).close()


def test_netdesk_cli_restore_of_the_damaged_file_itself_is_refused(
    saved: Path, tmp_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_data_dir / "netdesk.sqlite3"
    damaged = database.read_bytes()
    assert cli.main(["--data-dir", str(tmp_data_dir), "restore", str(database)]) == 1
    assert "is the damaged database itself" in capsys.readouterr().err
    assert database.read_bytes() == damaged


def test_the_backup_offered_is_the_newest_holding_contacts_and_a_kept_copy_only_last(
    core: Core, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    empty_backup = backup.backup_to(folder / "netdesk-20260303-090000.sqlite3")
    assert rescue.latest_backup(folder).path == empty_backup  # empty, but all there is
    core.contacts.create(Contact(given_name="Ada"))
    kept_copy = backup.backup_to(folder / "before-restore-20260304-090000.sqlite3")
    # a kept copy holding contacts before an empty backup (Enter must not restore nobody)
    assert rescue.latest_backup(folder).path == kept_copy
    with_ada = backup.backup_to(folder / "netdesk-20260301-090000.sqlite3")
    latest = rescue.latest_backup(folder)
    assert latest is not None and latest.path == with_ada and latest.contacts == 1
    assert rescue.latest_backup(folder, passing_over={with_ada}).path == kept_copy
    empty_backup.unlink()
    with_ada.unlink()
    assert rescue.latest_backup(folder).path == kept_copy
    kept_copy.unlink()
    assert rescue.latest_backup(folder) is None


def test_another_data_folders_backup_is_not_offered_for_a_damaged_database(
    core: Core, tmp_path: Path
) -> None:
    """Work and home back up into one folder; home's database is damaged: the newest backup
    there was work's, offered as "the latest backup" (with work's contact count)."""
    folder = tmp_path / "drive"
    core.contacts.create(Contact(given_name="Home"))
    ours = backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9))
    home_database = core.store.path
    core.close()
    work = Core.open(Paths(tmp_path / "work"))
    work.contacts.create(Contact(given_name="Work"))
    theirs = backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 18))
    work.close()
    assert ours is not None and theirs is not None
    assert rescue.latest_backup(folder).path == theirs  # not knowing whose
    offered = rescue.latest_backup(folder, of_database=home_database)
    assert offered is not None and offered.path == ours
    home_database.write_bytes(b"not a database at all")  # no id to read: as before
    assert rescue.latest_backup(folder, of_database=home_database).path == theirs
