"""``netdesk-cli``: headless commands over the same core, for scripts, cron jobs and tests.

Exit codes: 0 success, 1 the command could not be done (one line on stderr), 2 usage error:
the command line is wrong whatever the data holds (argparse's, or a UsageError; one line),
130 interrupted (Ctrl+C; nothing half-done is kept), 141 output pipe closed (``| head``;
a closed stderr drops the notes, the exit code unchanged).
No Qt is imported, except by ``backup`` without --out in a data folder with the app's
settings.ini (read with Qt's own INI reader). The arguments are in cli_args, the commands
in cli_commands and cli_files, what they print in cli_output.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import errno
import io
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from netdesk.cli_args import build_parser, parse_args
from netdesk.cli_commands import Commands
from netdesk.cli_files import FileCommands, _a_file_through, _ctrl_c_cancels, _Percent
from netdesk.cli_output import (
    EXIT_INTERRUPTED,
    EXIT_PIPE_CLOSED,
    EXIT_USAGE,
    PROG,
    CliError,
    Interrupted,
    Progress,
    UsageError,
    note,
    shown,
    write_json,
)
from netdesk.core import Core, NewerDatabaseError, StoreError
from netdesk.core.paths import EmptyDataDirError, Paths, resolve

__all__ = ["Commands", "FileCommands", "build_parser", "main"]

# -- running -----------------------------------------------------------------------------------


class _LogFile(logging.FileHandler):
    """The data folder's netdesk.log, opened at the first warning: a `stats` run by cron every
    minute writes nothing, and no warning or traceback reaches the terminal."""

    def __init__(self, file: Path) -> None:
        # a file name that is not UTF-8 is written escaped, not the whole line lost
        super().__init__(file, encoding="utf-8", errors="backslashreplace", delay=True)

    def _open(self) -> Any:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        except OSError:  # the file opened at the first record, outside logging's own guard:
            self.handleError(record)  # on a read-only disk `show` failed on its warning

    def handleError(self, record: logging.LogRecord) -> None:
        """A log that cannot be written is not the user's problem: no traceback for it."""


def _log_to(paths: Paths) -> Path:
    file = paths.logs / "netdesk.log"
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LogFile)]:
        root.removeHandler(old)
        old.close()
    handler = _LogFile(file)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(
        logging.Formatter(f"%(asctime)s %(levelname)s {PROG} %(name)s: %(message)s")
    )
    root.addHandler(handler)
    return file


def _sqlite_error(error: BaseException) -> sqlite3.DatabaseError | None:
    """The SQLite error behind ``error`` (peewee wraps them), if there is one."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.DatabaseError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _damage(error: sqlite3.DatabaseError) -> bool:
    """Whether SQLite's error says the file is damaged (or no database at all)."""
    return "malformed" in str(error) or "not a database" in str(error)


# What writing the output (a redirection to a full disk, /dev/full) fails with: said as
# "[Errno 28] No space left on device", which named nothing
_OUTPUT_ERRORS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO, errno.EROFS}


def _os_error(error: OSError) -> str:
    if error.filename and error.strerror:
        return f"{error.filename}: {error.strerror}"
    if error.errno in _OUTPUT_ERRORS and error.strerror:
        return f"cannot write the output (standard output): {error.strerror}"
    return str(error)


def _escaped(error: UnicodeError) -> tuple[str, int]:
    """Python's backslashreplace, but a byte a file name holds that is not text (a Latin-1
    "caf\xe9.vcf", which Python reads as the lone surrogate U+DCE9) as that byte: "\xe9",
    as `ls` and the user's own shell write it, not "\udce9"."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    wrong = error.object[error.start : error.end]
    return "".join(
        f"\\x{ord(c) - 0xDC00:02x}"
        if 0xDC80 <= ord(c) <= 0xDCFF
        else c.encode("ascii", "backslashreplace").decode("ascii")
        for c in wrong
    ), error.end


codecs.register_error("netdesk-escaped", _escaped)


def _text_streams() -> None:
    """A terminal that cannot show a name's accents or emoji shows escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors in (
            "strict",
            "surrogateescape",
            "backslashreplace",
        ):
            stream.reconfigure(errors="netdesk-escaped")


