"""Online backups, rotation and restore on real files."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from backup_files import damaged_copy
from lock_holder import LockHolder
from on_a_worker import in_a_thread

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import backup


def test_backup_is_a_consistent_copy_while_in_use(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Kept"))
    target = backup.backup_to(tmp_path / "b" / "copy.sqlite3")
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT display_name FROM contact").fetchall() == [("Kept",)]
    assert backup.check_backup_file(target) >= 1
    assert target.stat().st_mode & 0o077 == 0


def test_automatic_backup_once_a_calendar_day(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    folder = tmp_path / "backups"
    now = dt.datetime(2026, 3, 2, 9)
    first = backup.automatic_backup(folder, now)
    assert first is not None
    assert backup.automatic_backup(folder, now + dt.timedelta(hours=5)) is None
    # the next morning, a little earlier than the day before: less than 24 hours later
    assert backup.automatic_backup(folder, now + dt.timedelta(hours=23, minutes=50))
    assert backup.automatic_backup(folder, now + dt.timedelta(hours=23, minutes=55)) is None
    assert len(backup.backups(folder)) == 2


def test_a_backup_dated_later_does_not_stop_todays(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "netdesk-20270101-090000.sqlite3").write_bytes(b"x")  # the clock was wrong once
    assert backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9)) is not None


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    start = dt.datetime(2026, 1, 1, 12)
    for day in range(60):
        stamp = start + dt.timedelta(days=day)
        (tmp_path / f"netdesk-{stamp:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    backup.rotate(tmp_path)
    kept = sorted(p.name[8:16] for p in backup.backups(tmp_path))
    last_days = [f"{start + dt.timedelta(days=d):%Y%m%d}" for d in range(53, 60)]
    assert kept[-7:] == last_days
    assert 7 < len(kept) <= 11  # plus the newest of up to four ISO weeks


def test_back_up_now_keeps_the_days_earlier_backup_until_the_next_day(tmp_path: Path) -> None:
    """Back up now in the afternoon removed that morning's backup: perhaps the only copy of
    the data from before a mistake made since."""
    for stamp in ("20260301-090000", "20260302-090000", "20260302-150000"):
        (tmp_path / f"netdesk-{stamp}.sqlite3").write_bytes(b"x")
    assert backup.rotate(tmp_path) == []
    (tmp_path / "netdesk-20260303-090000.sqlite3").write_bytes(b"x")
    assert backup.rotate(tmp_path) == [tmp_path / "netdesk-20260302-090000.sqlite3"]


def test_restore_checks_the_file_and_keeps_the_current_one(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    core.contacts.create(Contact(given_name="Before"))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.contacts.create(Contact(given_name="After"))
    core.close()
    not_netdesk = tmp_path / "other.sqlite3"
    with sqlite3.connect(not_netdesk) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(backup.BackupError, match="not a netdesk database"):
        backup.restore(
            not_netdesk, tmp_data_dir / "netdesk.sqlite3", tmp_path / "s", core.clock.now()
        )
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(backup.BackupError, match="not a SQLite database"):
        backup.check_backup_file(text)
    safety = backup.restore(
        saved, tmp_data_dir / "netdesk.sqlite3", tmp_path / "s", core.clock.now()
    )
    reopened = Core.open(Paths(tmp_data_dir), core.clock)
    names = [s.display_name for s in reopened.contacts.summaries(reopened.contacts.list_ids())]
    reopened.close()
    assert names == ["Before"]
    with sqlite3.connect(safety) as connection:
        assert len(connection.execute("SELECT * FROM contact").fetchall()) == 2


def test_a_damaged_backup_is_refused_and_the_database_kept(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    for n in range(300):
        core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 200))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    damaged = damaged_copy(saved, tmp_path / "damaged.sqlite3")
    core.close()
    database = tmp_data_dir / "netdesk.sqlite3"
    before = database.read_bytes()
    with pytest.raises(backup.BackupError, match=r"damaged\.sqlite3 is damaged"):
        backup.restore(damaged, database, tmp_path / "s", dt.datetime(2026, 3, 2, 9))
    assert database.read_bytes() == before


def test_checking_a_backup_leaves_no_files_beside_it(core: Core, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    saved = backup.backup_to(folder / "saved.sqlite3")
    backup.check_backup_file(saved)
    assert [p.name for p in folder.iterdir()] == ["saved.sqlite3"]


def test_two_restores_in_one_second_keep_both_previous_databases(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    core.contacts.create(Contact(given_name="First"))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.close()
    database, now = tmp_data_dir / "netdesk.sqlite3", dt.datetime(2026, 3, 2, 9)
    first = backup.restore(saved, database, tmp_path / "s", now)
    second = backup.restore(saved, database, tmp_path / "s", now)
    assert first != second and first.exists() and second.exists()


def test_a_database_in_use_by_another_process_is_not_replaced(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """Another program (a running netdesk, an sqlite3 shell) holds the database open in a
    transaction: the restore is refused and that program's write is not lost."""
    core.contacts.create(Contact(given_name="Saved"))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.close()
    database = tmp_data_dir / "netdesk.sqlite3"
    holder = LockHolder(
        database, write="UPDATE contact SET notes = 'written by the other program'", end="COMMIT"
    )
    try:
        with pytest.raises(backup.BackupError, match=r"netdesk\.sqlite3 is in use"):
            backup.restore(saved, database, tmp_path / "s", dt.datetime(2026, 3, 2, 9))
    finally:
        code = holder.release()
    assert code == 0
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT notes FROM contact").fetchall() == [
            ("written by the other program",)
        ]
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _restore_in_1_mb(
    source: Path, database: Path, safety: Path
) -> subprocess.CompletedProcess[str]:
    """``backup.restore`` in a process whose files may not grow past 1 MB (RLIMIT_FSIZE, as a
    full disk would stop them): exit 3 with the BackupError's message on stdout."""
    script = (
        "import datetime, resource, signal, sys\n"
        "from pathlib import Path\n"
        "from netdesk.store import backup\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))\n"
        "try:\n"
        f"    backup.restore(Path({str(source)!r}), Path({str(database)!r}),\n"
        f"                   Path({str(safety)!r}), datetime.datetime(2026, 3, 2, 9))\n"
        "except backup.BackupError as error:\n"
        "    print(error)\n"
        "    sys.exit(3)\n"
    )
    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60
    )


