"""``netdesk-cli``: headless commands over the same core, for scripts, cron jobs and tests.

Exit codes: 0 success, 1 any other error (one line on stderr), 2 usage error (one line),
130 interrupted (Ctrl+C; nothing half-done is kept), 141 output pipe closed (``| head``).
No Qt is imported, except by ``backup`` without --out in a data folder with the app's
settings.ini (read with Qt's own INI reader).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import errno
import io
import json
import logging
import os
import re
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from netdesk import __version__
from netdesk.core import Core, NewerDatabaseError, StoreError, backups
from netdesk.core.paths import Paths, resolve
from netdesk.core.types import INTERACTION_KINDS, Contact, EmailAddress, FollowUp, PartialDate
from netdesk.core.types import PhoneNumber as Phone

PROG = "netdesk-cli"
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl+C
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, as `yes | head -1` reports under pipefail


class CliError(Exception):
    """A one-line error for stderr, exit code 1."""


class Interrupted(Exception):  # noqa: N818  (what the user did, not a failure)
    """Ctrl+C stopped the command; the message says what was left as it was. Exit code 130."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


# -- argument types ----------------------------------------------------------------------------


def _moment(text: str) -> dt.datetime:
    """An ISO date or date-time; one with a UTC offset becomes this computer's local time
    (netdesk stores local times)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {text!r}") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment


def _due(text: str) -> tuple[dt.datetime, bool]:
    moment = _moment(text)
    has_time = "T" in text or " " in text.strip()
    return moment, has_time


def _partial(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _folder(text: str) -> str:
    if not text.strip():  # "$UNSET" must not fall back to the real data folder
        raise argparse.ArgumentTypeError("empty folder name")
    return text


def _not_empty(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


_UNKNOWN_CSV = (
    "unknown CSV layout: name its columns with --map HEADER=FIELD (see netdesk-cli import --help)"
)


def _field_keys() -> tuple[str, ...]:
    from netdesk.interop.csv_formats import FIELD_KEYS

    return tuple(FIELD_KEYS)


def _column(text: str) -> tuple[str, str]:
    """--map 'HEADER=FIELD' for the columns of a CSV of no known layout."""
    from netdesk.interop.csv_formats import FIELD_KEYS

    header, sep, field = text.rpartition("=")
    if not sep or not header.strip():
        raise argparse.ArgumentTypeError(f"expected HEADER=FIELD, got {text!r}")
    if field.strip() not in FIELD_KEYS:
        raise argparse.ArgumentTypeError(
            f"unknown field {field.strip()!r}; one of: {', '.join(FIELD_KEYS)}"
        )
    return header.strip(), field.strip()


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be over 0: {value}")
    if value > 2**62:  # what SQLite stores (an id, a limit)
        raise argparse.ArgumentTypeError(f"too large: {value}")
    return value


def _days(text: str) -> int:
    value = _positive(text)
    if value > 3650:  # the card's own bound: a cadence of ten years
        raise argparse.ArgumentTypeError(f"at most 3650 days (ten years): {value}")
    return value


# -- output ------------------------------------------------------------------------------------


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def contact_json(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "display_name": contact.display_name,
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "organization": contact.organization,
        "title": contact.title,
        "emails": [e.value for e in contact.emails],
        "phones": [p.e164 or p.raw for p in contact.phones],
        "tags": contact.tags,
        "birthday": contact.birthday.to_iso() if contact.birthday else None,
        "met_on": contact.met_on.to_iso() if contact.met_on else None,
        "met_at": contact.met_at,
        "met_through": contact.met_through_id,
        "source": contact.source,
        "keep_in_touch_days": contact.keep_in_touch_days,
        "archived": contact.archived,
        "last_interaction": _iso(contact.last_interaction),
        "next_due": _iso(contact.next_due),
    }


def follow_up_json(item: FollowUp) -> dict[str, Any]:
    return {
        "id": item.id,
        "contact_id": item.contact_id,
        "display_name": item.display_name,
        # a snooze to a time ("later today") is timed even on an item due on a day
        "due": item.effective_due.isoformat()
        if item.has_time or item.effective_due.time() != dt.time()
        else item.effective_due.date().isoformat(),
        "note": item.note,
        "from_cadence": item.from_cadence,
        "source": "cadence" if item.from_cadence else "manual",
    }


def _contact_line(contact: Contact) -> str:
    parts = [f"{contact.id:>6}  {contact.display_name}"]
    if contact.organization:
        parts.append(f"({contact.organization})")
    if contact.emails:
        parts.append(f"<{contact.emails[0].value}>")
    return " ".join(parts)


# Control characters an imported card may hold (an escape sequence in a name would move the
# terminal's cursor or retitle it): shown as U+FFFD in text output; JSON escapes them itself
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _shown(what: object) -> str:
    """Text for the terminal: a card's or a file's control characters as U+FFFD."""
    return _CONTROLS.sub("\ufffd", str(what))


def _write_json(data: Any, stream: IO[str]) -> None:
    """JSON is UTF-8 whatever the terminal's encoding (RFC 8259), names kept as they are."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a StringIO in place of stdout
        stream.write(text)
        return
    stream.flush()
    # a file name that is not UTF-8 holds lone surrogates: written as JSON's \udcXX escape,
    # which json.loads turns back into the same name
    _write_all(binary, text.encode("utf-8", errors="backslashreplace"))
    binary.flush()


