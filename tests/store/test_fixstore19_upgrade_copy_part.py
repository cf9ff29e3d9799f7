"""The copy kept before a migration is written into a part file of its own: one found at the
part's name as a link (planted, or left over) was followed by ``shutil.copyfile`` (or SQLite's
backup), and the whole database written into the file it named, wherever that was."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from raw_connection import opened_for_copy, schema_12

from netdesk.store import upgrade_copy

NOW = dt.datetime(2026, 3, 1, 9)
PART = f"{upgrade_copy.copy_name(NOW, 12)}.part"


@pytest.mark.parametrize("page_by_page", [False, True], ids=["file copied", "page by page"])
@pytest.mark.parametrize("there", [True, False], ids=["to a file", "to no file yet"])
def test_a_part_that_is_a_link_is_refused_and_never_written_through(
    tmp_path: Path, there: bool, page_by_page: bool
) -> None:
    database = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(database)
    before = database.read_bytes()
    elsewhere = tmp_path / "elsewhere" / "notes.txt"
    elsewhere.parent.mkdir()
    if there:
        elsewhere.write_text("Someone's notes\n", encoding="utf-8")
        elsewhere.chmod(0o644)
    folder = database.parent / "backups"
    folder.mkdir()
    part = folder / PART
    part.symlink_to(elsewhere)
    with opened_for_copy(database, page_by_page=page_by_page) as connection:
        kept = upgrade_copy.keep_copy(connection, database, 12, NOW)
    assert kept.path is None and kept.folder == folder
    assert kept.error == (
        f"{PART} is in the way: it is a link to {elsewhere}; a copy is never written through a link"
    )
    if there:
        assert elsewhere.read_text(encoding="utf-8") == "Someone's notes\n"
        assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644
    else:
        assert not elsewhere.exists()
    assert part.is_symlink() and sorted(folder.iterdir()) == [part]  # left as it was
    assert database.read_bytes() == before


def test_a_part_linked_to_the_database_itself_leaves_it_as_it_was(tmp_path: Path) -> None:
    database = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(database)
    before = database.read_bytes()
    folder = database.parent / "backups"
    folder.mkdir()
    (folder / PART).symlink_to(database)
    with opened_for_copy(database, page_by_page=False) as connection:
        kept = upgrade_copy.keep_copy(connection, database, 12, NOW)
    assert kept.path is None and "is in the way: it is a link to" in kept.error
    assert database.read_bytes() == before
    assert (folder / PART).is_symlink()


def test_a_part_left_by_a_copy_cut_short_is_replaced_not_written_into(tmp_path: Path) -> None:
    """A part left behind is made again as a new file: written into, it changed every other
    name of that file (a hard link to it kept elsewhere)."""
    database = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(database)
    kept_elsewhere = tmp_path / "kept.sqlite3"
    kept_elsewhere.write_bytes(b"SQLite format 3\x00 and what another program keeps")
    folder = database.parent / "backups"
    folder.mkdir()
    os.link(kept_elsewhere, folder / PART)
    with opened_for_copy(database, page_by_page=False) as connection:
        kept = upgrade_copy.keep_copy(connection, database, 12, NOW)
    assert kept.path == folder / upgrade_copy.copy_name(NOW, 12) and kept.error == ""
    assert kept_elsewhere.read_bytes() == b"SQLite format 3\x00 and what another program keeps"
    assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600
    with contextlib.closing(sqlite3.connect(kept.path)) as copy:
        assert copy.execute("SELECT given_name FROM contact").fetchall() == [("Ada",)]
    assert sorted(folder.iterdir()) == [kept.path]


def test_a_folder_in_the_parts_place_is_refused_naming_it(tmp_path: Path) -> None:
    database = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(database)
    folder = database.parent / "backups"
    (folder / PART / "inside").mkdir(parents=True)
    with opened_for_copy(database, page_by_page=False) as connection:
        kept = upgrade_copy.keep_copy(connection, database, 12, NOW)
    assert kept.path is None and kept.error == f"{PART} is in the way: it is a folder"
    assert (folder / PART / "inside").is_dir()
    assert sorted(folder.iterdir()) == [folder / PART]