def test_a_restore_that_runs_out_of_space_leaves_the_database_as_it_was(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """A real write failure, not a mock: the restore runs in a process whose files may not
    grow past 1 MB (RLIMIT_FSIZE, as a full disk would stop them); the backup needs more."""

    for n in range(2000):
        core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 1000))
    big = backup.backup_to(tmp_path / "big.sqlite3")
    assert big.stat().st_size > 2_000_000
    core.close()
    small_folder = tmp_path / "small"
    small = Core.open(Paths(small_folder), core.clock)
    small.contacts.create(Contact(given_name="Only", family_name="One"))
    small.close()
    database = small_folder / "netdesk.sqlite3"
    done = _restore_in_1_mb(big, database, tmp_path / "s")
    assert done.returncode == 3, done.stderr
    assert f"Could not restore {big} into {database}" in done.stdout
    assert "not changed" in done.stdout
    reopened = Core.open(Paths(small_folder), core.clock)
    names = [s.display_name for s in reopened.contacts.summaries(reopened.contacts.list_ids())]
    reopened.close()
    assert names == ["Only One"]
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_backup_of_a_database_whose_folder_is_gone_makes_nothing(
    core: Core, tmp_path: Path
) -> None:
    """The backups folder lives in the data folder: making it again (with an empty database
    beside it, from the worker's new connection) was a 'successful' backup of nothing, and kept
    the user from putting the moved folder back."""
    data = core.store.path.parent
    moved = tmp_path / "moved"
    data.rename(moved)
    # on a worker, as Back up now
    raised = in_a_thread(lambda: backup.backup_to(data / "backups" / "netdesk-x.sqlite3"))
    assert isinstance(raised, backup.BackupError)
    assert f"The folder {data} is gone" in str(raised)
    assert not data.exists()
    moved.rename(data)


