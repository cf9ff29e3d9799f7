"""A backup the disk refuses says why in words: the OS's reason rather than SQLite's "unable
to open database file", and of a full drive how to make room."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from infra19_full_disk import FillsUp, dev_full_unchanged, more_than_a_step

from netdesk.core import Core, backups
from netdesk.core.types import Contact


def test_a_full_drive_is_said_with_what_to_do(core: Core, tmp_path: Path) -> None:
    more_than_a_step(core)
    stick = tmp_path / "stick"
    stick.mkdir()
    now = dt.datetime(2026, 3, 1, 9)
    target = stick / f"netdesk-{now:%Y%m%d-%H%M%S}.sqlite3"
    # the disk fills up under the copy: its next write fails with ENOSPC, as on a full stick
    fills_up = FillsUp(Path(f"{target}.part"))
    with pytest.raises(backups.BackupError) as refused:
        backups.backup_now(stick, now, cancelled=fills_up)
    assert fills_up.filled
    said = str(refused.value)
    assert said.startswith(f"Could not write the backup {target}: its disk is full (")
    assert said.endswith("Free some room there, or keep fewer backups (Preferences).")
    assert list(stick.iterdir()) == []  # nothing half-written is left
    assert dev_full_unchanged()


def test_a_file_the_os_refuses_is_said_with_its_reason(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    # a name the disk takes, and its part file's name (5 letters longer) one it does not
    target = tmp_path / f"{'b' * 243}.sqlite3"
    with pytest.raises(backups.BackupError) as refused:
        backups.backup_to(target)
    assert str(refused.value) == f"Could not write the backup {target}: File name too long"
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_a_backup_replaces_an_earlier_backup_never_another_file(core: Core, tmp_path: Path) -> None:
    """netdesk-cli backup --out ~/notes.txt (or contacts.vcf) wrote the copy over it."""
    core.contacts.create(Contact(given_name="Ada"))
    notes = tmp_path / "notes.txt"
    notes.write_text("Buy milk\n", encoding="utf-8")
    with pytest.raises(backups.BackupError) as refused:
        backups.backup_to(notes)
    assert str(refused.value) == (
        f"{notes} is a file that is not a database; a backup replaces only an earlier backup: "
        "give another file name"
    )
    assert notes.read_text(encoding="utf-8") == "Buy milk\n"
    latest = tmp_path / "latest.sqlite3"
    latest.touch()  # (mktemp's)
    for _ in range(2):  # an earlier backup at the same name is replaced, as a cron job does
        assert backups.contacts_in(backups.backup_to(latest)) == 1


def test_a_backups_folder_that_is_a_file_is_said_so(core: Core, tmp_path: Path) -> None:
    """It said "File exists" of the folder it could not make."""
    core.contacts.create(Contact(given_name="Ada"))
    in_the_way = tmp_path / "usb"
    in_the_way.write_text("", encoding="utf-8")
    for target in (in_the_way / "b.sqlite3", in_the_way / "sub" / "b.sqlite3"):
        with pytest.raises(backups.BackupError) as refused:
            backups.backup_to(target)
        assert str(refused.value) == (
            f"Could not write the backup {target}: {in_the_way} is a file, not a folder"
        )
