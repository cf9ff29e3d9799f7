"""The copy a restore keeps of the database it replaces is made by the OS (O_EXCL, 0600), then
opened by SQLite only once it is checked to be the file made.

Its name (before-restore-YYYYMMDD-HHMMSS.sqlite3) was chosen first, looked at with lexists(),
then opened by SQLite by that name: a link put there in between (whoever may write in the
backups folder: a shared folder, a USB stick) was followed, and the whole current database
was written into the file it named. SQLite made it with the umask's rights (0644, readable by
every user of the computer) until the copy was complete."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from link_swaps import NOTES, link_planted_before_sqlite_opens, link_target, untouched

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup


def _two_contacts_and_a_backup_of_one(core: Core, tmp_path: Path) -> Path:
    core.contacts.create(Contact(given_name="Before"))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.contacts.create(Contact(given_name="After, private"))
    core.close()
    return saved


@pytest.mark.parametrize("there", [True, False], ids=["to a file", "to no file yet"])
def test_a_link_put_at_the_kept_copy_once_made_is_never_written_through(
    core: Core, tmp_data_dir: Path, tmp_path: Path, there: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = _two_contacts_and_a_backup_of_one(core, tmp_path)
    kept_folder = tmp_path / "shared backups"
    kept_folder.mkdir()
    now = core.clock.now()
    name = kept_folder / f"before-restore-{now:%Y%m%d-%H%M%S}.sqlite3"
    elsewhere = link_target(tmp_path, "stolen.sqlite3", there=there)
    # another program, between the kept copy's making and SQLite's opening it
    link_planted_before_sqlite_opens(monkeypatch, name, elsewhere)
    database = tmp_data_dir / "netdesk.sqlite3"
    with pytest.raises(backup.BackupError, match="changed as the copy began") as refused:
        backup.restore(saved, database, kept_folder, now)
    monkeypatch.undo()

    assert f"it is a link to {elsewhere}" in str(refused.value)
    assert "Nothing was changed" in str(refused.value)
    assert untouched(elsewhere, there=there)
    assert name.is_symlink()  # left as it is
    assert sorted(kept_folder.iterdir()) == [name]
    assert backup.contacts_in(database) == 2  # not restored


def test_the_kept_copy_is_private_from_its_first_page(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    saved = _two_contacts_and_a_backup_of_one(core, tmp_path)
    kept_folder = tmp_path / "shared backups"
    kept_folder.mkdir()
    now = core.clock.now()
    seen: list[int] = []

    def kept_mode(phase: str, _done: int, _total: int) -> None:
        if phase == backup.KEEPING:
            [kept] = kept_folder.glob("before-restore-*.sqlite3")
            seen.append(stat.S_IMODE(kept.stat().st_mode))

    umask = os.umask(0o022)  # a desktop's usual one
    try:
        kept = backup.restore(saved, tmp_data_dir / "netdesk.sqlite3", kept_folder, now,
                              progress=kept_mode)  # fmt: skip
    finally:
        os.umask(umask)
    assert seen and set(seen) == {0o600}
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert backup.contacts_in(kept) == 2


def test_a_name_taken_by_a_file_or_a_folder_is_passed_over(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    saved = _two_contacts_and_a_backup_of_one(core, tmp_path)
    kept_folder = tmp_path / "s"
    kept_folder.mkdir()
    now = core.clock.now()
    stamp = f"before-restore-{now:%Y%m%d-%H%M%S}"
    (kept_folder / f"{stamp}.sqlite3").write_bytes(NOTES)  # an earlier restore's, that second
    (kept_folder / f"{stamp}-2.sqlite3").mkdir()

    kept = backup.restore(saved, tmp_data_dir / "netdesk.sqlite3", kept_folder, now)

    assert kept == kept_folder / f"{stamp}-3.sqlite3"
    assert backup.contacts_in(kept) == 2
    assert (kept_folder / f"{stamp}.sqlite3").read_bytes() == NOTES
    assert backup.contacts_in(tmp_data_dir / "netdesk.sqlite3") == 1  # restored