def test_a_backups_folder_that_cannot_be_written_is_a_backup_error_naming_the_file(
    core: Core, tmp_path: Path
) -> None:
    """On a read-only folder even removing the partial file fails, and that OSError was what
    the user read. (A file in the folder's place stands for it: the tests run as root.)"""
    folder = tmp_path / "backups"
    folder.write_text("not a folder", encoding="utf-8")
    target = folder / "netdesk-20260302-090000.sqlite3"
    with pytest.raises(backup.BackupError, match=f"Could not write the backup {target}"):
        backup.backup_to(target)


def test_restoring_the_database_onto_itself_is_refused_at_once(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """It used to wait forever (deaf to Ctrl+C): the restore's own exclusive lock kept its
    reader of the same file out."""
    core.contacts.create(Contact(given_name="Ana"))
    core.close()
    database = tmp_data_dir / "netdesk.sqlite3"
    with pytest.raises(backup.BackupError, match="not a backup of it"):
        backup.restore(database, database, tmp_path / "s", core.clock.now())
    assert not (tmp_path / "s").exists()  # refused before any copy was made


def test_a_source_another_program_holds_is_given_up_on(tmp_path: Path) -> None:
    source_path = tmp_path / "held.sqlite3"
    with sqlite3.connect(source_path) as setup:
        setup.execute("PRAGMA journal_mode=DELETE")  # a writer then shuts readers out
        setup.execute("CREATE TABLE t (x)")
        setup.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(100)])
    holder = sqlite3.connect(source_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    source = sqlite3.connect(source_path, timeout=0)
    target = sqlite3.connect(tmp_path / "target.sqlite3")
    try:
        with pytest.raises(backup.BackupError, match="in use by another program"):
            backup._backup_waiting(source, target, source_path, wait=0.2)
        holder.execute("ROLLBACK")
        backup._backup_waiting(source, target, source_path, wait=0.2)  # free again: copied
        assert target.execute("SELECT count(*) FROM t").fetchone()[0] == 100
    finally:
        for connection in (source, target, holder):
            connection.close()


def test_carrying_the_shown_reminders_from_a_file_that_cannot_be_read_names_it(
    core: Core, tmp_path: Path
) -> None:
    gone = tmp_path / "before-restore-20260302-090000.sqlite3"
    with pytest.raises(backup.BackupError, match=re.escape(f"{gone} cannot be read")):
        backup.carry_notified(gone)
    not_netdesk = tmp_path / "other.sqlite3"
    with sqlite3.connect(not_netdesk) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(backup.BackupError, match=r"other\.sqlite3 cannot be read"):
        backup.carry_notified(not_netdesk)


def test_a_safety_copy_that_runs_out_of_space_leaves_no_file_behind(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """The copy of the current database failing part way (a full disk, here RLIMIT_FSIZE)
    left its rollback journal, ``before-restore-….sqlite3-journal``, in the backups folder."""

    for n in range(2000):
        core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 1000))
    core.close()
    small = Core.open(Paths(tmp_path / "small"), core.clock)
    small.contacts.create(Contact(given_name="Only", family_name="One"))
    small.close()
    database = tmp_data_dir / "netdesk.sqlite3"
    assert database.stat().st_size > 2_000_000
    safety = tmp_path / "s"
    done = _restore_in_1_mb(tmp_path / "small" / "netdesk.sqlite3", database, safety)
    assert done.returncode == 3, done.stderr
    assert "Could not keep a copy of the current database" in done.stdout
    assert sorted(p.name for p in safety.iterdir()) == []


def test_a_database_holding_nothing_is_not_backed_up_each_day(core: Core, tmp_path: Path) -> None:
    """A first run, or a data folder emptied by accident, backed up nothing every day."""
    folder = tmp_path / "backups"
    now = dt.datetime(2026, 3, 2, 9)
    assert backup.automatic_backup(folder, now) is None
    assert backup.backups(folder) == []
    core.contacts.create(Contact(given_name="Ada"))
    assert backup.automatic_backup(folder, now) is not None


