"""The copy a restore keeps of the database it replaces is a file of its own: a link found at
its name (planted in the backups folder, pointing to no file yet) was followed, and the whole
current database was written into the file it named, wherever that was."""

from __future__ import annotations

from pathlib import Path

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup


def test_a_link_at_the_kept_copys_name_is_passed_over_never_written_through(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    core.contacts.create(Contact(given_name="Before"))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.contacts.create(Contact(given_name="After"))
    core.close()
    kept_folder = tmp_path / "s"
    kept_folder.mkdir()
    now = core.clock.now()
    planted = kept_folder / f"before-restore-{now:%Y%m%d-%H%M%S}.sqlite3"
    elsewhere = tmp_path / "elsewhere" / "stolen.sqlite3"
    elsewhere.parent.mkdir()
    planted.symlink_to(elsewhere)

    kept = backup.restore(saved, tmp_data_dir / "netdesk.sqlite3", kept_folder, now)

    assert not elsewhere.exists()
    assert planted.is_symlink()
    assert kept == kept_folder / f"before-restore-{now:%Y%m%d-%H%M%S}-2.sqlite3"
    assert backup.contacts_in(kept) == 2
