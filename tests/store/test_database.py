"""Opening, pragmas, permissions, and migrations of real database files."""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from on_a_worker import in_a_thread
from raw_connection import RawDatabase

from netdesk.store import migrations
from netdesk.store.database import StoreError, open_database
from netdesk.store.models import db


def test_open_creates_private_wal_database(tmp_path: Path) -> None:
    path = tmp_path / "new" / "netdesk.sqlite3"
    store = open_database(path)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert store.schema_version == migrations.SCHEMA_VERSION
    finally:
        store.close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE future (x)")
    connection.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(migrations.NewerDatabaseError, match="newer netdesk"):
        open_database(path)
    assert _digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(StoreError, match="not a netdesk database"):
        open_database(path)


def test_old_version_database_migrates_with_every_row_kept(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=1)
    connection.executescript(
        """
        INSERT INTO contact (id, given_name, family_name, display_name, sort_key, birthday,
          created_at, updated_at) VALUES
          (1, 'José', 'Muñoz', 'José Muñoz', 'jose munoz', '1980-04-15', '2020-01-01',
           '2020-01-01'),
          (2, 'Ana', 'Peña', 'Ana Peña', 'ana pena', '--12-24', '2020-01-01', '2020-01-01'),
          (3, 'Bo', '', 'Bo', 'bo', NULL, '2020-01-01', '2020-01-01');
        INSERT INTO email (contact_id, value, value_folded) VALUES (1, 'J@x.es', 'j@x.es');
        INSERT INTO interaction (id, occurred_at, kind, summary, created_at)
          VALUES (1, '2021-01-01 10:00:00', 'call', 'hello', '2021-01-01');
        INSERT INTO interaction_contact VALUES (1, 1), (1, 2);
        INSERT INTO follow_up (contact_id, due, effective_due, created_at)
          VALUES (3, '2022-01-01', '2022-01-01', '2021-01-01');
        """
    )
    connection.commit()
    counts_before = _counts(connection)
    connection.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION
        raw = db.connection()
        assert _counts(raw) == counts_before
        birthdays = dict(raw.execute("SELECT id, birthday_md FROM contact").fetchall())
        assert birthdays == {1: "04-15", 2: "12-24", 3: None}
    finally:
        store.close()


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = ["contact", "email", "interaction", "interaction_contact", "follow_up"]
    return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_failed_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "netdesk.sqlite3"
    store = open_database(path)
    store.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 1")
    connection.execute("DROP TABLE notified")
    connection.execute("DROP INDEX contact_birthday_md")
    connection.commit()
    connection.close()

    def broken(database: object) -> None:
        database.execute_sql("CREATE TABLE half_done (x)")  # type: ignore[attr-defined]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_database(path)
    db.close()
    check = sqlite3.connect(path)
    tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    check.close()


def test_a_locked_database_is_a_clear_error_and_nothing_is_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core import Core
    from netdesk.core.clock import SystemClock
    from netdesk.core.types import Contact
    from netdesk.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    store = open_database(tmp_path / "netdesk.sqlite3")
    core = Core.over(store, SystemClock())
    core.contacts.create(Contact(given_name="Before"))
    other = sqlite3.connect(tmp_path / "netdesk.sqlite3", timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked by another program"):
            core.contacts.create(Contact(given_name="Blocked", tags=["x"]))
    finally:
        other.rollback()
        other.close()
    assert core.contacts.count() == 1
    assert core.contacts.tags() == []
    store.close()


def test_a_full_disk_is_a_clear_error_and_nothing_is_half_written(tmp_path: Path) -> None:
    from netdesk.core import Core
    from netdesk.core.clock import SystemClock
    from netdesk.core.types import Contact

    store = open_database(tmp_path / "netdesk.sqlite3")
    core = Core.over(store, SystemClock())
    core.contacts.create(Contact(given_name="Before"))
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")  # the file may not grow: a full disk
    with pytest.raises(StoreError, match="full"):
        core.contacts.create(Contact(given_name="Huge", notes="x" * 200_000))
    assert core.contacts.count() == 1
    assert core.contacts.search("huge") == []
    store.close()


def test_every_connection_caches_8_mib_of_pages_and_maps_nothing(tmp_path: Path) -> None:
    import threading

    store = open_database(tmp_path / "netdesk.sqlite3")
    found: list[tuple[int, int]] = []

    def read() -> None:
        cache, mmap = (
            db.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "mmap_size")
        )
        found.append((cache, mmap))

    read()
    worker = threading.Thread(target=lambda: (read(), db.close()))  # its own connection
    worker.start()
    worker.join()
    store.close()
    # the database's pages count as the app's memory only up to the cache, never mapped
    assert found == [(-8 * 1024, 0), (-8 * 1024, 0)]