def test_rotation_never_removes_the_newest_backup_that_holds_contacts(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """Days of backups of an empty database (Back up now after the data folder was replaced)
    rotated out the last one holding the user's contacts."""
    folder = tmp_path / "backups"
    core.contacts.create(Contact(given_name="Ada"))
    real = backup.backup_to(folder / "netdesk-20260101-090000.sqlite3")
    core.close()
    fresh = Core.open(Paths(tmp_path / "fresh"))
    empty = backup.backup_to(tmp_path / "empty.sqlite3")
    fresh.close()
    start = dt.datetime(2026, 1, 2, 9)
    for day in range(60):
        stamp = start + dt.timedelta(days=day)
        (folder / f"netdesk-{stamp:%Y%m%d-%H%M%S}.sqlite3").write_bytes(empty.read_bytes())
    removed = backup.rotate(folder)
    assert real not in removed and real.exists()
    assert len(removed) > 40  # the empty ones rotate as before
    # once a newer backup holds contacts, the old one rotates out as any other
    for leftover in backup.backups(folder)[-3:]:
        leftover.write_bytes(real.read_bytes())
    assert real in backup.rotate(folder)


def test_a_restore_says_its_progress_and_stops_when_cancelled_changing_nothing(
    core: Core, tmp_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 100,000-contact restore showed no percentage and could not be cancelled."""
    monkeypatch.setattr(backup, "_STEP_PAGES", 16)  # steps of 4096 pages on a bigger file
    for n in range(300):
        core.contacts.create(Contact(given_name=f"Before {n:03}", notes="x" * 2000))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.contacts.create(Contact(given_name="After"))
    core.close()
    database = tmp_data_dir / "netdesk.sqlite3"
    now = dt.datetime(2026, 3, 2, 9)
    steps: list[tuple[str, int, int]] = []
    backup.restore(saved, database, tmp_path / "s", now, progress=lambda *a: steps.append(a))
    phases = list(dict.fromkeys(phase for phase, _d, _t in steps))
    assert phases == [backup.CHECKING, backup.KEEPING, backup.RESTORING, backup.OPENING]
    done = [d for _p, d, _t in steps]
    assert done == sorted(done) and done[-1] == steps[-1][2] > 1000  # KiB of three passes
    assert len([p for p, _d, _t in steps if p == backup.RESTORING]) > 1  # step by step

    core = Core.open(Paths(tmp_data_dir))
    core.contacts.create(Contact(given_name="After"))
    core.close()
    before = names_in_file(database)
    for stop_in in (backup.CHECKING, backup.KEEPING, backup.RESTORING):
        seen: list[str] = []

        def cancelled(seen: list[str] = seen, stop_in: str = stop_in) -> bool:
            return seen.count(stop_in) > 1  # part way through that pass

        with pytest.raises(backup.BackupCancelled):
            backup.restore(
                saved,
                database,
                tmp_path / "cancelled",
                now,
                progress=lambda phase, _d, _t, seen=seen: seen.append(phase),
                cancelled=cancelled,
            )
        assert names_in_file(database) == before, stop_in
        assert not any((tmp_path / "cancelled").glob("*")), stop_in  # no copy kept of it


def names_in_file(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT display_name FROM contact ORDER BY 1").fetchall()
    connection.close()
    return [r[0] for r in rows]


def test_a_daily_backup_showing_the_database_damaged_rotates_nothing_out(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """SQLite copies damaged pages as they are: a week of backups of a damaged database
    rotated out every sound one, and nobody was told."""
    from backup_files import malformed_copy

    core.contacts.create(Contact(given_name="Ada"))
    sound = backup.backup_to(tmp_path / "sound.sqlite3")
    core.close()
    for leftover in tmp_data_dir.glob("netdesk.sqlite3*"):
        leftover.unlink()
    malformed_copy(sound, tmp_data_dir / "netdesk.sqlite3")
    damaged = Core.open(Paths(tmp_data_dir))  # opens: the schema reads fine
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 9)
    for day in range(40):
        stamp = start + dt.timedelta(days=day)
        (folder / f"netdesk-{stamp:%Y%m%d-%H%M%S}.sqlite3").write_bytes(sound.read_bytes())
    try:
        with pytest.raises(backup.DamagedDatabaseError, match="No older backup was removed"):
            backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9))
    finally:
        damaged.close()
    assert len(backup.backups(folder)) == 41  # the new one kept too, nothing rotated


def test_restores_keep_the_newest_copies_of_what_they_replaced(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """Each restore keeps a whole copy of the database it replaces; they were never removed
    (485 MB each at 100,000 contacts). Those of the last two weeks stay (trying backup after
    backup, the first holds the day's work), and at least the newest KEEP_BEFORE_RESTORE."""
    core.contacts.create(Contact(given_name="Ana"))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.close()
    folder = tmp_path / "kept"
    folder.mkdir()
    stray = folder / "notes.sqlite3"  # not a copy a restore kept: left alone
    stray.write_bytes(b"x")
    made = [
        backup.restore(saved, tmp_data_dir / "netdesk.sqlite3", folder, dt.datetime(2026, 1, day))
        for day in range(1, 9)
    ]
    kept = sorted(p.name for p in folder.glob("before-restore-*"))
    assert kept == sorted(p.name for p in made)  # all within two weeks of the last
    made += [
        backup.restore(saved, tmp_data_dir / "netdesk.sqlite3", folder, dt.datetime(2026, 3, 1, h))
        for h in (9, 10)
    ]
    kept = sorted(p.name for p in folder.glob("before-restore-*"))
    # January's are weeks old: the newest five stay, today's two among them
    assert kept == sorted(p.name for p in made[-backup.KEEP_BEFORE_RESTORE :])
    assert stray.exists()


def test_two_data_folders_backing_up_into_one_folder_keep_their_own(
    core: Core, tmp_path: Path
) -> None:
    """Work and home backing up into one drive: the second to start on a day made no backup
    ("today's" was the other's), and each rotation removed the other's backups."""
    folder = tmp_path / "drive"
    core.contacts.create(Contact(given_name="Work"))
    start = dt.datetime(2026, 3, 2, 9)
    for day in range(20):
        assert backup.automatic_backup(folder, start + dt.timedelta(days=day))
    work = set(backup.backups(folder))  # after its own rotations
    assert 7 < len(work) <= 11
    core.close()
    home = Core.open(Paths(tmp_path / "home"))
    home.contacts.create(Contact(given_name="Home"))
    ten_past = start + dt.timedelta(days=19, minutes=10)
    made = backup.automatic_backup(folder, ten_past)
    assert made is not None and backup.contacts_in(made) == 1
    for day in range(1, 30):  # home goes on alone for a month
        assert backup.automatic_backup(folder, ten_past + dt.timedelta(days=day))
    still = set(backup.backups(folder))
    assert work <= still  # all of work's still there
    homes = still - work
    assert 7 < len(homes) <= 11
    home.close()


def test_backups_made_before_ids_rotate_as_before(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    folder = tmp_path / "backups"
    folder.mkdir()
    old = backup.backup_to(tmp_path / "old.sqlite3")
    with sqlite3.connect(old) as connection:
        connection.execute("DELETE FROM setting WHERE key = 'database_id'")
    connection.close()
    for day in range(1, 20):
        (folder / f"netdesk-202601{day:02d}-090000.sqlite3").write_bytes(old.read_bytes())
    assert backup.automatic_backup(folder, dt.datetime(2026, 1, 19, 18)) is None  # today's
    assert backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9)) is not None
    assert 7 < len(backup.backups(folder)) <= 11


def test_a_backup_that_would_fill_the_databases_disk_is_refused(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily backup took the last of a nearly full disk: the edits that followed failed
    with "database or disk is full"."""
    import shutil
    from collections import namedtuple

    core.contacts.create(Contact(given_name="Ada"))
    folder = core.store.path.parent / "backups"  # on the database's own disk
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9, 4 << 20))
    with pytest.raises(backup.BackupError, match="MB free") as refused:
        backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9))
    assert "another disk in Preferences" in str(refused.value)
    assert not folder.exists()  # (nor an empty folder made for it)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 0, 64 << 20))
    assert backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9)) is not None
