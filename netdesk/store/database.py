"""Opening the database: location, permissions, pragmas and migrations, in that order."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

from peewee import DatabaseError, OperationalError

from netdesk.store import migrations, upgrade_copy
from netdesk.store.models import db

log = logging.getLogger("netdesk.store")

DATABASE_NAME = "netdesk.sqlite3"
BUSY_TIMEOUT_MS = 5000
# A page cache of 8 MiB per connection (SQLite's default is 2 MiB), no memory map. With the
# file mapped (1 GiB), every page a search had ever touched counted as the app's own resident
# memory: 105 MiB more after a few hundred searches on 100,000 contacts. With this cache the
# store figures stay within target (search p95 3.7-3.9 ms against 3.2-3.5 mapped, 16 MiB
# gave 3.6-3.8) while bounding what the database adds to the app's memory.
CACHE_KIB = 8 * 1024
# The -wal is written over from its start once checkpointed, but never shrinks by itself: an
# import of 10,000 contacts left 44 MB of it on disk until netdesk quit. Cut back to this
# (SQLite's automatic checkpoint runs at about 4 MB) when the WAL is next begun again.
WAL_KEPT_BYTES = 4 * 1024 * 1024
READ_ONLY_LOOK_S = 0.2  # the version's look before opening: a lock is said by the open itself


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message is for the user."""


class DatabaseAwayError(StoreError):
    """A read or write on the thread that let go of the database for a restore, before the
    restored file is in place (hold_connections()): refused at once, never waited for."""


