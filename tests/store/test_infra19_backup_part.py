"""A backup's part file (the copy is written there, then renamed into place) is the backup's
own new file: one found at its name as a link, planted or left over, was opened through the
link, and SQLite wrote the backup into the file it named (truncated first), wherever it was.
A backup now writes a part under a name of its own (``<target>.<random>.part``): whatever is
found at the name an older netdesk used (``<target>.part``) is never opened, and left as it is."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from netdesk.core import Core, backups
from netdesk.core.types import Contact

NOW = dt.datetime(2026, 3, 1, 9)


@pytest.mark.parametrize("there", [True, False], ids=["to a file", "to no file yet"])
def test_a_part_that_is_a_link_is_never_written_through(
    core: Core, tmp_path: Path, there: bool
) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    elsewhere = tmp_path / "elsewhere" / "notes.txt"
    elsewhere.parent.mkdir()
    if there:
        elsewhere.write_text("Someone's notes\n", encoding="utf-8")
        elsewhere.chmod(0o644)
    folder = tmp_path / "backups"
    folder.mkdir()
    part = folder / f"netdesk-{NOW:%Y%m%d-%H%M%S}.sqlite3.part"
    part.symlink_to(elsewhere)
    made = backups.backup_now(folder, NOW)
    assert made == folder / part.stem and not made.is_symlink()
    assert backups.contacts_in(made) == 1
    if there:
        assert elsewhere.read_text(encoding="utf-8") == "Someone's notes\n"
        assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644
    else:
        assert not elsewhere.exists()  # (made there, then the link renamed as the backup)
    assert part.is_symlink() and sorted(folder.iterdir()) == [made, part]  # left as it was


def test_a_part_left_by_a_backup_cut_short_is_not_written_into(core: Core, tmp_path: Path) -> None:
    """A part left behind is never written into: truncated and written into, it changed
    every other name of that file (a hard link to it kept elsewhere). The rotation removes it
    once it is old (test_backup_cut_short.py)."""
    core.contacts.create(Contact(given_name="Ada"))
    kept = tmp_path / "kept.sqlite3"
    kept.write_bytes(b"SQLite format 3\x00 and what another program keeps")
    target = tmp_path / "latest.sqlite3"
    part = Path(f"{target}.part")
    os.link(kept, part)
    assert backups.backup_to(target) == target
    assert kept.read_bytes() == b"SQLite format 3\x00 and what another program keeps"
    assert backups.contacts_in(target) == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(tmp_path.glob("*.part")) == [part]  # the backup's own part is gone


def test_a_folder_in_the_parts_place_is_left_as_it_is(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    target = tmp_path / "latest.sqlite3"
    part = Path(f"{target}.part")
    (part / "inside").mkdir(parents=True)
    assert backups.backup_to(target) == target
    assert backups.contacts_in(target) == 1
    assert (part / "inside").is_dir() and sorted(tmp_path.glob("*.part")) == [part]
