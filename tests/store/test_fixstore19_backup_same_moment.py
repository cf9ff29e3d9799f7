"""Two backups to the same file at the same moment (the daily backup and ``netdesk-cli backup``
in the same second): each writes a part file of its own. Under the one name ``<target>.part``
the second removed the first's part and made its own there, and the first to finish renamed
the other's (perhaps half-written) file into place."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from pathlib import Path

from infra19_full_disk import more_than_a_step

from netdesk.core import Core, backups
from netdesk.core.types import Contact
from netdesk.store.models import db


def test_a_backup_begun_during_another_to_the_same_file_leaves_both_whole(
    core: Core, tmp_path: Path
) -> None:
    contacts = more_than_a_step(core)  # a copy of more than one step: the other begins in it
    target = tmp_path / "backups" / "netdesk-20260301-090000.sqlite3"
    other: list[Path | BaseException] = []

    def the_other_backup() -> None:  # as netdesk-cli would, on a connection of its own
        try:
            other.append(backups.backup_to(target))
        except BaseException as error:  # (said by the test below)
            other.append(error)
        finally:
            db.close()

    def begin_the_other(done: int, total: int) -> None:
        if not other and done < total:  # between two steps of the first
            running = threading.Thread(target=the_other_backup)
            running.start()
            running.join()

    made = backups.backup_to(target, progress=begin_the_other)
    assert other == [target] and made == target
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no part left
    assert backups.contacts_in(target) == contacts
    with contextlib.closing(sqlite3.connect(target)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_part_of_its_own_left_by_a_backup_cut_short_goes_at_the_next_rotation(
    core: Core, tmp_path: Path
) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    folder = tmp_path / "backups"
    folder.mkdir()
    cut_short = folder / "netdesk-20260301-090000.sqlite3.k3j9x0qa.part"
    cut_short.write_bytes(b"SQLite format 3\x00 half of it")
    journal = Path(f"{cut_short}-journal")
    journal.write_bytes(b"")
    being_written = folder / "netdesk-20260302-085959.sqlite3.p0q8zz1b.part"
    being_written.write_bytes(b"growing")
    hours_ago = os.stat(being_written).st_mtime - 6 * 3600  # untouched for hours
    os.utime(cut_short, (hours_ago, hours_ago))
    made = backups.backup_now(folder, dt.datetime(2026, 3, 2, 9))
    assert not cut_short.exists() and not journal.exists()
    assert sorted(folder.iterdir()) == sorted([made, being_written])  # (perhaps running)