class Store:
    """The open database. Core services take one; only netdesk.store looks inside.

    ``upgraded``: the older schema this open migrated, and the copy kept of it (or why none
    was), for the user to be told; None when the database was already of this schema.
    """

    def __init__(self, path: Path, upgraded: upgrade_copy.UpgradeCopy | None = None) -> None:
        self.path = path
        self.upgraded = upgraded

    @property
    def schema_version(self) -> int:
        return migrations.schema_version(db)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write: everything inside commits together or not at all.

        Raises:
            StoreError: the database refused it, or its file is gone from its place (the
                open connection would write on into a moved or deleted file, unseen).
        """
        gone = missing(self.path)
        if gone:
            raise StoreError(gone)
        try:
            # the write lock first (waiting the busy timeout for it): begun as a plain BEGIN, a
            # transaction that read before writing (a new contact) failed at once as "locked"
            # while another process (netdesk-cli) wrote, instead of waiting its turn
            with db.atomic(lock_type="IMMEDIATE"):
                yield
        except (OperationalError, sqlite3.OperationalError) as error:  # the latter: executemany
            raise StoreError(explain(self.path, error)) from error

    def read_problem(self, error: BaseException) -> str | None:
        """What the user reads of a read the database refused (another program holding it,
        its file gone, a disk error), naming the file; None for any other error (a bug, a
        damaged file: the error hook says those)."""
        if isinstance(error, StoreError):
            return str(error)
        if isinstance(error, OperationalError | sqlite3.OperationalError):
            return explain(self.path, error)
        return None

    def data_stamp(self) -> tuple[int, int]:
        """A value that changes whenever anything is written to the database: by another
        connection (PRAGMA data_version) or by this thread's own (total_changes). Equal stamps
        mean equal data, so a view can skip reading again what it has just read."""
        connection = db.connection()
        version = int(connection.execute("PRAGMA data_version").fetchone()[0])
        return version, connection.total_changes

    def connections_made(self) -> int:
        """How many connections have been opened so far (by any thread): equal data stamps
        of two different connections say nothing about their data (a restore's new one)."""
        return db.connections_made

    def close(self) -> None:
        from netdesk.store import checkpoint  # a bulk write's checkpoint may still be running

        checkpoint.wait()
        if not db.is_closed():
            db.close()

    def close_own(self) -> None:
        """Close this thread's connection alone (a worker's, as its job ends), without waiting
        for a bulk write's checkpoint as :meth:`close` does: a worker reading after an import
        waited it out (~0.4 s after 10,000 cards, seconds after 100,000), and the window's
        thread waiting for that worker (a dialog closing) froze as long."""
        if not db.is_closed():
            db.close()


def _first_cause(error: BaseException) -> BaseException:
    """The error that started it. A write that fails at COMMIT (a full disk) makes SQLite roll
    the transaction back by itself; peewee's rollback then fails with "no transaction is
    active", and that is the error raised, with the real one as its context."""
    current = error
    while "no transaction is active" in str(current) and current.__context__ is not None:
        current = current.__context__
    return current


def explain(path: str | os.PathLike[str], error: Exception) -> str:
    """What the user reads of a database error: the file and what to do."""
    text = str(_first_cause(error))
    if "locked" in text or "busy" in text:
        holder = netdesk_holding(Path(path))
        if holder is not None:
            program, pid = holder
            return (
                f"{path} is in use by another netdesk program ({program}, process {pid}) "
                "that needs it to itself for now; try again once it has finished. Nothing "
                "was changed."
            )
        return f"{path} is locked by another program; close it and try again."
    if "disk" in text and "full" in text:
        return f"The disk holding {path} is full; nothing was changed."
    if "disk I/O error" in text:  # also SQLite's word for a file that may not grow (quota)
        return (
            f"netdesk could not write {path} (is the disk full or failing?); nothing was changed."
        )
    # SQLite says "readonly" also of a file it may write whose folder it may not (WAL makes
    # its -wal and -shm files beside the file), and only "unable to open" of a folder gone
    readonly = "readonly" in text or "read-only" in text
    if readonly or "unable to open" in text:
        gone = missing(Path(path))
        if gone:
            return gone
        if not os.access(Path(path).parent, os.W_OK):
            return (
                f"{path} is in a folder netdesk cannot write to (read-only?); netdesk needs "
                "to save changes there."
            )
        if readonly:
            return f"{path} is read-only; netdesk cannot save changes there."
        # the file, its -wal or its -shm another user's (netdesk run once with sudo)
        for file in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
            if file.exists() and not os.access(file, os.R_OK | os.W_OK):
                return (
                    f"netdesk is not allowed to read and write {file} (another user's file? "
                    "was netdesk run with sudo?); give it back to your user. Nothing was "
                    "changed."
                )
    return f"{path}: {text}"


def netdesk_holding(path: Path, *, readers_too: bool = False) -> tuple[str, int] | None:
    """(program, process id) of another netdesk program holding the file at ``path`` to
    itself (or, ``readers_too``, reading it at all), or None: none, another program's, or not
    known here.

    netdesk-cli reading where nothing can be written (``open_to_read``: a full disk) holds
    the file to itself until it ends, as does any netdesk closing its last connection while
    it folds its -wal into the file. A window starting meanwhile waited the busy timeout and
    then said "locked by another program; close it": there is nothing to close, only to
    wait. SQLite takes its locks with fcntl, which Linux lists in /proc/locks (the holder's
    process id) and no other system shows alike: elsewhere this is None.
    """
    try:
        status = path.stat()
        locks = Path("/proc/locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    file = f"{os.major(status.st_dev):02x}:{os.minor(status.st_dev):02x}:{status.st_ino}"
    kinds = ("WRITE", "READ") if readers_too else ("WRITE",)
    found: dict[str, tuple[str, int]] = {}
    for line in locks.splitlines():
        # "1: POSIX  ADVISORY  WRITE 4381 fe:00:2246212 1073741826 1073742335"; a waiter's
        # line has "->" after its number
        fields = line.split()
        if len(fields) < 6 or fields[1:3] != ["POSIX", "ADVISORY"] or fields[3] not in kinds:
            continue
        if fields[5] != file or not fields[4].isdigit() or int(fields[4]) == os.getpid():
            continue
        pid = int(fields[4])
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:  # ended meanwhile
            continue
        program = _netdesk_program(argv)
        if program is not None:
            found.setdefault(fields[3], (program, pid))
    return next((found[kind] for kind in kinds if kind in found), None)


def _netdesk_program(argv: list[str]) -> str | None:
    """ "netdesk" or "netdesk-cli" when ``argv`` runs one (installed, or through Python: its
    script or ``-m``), not when it merely names netdesk's folder (``cp -r …/netdesk``)."""
    names = ("netdesk", "netdesk-cli")
    if not argv:
        return None
    if Path(argv[0]).name in names:
        return Path(argv[0]).name
    if not Path(argv[0]).name.startswith("python"):
        return None
    for index, arg in enumerate(argv[1:], start=1):
        if argv[index - 1] == "-m":
            name = arg.removesuffix(".__main__").replace(".", "-")
            return name if name in names else None
        if arg == "-c":
            return None
        if not arg.startswith("-") and argv[index - 1] not in ("-X", "-W"):  # the script
            return Path(arg).name if Path(arg).name in names else None
    return None


def missing(path: Path) -> str | None:
    """Why the database file is not where netdesk opened it, or None when it is there."""
    if path.exists():
        return None
    if not path.parent.is_dir():
        return (
            f"The folder {path.parent} is gone (moved or deleted while netdesk ran?); netdesk "
            f"cannot save to {path}. Nothing was changed."
        )
    return f"{path} is gone (moved or deleted while netdesk ran?). Nothing was changed."


def is_database_file(path: Path) -> bool:
    """Whether ``path`` is the open database or its -wal, -shm or -journal file, named or
    reached through a link: what an export or a backup is never written over."""
    database = Path(db.database).resolve()
    target = path.resolve()
    for own in (database, *(Path(f"{database}{end}") for end in ("-wal", "-shm", "-journal"))):
        if target == own:
            return True
        try:
            if os.path.samefile(path, own):
                return True
        except OSError:  # either not there
            continue
    return False


def _private_folder(folder: Path) -> None:
    """Make ``folder`` if needed and take away others' access to it; the owner's permissions
    stay as they are (setting 0o700 made a data folder its owner had made read-only writable
    again, unasked)."""
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # not every file system keeps permissions (FAT, SMB)
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode & ~stat.S_IRWXU:
            folder.chmod(mode & stat.S_IRWXU)


def hold_connections() -> None:
    """Until release_connections(), a connection this thread asks for is refused with
    DatabaseAwayError, at once: a restore on a worker thread needs the file to itself, this
    thread's own connection has just been closed for it, and this thread (the GUI's) must not
    wait the seconds a restore takes."""
    db.held_by = threading.get_ident()


def release_connections() -> None:
    """The database is in place again: the thread hold_connections() held may connect."""
    db.held_by = None


def open_database(path: str | os.PathLike[str]) -> Store:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises:
        StoreError: the file is not a netdesk database, is locked or cannot be created.
        migrations.NewerDatabaseError: written by a newer netdesk; left untouched.
    """
    file = Path(path)
    _private_folder(file.parent)
    if not db.is_closed():
        db.close()
    db.existing_only = False  # this first connection may create the file
    db.open_options = "mode=rw"
    # a file of 0 bytes is a database SQLite has yet to write: made private like a new one
    created = not file.exists() or file.stat().st_size == 0
    db.init(
        str(file),
        pragmas={
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "cache_size": -CACHE_KIB,
            "journal_size_limit": WAL_KEPT_BYTES,
            # statement journals (an import's 500-row INSERT copies each page it changes to
            # one first: 8,000 pages for 10,000 cards) and sorts kept in memory, not written
            # to files in /var/tmp
            "temp_store": 2,
        },
        check_same_thread=False,
    )
    try:
        upgraded = _open_and_migrate(file, created)
    except BaseException:
        # refused: a later connection (a worker's, a restore's reopen) must not make a new,
        # empty database where this one is, if it goes away meanwhile
        db.existing_only = file.exists()
        raise
    db.existing_only = True
    log.info("opened %s (schema %d)", file, migrations.SCHEMA_VERSION)
    return Store(file, upgraded)


# A read's pragmas: "exclusive" first, before anything reads, so that SQLite keeps the WAL's
# index in memory and never makes or grows the -shm file (a full disk refused its 32 KiB);
# query_only: no statement of this connection can write.
_TO_READ = {
    "locking_mode": "exclusive",
    "query_only": 1,
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -CACHE_KIB,
    "temp_store": 2,
}


def open_to_read(path: str | os.PathLike[str]) -> Store:
    """Open the database at ``path`` to read alone, where open_database cannot write beside it
    (a full disk, a read-only folder): in WAL mode SQLite makes a -shm file of 32 KiB beside the
    database for any reader, and a full disk refused it ("disk I/O error"). No statement writes;
    a -wal an earlier run left is read with it, and, as on any last close in WAL mode, SQLite
    then folds what that -wal holds into the file and removes it (committed changes a crash
    left there: the same data; if that write fails, the -wal is kept). Python 3.12's
    SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE would leave them there; 3.11 has no way to ask it, and a
    read-only open cannot read a -wal without a -shm. Where the folder cannot even take an
    empty -wal, a file with no -wal to read is opened as unchanging (``immutable``).

    Raises:
        StoreError: it cannot be read either, or it needs a migration (a write): the message
            names the folder and the cause.
        migrations.NewerDatabaseError: written by a newer netdesk.
    """
    file = Path(path)
    gone = missing(file)
    if gone:
        raise StoreError(gone)
    if not db.is_closed():
        db.close()
    wal = Path(f"{file}-wal")
    options = ["mode=rw"]  # in exclusive mode: its -wal is opened (made empty if none) and read
    with contextlib.suppress(OSError):
        if not wal.exists() or wal.stat().st_size == 0:
            options.append("mode=ro&immutable=1")
    error: Exception | None = None
    for option in options:
        db.init(str(file), pragmas=dict(_TO_READ), check_same_thread=False)
        db.existing_only, db.open_options = True, option
        try:
            db.connect()
            version = migrations.schema_version(db)
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except (StoreError, DatabaseError, sqlite3.DatabaseError) as failed:
            db.close()
            error = error or failed  # the first says why: the second only reads what is there
            continue
        break
    else:
        assert error is not None
        cause = str(_first_cause(error.__cause__ or error))
        if "not a database" in cause or "malformed" in cause:
            raise StoreError(f"{file} is not a netdesk database (or is damaged).") from error
        if "locked" in cause or "busy" in cause:  # another program reads it: not the room
            raise StoreError(_read_alone_locked(file, error)) from error
        raise StoreError(
            f"netdesk cannot read {file}: SQLite needs to make or grow its -wal and -shm "
            f"files in {file.parent} to read it, and could not ({cause}): free some room on "
            "that disk, or make the folder writable. Nothing was changed."
        ) from error
    if version > migrations.SCHEMA_VERSION:
        db.close()
        raise migrations.NewerDatabaseError.of(file, version)
    if version == 0:
        db.close()
        raise StoreError(f"{file} is not a netdesk database; netdesk did not change it.")
    if version != migrations.SCHEMA_VERSION:
        db.close()
        raise StoreError(
            f"{file} needs upgrading to this netdesk's schema before it can be read, and "
            f"nothing can be written in {file.parent} (is the disk full or the folder "
            "read-only?); free some room there and try again. Nothing was changed."
        )
    log.info("opened %s to read alone (%s)", file, db.open_options)
    return Store(file)


def _read_alone_locked(file: Path, error: Exception) -> str:
    """What stops ``open_to_read`` when another program has the file open: reading where
    nothing can be written needs it alone. It said SQLite could not make its -wal and -shm
    files, and to free some room."""
    holder = netdesk_holding(file, readers_too=True)
    if holder is None:
        return explain(file, error)
    program, pid = holder
    return (
        f"{file} is in use by another netdesk program ({program}, process {pid}); where "
        "nothing can be written beside it (is the disk full?), netdesk can read it only "
        f"alone: try again once {program} has finished, or free some room on that disk. "
        "Nothing was changed."
    )


def _read_only_look(path: Path) -> tuple[int, int] | None:
    """(schema version, tables) of the database at ``path``, read through a read-only
    connection (nothing written, no -wal merged); None when it cannot be read so."""
    try:
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=READ_ONLY_LOOK_S
        )
    except sqlite3.Error:
        return None
    try:
        with contextlib.closing(connection):
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.Error:
        return None
    return version, tables


def schema_on_disk(path: Path) -> int | None:
    """The schema version of the database at ``path``, read without writing anything."""
    look = _read_only_look(path)
    return None if look is None else look[0]


def _refuse_unless_ours(file: Path) -> None:
    """Refuse, before anything can write to it, a file of a newer netdesk or of another
    program, read through a read-only connection: closing the last read-write connection
    to a database in WAL mode copies its -wal into it (a newer netdesk's, killed before it
    did so), and migrating a file of user_version 0 wrote netdesk's tables into another
    program's database. A file that cannot be read so (locked, not SQLite, a folder
    without its -shm that cannot be written) is left to the ordinary open, which says why.

    Raises:
        migrations.NewerDatabaseError: written by a newer netdesk.
        StoreError: an SQLite database that is not netdesk's.
    """
    look = _read_only_look(file)
    if look is None:
        return
    version, tables = look
    if version > migrations.SCHEMA_VERSION:
        raise migrations.NewerDatabaseError.of(file, version)
    if version == 0 and tables:
        raise StoreError(
            f"{file} is another program's SQLite database, not netdesk's; netdesk did not "
            "change it. Move it away, or choose another data folder."
        )


def _open_and_migrate(file: Path, created: bool) -> upgrade_copy.UpgradeCopy | None:
    """Connect and migrate; what became of the copy of an older schema (None: none was due)."""
    if not created:
        _refuse_unless_ours(file)
    try:
        db.connect()
        version = migrations.schema_version(db)  # read before anything writes to the file
        if version > migrations.SCHEMA_VERSION:
            db.close()
            raise migrations.NewerDatabaseError.of(file, version)
        if created:
            with contextlib.suppress(OSError):
                file.chmod(stat.S_IRUSR | stat.S_IWUSR)
        kept = None
        if 0 < version < migrations.SCHEMA_VERSION:  # the user's data, about to be migrated
            kept = upgrade_copy.keep_copy(db.connection(), file, version)
        try:
            db.execute_sql("PRAGMA journal_mode=wal")
            db.execute_sql("PRAGMA synchronous=NORMAL")
            migrations.migrate(db, str(file))
        except BaseException:
            if kept is not None and kept.path is not None:  # the file is as it was: the
                kept.path.unlink(missing_ok=True)  # copy would only take room
            raise
        return kept
    except (DatabaseError, sqlite3.DatabaseError) as error:
        db.close()
        if "file is not a database" in str(error) or "malformed" in str(error):
            raise StoreError(f"{file} is not a netdesk database (or is damaged).") from error
        raise StoreError(explain(file, error)) from error
