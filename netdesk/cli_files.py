"""netdesk-cli's commands that read or write files: backup, restore, import, export, demo."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import re
import signal
import socket
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from netdesk.cli_commands import Commands
from netdesk.cli_output import CliError, Interrupted, Progress, UsageError, note, write_all
from netdesk.core import backups

_UNKNOWN_CSV = (
    "unknown CSV layout: name its columns with --map HEADER=FIELD (see netdesk-cli import --help)"
)


@contextlib.contextmanager
def _ctrl_c_cancels(*, kill_stops: bool = True) -> Iterator[Callable[[], bool]]:
    """The first Ctrl+C asks the work to stop at its next safe point (a write rolls back
    whole); a second one interrupts at once. A kill (SIGTERM: `timeout`, a service stopped)
    or the terminal closed (SIGHUP) asks the same: they ended the process where it stood,
    and an export's half-written temporary file stayed beside the target for good.

    ``kill_stops`` False: a kill ends the process as it always did. For output streamed to
    a pipe, which leaves no file behind: blocked writing into a pipe nobody reads, the
    process never reached its next safe point, and `timeout 60 netdesk-cli export --out - |
    stalled-reader` outlived its timeout."""
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set  # signals reach only the main thread
        return
    said = 0

    def on_ctrl_c(_signum: int, _frame: object) -> None:
        nonlocal said
        said += 1  # (asked may be set already: by _told_at_once, for this very signal)
        if said > 1:
            raise KeyboardInterrupt
        asked.set()

    kills = [getattr(signal, name) for name in _STOPS if kill_stops and hasattr(signal, name)]
    stops = [signal.SIGINT, *kills]
    # one ignored stays so (`nohup netdesk-cli export …` goes on when the terminal closes)
    stops = [stop for stop in stops if signal.getsignal(stop) is not signal.SIG_IGN]
    previous = {stop: signal.signal(stop, on_ctrl_c) for stop in stops}
    try:
        with _told_at_once(asked, stops):
            yield asked.is_set
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, handler)


@contextlib.contextmanager
def _told_at_once(asked: threading.Event, stops: list[int]) -> Iterator[None]:
    """Set ``asked`` as soon as one of ``stops`` arrives, also while the main thread is in
    one long SQLite call: Python runs a signal's handler only once that call returns, and
    Ctrl+C during a restore's check (one quick_check: seconds on 100,000 contacts) was seen
    only after it, the check's own Cancel watcher (store.backup._interrupt_when) never told.
    The signal's number reaches a thread of its own through the wakeup descriptor."""
    try:
        reading, writing = socket.socketpair()
    except OSError:  # (no sockets to be had): the handler alone, as before
        yield
        return
    writing.setblocking(False)
    try:
        earlier = signal.set_wakeup_fd(writing.fileno(), warn_on_full_buffer=False)
    except (ValueError, OSError):
        reading.close()
        writing.close()
        yield
        return

    def watch() -> None:
        while data := reading.recv(64):  # b"": the writing end closed
            if any(number in stops for number in data):
                asked.set()

    watcher = threading.Thread(target=watch, name="netdesk-cli-ctrl-c", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        signal.set_wakeup_fd(earlier)
        writing.shutdown(socket.SHUT_RDWR)
        watcher.join()
        reading.close()
        writing.close()


_STOPS = ("SIGTERM", "SIGHUP")


def _a_pipe(file: str) -> bool:
    """Whether ``file`` names a pipe the shell handed over (/dev/stdin, /dev/fd/63 from
    `<(…)`), which an import reads whole first, as standard input. A named pipe in a folder
    stays refused by the import (nothing may ever write into it: read, it waited forever)."""
    if _HANDED_OVER.fullmatch(os.path.normpath(file)) is None:
        return False
    try:
        mode = os.stat(file).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


_HANDED_OVER = re.compile(r"/dev/stdin|/dev/fd/\d+|/proc/self/fd/\d+")


def _stream_name(stream: str) -> str:
    return "standard input" if stream == "-" else stream


def _read_whole(stream: str) -> bytes:
    """All of standard input ("-") or of a pipe, up to what an import reads.

    Raises:
        CliError: closed, unreadable, or holding more than an import reads.
    """
    from netdesk.interop.problems import MAX_IMPORT_BYTES

    if stream == "-" and sys.stdin is None:  # closed (`<&-`): an unexpected AttributeError
        raise CliError("standard input is closed: give the contacts' file instead of -")
    if stream == "-" and sys.stdin.isatty():
        note("reading contacts from standard input (Ctrl+D ends it)")
    try:
        # no more than an import reads: `cat 5GB | netdesk-cli import -` held all of it
        # in memory, then wrote it to the temporary folder, to refuse it as too big
        if stream == "-":
            data = sys.stdin.buffer.read(MAX_IMPORT_BYTES + 1)
        else:
            with open(stream, "rb") as pipe:
                data = pipe.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:  # (said as the output's error, which names no file)
        raise CliError(f"cannot read {_stream_name(stream)}: {error.strerror or error}") from error
    if len(data) > MAX_IMPORT_BYTES:
        raise CliError(
            f"{_stream_name(stream)} holds more than {MAX_IMPORT_BYTES // 2**20} MB, the most "
            "an import reads; nothing was imported"
        )
    return data


def _export_format(args: argparse.Namespace) -> str:
    """--format, else from the file's suffix (.csv: CSV), else vCard 4.0."""
    suffix = Path(args.out).suffix.lower()
    if args.format and not _streamed(args.out):
        # a CSV named .vcf (or a vCard named .csv) was written as asked: no program opened
        # it as what it is, netdesk's own import included
        named = {".csv": "csv", ".vcf": "vcard", ".vcard": "vcard"}.get(suffix)
        given = "csv" if args.format == "csv" else "vcard"
        if named is not None and named != given:
            kinds = {"csv": ("a CSV file", ".csv"), "vcard": ("a vCard", ".vcf")}
            raise UsageError(
                f"--format {args.format} writes {kinds[given][0]}, and {args.out} is named as "
                f"{kinds[named][0]}: name it {kinds[given][1]}, or leave --format out"
            )
    if args.format:
        return str(args.format)
    if suffix == ".tsv":  # a spreadsheet splits a .tsv at tabs: every row one cell
        raise UsageError(
            f"{args.out}: netdesk writes CSV with commas, not tabs; name the file .csv "
            "(or give --format csv)"
        )
    return "csv" if suffix == ".csv" else "vcard4"


def _streamed(out: str) -> bool:
    """Whether --out names something written straight through: standard output, a pipe, a
    device. Only a regular file is written beside and renamed over (atomically); a rename
    would replace /dev/stdout or a named pipe with a plain file."""
    if out == "-" or _descriptor(out) is not None:
        return True
    path = Path(out)
    if path.parts[:2] in (("/", "dev"), ("/", "proc")) and path.is_symlink():
        # /dev/stdout redirected to a file is a link to a regular file: renaming a temporary
        # file over it would replace the link (as root, the system's own /dev/stdout). A
        # file of /dev/shm is a file: written through, a new one was readable by everyone
        # and Ctrl+C left the old one cut short
        return True
    return path.exists() and not path.is_file() and not path.is_dir()


_DESCRIPTOR_NAME = re.compile(r"/dev/(?:std(out|err)|fd/(\d+))|/proc/self/fd/(\d+)")


def _descriptor(out: str) -> int | None:
    """The open file descriptor --out names (/dev/stdout, /dev/fd/3), if it names one."""
    found = _DESCRIPTOR_NAME.fullmatch(os.path.normpath(out))
    if found is None:
        return None
    std, fd, proc = found.groups()
    if std is not None:
        return 1 if std == "out" else 2
    return int(fd or proc)


def _a_file_through(name: str) -> bool:
    """Whether ``name``, if it names an open descriptor (/dev/stdout, /dev/stdin, /dev/fd/3),
    has a file behind it (`> backup.sqlite3`), not a pipe or a terminal; True for any other."""
    descriptor = 0 if os.path.normpath(name) == "/dev/stdin" else _descriptor(name)
    if descriptor is None:
        return True
    try:
        return stat.S_ISREG(os.fstat(descriptor).st_mode)
    except OSError:  # not open: said by the backup itself
        return True


def _tags_meant(typed: str, tags: list[str]) -> str:
    """What follows "no tag named 'mentores'": the tag meant, written with its accents or
    spaces ("Mentorés"), else the tags there are (a few), else nothing."""
    from netdesk.core.merging import fold

    wanted = fold(" ".join(typed.split()))
    meant = [name for name in tags if fold(" ".join(name.split())) == wanted]
    if meant:
        return f"; did you mean {meant[0]!r}?"
    if 0 < len(tags) <= 12:
        return f" (the tags: {', '.join(tags)})"
    return ""


_RESTORE_STEPS = {
    backups.CHECKING: "checking the backup",
    backups.KEEPING: "keeping a copy of the current database",
    backups.RESTORING: "restoring the backup",
    backups.OPENING: "opening the restored database",
}


class _Percent:
    """A backup's or a restore's progress as Progress shows it: a line at each percent."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.said = ""

    def backing_up(self, done: int, total: int) -> None:
        self._show("backing up", done, total)

    def restoring(self, phase: str, done: int, total: int) -> None:
        self._show(_RESTORE_STEPS.get(phase, phase), done, total)

    def _show(self, doing: str, done: int, total: int) -> None:
        text = f"{doing} {done * 100 // max(total, 1)}%"
        if text != self.said:
            self.said = text
            self.progress.show(text, last=done >= total)

    def clear(self) -> None:
        self.progress.clear()


class FileCommands(Commands):
    """The record commands and those on files; each ``cmd_*`` method is one sub-command."""

    def cmd_backup(self, args: argparse.Namespace) -> int:
        if args.out == "-":  # as export's --out -: it wrote a file named "-" in this folder
            raise UsageError(
                "a backup cannot go to standard output (--out -): it is a database file; "
                "give a file name"
            )
        if args.out and not _a_file_through(args.out):
            # a pipe or a terminal by another name: "Could not write the backup
            # /proc/4242/fd/pipe:[1281975]: No such file or directory"
            raise CliError(
                f"{args.out} is a pipe or a terminal, not a file: a backup is a database "
                "file of its own; give a file name"
            )
        progress = _Percent(Progress(args.progress))  # 500 MB at 100,000: seconds
        try:
            # Ctrl+C stops the copy between steps: its .part file is removed, not left half-done
            with _ctrl_c_cancels() as cancelled:
                if args.out:
                    target = backups.backup_to(
                        Path(args.out),
                        progress=progress.backing_up,
                        cancelled=cancelled,
                        elsewhere="give --out a file on another disk",
                    )
                else:
                    folder, keep = self._backup_preferences()
                    now = self.core.clock.now()
                    options = {} if keep is None else {"keep_daily": keep}
                    target = backups.backup_now(
                        folder, now, progress=progress.backing_up, cancelled=cancelled, **options
                    )
        except backups.BackupCancelled:
            raise Interrupted("interrupted; no backup was written") from None
        except backups.BackupError as error:
            raise CliError(str(error)) from error
        finally:
            progress.clear()
        self._print({"backup": str(target)}, f"Backed up to {target}")
        return 0

    def _backup_preferences(self) -> tuple[Path, int | None]:
        """The backups folder and how many daily backups to keep, as set in the app's
        Preferences for this data folder (its settings.ini; read with Qt's own INI reader)."""
        data_dir = self.core.store.path.parent
        folder, keep = data_dir / "backups", None
        if (data_dir / "settings.ini").is_file():
            from netdesk.ui import settings as s  # QtCore only: no display needed

            preferences = s.Settings(data_dir / "settings.ini")
            chosen = preferences.get(s.BACKUP_FOLDER)
            default = folder
            folder, gone = backups.folder_to_use(Path(chosen) if chosen else None, default)
            if gone is not None:  # its drive unplugged: not made again under the mount point
                print(
                    f"netdesk-cli: the backups folder {gone} is not there (is its drive "
                    f"connected?); backing up to {default}",
                    file=sys.stderr,
                )
            keep = max(1, preferences.get(s.BACKUPS_TO_KEEP))  # default when never set: 7
        return folder, keep

    def cmd_restore(self, args: argparse.Namespace) -> int:
        source = Path(args.file).resolve()
        database = self.core.store.path
        with contextlib.suppress(OSError):  # either missing: the restore itself says so
            if os.path.samefile(source, database):  # SQLite would wait on itself for good
                raise CliError(
                    f"{source} is the database itself; give a backup file, such as one "
                    f"in {backups.safety_folder(self.core)}"
                )
        mine = backups.database_id_of(database)
        if mine is not None and backups.database_id_of(source) not in (None, mine):
            # the app asks; here it was restored without a word (a script may mean it: a
            # new computer's data folder given the old one's backup)
            note(
                f"{source} is a backup of another netdesk database (another data folder), "
                "not of this one's; restoring it"
            )
        progress = _Percent(Progress(args.progress))  # 16 s at 100,000, said nothing
        try:
            with _ctrl_c_cancels() as cancelled:
                safety = backups.restore(
                    self.core, source, progress=progress.restoring, cancelled=cancelled
                )
        except backups.BackupCancelled:
            raise Interrupted("interrupted; the database was not changed") from None
        except backups.BackupError as error:
            raise CliError(str(error)) from error
        finally:
            progress.clear()
        self._print(
            {"restored": str(source), "previous_saved_as": str(safety)},
            f"Restored {source}; the previous database was saved as {safety}",
        )
        return 0

    def cmd_import(self, args: argparse.Namespace) -> int:
        streams = [file for file in dict.fromkeys(args.files) if file == "-" or _a_pipe(file)]
        if not streams:
            return self._import(args, args.files, {})
        # `curl … | netdesk-cli import -`, `import <(curl …)`: read whole, kept in a file for
        # the readers (a pipe handed over by its name, /dev/fd/63, was refused as "not a
        # regular file (a device or a pipe)")
        with tempfile.TemporaryDirectory(prefix="netdesk-import-") as folder:
            kept: dict[str, str] = {}
            for number, stream in enumerate(streams):
                data = _read_whole(stream)
                vcard = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:11].upper() == b"BEGIN:VCARD"
                stem = "standard-input" if stream == "-" else f"pipe-{number}"
                file = Path(folder) / f"{stem}{'.vcf' if vcard else '.csv'}"
                try:
                    file.write_bytes(data)
                except OSError as error:
                    # a full /tmp was said as "cannot write the output (standard output)"
                    raise CliError(
                        f"cannot keep {_stream_name(stream)} in {file} to read it: "
                        f"{error.strerror or error} (TMPDIR may name a folder with more room); "
                        "nothing was imported"
                    ) from error
                kept[stream] = str(file)
            files = [kept.get(file, file) for file in args.files]
            return self._import(args, files, {file: stream for stream, file in kept.items()})

    def _import(self, args: argparse.Namespace, files: list[str], named: dict[str, str]) -> int:
        """Import ``files``; ``named`` gives how to name a file in what is said ("-")."""
        from netdesk.core.importing import (
            ImportCancelled,
            apply_import,
            plan_import,
            unknown_csv_headers,
        )

        mapping = dict(args.map) if args.map else None
        if mapping:  # a column --map names must be in the file it maps (a typo mapped nothing)
            for file, headers in unknown_csv_headers(files).items():
                missing = [h for h in mapping if h not in headers]
                if missing:
                    raise CliError(
                        f"--map names {', '.join(map(repr, missing))}, not a column of "
                        f"{named.get(file, file)} (its columns: {', '.join(headers)})"
                    )
        # without --map, a CSV mapped once in the app imports as it did there
        remembered = {} if mapping else self._remembered_mappings(files)
        progress = Progress(args.progress)
        said = ""

        def say(text: str) -> None:  # each once: "reading 69%" came three times
            nonlocal said
            if text != said:
                said = text
                progress.show(text)

        def reading(done: int, total: int) -> None:
            # the plan counts in steps (a thousand a file, and the matching's): as files,
            # one CSV of 5,000 rows was "read 39/1999 files"
            if done < total:  # the last step is the matching, told by "writing"
                say(f"reading {done * 100 // max(total, 1)}%")

        def writing(done: int, total: int) -> None:
            if total > 1:  # nothing new to write: "writing 0/0 contacts" said nothing
                say(f"writing {min(done, total - 1)}/{total - 1} contacts")

        try:
            with _ctrl_c_cancels() as cancelled:
                progress.show(f"reading {len(files)} file(s)…", last=True)
                plan = plan_import(
                    self.core, files, csv_mapping=mapping, csv_mappings=remembered,
                    progress=reading, cancelled=cancelled,
                )  # fmt: skip
                summary = apply_import(self.core, plan, progress=writing, cancelled=cancelled)
                too_late = cancelled()
        except ImportCancelled:
            raise Interrupted("interrupted; nothing was imported") from None
        finally:
            progress.clear()
        if too_late:  # while the whole import was being saved: exit 0, and it says why
            note("Ctrl+C came as the import was being saved: it was imported whole")
        summary.problems = [  # the app asks which column holds what; here, --map says it
            dataclasses.replace(p, reason=_UNKNOWN_CSV)
            if p.reason.startswith("unknown CSV layout")
            else p
            for p in summary.problems
        ]
        summary.problems = [
            dataclasses.replace(p, file=named[p.file]) if p.file in named else p
            for p in summary.problems
        ]
        problems = len(summary.problems)
        lines = [
            f"{summary.new} new, {summary.merged} merged, {summary.unchanged} unchanged, "
            f"{problems} problem{'' if problems == 1 else 's'}"
        ]
        lines += [f"{p.file}:{p.line or '-'}: {p.severity}: {p.reason}" for p in summary.problems]
        self._print(summary.as_dict(), "\n".join(lines))
        if summary.new + summary.merged + summary.unchanged == 0:
            raise CliError("nothing was imported")  # the counts and reasons are on stdout
        return 0

    def _remembered_mappings(self, files: list[str]) -> dict[str, dict[str, str]]:
        """The columns the app was told for each CSV of no known layout among ``files``
        (remembered in the data folder's settings.ini), by file."""
        from netdesk.core.importing import unknown_csv_headers
        from netdesk.interop.csv_mappings import header_signature, remembered_mappings

        settings_file = self.core.store.path.parent / "settings.ini"
        if not settings_file.is_file():
            return {}
        known = remembered_mappings(settings_file)
        if not known:
            return {}
        found = {}
        for file, headers in unknown_csv_headers(files).items():
            mapping = known.get(header_signature(headers))
            if mapping is not None:
                found[file] = mapping
                note(f"{file}: reading its columns as they were mapped in netdesk")
        return found

    def cmd_export(self, args: argparse.Namespace) -> int:
        from netdesk.core.exporting import ExportCancelled, ExportChanged, export_contacts

        tags = [t.name for t in self.core.contacts.tags()]
        if args.tag and args.tag.casefold() not in {name.casefold() for name in tags}:
            raise CliError(f"no tag named {args.tag!r}{_tags_meant(args.tag, tags)}")
        out, fmt = args.out, _export_format(args)
        if Path(out).is_dir():
            raise CliError(f"cannot write {out}: it is a folder; give a file name")
        folder = Path(out).parent
        if not _streamed(out) and not folder.is_dir():  # said "No such file or directory"
            why = "is a file, not a folder" if folder.exists() else "does not exist"
            raise CliError(f"cannot write {out}: the folder {folder} {why}")
        progress = Progress(args.progress)

        def exporting(done: int, total: int) -> None:
            progress.show(f"exporting {done}/{total} contacts")

        try:
            with _ctrl_c_cancels(kill_stops=not _streamed(out)) as cancelled:
                if _streamed(out):
                    count = self._export_streamed(out, fmt, args.tag, exporting, cancelled)
                else:
                    count = export_contacts(
                        self.core, out, fmt=fmt, tag=args.tag, progress=exporting,
                        cancelled=cancelled,
                    )  # fmt: skip
        except BrokenPipeError:
            raise  # `--out - | head`: the reader has what it wanted
        except ExportCancelled:
            left = "the output is incomplete" if _streamed(out) else f"{out} was not written"
            raise Interrupted(f"interrupted; {left}") from None
        except ExportChanged as error:  # a CSV of a database not in WAL mode, edited meanwhile
            # (it was said as an "unexpected" error, as a bug with a traceback in the log)
            left = (
                "the output is incomplete"
                if _streamed(out)
                else f"{out} was not written (a file already there is left as it was)"
            )
            raise CliError(
                f"contacts changed while they were being exported; {left}: run the export again"
            ) from error
        except OSError as error:  # it names the temporary file written beside the target
            where = "standard output" if out == "-" else out
            raise CliError(f"cannot write {where}: {error.strerror or error}") from error
        finally:
            progress.clear()
        where = "standard output" if out == "-" else out
        self._print(
            {"exported": count, "file": out},
            f"Exported {count:,} contact{'' if count == 1 else 's'} to {where}",
            # stdout holds the contacts (also when named /dev/stdout or its pipe)
            stream=sys.stderr if _streamed(out) else None,
        )
        if count == 0 and args.tag:  # a tag everyone lost: a scheduled export emptied its file
            note(f"no contact has the tag {args.tag!r}; {where} holds none")
        return 0

    def _export_streamed(
        self,
        out: str,
        fmt: str,
        tag: str | None,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> int:
        """Write straight into standard output, a pipe or a device (no rename possible)."""
        from netdesk.core.exporting import (
            ExportCancelled,
            contacts_in_order,
            export_ids,
            render,
            write_csv_pieces,
        )

        ids = export_ids(self.core, None, tag)
        descriptor = _descriptor(out)
        with contextlib.ExitStack() as stack:
            if out == "-" or descriptor == 1:
                sys.stdout.flush()
                binary: IO[bytes] = sys.stdout.buffer
            elif descriptor is not None:
                # written through the shell's own descriptor: opened anew by its name, the
                # file behind `>> contacts.vcf` was emptied first (and behind `>`, what the
                # shell wrote next went over the export)
                sys.stderr.flush()
                binary = stack.enter_context(open(os.dup(descriptor), "wb"))
            else:
                binary = stack.enter_context(open(out, "wb"))
            if fmt == "csv":
                # its columns counted first (they fit the widest contact), then read and
                # written a piece at a time; Ctrl+C is heard between contacts
                written = write_csv_pieces(
                    lambda text: write_all(binary, text.encode("utf-8")),
                    ids,
                    progress,
                    cancelled,
                    bom=False,
                )
            else:
                written = 0
                for start in range(0, len(ids), 1000):
                    if cancelled():
                        raise ExportCancelled
                    chunk = list(contacts_in_order(ids[start : start + 1000]))
                    write_all(binary, render(chunk, fmt).encode("utf-8"))
                    written += len(chunk)
                    progress(written, len(ids))
            binary.flush()
        return written

    def cmd_demo(self, args: argparse.Namespace) -> int:
        from netdesk.core.demo import fill_demo

        stats = self.core.contacts.stats()
        if held := stats.contacts + stats.archived:
            raise CliError(
                f"{self.folder or 'the data folder'} already holds {held:,} "
                f"contact{'s' if held != 1 else ''}; the demo fills only an empty data folder "
                "(give a new one with --data-dir)"
            )
        created = fill_demo(self.core, count=args.count)
        # a few are archived on purpose: "Added 300" over a list of 291 read as 9 lost
        archived = self.core.contacts.stats().archived
        said = f"Added {created:,} demo contact{'s' if created != 1 else ''}"
        said += f" ({archived:,} archived)." if archived else "."
        self._print({"created": created, "archived": archived}, said)
        return 0