def _stderr_to_nowhere() -> None:
    """`2>&-` (stderr closed): Python's sys.stderr is None, and print(file=None) writes to
    stdout, so a note ("no contact matches") or an error went into the output a script reads,
    and a progress report failed as an "unexpected AttributeError". Notes are dropped then,
    as `2>/dev/null` drops them; the exit code still tells."""
    if sys.stderr is not None:
        return
    with contextlib.suppress(OSError):  # the lowest free descriptor: 2 itself
        sys.stderr = open(os.open(os.devnull, os.O_WRONLY), "w", encoding="utf-8")  # noqa: SIM115


class _NotesStream:
    """stderr for the notes, errors and progress: if its reader goes away (`2>&1 | head -1`
    takes the first note, a log reader quits) or it cannot be written (`2>>log` on a full
    disk), what follows goes to /dev/null and the command goes on; its exit code says how
    the command went. A closed stderr made `add` exit 141 after adding the contact and
    printing its id whole: the script took it for failed, and ran it again. (A closed
    stdout is still 141: the output is cut short.)"""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError:  # EPIPE, ENOSPC, EIO
            self._to_nowhere()
            return len(text)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError:
            self._to_nowhere()

    def _to_nowhere(self) -> None:
        """Its descriptor made /dev/null's: what the stream still holds, and whatever
        writes there later (the interpreter's flush at exit), goes nowhere."""
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), self.stream.fileno())
        with contextlib.suppress(OSError, ValueError):
            self.stream.flush()

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding...
        return getattr(self.stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    _stderr_to_nowhere()
    _text_streams()
    stderr = sys.stderr
    sys.stderr = _NotesStream(stderr)
    try:
        return _main_and_flush(argv)
    finally:
        sys.stderr = stderr


def _main_and_flush(argv: Sequence[str] | None) -> int:
    try:
        code = _main(sys.argv[1:] if argv is None else argv)
        if sys.stdout is not None:
            sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
    except BrokenPipeError:
        # the reader (head, less) has what it wanted: no message; Python's own flush at exit
        # must not find the pipe either
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:  # outside a command: while opening the database
        note("interrupted")
        return EXIT_INTERRUPTED
    except OSError as error:  # the output's last block, written at this flush
        print(f"{PROG}: error: {_os_error(error)}", file=sys.stderr)
        with contextlib.suppress(OSError, ValueError):  # nor at the interpreter's exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return code


# The commands that may start a database in a folder that has none; the others only read or
# change what is there, and a mistyped --data-dir must not look like an empty address book.
_STARTS_A_DATABASE = {"add", "import", "demo", "restore"}


def _not_a_folder(paths: Paths) -> str | None:
    """Why the data folder cannot be one: a file (or a device) where it or a parent is."""
    for path in (paths.data_dir, *paths.data_dir.parents):
        if path.exists() and not path.is_dir():
            return f"{path} is a file, not a folder"
    return None


def _upgrade_under_a_window(paths: Paths) -> bool:
    """Whether opening the database would migrate it while a netdesk window (of the older
    version, after a package upgrade) runs on it: that window would go on writing by the old
    schema's rules."""
    if paths.no_database():
        return False
    from netdesk.store.database import schema_on_disk
    from netdesk.store.migrations import SCHEMA_VERSION

    version = schema_on_disk(paths.database)
    if version is None or not 0 < version < SCHEMA_VERSION:
        return False
    from netdesk.running import window_running

    return window_running(paths)


def _main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if sys.stdout is None:  # `>&-`: `add` added the contact, then failed to say its id
        print(f"{PROG}: error: standard output is closed (>&-); redirect it to /dev/null to "
              "drop the output; nothing was done", file=sys.stderr)  # fmt: skip
        return 1
    try:
        paths = resolve(args.data_dir)
    except EmptyDataDirError as error:  # NETDESK_DATA_DIR="": never the real data folder
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    in_the_way = _not_a_folder(paths)
    if in_the_way is None and args.command not in _STARTS_A_DATABASE and paths.no_database():
        print(f"{PROG}: error: no netdesk database in {paths.data_dir}: check --data-dir (or "
              "$NETDESK_DATA_DIR); add, import or demo start one", file=sys.stderr)  # fmt: skip
        return 1
    log_file = _log_to(paths)
    if in_the_way is None and _upgrade_under_a_window(paths):
        print(f"{PROG}: error: an older netdesk is running on {paths.data_dir}: quit it "
              "first; this netdesk-cli would upgrade the database under it; nothing was "
              "changed", file=sys.stderr)  # fmt: skip
        return 1
    if args.command == "restore":  # a damaged database cannot be opened to be restored
        from netdesk.core.backups import CHECKING, RESTORING
        from netdesk.core.rescue import RescueCancelled, RescueError, restore_if_damaged
        from netdesk.running import window_running

        if window_running(paths):  # it would go on writing into the file put aside
            print(f"{PROG}: error: netdesk is running on {paths.data_dir}: quit it first "
                  "(or use its File > Restore from backup…); nothing was changed",
                  file=sys.stderr)  # fmt: skip
            return 1

        if not _a_file_through(args.file):  # /dev/stdin on a pipe: said as "/proc/4242/fd/
            # pipe:[1284540] does not exist or is not a file"
            print(f"{PROG}: error: {args.file} is a pipe or a terminal, not a file: a backup is "
                  "restored from its file; give its file name", file=sys.stderr)  # fmt: skip
            return 1
        source = Path(args.file).resolve()
        # as the usual restore: its progress (it said nothing for the seconds of a big one),
        # and Ctrl+C cancels (the copy begun beside the database was left there, its size)
        percent = _Percent(Progress(args.progress))

        def rescuing(done: int, total: int) -> None:  # checked up to half way, then copied
            percent.restoring(CHECKING if 2 * done <= total else RESTORING, done, total)

        try:
            with _ctrl_c_cancels() as cancelled:
                kept = restore_if_damaged(
                    paths.database, source, dt.datetime.now(),
                    progress=rescuing, cancelled=cancelled,
                )  # fmt: skip
        except RescueCancelled:
            percent.clear()
            note("interrupted; the database was not changed")
            return EXIT_INTERRUPTED
        except RescueError as error:
            percent.clear()
            print(f"{PROG}: error: {shown(error)}", file=sys.stderr)
            return 1
        percent.clear()
        if kept is not None:
            said = {"restored": str(source), "damaged_saved_as": str(kept)}
            if args.json:  # UTF-8, laid out as every other command's
                write_json(said, sys.stdout)
            else:
                print(shown(f"Restored {source}; the damaged database was kept as {kept}"))
            return 0
    new, folder_was_there = not paths.database.exists(), paths.data_dir.exists()
    try:
        core = _open(paths, args.command)
    except (StoreError, NewerDatabaseError) as error:
        found = _sqlite_error(error)
        damaged = found is not None and _damage(found)
        # a damaged database: the way out, as a command that finds it damaged says it
        way_out = f"; restore a backup with: {PROG} restore FILE" if damaged else ""
        why = shown(error).rstrip(".") if damaged else shown(error)
        print(f"{PROG}: error: {why}{way_out}", file=sys.stderr)
        return 1
    except OSError as error:  # the folder cannot be made: a file in its place, no permission
        why = in_the_way or error.strerror or str(error)
        print(f"{PROG}: error: cannot use {paths.data_dir} as the data folder: {why}",
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        code = _command(core, args, paths, log_file)
        # a mistyped --data-dir given to a failed import or add: no empty database is left
        # there, or stats, search and export in it answered as an empty address book
        forget = new and code != 0 and _holds_nothing(core)
    finally:
        core.close()
    if forget:
        _forget_new_database(paths, folder_was_there)
    return code


# The commands that only read the database: they can read it where nothing can be written.
_ONLY_READ = {"show", "search", "due", "stats", "export", "backup"}
# What SQLite says when it cannot make or grow a file (the -shm, the -wal): a full disk, a
# read-only folder or file system
_CANNOT_WRITE = (
    "disk i/o error",
    "full",
    "readonly",
    "read-only",
    "unable to open",
    "no space",
    "quota",
    "too large",
    "permission denied",
)


def _open(paths: Paths, command: str) -> Core:
    """The database opened as usual; for a command that only reads, if that needs a write
    that fails (a full disk refused the -shm file WAL mode makes to read), opened to read
    alone: `show` and `export` failed with "could not write" on a full disk."""
    try:
        return Core.open(paths)
    except (StoreError, OSError) as error:  # OSError: the folder on a read-only file system
        cause = str(_sqlite_error(error) or error)
        if (
            command not in _ONLY_READ
            or not paths.database.is_file()
            or not any(word in cause.lower() for word in _CANNOT_WRITE)
        ):
            raise
        log = logging.getLogger("netdesk.cli")
        log.warning("cannot open %s to write (%s); opened to read alone", paths.database, cause)
    from netdesk.store.database import open_to_read

    return Core.over(open_to_read(paths.database))


def _holds_nothing(core: Core) -> bool:
    try:
        stats = core.contacts.stats()
    except Exception:  # not readable: not to be removed on a guess
        return False
    return stats.contacts + stats.archived + stats.interactions + stats.tags == 0


def _forget_new_database(paths: Paths, folder_was_there: bool) -> None:
    """Remove the database this run made (empty), and its folder if this run made it; not if
    another program (the app, another netdesk-cli) opened it meanwhile or wrote to it."""
    if not _unlink_unused(paths.database):
        return
    for file in (Path(f"{paths.database}{end}") for end in ("-wal", "-shm")):
        with contextlib.suppress(OSError):
            file.unlink()
    if not folder_was_there:
        for folder in (paths.data_dir / "logs", paths.data_dir):  # a log written: kept
            with contextlib.suppress(OSError):
                folder.rmdir()


def _unlink_unused(database: Path) -> bool:
    """Unlink ``database`` if it holds no row and no other connection has it open; whether
    it is gone.

    Checked and unlinked under an exclusive lock, which a WAL database grants only while no
    other connection has it open, even idle: unlinked after a check without it, a database
    the app opened during a slow failing import went on taking its writes in a file no longer
    there, and they were lost.
    """
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=rw", uri=True, timeout=0)
    except (sqlite3.Error, ValueError):
        return False
    unlinked = False
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")  # "locked" while another has it open
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            " AND name NOT LIKE 'contact_fts%'"  # an empty index has rows of its own
        ).fetchall()
        for (table,) in tables:
            if connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
                return False
        with contextlib.suppress(OSError):  # Windows: not while open; tried again below
            database.unlink()
            unlinked = True
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    if not unlinked:  # Windows refuses it too if another program opened it since
        try:
            database.unlink()
        except OSError:
            return False
    return True


def _command(core: Core, args: argparse.Namespace, paths: Paths, log_file: Path) -> int:
    """Run the command over the open database; its exit code (errors said on stderr)."""
    try:
        handler = getattr(FileCommands(core, args.json, paths.data_dir), f"cmd_{args.command}")
        return int(handler(args))
    except UsageError as error:  # as argparse says it: the command's name, exit code 2
        print(f"{PROG} {args.command}: error: {shown(error)}", file=sys.stderr)
        return EXIT_USAGE
    except (CliError, StoreError, ValueError, OverflowError) as error:
        print(f"{PROG}: error: {shown(error)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise
    except OSError as error:
        print(f"{PROG}: error: {_os_error(error)}", file=sys.stderr)
        return 1
    except (Interrupted, KeyboardInterrupt) as stopped:
        sys.stdout.flush()
        note(str(stopped) or "interrupted")
        return EXIT_INTERRUPTED
    except Exception as error:  # the contract: never a traceback, but the log has it
        found = _sqlite_error(error)
        if found is not None and _damage(found):
            print(f"{PROG}: error: {core.store.path} is damaged ({found}); restore a backup "
                  f"with: {PROG} restore FILE", file=sys.stderr)  # fmt: skip
            return 1
        logging.getLogger("netdesk.cli").exception("unexpected error in %s", args.command)
        print(f"{PROG}: error: unexpected {type(error).__name__}: {shown(error)} (details in "
              f"{log_file})", file=sys.stderr)  # fmt: skip
        return 1


if __name__ == "__main__":
    sys.exit(main())
