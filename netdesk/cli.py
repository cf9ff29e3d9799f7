"""``netdesk-cli``: headless commands over the same core, for scripts, cron jobs and tests.

Exit codes: 0 success, 2 usage error (one line), 1 any other error (one line on stderr).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from netdesk import __version__
from netdesk.core import Core, NewerDatabaseError, StoreError, backups
from netdesk.core.paths import resolve
from netdesk.core.types import INTERACTION_KINDS, Contact, EmailAddress, FollowUp, PartialDate
from netdesk.core.types import PhoneNumber as Phone


class CliError(Exception):
    """A one-line error for stderr, exit code 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {text!r}") from None


def _due(text: str) -> tuple[dt.datetime, bool]:
    moment = _moment(text)
    has_time = "T" in text or " " in text.strip()
    return moment, has_time


def _partial(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


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
    return value


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
        "due": item.effective_due.isoformat()
        if item.has_time
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


class Commands:
    """Each ``cmd_*`` method is one sub-command; it prints and returns the exit code."""

    def __init__(self, core: Core, as_json: bool) -> None:
        self.core = core
        self.as_json = as_json

    def _print(self, data: Any, text: str) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2) if self.as_json else text)

    def _contact(self, contact_id: int) -> Contact:
        contact = self.core.contacts.get(contact_id)
        if contact is None:
            raise CliError(f"no contact with id {contact_id}")
        return contact

    def cmd_add(self, args: argparse.Namespace) -> int:
        if args.met_through is not None:
            self._contact(args.met_through)
        given, _, family = args.name.strip().rpartition(" ")
        contact = Contact(
            given_name=given or family,
            family_name=family if given else "",
            organization=args.org or "",
            emails=[EmailAddress(e, preferred=i == 0) for i, e in enumerate(args.email)],
            phones=[Phone(p, preferred=i == 0) for i, p in enumerate(args.phone)],
            tags=args.tag,
            keep_in_touch_days=args.every,
            met_on=args.met_on,
            met_at=args.met_at or "",
            met_through_id=args.met_through,
        )
        contact_id = self.core.contacts.create(contact)
        self._print({"id": contact_id}, str(contact_id))
        return 0

    def cmd_show(self, args: argparse.Namespace) -> int:
        contact = self._contact(args.id)
        lines = [_contact_line(contact)]
        for label, value in (
            ("title", contact.title),
            ("emails", ", ".join(e.value for e in contact.emails)),
            ("phones", ", ".join(p.raw for p in contact.phones)),
            ("tags", ", ".join(contact.tags)),
            ("met on", contact.met_on.to_iso() if contact.met_on else ""),
            ("met at", contact.met_at),
            ("every", f"{contact.keep_in_touch_days} days" if contact.keep_in_touch_days else ""),
            ("last interaction", _iso(contact.last_interaction) or ""),
            ("next due", _iso(contact.next_due) or ""),
        ):
            if value:
                lines.append(f"  {label}: {value}")
        self._print(contact_json(contact), "\n".join(lines))
        return 0

    def cmd_search(self, args: argparse.Namespace) -> int:
        ids = self.core.contacts.search(args.text, limit=args.limit)
        found = [c for c in (self.core.contacts.get(i) for i in ids) if c is not None]
        self._print([contact_json(c) for c in found], "\n".join(_contact_line(c) for c in found))
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
        self._contact(args.id)
        due, has_time = args.due
        follow_up_id = self.core.follow_ups.add(args.id, due, args.note or "", has_time=has_time)
        self._print({"id": follow_up_id}, str(follow_up_id))
        return 0

    def cmd_due(self, args: argparse.Namespace) -> int:
        items = self.core.follow_ups.due(args.at)
        text = "\n".join(
            f"{follow_up_json(i)['due']}  {i.display_name}  {i.note}"
            f"{'  (keep in touch)' if i.from_cadence else ''}"
            for i in items
        )
        self._print([follow_up_json(i) for i in items], text or "Nothing due.")
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
        from netdesk.core.importing import import_files

        mapping = dict(args.map) if args.map else None
        summary = import_files(self.core, args.files, csv_mapping=mapping)
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

    def cmd_export(self, args: argparse.Namespace) -> int:
        from netdesk.core.exporting import export_contacts

        if args.tag and args.tag.casefold() not in {
            t.name.casefold() for t in self.core.contacts.tags()
        }:
            raise CliError(f"no tag named {args.tag!r}")
        try:
            count = export_contacts(self.core, args.out, fmt=args.format, tag=args.tag)
        except OSError as error:  # it names the temporary file written beside the target
            raise CliError(f"cannot write {args.out}: {error.strerror or error}") from error
        self._print(
            {"exported": count, "file": args.out}, f"Exported {count} contacts to {args.out}"
        )
        return 0

    def cmd_demo(self, args: argparse.Namespace) -> int:
        from netdesk.core.demo import fill_demo

        created = fill_demo(self.core, count=args.count)
        self._print({"created": created}, f"Added {created} demo contacts.")
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="netdesk-cli", description="netdesk from the command line")
    parser.add_argument("--data-dir", help="folder holding the database (default: per-user)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--version", action="version", version=f"netdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    add = sub.add_parser("add", help="add a contact; prints its id")
    add.add_argument("--name", required=True)
    add.add_argument("--email", action="append", default=[])
    add.add_argument("--phone", action="append", default=[])
    add.add_argument("--org")
    add.add_argument("--tag", action="append", default=[])
    add.add_argument("--every", type=_positive, metavar="DAYS", help="keep in touch every DAYS")
    add.add_argument("--met-on", type=_partial, metavar="DATE")
    add.add_argument("--met-at", metavar="TEXT")
    add.add_argument("--met-through", type=int, metavar="ID")

    show = sub.add_parser("show", help="one contact")
    show.add_argument("id", type=int)

    search = sub.add_parser("search", help="search names, organizations, emails, phones, notes")
    search.add_argument("text")
    search.add_argument("--limit", type=_positive, default=20)

    log = sub.add_parser("log", help="log an interaction with one or more contacts")
    log.add_argument("ids", type=int, nargs="+", metavar="ID")
    log.add_argument("--kind", required=True, choices=INTERACTION_KINDS)
    log.add_argument("--summary", required=True)
    log.add_argument("--at", type=_moment, metavar="DATETIME")

    followup = sub.add_parser("followup", help="set a follow-up by hand")
    followup.add_argument("id", type=int)
    followup.add_argument("--due", type=_due, required=True, metavar="DATE[TIME]")
    followup.add_argument("--note")

    due = sub.add_parser("due", help="what is due or overdue at a moment (default now)")
    due.add_argument("--at", type=_moment, metavar="DATETIME")

    sub.add_parser("stats", help="counts of contacts, interactions and due items")

    backup = sub.add_parser("backup", help="back up the database now")
    backup.add_argument("--out", metavar="FILE")

    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file")
    importing = sub.add_parser("import", help="import .vcf/.csv files or folders (no preview)")
    importing.add_argument("files", nargs="+", metavar="FILE")
    importing.add_argument(
        "--map",
        type=_column,
        action="append",
        metavar="HEADER=FIELD",
        help="for a CSV of no known layout: which field a column holds (repeat per column; "
        "columns not named are ignored). FIELD is one of: " + ", ".join(_field_keys()),
    )

    export = sub.add_parser("export", help="export contacts to vCard or CSV")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--format", choices=("vcard4", "vcard3", "csv"), default="vcard4")
    export.add_argument("--tag", metavar="T", help="only contacts with this tag")

    demo = sub.add_parser("demo", help="fill an empty data folder with realistic demo contacts")
    demo.add_argument("--count", type=_positive, default=300)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        core = Core.open(resolve(args.data_dir))
    except (StoreError, NewerDatabaseError, OSError) as error:
        print(f"netdesk-cli: error: {error}", file=sys.stderr)
        return 1
    try:
        handler = getattr(Commands(core, args.json), f"cmd_{args.command}")
        return int(handler(args))
    except (CliError, StoreError, ValueError, OSError) as error:
        print(f"netdesk-cli: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("netdesk-cli: interrupted", file=sys.stderr)
        return 1
    except Exception as error:  # the contract: never a traceback, but the log has it
        import logging

        logging.getLogger("netdesk.cli").exception("unexpected error")
        print(f"netdesk-cli: error: unexpected {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        core.close()


if __name__ == "__main__":
    sys.exit(main())