def _write_all(binary: IO[bytes], data: bytes) -> None:
    """Write all of ``data``. A pipe whose reader went away can take part of a large block
    and say so by the count alone: that counts as the broken pipe it is (exit 141, not 0)."""
    view = memoryview(data)
    while view:
        written = binary.write(view)
        if written is None:  # a non-blocking stream took nothing: the same as a closed one
            written = 0
        if written <= 0:
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))
        view = view[written:]


def _note(text: str) -> None:
    """A remark for the person at the terminal, kept out of the output scripts read."""
    print(f"{PROG}: {_shown(text)}", file=sys.stderr)


class Progress:
    """How far an import or export is, on stderr: one line redrawn on a terminal, a line per
    step when asked for with --progress elsewhere (for logs, and for tests to wait on)."""

    def __init__(self, wanted: bool, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty()
        self.enabled = wanted or self.terminal
        self.drawn = False
        self.last = 0.0

    def show(self, text: str, *, last: bool = False) -> None:
        if not self.enabled:
            return
        if not self.terminal:
            self.stream.write(f"{text}\n")
        else:
            now = time.monotonic()
            if not last and now - self.last < 0.1:
                return  # a terminal needs no more than ten redraws a second
            self.last = now
            self.stream.write(f"\r\033[K{text}")
            self.drawn = True
        self.stream.flush()

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.drawn = False


@contextlib.contextmanager
def _ctrl_c_cancels() -> Iterator[Callable[[], bool]]:
    """The first Ctrl+C asks the work to stop at its next safe point (a write rolls back
    whole); a second one interrupts at once."""
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set  # signals reach only the main thread
        return

    def on_ctrl_c(_signum: int, _frame: object) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def _export_format(args: argparse.Namespace) -> str:
    """--format, else from the file's suffix (.csv: CSV), else vCard 4.0."""
    if args.format:
        return str(args.format)
    return "csv" if Path(args.out).suffix.lower() in (".csv", ".tsv") else "vcard4"


def _streamed(out: str) -> bool:
    """Whether --out names something written straight through: standard output, a pipe, a
    device. Only a regular file is written beside and renamed over (atomically); a rename
    would replace /dev/stdout or a named pipe with a plain file."""
    if out == "-":
        return True
    path = Path(out)
    if path.parts[:2] in (("/", "dev"), ("/", "proc")):
        # /dev/stdout redirected to a file is a link to a regular file: renaming a temporary
        # file over it would replace the link (as root, the system's own /dev/stdout)
        return True
    return path.exists() and not path.is_file() and not path.is_dir()


class Commands:
    """Each ``cmd_*`` method is one sub-command; it prints and returns the exit code."""

    def __init__(self, core: Core, as_json: bool, folder: Path | None = None) -> None:
        self.core = core
        self.as_json = as_json
        self.folder = folder  # the data folder, for messages that name it

    def _print(self, data: Any, text: str, stream: IO[str] | None = None) -> None:
        out = stream or sys.stdout
        if self.as_json:
            _write_json(data, out)
        elif text:
            print(_shown(text), file=out)

    def _contact(self, contact_id: int) -> Contact:
        contact = self.core.contacts.get(contact_id)
        if contact is None:
            raise CliError(f"no contact with id {contact_id}")
        return contact

    def cmd_add(self, args: argparse.Namespace) -> int:
        from netdesk.core import names

        if args.met_through is not None:
            self._contact(args.met_through)
        for raw in args.phone:  # as the card refuses to save them
            problem = names.phone_problem(raw)
            if problem and problem.startswith("Not a phone number"):
                raise CliError(f"--phone {raw!r} is not a phone number")
            if problem:
                raise CliError(
                    f"--phone {raw!r} is not a valid number for its country: check the digits, "
                    "or start with + and the country code"
                )
        given, _, family = " ".join(args.name.split()).rpartition(" ")
        contact = Contact(
            given_name=given or family,
            family_name=family if given else "",
            organization=(args.org or "").strip(),
            emails=[EmailAddress(e.strip(), preferred=i == 0) for i, e in enumerate(args.email)],
            phones=[Phone(p.strip(), preferred=i == 0) for i, p in enumerate(args.phone)],
            tags=args.tag,
            keep_in_touch_days=args.every,
            met_on=args.met_on,
            met_at=args.met_at or "",
            met_through_id=args.met_through,
        )
        if not names.display_name(contact):
            raise CliError(
                "--name is empty: give the contact a name (or an --org, --email or --phone)"
            )
        contact_id = self.core.contacts.create(contact)
        self._print({"id": contact_id}, str(contact_id))
        return 0

    def cmd_show(self, args: argparse.Namespace) -> int:
        contact = self._contact(args.id)
        through = self.core.contacts.get(contact.met_through_id) if contact.met_through_id else None
        lines = [_contact_line(contact)]
        for label, value in (
            ("title", contact.title),
            ("emails", ", ".join(e.value for e in contact.emails)),
            ("phones", ", ".join(p.raw for p in contact.phones)),
            ("tags", ", ".join(contact.tags)),
            ("birthday", contact.birthday.to_iso() if contact.birthday else ""),
            ("met on", contact.met_on.to_iso() if contact.met_on else ""),
            ("met at", contact.met_at),
            ("met through", f"{through.display_name} ({through.id})" if through else ""),
            ("every", f"{contact.keep_in_touch_days} days" if contact.keep_in_touch_days else ""),
            ("last interaction", _iso(contact.last_interaction) or ""),
            ("next due", _iso(contact.next_due) or ""),
            ("archived", "yes" if contact.archived else ""),
        ):
            if value:
                lines.append(f"  {label}: {value}")
        self._print(contact_json(contact), "\n".join(lines))
        return 0

    def cmd_search(self, args: argparse.Namespace) -> int:
        ids = self.core.contacts.search(
            args.text, limit=args.limit + 1, include_archived=args.archived
        )
        more = len(ids) > args.limit
        found = [c for c in (self.core.contacts.get(i) for i in ids[: args.limit]) if c]
        self._print([contact_json(c) for c in found], "\n".join(_contact_line(c) for c in found))
        if more:
            _note(f"showing the first {args.limit} matches; --limit N shows more")
        return 0

    def cmd_log(self, args: argparse.Namespace) -> int:
        for contact_id in args.ids:
            self._contact(contact_id)
        try:
            interaction_id = self.core.journal.log(args.ids, args.kind, args.summary, at=args.at)
        except ValueError as error:
            raise CliError(str(error)) from error
        self._print({"id": interaction_id}, str(interaction_id))
        return 0

    def cmd_followup(self, args: argparse.Namespace) -> int:
        contact = self._contact(args.id)
        due, has_time = args.due
        follow_up_id = self.core.follow_ups.add(args.id, due, args.note or "", has_time=has_time)
        self._print({"id": follow_up_id}, str(follow_up_id))
        if contact.archived:  # accepted, but never listed as due: say so
            _note(f"{contact.display_name} is archived: the follow-up comes due once unarchived")
        return 0

    def cmd_due(self, args: argparse.Namespace) -> int:
        at = args.at or self.core.clock.now()
        items = self.core.follow_ups.due(at, limit=args.limit)
        text = "\n".join(
            f"{follow_up_json(i)['due']}  {i.display_name}  {i.note}"
            f"{'  (keep in touch)' if i.from_cadence else ''}".rstrip()
            for i in items
        )
        self._print([follow_up_json(i) for i in items], text or "Nothing due.")
        if len(items) == args.limit:
            total = self.core.follow_ups.count_due(at)
            if total > len(items):
                _note(f"showing {len(items)} of {total} due; --limit N shows more")
        return 0

    def cmd_stats(self, args: argparse.Namespace) -> int:
        stats = self.core.contacts.stats()
        data = {
            "contacts": stats.contacts,
            "archived": stats.archived,
            "interactions": stats.interactions,
            "due": stats.due,
            "tags": stats.tags,
        }
        self._print(data, "\n".join(f"{key}: {value}" for key, value in data.items()))
        return 0

    def cmd_backup(self, args: argparse.Namespace) -> int:
        try:
            if args.out:
                target = backups.backup_to(Path(args.out))
            else:
                folder, keep = self._backup_preferences()
                now = self.core.clock.now()
                target = (
                    backups.backup_now(folder, now)
                    if keep is None
                    else backups.backup_now(folder, now, keep_daily=keep)
                )
        except backups.BackupError as error:
            raise CliError(str(error)) from error
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
            folder = Path(preferences.get(s.BACKUP_FOLDER) or folder)
            keep = preferences.get(s.BACKUPS_TO_KEEP)  # its default when never set: the same 7
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
        try:
            safety = backups.restore(self.core, source)
        except backups.BackupError as error:
            raise CliError(str(error)) from error
        self._print(
            {"restored": str(source), "previous_saved_as": str(safety)},
            f"Restored {source}; the previous database was saved as {safety}",
        )
        return 0

    def cmd_import(self, args: argparse.Namespace) -> int:
        from netdesk.core.importing import (
            ImportCancelled,
            apply_import,
            plan_import,
            unknown_csv_headers,
        )

        mapping = dict(args.map) if args.map else None
        if mapping:  # a column --map names must be in the file it maps (a typo mapped nothing)
            for file, headers in unknown_csv_headers(args.files).items():
                missing = [h for h in mapping if h not in headers]
                if missing:
                    raise CliError(
                        f"--map names {', '.join(map(repr, missing))}, not a column of {file} "
                        f"(its columns: {', '.join(headers)})"
                    )
        # without --map, a CSV mapped once in the app imports as it did there
        remembered = {} if mapping else self._remembered_mappings(args.files)
        progress = Progress(args.progress)

        def reading(done: int, total: int) -> None:
            if done < total:  # the last step is the matching, told by "writing"
                progress.show(f"read {done}/{total - 1} files")

        def writing(done: int, total: int) -> None:
            progress.show(f"writing {min(done, total - 1)}/{total - 1} contacts")

        try:
            with _ctrl_c_cancels() as cancelled:
                progress.show(f"reading {len(args.files)} file(s)…", last=True)
                plan = plan_import(
                    self.core, args.files, csv_mapping=mapping, csv_mappings=remembered,
                    progress=reading, cancelled=cancelled,
                )  # fmt: skip
                summary = apply_import(self.core, plan, progress=writing, cancelled=cancelled)
        except ImportCancelled:
            raise Interrupted("interrupted; nothing was imported") from None
        finally:
            progress.clear()
        summary.problems = [  # the app asks which column holds what; here, --map says it
            dataclasses.replace(p, reason=_UNKNOWN_CSV)
            if p.reason.startswith("unknown CSV layout")
            else p
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
                _note(f"{file}: reading its columns as they were mapped in netdesk")
        return found

    def cmd_export(self, args: argparse.Namespace) -> int:
        from netdesk.core.exporting import ExportCancelled, export_contacts

        if args.tag and args.tag.casefold() not in {
            t.name.casefold() for t in self.core.contacts.tags()
        }:
            raise CliError(f"no tag named {args.tag!r}")
        out, fmt = args.out, _export_format(args)
        if Path(out).is_dir():
            raise CliError(f"cannot write {out}: it is a folder; give a file name")
        progress = Progress(args.progress)

        def exporting(done: int, total: int) -> None:
            progress.show(f"exporting {done}/{total} contacts")

        try:
            with _ctrl_c_cancels() as cancelled:
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
        except OSError as error:  # it names the temporary file written beside the target
            raise CliError(f"cannot write {out}: {error.strerror or error}") from error
        finally:
            progress.clear()
        where = "standard output" if out == "-" else out
        self._print(
            {"exported": count, "file": out},
            f"Exported {count} contact{'' if count == 1 else 's'} to {where}",
            # stdout holds the contacts (also when named /dev/stdout or its pipe)
            stream=sys.stderr if _streamed(out) else None,
        )
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
        from netdesk.core.exporting import ExportCancelled, contacts_in_order, export_ids, render

        ids = export_ids(self.core, None, tag)
        with contextlib.ExitStack() as stack:
            if out == "-":
                sys.stdout.flush()
                binary: IO[bytes] = sys.stdout.buffer
            else:
                binary = stack.enter_context(open(out, "wb"))
            chunk_size = len(ids) if fmt == "csv" else 1000  # a CSV's columns fit the widest
            written = 0
            for start in range(0, len(ids), max(chunk_size, 1)):
                if cancelled():
                    raise ExportCancelled
                chunk = list(contacts_in_order(ids[start : start + chunk_size]))
                _write_all(binary, render(chunk, fmt).encode("utf-8"))
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
        self._print({"created": created}, f"Added {created} demo contacts.")
        return 0


# -- arguments ---------------------------------------------------------------------------------

_EPILOG = """\
examples:
  netdesk-cli add --name "Ana Muñoz" --email ana@acme.es --tag mentors --every 30
  netdesk-cli search muñoz --json | jq '.[0].id'
  netdesk-cli log 12 15 --kind meeting --summary "Lunch at PyCon" --at 2026-05-14T13:00
  netdesk-cli due --at 2026-06-01
  netdesk-cli import ~/Downloads/contacts.vcf ~/Downloads/Connections.csv
  netdesk-cli export --out - --format vcard3 | gzip > contacts.vcf.gz

The data folder is --data-dir, else $NETDESK_DATA_DIR, else the app's own (shared with it).
--data-dir and --json may also follow the command. Notes (more results than shown,
progress) go to stderr; stdout holds only the output.

exit codes: 0 success, 1 error (one line on stderr), 2 usage error, 130 interrupted
(Ctrl+C: nothing half-done is kept), 141 output pipe closed early (| head)"""

_DATES = "DATE is YYYY-MM-DD; DATETIME is YYYY-MM-DDTHH:MM[:SS], local time (or with +HH:MM)."


def _options() -> _Parser:
    """--data-dir and --json, accepted after the command too (SUPPRESS: not given there
    leaves what was given before it)."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir", type=_folder, metavar="DIR", default=argparse.SUPPRESS,
        help="folder holding the database (default: $NETDESK_DATA_DIR, else the app's)",
    )  # fmt: skip
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS,
        help="print JSON (UTF-8) instead of text",
    )  # fmt: skip
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _options()
    parser = _Parser(
        prog=PROG,
        description="netdesk, your personal CRM, from the command line: the same data as the app.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data-dir", type=_folder, metavar="DIR",
        help="folder holding the database (default: $NETDESK_DATA_DIR, else the app's)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON (UTF-8) instead of text")
    parser.add_argument("--version", action="version", version=f"netdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser,
                                metavar="COMMAND")  # fmt: skip

    def command(name: str, summary: str, epilog: str = "") -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=summary, description=summary[0].upper() + summary[1:] + ".",
            epilog=epilog or None, parents=[common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip

    add = command(
        "add", "add a contact and print its id",
        'example: netdesk-cli add --name "Ana Muñoz" --email ana@acme.es --phone "+34 612 34 56 '
        '78"\n         --org Acme --tag mentors --every 30 --met-on 2023-05 --met-at PyCon',
    )  # fmt: skip
    add.add_argument("--name", required=True, help="full name; the last word is the family name")
    add.add_argument("--email", action="append", default=[], help="e-mail (repeatable)")
    add.add_argument(
        "--phone", action="append", default=[],
        help="phone (repeatable); with + and the country code unless it is this locale's",
    )  # fmt: skip
    add.add_argument("--org", metavar="ORG", help="organization")
    add.add_argument("--tag", action="append", default=[], help="tag (repeatable)")
    add.add_argument("--every", type=_days, metavar="DAYS", help="keep in touch every DAYS")
    add.add_argument(
        "--met-on", type=_partial, metavar="DATE", help="when you met: YYYY, YYYY-MM or YYYY-MM-DD"
    )
    add.add_argument("--met-at", metavar="TEXT", help="where or how you met")
    add.add_argument("--met-through", type=int, metavar="ID", help="the contact who introduced you")

    show = command("show", "show one contact")
    show.add_argument("id", type=int, metavar="ID")

    search = command(
        "search", "search names, organizations, emails, phones and notes",
        "Accents and case do not matter: 'munoz' finds Muñoz. Active contacts only unless\n"
        "--archived. More matches than --limit: a note on stderr.",
    )  # fmt: skip
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=_positive, default=20, metavar="N", help="default 20")
    search.add_argument("--archived", action="store_true", help="include archived contacts")

    log = command(
        "log", "log an interaction with one or more contacts and print its id",
        'example: netdesk-cli log 12 15 --kind meeting --summary "Lunch" --at 2026-05-14T13:00\n'
        + _DATES,
    )  # fmt: skip
    log.add_argument("ids", type=int, nargs="+", metavar="ID")
    log.add_argument("--kind", required=True, choices=INTERACTION_KINDS)
    log.add_argument("--summary", required=True, metavar="TEXT")
    log.add_argument("--at", type=_moment, metavar="DATETIME", help="when (default now)")

    followup = command(
        "followup", "set a follow-up by hand and print its id",
        'example: netdesk-cli followup 12 --due 2026-06-01 --note "Send the deck"\n' + _DATES,
    )  # fmt: skip
    followup.add_argument("id", type=int, metavar="ID")
    followup.add_argument(
        "--due", type=_due, required=True, metavar="DATE[TIME]",
        help="a DATE (all day) or a DATETIME",
    )  # fmt: skip
    followup.add_argument("--note", metavar="TEXT")

    due = command(
        "due", "list the follow-ups due or overdue at a moment (default now)",
        "Hand-set follow-ups and keep-in-touch reminders, earliest first. " + _DATES,
    )  # fmt: skip
    due.add_argument("--at", type=_moment, metavar="DATETIME", help="default now")
    due.add_argument("--limit", type=_positive, default=50, metavar="N", help="default 50")

    command("stats", "count contacts, interactions, due items and tags")

    backup = command(
        "backup", "back up the database now (safe while the app runs)",
        "Without --out: into the backups folder set in the app's Preferences (default\n"
        "DIR/backups), keeping as many daily backups as set there.",
    )  # fmt: skip
    backup.add_argument("--out", metavar="FILE", help="write the backup to FILE instead")

    restore = command(
        "restore", "replace the database with a backup",
        "The current database is first copied to DIR/backups/before-restore-*.sqlite3.\n"
        "Refused while the app has the database open.",
    )  # fmt: skip
    restore.add_argument("file", metavar="FILE")

    importing = command(
        "import", "import .vcf/.csv files or folders, in one step (no preview)",
        "A contact already there (same e-mail, phone or name) is merged: the values you have\n"
        "win. Every problem is listed as FILE:LINE: severity: reason. All or nothing: Ctrl+C\n"
        "or an error leaves the database as it was.\n"
        "example: netdesk-cli import Connections.csv ~/phone-backup/",
    )  # fmt: skip
    importing.add_argument("files", nargs="+", metavar="FILE")
    importing.add_argument(
        "--map",
        type=_column,
        action="append",
        metavar="HEADER=FIELD",
        help="for a CSV of no known layout: which field a column holds (repeat per column; "
        "columns not named are ignored). Without --map, a CSV whose columns were mapped in "
        "the app is read as mapped there. FIELD is one of: " + ", ".join(_field_keys()),
    )
    importing.add_argument(
        "--progress", action="store_true", help="report progress on stderr (always on a terminal)"
    )

    export = command(
        "export", "export contacts to vCard or CSV",
        "FILE is written whole or not at all (a temporary file renamed at the end); '-' writes\n"
        "to stdout (and the summary to stderr). The format follows the name (.csv: CSV, else\n"
        "vCard 4.0) unless --format says.\n"
        "example: netdesk-cli export --out friends.csv --tag friends",
    )  # fmt: skip
    export.add_argument("--out", required=True, metavar="FILE", help="the file, or - for stdout")
    export.add_argument("--format", choices=("vcard4", "vcard3", "csv"))
    export.add_argument("--tag", type=_not_empty, metavar="TAG", help="only contacts with this tag")
    export.add_argument(
        "--progress", action="store_true", help="report progress on stderr (always on a terminal)"
    )

    demo = command("demo", "fill an empty data folder with realistic demo contacts")
    demo.add_argument("--count", type=_positive, default=300, metavar="N", help="default 300")
    return parser


# -- running -----------------------------------------------------------------------------------


class _LogFile(logging.FileHandler):
    """The data folder's netdesk.log, opened at the first warning: a `stats` run by cron every
    minute writes nothing, and no warning or traceback reaches the terminal."""

    def __init__(self, file: Path) -> None:
        super().__init__(file, encoding="utf-8", delay=True)

    def _open(self) -> Any:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

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


def _os_error(error: OSError) -> str:
    if error.filename and error.strerror:
        return f"{error.filename}: {error.strerror}"
    return str(error)


def _text_streams() -> None:
    """A terminal that cannot show a name's accents or emoji shows escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors in ("strict", "surrogateescape"):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _text_streams()
    try:
        code = _main(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
    except BrokenPipeError:
        # the reader (head, less) has what it wanted: no message; Python's own flush at exit
        # must not find the pipe either
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:  # outside a command: while opening the database
        _note("interrupted")
        return EXIT_INTERRUPTED
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
    args = build_parser().parse_args(argv)
    paths = resolve(args.data_dir)
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
        from netdesk.core.rescue import RescueError, restore_if_damaged
        from netdesk.running import window_running

        if window_running(paths):  # it would go on writing into the file put aside
            print(f"{PROG}: error: netdesk is running on {paths.data_dir}: quit it first "
                  "(or use its File > Restore from backup…); nothing was changed",
                  file=sys.stderr)  # fmt: skip
            return 1

        source = Path(args.file).resolve()
        try:
            kept = restore_if_damaged(paths.database, source, dt.datetime.now())
        except RescueError as error:
            print(f"{PROG}: error: {_shown(error)}", file=sys.stderr)
            return 1
        if kept is not None:
            said = {"restored": str(source), "damaged_saved_as": str(kept)}
            print(json.dumps(said) if args.json else f"Restored {source}; the damaged "
                  f"database was kept as {kept}")  # fmt: skip
            return 0
    try:
        core = Core.open(paths)
    except (StoreError, NewerDatabaseError) as error:
        print(f"{PROG}: error: {_shown(error)}", file=sys.stderr)
        return 1
    except OSError as error:  # the folder cannot be made: a file in its place, no permission
        why = in_the_way or error.strerror or str(error)
        print(f"{PROG}: error: cannot use {paths.data_dir} as the data folder: {why}",
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        handler = getattr(Commands(core, args.json, paths.data_dir), f"cmd_{args.command}")
        return int(handler(args))
    except (CliError, StoreError, ValueError, OverflowError) as error:
        print(f"{PROG}: error: {_shown(error)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise
    except OSError as error:
        print(f"{PROG}: error: {_os_error(error)}", file=sys.stderr)
        return 1
    except (Interrupted, KeyboardInterrupt) as stopped:
        sys.stdout.flush()
        _note(str(stopped) or "interrupted")
        return EXIT_INTERRUPTED
    except Exception as error:  # the contract: never a traceback, but the log has it
        found = _sqlite_error(error)
        if found is not None and ("malformed" in str(found) or "not a database" in str(found)):
            print(f"{PROG}: error: {core.store.path} is damaged ({found}); restore a backup "
                  f"with: {PROG} restore FILE", file=sys.stderr)  # fmt: skip
            return 1
        logging.getLogger("netdesk.cli").exception("unexpected error in %s", args.command)
        print(f"{PROG}: error: unexpected {type(error).__name__}: {_shown(error)} (details in "
              f"{log_file})", file=sys.stderr)  # fmt: skip
        return 1
    finally:
        core.close()


if __name__ == "__main__":
    sys.exit(main())