_FILL_UP = """
import resource, signal, sys
from pathlib import Path
from bench import gen_vcards
from netdesk.core import Core
from netdesk.core.clock import SystemClock
from netdesk.core.importing import apply_import, plan_import
from netdesk.core.paths import Paths
from netdesk.store.database import StoreError

data = Path(sys.argv[1])
core = Core.open(Paths(data), SystemClock())
cards = data.parent / "cards.vcf"
cards.write_text(gen_vcards.generate(2000), encoding="utf-8")
plan = plan_import(core, [str(cards)])
# no file may grow past this: the import's pages reach the WAL at COMMIT and do not fit
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = (data / "netdesk.sqlite3").stat().st_size + 256 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    apply_import(core, plan)
except StoreError as error:
    print(error)
"""


def test_a_disk_filling_up_at_commit_names_the_real_error_and_keeps_what_was_stored(
    tmp_path: Path,
) -> None:
    """When a write fails at COMMIT (a full disk), SQLite rolls the transaction back itself:
    peewee's own rollback then fails with "no transaction is active", and that error used to
    be the one the user read instead of the real one."""
    import subprocess
    import sys

    from netdesk.core import Core
    from netdesk.core.clock import SystemClock
    from netdesk.core.paths import Paths
    from netdesk.core.types import Contact

    data = tmp_path / "data"
    core = Core.open(Paths(data), SystemClock())
    core.contacts.create(Contact(given_name="Before"))
    core.close()
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _FILL_UP, str(data)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    said = done.stdout.strip()
    assert str(data / "netdesk.sqlite3") in said
    assert "no transaction" not in said
    assert "is full" in said or "disk full or failing" in said
    core = Core.open(Paths(data), SystemClock())
    assert core.contacts.count() == 1
    assert [s.display_name for s in core.contacts.summaries(core.contacts.search("before"))] == [
        "Before"
    ]
    core.close()


def test_a_data_folder_moved_while_netdesk_runs_is_said_and_nothing_is_made_in_its_place(
    tmp_path: Path,
) -> None:
    """The open connection would write on into the moved file unseen (and into nothing, had
    it been deleted), and a worker's new connection made a new, empty database where the
    folder had been: a backup then copied that, and the next start showed no contacts."""
    from netdesk.core import Core
    from netdesk.core.clock import SystemClock
    from netdesk.core.types import Contact

    folder = tmp_path / "data"
    store = open_database(folder / "netdesk.sqlite3")
    core = Core.over(store, SystemClock())
    core.contacts.create(Contact(given_name="Before"))
    moved = tmp_path / "moved"
    folder.rename(moved)
    gone = f"The folder {folder} is gone (moved or deleted while netdesk ran?)"
    with pytest.raises(StoreError, match=re.escape(gone)):
        core.contacts.create(Contact(given_name="Lost"))
    on_a_worker = in_a_thread(lambda: core.contacts.count())
    assert isinstance(on_a_worker, StoreError) and str(on_a_worker).startswith(gone)
    assert not folder.exists()
    moved.rename(folder)  # put back: everything works again, nothing was half-written
    core.contacts.create(Contact(given_name="After"))
    assert in_a_thread(lambda: core.contacts.count()) == 2
    store.close()


