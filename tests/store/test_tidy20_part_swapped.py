"""A part file is made new (O_EXCL), then opened by SQLite by its name: whoever may write in
the folder could swap it for a link in between, and the database was written into the file
the link named. Once SQLite has it open, the part is checked to be the file made."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from netdesk.core import Core, backups
from netdesk.core.types import Contact
from netdesk.store import part_file

NOTES = [("the user's own notes, not to be written over",)]


def swap_for_a_link(part: Path, victim: Path) -> Path:
    """As another program would: the part's name made a link to ``victim`` in one rename;
    returns where the part made went."""
    aside = part.with_name(f"{part.name}.aside")
    os.rename(part, aside)
    link = part.with_name(f"{part.name}.link")
    link.symlink_to(victim)
    os.rename(link, part)
    return aside


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """Another program's database, which a copy written into would replace whole."""
    notes = tmp_path / "notes.sqlite"
    with contextlib.closing(sqlite3.connect(notes)) as connection:
        connection.execute("CREATE TABLE note (text)")
        connection.executemany("INSERT INTO note VALUES (?)", NOTES)
        connection.commit()
    return notes


def notes_in(victim: Path) -> list[tuple[str]]:
    with contextlib.closing(sqlite3.connect(victim)) as connection:
        return connection.execute("SELECT text FROM note").fetchall()


def test_a_part_swapped_for_a_link_before_sqlite_opens_it_is_refused(
    tmp_path: Path, victim: Path
) -> None:
    made, part = part_file.begin_beside(tmp_path / "backup.sqlite3")
    swap_for_a_link(part, victim)
    with pytest.raises(part_file.PartInTheWay, match="a link to") as refused:
        part_file.connect(part, made)
    assert refused.value.link
    assert notes_in(victim) == NOTES
    assert part.is_symlink()  # left as it is
    with pytest.raises(OSError):  # the part's descriptor closed all the same
        os.fstat(made)


def test_a_link_taken_away_again_once_sqlite_followed_it_is_seen(
    tmp_path: Path, victim: Path
) -> None:
    """The name is the part again when it is looked at, but SQLite has the link's file open."""
    made, part = part_file.begin_beside(tmp_path / "backup.sqlite3")
    try:
        aside = swap_for_a_link(part, victim)
        with contextlib.closing(sqlite3.connect(part)):  # what connect() does first
            os.replace(aside, part)  # the part back at its name
            with pytest.raises(part_file.PartInTheWay, match="another file"):
                part_file.check_opened(part, made)
    finally:
        os.close(made)
    assert notes_in(victim) == NOTES


def test_the_part_made_is_opened_as_it_should_be(tmp_path: Path) -> None:
    made, part = part_file.begin_beside(tmp_path / "backup.sqlite3")
    with contextlib.closing(part_file.connect(part, made)) as opened:
        opened.execute("CREATE TABLE t (x)")
    assert part.stat().st_size > 0


def test_a_backup_whose_part_is_swapped_for_a_link_writes_nothing_through_it(
    core: Core, tmp_path: Path, victim: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    real_begin = part_file.begin_beside

    def begin_then_swapped(target: Path) -> tuple[int, Path]:
        made, part = real_begin(target)
        swap_for_a_link(part, victim)  # another program, between the making and SQLite
        return made, part

    monkeypatch.setattr(part_file, "begin_beside", begin_then_swapped)
    target = tmp_path / "backups" / "netdesk-20260301-090000.sqlite3"
    with pytest.raises(backups.BackupError, match="changed as the backup began") as refused:
        backups.backup_to(target)
    assert "a link to" in str(refused.value) and "nothing was written" in str(refused.value)
    assert notes_in(victim) == NOTES
    assert not target.exists()


def test_a_part_swapped_for_a_link_to_nothing_makes_no_file_there(tmp_path: Path) -> None:
    """SQLite made the file a link to nothing named (empty) before the check refused it:
    the part, made already, is opened as a file that must be there."""
    made, part = part_file.begin_beside(tmp_path / "backup.sqlite3")
    nowhere = tmp_path / "elsewhere" / "made.sqlite"
    nowhere.parent.mkdir()
    swap_for_a_link(part, nowhere)
    with pytest.raises(part_file.PartInTheWay, match="a link to"):
        part_file.connect(part, made)
    assert not nowhere.exists()
    with pytest.raises(OSError):  # the part's descriptor closed all the same
        os.fstat(made)


def test_a_part_with_spaces_and_percent_signs_in_its_name_is_opened(tmp_path: Path) -> None:
    folder = tmp_path / "Mis copias 100% #1"
    folder.mkdir()
    made, part = part_file.begin_beside(folder / "backup?.sqlite3")
    connection = part_file.connect(part, made)
    try:
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
    finally:
        connection.close()
    assert part.stat().st_size > 0
