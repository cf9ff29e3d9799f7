"""The copy kept before a migration is written through the part file it made, never the part
opened again by its name: the name (``<copy>.part``) is known in advance, and a link put there
after the part was made (whoever may write in the backups folder: a shared folder, a USB
stick) was followed by ``shutil.copyfile`` or SQLite, and the whole database written into the
file it named, wherever that was."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest
from link_swaps import link_target, untouched
from raw_connection import opened_for_copy, schema_12

from netdesk.store import part_file, upgrade_copy

NOW = dt.datetime(2026, 3, 1, 9)


@pytest.mark.parametrize("page_by_page", [False, True], ids=["file copied", "page by page"])
@pytest.mark.parametrize("there", [True, False], ids=["to a file", "to no file yet"])
def test_a_link_put_at_the_part_once_made_is_never_written_through(
    tmp_path: Path, page_by_page: bool, there: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(database, note=", private notes")
    before = database.read_bytes()
    victim = link_target(tmp_path, "notes.txt", there=there)
    real_begin = part_file.begin

    def begin_then_swapped(part: Path) -> int:
        made = real_begin(part)
        os.unlink(part)  # another program, between the making and the copy
        part.symlink_to(victim)
        return made

    monkeypatch.setattr(part_file, "begin", begin_then_swapped)
    with opened_for_copy(database, page_by_page=page_by_page) as connection:
        kept = upgrade_copy.keep_copy(connection, database, 12, NOW)

    assert untouched(victim, there=there)
    part = database.parent / "backups" / f"{upgrade_copy.copy_name(NOW, 12)}.part"
    assert kept.path is None
    assert kept.error == (
        f"{part.name} is in the way: it is a link to {victim}; a copy is never written "
        "through a link"
    )
    assert part.is_symlink()  # left as it is
    assert sorted((database.parent / "backups").iterdir()) == [part]  # no copy said kept
    assert database.read_bytes() == before


def test_a_part_swapped_for_another_file_is_not_renamed_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is in the file made: another file put at the part's name is not the copy."""
    database = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(database, note=", private notes")
    real_begin = part_file.begin

    def begin_then_swapped(part: Path) -> int:
        made = real_begin(part)
        os.unlink(part)
        part.write_bytes(b"another program's file")
        return made

    monkeypatch.setattr(part_file, "begin", begin_then_swapped)
    with opened_for_copy(database, page_by_page=False) as connection:
        kept = upgrade_copy.keep_copy(connection, database, 12, NOW)

    assert kept.path is None and "another file than the one made" in kept.error
    part = database.parent / "backups" / f"{upgrade_copy.copy_name(NOW, 12)}.part"
    assert part.read_bytes() == b"another program's file"
    assert upgrade_copy.copies(database.parent / "backups") == []


def test_the_file_copy_is_the_database_byte_for_byte(tmp_path: Path) -> None:
    database = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(database, note=", private notes")
    with opened_for_copy(database, page_by_page=False) as connection:
        kept = upgrade_copy.keep_copy(connection, database, 12, NOW)
    assert kept.path is not None and kept.error == ""
    assert kept.path.read_bytes() == database.read_bytes()
    assert [p.name for p in kept.folder.iterdir()] == [kept.path.name]


def test_where_the_kernel_does_not_copy_the_file_it_is_copied_by_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system or a system whose sendfile refuses files (or one without it)."""
    database = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(database, note=", private notes")

    def refused(*_args: object) -> int:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "sendfile", refused, raising=False)
    with opened_for_copy(database, page_by_page=False) as connection:
        kept = upgrade_copy.keep_copy(connection, database, 12, NOW)
    assert kept.path is not None and kept.error == ""
    assert kept.path.read_bytes() == database.read_bytes()