def test_a_database_file_deleted_while_netdesk_runs_is_not_made_again_empty(
    tmp_path: Path,
) -> None:
    from netdesk.core import Core
    from netdesk.core.clock import SystemClock
    from netdesk.core.types import Contact

    path = tmp_path / "netdesk.sqlite3"
    store = open_database(path)
    core = Core.over(store, SystemClock())
    store.close()  # this thread's connection too: the next one is opened anew
    path.unlink()
    said = f"{path} is gone (moved or deleted while netdesk ran?). Nothing was changed."
    with pytest.raises(StoreError, match=re.escape(said)):
        core.contacts.count()
    with pytest.raises(StoreError, match=re.escape(said)):
        core.contacts.create(Contact(given_name="Lost"))
    assert not path.exists()


def test_a_read_only_data_folder_at_start_is_said_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite says only "unable to open database file" (WAL needs its -wal and -shm files
    beside the database). The folder is made unwritable for os.access, and SQLite is made to
    fail to open, by a folder in the file's place: the tests run as root, whom permissions
    do not stop."""
    import os

    path = tmp_path / "netdesk.sqlite3"
    path.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode)
    )
    with pytest.raises(StoreError) as raised:
        open_database(path)
    assert str(raised.value) == (
        f"{path} is in a folder netdesk cannot write to (read-only?); netdesk needs to save "
        "changes there."
    )


def test_after_a_refused_open_no_connection_makes_a_new_empty_database(tmp_path: Path) -> None:
    """A database refused at open (here: from a newer netdesk) that then goes away (its folder
    moved) must not come back empty through the next connection asked for."""

    path = tmp_path / "data" / "netdesk.sqlite3"
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(migrations.NewerDatabaseError):
        open_database(path)
    moved = tmp_path / "moved"
    path.parent.rename(moved)
    path.parent.mkdir()  # the folder is there again, the file is not
    # a worker thread's first read
    assert isinstance(in_a_thread(lambda: db.execute_sql("SELECT 1")), StoreError)
    assert not path.exists()


def _copied_while_open(writer: sqlite3.Connection, source: Path, target: Path) -> None:
    """The files of ``source`` as a crash leaves them: copied while ``writer`` still holds
    them, its last commits only in the -wal (no checkpoint has copied them into the file)."""
    target.mkdir()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target / source.name}{suffix}").write_bytes(Path(f"{source}{suffix}").read_bytes())


def test_a_newer_database_left_with_its_wal_is_refused_and_no_byte_of_it_changes(
    tmp_path: Path,
) -> None:
    """A newer netdesk killed before its checkpoint leaves commits in the -wal. Closing the
    connection that read the version copied them into the file and removed the -wal: the
    file the message says was not changed had changed."""
    source = tmp_path / "running" / "netdesk.sqlite3"
    source.parent.mkdir()
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA journal_mode=wal")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE future (x)")
    writer.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    writer.commit()
    writer.executemany("INSERT INTO future VALUES (?)", [(i,) for i in range(500)])
    writer.commit()
    crashed = tmp_path / "crashed"
    _copied_while_open(writer, source, crashed)
    writer.close()
    path = crashed / "netdesk.sqlite3"
    before = {suffix: _digest(Path(f"{path}{suffix}")) for suffix in ("", "-wal")}
    with pytest.raises(migrations.NewerDatabaseError, match="the file was not changed"):
        open_database(path)
    assert {suffix: _digest(Path(f"{path}{suffix}")) for suffix in ("", "-wal")} == before


def test_another_program_s_sqlite_database_is_refused_and_not_changed(tmp_path: Path) -> None:
    """A file of schema 0 holding tables is not a netdesk database about to be made: schema 1
    was written into it (and with a table of the same name, "table contact already
    exists" was all the user read)."""
    for table in ("moz_places", "contact"):
        path = tmp_path / table / "netdesk.sqlite3"
        path.parent.mkdir()
        with contextlib.closing(sqlite3.connect(path)) as other:
            other.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, url TEXT)")
            other.execute(f"INSERT INTO {table} (url) VALUES ('https://example.org')")
            other.commit()
        before = _digest(path)
        with pytest.raises(StoreError) as raised:
            open_database(path)
        assert str(raised.value) == (
            f"{path} is another program's SQLite database, not netdesk's; netdesk did not "
            "change it. Move it away, or choose another data folder."
        )
        assert _digest(path) == before
        assert sorted(p.name for p in path.parent.iterdir()) == ["netdesk.sqlite3"]


def test_an_empty_file_becomes_a_new_private_database(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o644)
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with contextlib.closing(sqlite3.connect(path)) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


def test_opening_takes_away_others_access_to_the_folder_and_never_adds_the_owner_s(
    tmp_path: Path,
) -> None:
    """A data folder its owner made read-only was made writable again (chmod 0o700)."""
    folder = tmp_path / "data"
    open_database(folder / "netdesk.sqlite3").close()
    folder.chmod(0o555)
    try:
        open_database(folder / "netdesk.sqlite3").close()  # root: permissions do not stop it
        assert stat.S_IMODE(folder.stat().st_mode) == 0o500
    finally:
        folder.chmod(0o700)


def test_a_read_only_folder_is_said_when_sqlite_calls_the_writable_file_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite opens a file it may write read-only when its folder cannot hold the -shm: it
    then says "attempt to write a readonly database", and the user was told the file was
    read-only while its folder was."""
    import os

    from peewee import OperationalError

    from netdesk.store.database import explain

    path = tmp_path / "netdesk.sqlite3"
    path.write_bytes(b"")
    readonly = OperationalError("attempt to write a readonly database")
    assert explain(path, readonly) == f"{path} is read-only; netdesk cannot save changes there."
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode)
    )
    assert explain(path, readonly) == (
        f"{path} is in a folder netdesk cannot write to (read-only?); netdesk needs to save "
        "changes there."
    )


def _hold_the_write_lock(path: Path, seconds: float) -> threading.Timer:
    """Another program writing for ``seconds``: its write lock, then its commit."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE IF NOT EXISTS other_program (x)")
    release = threading.Timer(seconds, lambda: (other.execute("COMMIT"), other.close()))
    release.start()
    return release


def test_a_save_waits_for_another_program_s_write_instead_of_failing_at_once(
    tmp_path: Path,
) -> None:
    """A transaction that read before it wrote (a new contact) failed at once as "locked by
    another program" while netdesk-cli wrote for a moment: the busy timeout was never
    waited, as a plain BEGIN takes the write lock only at the first write."""
    from netdesk.core import Core
    from netdesk.core.clock import SystemClock
    from netdesk.core.types import Contact

    path = tmp_path / "netdesk.sqlite3"
    core = Core.over(open_database(path), SystemClock())
    core.contacts.create(Contact(given_name="Before"))
    release = _hold_the_write_lock(path, 0.3)
    try:
        core.contacts.create(Contact(given_name="After"))
    finally:
        release.join()
    assert core.contacts.count() == 2
    core.close()


def test_a_migration_waits_for_another_program_s_write_instead_of_failing_at_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "netdesk.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=wal")
        migrations.migrate(RawDatabase(connection), str(path), target=12)
        connection.commit()
    release = _hold_the_write_lock(path, 0.3)
    try:
        store = open_database(path)
    finally:
        release.join()
    assert store.schema_version == migrations.SCHEMA_VERSION
    store.close()


def test_a_file_of_another_user_beside_the_database_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After netdesk-cli run once with sudo, the database or its -wal belongs to root: all
    the user read was "netdesk.sqlite3: unable to open database file"."""
    import os

    from peewee import OperationalError

    from netdesk.store.database import explain

    path = tmp_path / "netdesk.sqlite3"
    wal = tmp_path / "netdesk.sqlite3-wal"
    path.write_bytes(b"")
    wal.write_bytes(b"")
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == wal else real_access(p, mode)
    )
    assert explain(path, OperationalError("unable to open database file")) == (
        f"netdesk is not allowed to read and write {wal} (another user's file? was netdesk "
        "run with sudo?); give it back to your user. Nothing was changed."
    )
