"""netdesk-cli's arguments: the parser, its help texts and the types that check each value."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import dataclasses
import datetime as dt
import os
import re
import shlex
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NoReturn

from netdesk import __version__
from netdesk.cli_output import PROG
from netdesk.core.types import (
    EARLIEST_MOMENT,
    INTERACTION_KINDS,
    LATEST_MOMENT,
    NEVER_KEEP_IN_TOUCH,
    PartialDate,
    moment_kept,
)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, typed: Sequence[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.typed = typed  # the arguments as given, for what an error says of them

    def error(self, message: str) -> NoReturn:
        if message.endswith("required: COMMAND"):  # `netdesk-cli` alone: say where to look
            message = f"a command is required; {PROG} --help lists them"
        elif message.startswith("argument COMMAND: invalid choice: 'help'"):  # as git's
            message = (
                f"there is no help command: {PROG} --help lists the commands, and "
                f"{PROG} COMMAND --help tells one"
            )
        message += _dash_hint(message, self.typed)
        self.exit(2, f"{self.prog}: error: {message}\n")


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help lines broken at spaces only: "YYYY-MM-DD" was cut into "YYYY-" and "MM-DD"."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def _dash_hint(message: str, typed: Sequence[str]) -> str:
    """How to give a value that starts with a dash, which argparse takes for an option:
    `search -ana` said only "the following arguments are required: TEXT", and `--summary
    -urgent` "expected one argument"."""
    if not any(words in message for words in _MISSING_VALUE):
        return ""
    for value in typed:
        if value == "--":  # what follows is no option, whatever it starts with
            break
        name = value.split("=", 1)[0]
        option = name.startswith("--") and name[2:].replace("-", "").isalnum()
        # argparse takes "-5" and "- called her" for values, as they are
        value_as_it_is = " " in value or _NEGATIVE.fullmatch(value) is not None
        if value.startswith("-") and value not in ("-", "-h") and not (option or value_as_it_is):
            wanting = re.match(r"argument (--[\w-]+): expected one argument", message)
            if wanting is not None:  # the option is known: its value, as it is written
                return f" ({value!r} was taken for an option: write {wanting[1]}={value})"
            return (
                f" ({value!r} was taken for an option: give an option's value as "
                f"--option={value}, and a TEXT or FILE after --, as in {PROG} search -- "
                f"{shlex.quote(value)})"
            )
    return ""


_NEGATIVE = re.compile(r"-\d+$|-\d*\.\d+$")  # argparse's own test of a negative number
_MISSING_VALUE = ("expected one argument", "arguments are required", "unrecognized arguments")


# -- argument types ----------------------------------------------------------------------------


_DAYS_FROM_TODAY = {"yesterday": -1, "today": 0, "tomorrow": 1}


@dataclasses.dataclass(frozen=True)
class When:
    """A --at or --due as typed: an ISO date or date-time in local time, or one of now,
    today, tomorrow and yesterday (read against the clock when the command runs)."""

    moment: dt.datetime | None  # None: "now" or a day counted from today
    has_time: bool
    days_from_today: int = 0

    def resolve(self, now: dt.datetime) -> dt.datetime:
        """The moment meant; a day alone is its midnight."""
        if self.moment is not None:
            return self.moment
        if self.has_time:
            return now
        return dt.datetime.combine(now.date() + dt.timedelta(days=self.days_from_today), dt.time())

    def end(self, now: dt.datetime) -> dt.datetime:
        """The moment meant; a day alone is its last instant ("due on June 1" is due by its
        end, a follow-up at 10:00 included)."""
        moment = self.resolve(now)
        return moment if self.has_time else dt.datetime.combine(moment.date(), dt.time.max)


_UNPADDED = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:([Tt ])(\d{1,2})(:.*))?)?")


def _padded(text: str) -> str:
    """ "2026-6-1" and "2026-06-01 9:30" as ISO writes them ("2026-06-01", "2026-06-01 09:30"),
    as the card reads them: typed so by hand, they were "not a date". A date written with
    slashes stays refused: 01/06/2026 is the 1st of June or the 6th of January."""
    found = _UNPADDED.fullmatch(text.strip())
    if found is None:
        return text.strip()
    year, month, day, separator, hour, rest = found.groups()
    padded = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    return padded + (f"{separator}{int(hour):02d}{rest}" if hour else "")


def _when(text: str) -> When:
    """An ISO date or date-time; one with a UTC offset becomes this computer's local time
    (netdesk stores local times). A date alone is told by parsing it as one: ISO allows any
    separator before the time ("2026-06-01t10:00"), which lost its time as a date."""
    word = text.strip().casefold()
    if word == "now":
        return When(None, has_time=True)
    if word in _DAYS_FROM_TODAY:
        return When(None, has_time=False, days_from_today=_DAYS_FROM_TODAY[word])
    try:
        moment = dt.datetime.fromisoformat(_padded(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (YYYY-MM-DD, YYYY-MM-DDTHH:MM, now, today, tomorrow or "
            "yesterday)"
        ) from None
    try:
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
    except OverflowError:  # "0001-01-01T00:00+05:00": past an end of the calendar here
        moment = dt.datetime.min  # (it was a traceback)
    if not moment_kept(moment):  # the year 1 was logged, shown "1-01-01" and moved by the app
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside the dates netdesk keeps: {EARLIEST_MOMENT:%Y-%m-%d} to "
            f"{LATEST_MOMENT:%Y-%m-%d}"
        )
    try:
        dt.date.fromisoformat(_padded(text))
    except ValueError:
        return When(moment, has_time=True)
    return When(moment, has_time=False)


# the shapes PartialDate.parse reads: what fits one and is still refused is no such date
_PARTIAL_SHAPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{8}|--\d{2}-?\d{2}")


def _met_on(text: str) -> PartialDate:
    """--met-on: a date of the calendar gone by, as the card takes it. "0000" (no year 0)
    and a day ahead ("2062" typed for "1962") were stored without a word, and "2023-02-30"
    was refused as "day is out of range for month", the value typed not named. "today" and
    "yesterday" as --at takes them: `add ... --met-on today` after a meeting was "not a date"."""
    word = text.strip().casefold()
    if word in ("today", "yesterday"):
        day = dt.date.today() + dt.timedelta(days=_DAYS_FROM_TODAY[word])
        return PartialDate(day.year, day.month, day.day)
    if word == "tomorrow":
        raise argparse.ArgumentTypeError("when you met is today at the latest")
    padded = _padded(text)
    try:
        value = PartialDate.parse(padded)
        if value.year == 0:  # (PartialDate keeps a year 0 an import brings: "no year")
            raise ValueError("no year 0")
    except ValueError:
        if _PARTIAL_SHAPE.fullmatch(padded):
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a date of the calendar: check the year, month and day"
            ) from None
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (YYYY, YYYY-MM, YYYY-MM-DD, today or yesterday)"
        ) from None
    today = dt.date.today()
    if value.year is not None and (value.year, value.month or 0, value.day or 0) > (
        today.year,
        today.month if value.month else 0,
        today.day if value.day else 0,
    ):
        raise argparse.ArgumentTypeError(
            f"{text!r} is after today ({today.isoformat()}): check the year"
        )
    return value


def _folder(text: str) -> str:
    if not text.strip():  # "$UNSET" must not fall back to the real data folder
        raise argparse.ArgumentTypeError("empty folder name")
    return text


def _out_file(text: str) -> str:
    """--out FILE: "~/x.vcf" as a shell expands it (it does not after "--out="). A name
    ending in a slash is a folder's: "--out exports/" wrote a file named "exports"."""
    if text.endswith(tuple(filter(None, (os.sep, os.altsep)))):
        raise argparse.ArgumentTypeError(f"{text} names a folder, not a file: add the file's name")
    return os.path.expanduser(_not_empty(text))


def _backup_file(text: str) -> str:
    """restore FILE: "-" was looked for as a file named "-" ("/home/ana/- does not exist")."""
    if text == "-":
        raise argparse.ArgumentTypeError(
            "a backup is restored from its file, not from standard input: give its file name"
        )
    return _not_empty(text)


def _not_empty(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def _text(text: str) -> str:
    """A name, a note, a tag: text the database can store. Bytes the locale cannot decode
    (a Latin-1 script run in a UTF-8 one) came in as lone surrogates, and the store's
    "'utf-8' codec can't encode character '\\udce9'" named no option. In an ASCII locale
    (LC_ALL=C with Python's UTF-8 mode off: PYTHONUTF8=0) no byte past ASCII is text, and
    "Muñoz" was refused as "not ascii text": what reads as UTF-8 is taken as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(text)
        if codecs.lookup(sys.getfilesystemencoding()).name == "ascii":
            with contextlib.suppress(UnicodeDecodeError):
                return raw.decode("utf-8")
        raise argparse.ArgumentTypeError(
            f"not {sys.getfilesystemencoding()} text: {raw!r}; the script or terminal uses "
            "another encoding (iconv converts it)"
        ) from None
    return text


def _search_text(text: str) -> str:
    """What to search for: `search "$NAME"` with NAME unset said "no contact matches ''"
    (exit 1, as if the name were not there) where the script's own variable was at fault."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "must not be empty (netdesk-cli export --out - --format csv lists everyone)"
        )
    return _text(text)


def _summary(text: str) -> str:
    """log --summary: blank was refused by the journal as "An interaction needs a summary.",
    exit 1 and no option named, as if the database had failed."""
    return _text(_not_empty(text))


def _tag(text: str) -> str:
    return _text(_not_empty(text))


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


def _count(text: str) -> int:
    """A count that may be 0 (show --journal 0: the card alone; it was "must be over 0")."""
    if text.strip() in ("0", "-0", "+0"):
        return 0
    try:
        return _positive(text)
    except argparse.ArgumentTypeError as error:
        raise argparse.ArgumentTypeError(
            str(error).replace("must be over 0", "must be 0 or more")
        ) from None


def _row_id(text: str, what: str) -> int:
    """A row's id: a whole number SQLite can hold ("Python int too large to convert to
    SQLite INTEGER" was all a mistyped one said)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a {what} id: {text!r}") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"not a {what} id: {text!r}")
    return value


def _contact_id(text: str) -> int:
    """A contact's id; a name typed in its place ("show Ana") is told where its id is (which
    Ana: there may be several)."""
    try:
        int(text)
    except ValueError:
        if text.strip() and _text(text):
            raise argparse.ArgumentTypeError(
                f"not a contact id: {text!r}; ids are numbers: netdesk-cli search "
                f"{shlex.quote(text.strip())} lists who matches, each with its id"
            ) from None
    return _row_id(text, "contact")


def _follow_up_id(text: str) -> int:
    """netdesk-cli done's id, from netdesk-cli due: a mistyped one was "not a contact id"."""
    return _row_id(text, "follow-up")


def _kind(text: str) -> str:
    """--kind as typed: "Call" (or "MEETING") was refused as an invalid choice."""
    return text.strip().casefold()


DEMO_MOST = 10_000  # a demo's contacts take about 6 ms each: a minute at most


def _demo_count(text: str) -> int:
    """demo --count: `--count 100000000` wrote for hours in one transaction, saying nothing,
    the app unable to write meanwhile."""
    value = _positive(text)
    if value > DEMO_MOST:
        raise argparse.ArgumentTypeError(
            f"at most {DEMO_MOST:,} (a demo to try netdesk with; more take minutes): {value:,}"
        )
    return value


def _days(text: str) -> int:
    """--every: days, or "never". `--every 0` (a script's "no reminders") was told only
    "must be over 0": the word that says it is named."""
    if text.strip().casefold() == "never":  # whatever its tags' rhythm says
        return NEVER_KEEP_IN_TOUCH
    if text.strip() in ("0", "+0", "-0"):
        raise argparse.ArgumentTypeError(
            "must be over 0: 0; for no keep-in-touch reminders, whatever its tags say: "
            "--every never"
        )
    value = _positive(text)
    if value > 3650:  # the card's own bound: a cadence of ten years
        raise argparse.ArgumentTypeError(f"at most 3650 days (ten years): {value}")
    return value


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

exit codes: 0 success; 1 the command could not be done (no such contact, a file or the
database; one line on stderr) or a search that matches nobody; 2 usage error: the command
line is wrong whatever the data holds (an unknown option, a malformed date, phone or
e-mail, options that contradict each other); 130 interrupted (Ctrl+C: nothing half-done
is kept); 141 output pipe closed early (| head; stderr closed early only drops the notes)"""

_ID_HELP = "a contact's id: the first column of netdesk-cli search (.id with --json)"

_DATES = (
    "DATE is YYYY-MM-DD, today, tomorrow or yesterday; DATETIME is YYYY-MM-DDTHH:MM[:SS] in\n"
    "local time (or with +HH:MM), or now; any from 1752-09-14 to 9999-12-31."
)


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


def build_parser(typed: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser; ``typed``: the arguments it will parse, for what its errors say."""
    common = _options()
    parser = _Parser(
        typed=typed,
        prog=PROG,
        description="netdesk, your personal CRM, from the command line: the same data as the app.",
        epilog=_EPILOG,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument(
        "--data-dir", type=_folder, metavar="DIR",
        help="folder holding the database (default: $NETDESK_DATA_DIR, else the app's)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON (UTF-8) instead of text")
    parser.add_argument("--version", action="version", version=f"netdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True,
                                parser_class=_Parser,
                                metavar="COMMAND")  # fmt: skip

    def command(name: str, summary: str, epilog: str = "") -> argparse.ArgumentParser:
        made = sub.add_parser(
            name, help=summary, description=summary[0].upper() + summary[1:] + ".",
            epilog=epilog or None, parents=[common],
            formatter_class=_HelpFormatter,
        )  # fmt: skip
        made.typed = typed
        return made

    add = command(
        "add", "add a contact and print its id",
        'example: netdesk-cli add --name "Ana Muñoz" --email ana@acme.es --phone "+34 612 34 56 '
        '78"\n         --org Acme --tag mentors --every 30 --met-on 2023-05 --met-at PyCon\n'
        'A name the split gets wrong: --given "María José" --family "García López".\n'
        'A name written family name first: --name "Nagy Péter" --family-first (or --given\n'
        'Péter --family Nagy --family-first); shown as written. Chinese, Japanese and Korean\n'
        'names are family name first without it ("山田 太郎").',
    )  # fmt: skip
    add.add_argument(
        "--name", type=_text,
        help="full name: titles (Dr.), degrees and generations (PhD, Jr.) and family "
        "name particles (van, de, bin) are told apart; else the last word is the family name "
        "(the first with --family-first)",
    )  # fmt: skip
    add.add_argument(
        "--family-first", action="store_true",
        help="the name is written family name first (Hungarian, Vietnamese...): with --name, "
        "its first word is the family name; shown family name first",
    )  # fmt: skip
    add.add_argument(
        "--given", type=_text, metavar="NAME", help="the given name(s), in place of --name"
    )
    add.add_argument(
        "--family", type=_text, metavar="NAME", help="the family name(s), in place of --name"
    )
    add.add_argument("--email", type=_text, action="append", default=[], help="e-mail (repeatable)")
    add.add_argument(
        "--phone", type=_text, action="append", default=[],
        help="phone (repeatable); with + and the country code unless it is this locale's",
    )  # fmt: skip
    add.add_argument("--org", type=_text, metavar="ORG", help="organization")
    add.add_argument("--tag", type=_tag, action="append", default=[], help="tag (repeatable)")
    add.add_argument(
        "--every",
        type=_days,
        metavar="DAYS",
        help="keep in touch every DAYS, or 'never' (even when a tag has a rhythm)",
    )
    add.add_argument(
        "--met-on",
        type=_met_on,
        metavar="DATE",
        help="when you met (today at the latest): YYYY, YYYY-MM, YYYY-MM-DD, today or yesterday",
    )
    add.add_argument("--met-at", type=_text, metavar="TEXT", help="where or how you met")
    add.add_argument(
        "--met-through", type=_contact_id, metavar="ID", help="the contact who introduced you"
    )

    show = command(
        "show", "show one contact, its open follow-ups and its latest journal entries",
        "example: netdesk-cli show 12 --journal 20",
    )  # fmt: skip
    show.add_argument("id", type=_contact_id, metavar="ID", help=_ID_HELP)
    show.add_argument(
        "--journal",
        type=_count,
        default=5,
        metavar="N",
        help="journal entries (default 5; 0: none)",
    )

    search = command(
        "search", "search names, organizations, e-mails, phones, tags and notes",
        "Accents and case do not matter: 'munoz' finds Muñoz. Active contacts only unless\n"
        "--archived. More matches than --limit: a note on stderr. No match: a note on\n"
        "stderr, nothing on stdout ([] with --json), exit code 1 (as grep); each line starts\n"
        "with the contact's id, for show, log and followup.\n"
        "examples: netdesk-cli search muñoz\n"
        "          netdesk-cli search acme.es --limit 500 --json | jq -r '.[].emails[0]'",
    )  # fmt: skip
    search.add_argument(
        "text", type=_search_text, metavar="TEXT",
        help="what to find: a name or part of one, an organization, an e-mail, a phone, a tag",
    )  # fmt: skip
    search.add_argument("--limit", type=_positive, default=20, metavar="N", help="default 20")
    search.add_argument("--archived", action="store_true", help="include archived contacts")

    log = command(
        "log", "log an interaction with one or more contacts and print its id",
        'example: netdesk-cli log 12 15 --kind meeting --summary "Lunch" --at 2026-05-14T13:00\n'
        + _DATES,
    )  # fmt: skip
    log.add_argument("ids", type=_contact_id, nargs="+", metavar="ID", help=_ID_HELP)
    log.add_argument("--kind", type=_kind, required=True, choices=INTERACTION_KINDS)
    log.add_argument(
        "--summary", type=_summary, required=True, metavar="TEXT", help="what happened"
    )
    log.add_argument("--at", type=_when, metavar="DATETIME", help="when (default now)")

    followup = command(
        "followup", "set a follow-up by hand and print its id",
        'example: netdesk-cli followup 12 --due 2026-06-01 --note "Send the deck"\n' + _DATES,
    )  # fmt: skip
    followup.add_argument("id", type=_contact_id, metavar="ID", help=_ID_HELP)
    followup.add_argument(
        "--due", type=_when, required=True, metavar="DATE[TIME]",
        help="a DATE (all day) or a DATETIME",
    )  # fmt: skip
    followup.add_argument("--note", type=_text, metavar="TEXT", help="what to do then")

    due = command(
        "due", "list the follow-ups due or overdue at a moment (default now)",
        "Hand-set follow-ups and keep-in-touch reminders, earliest first; each line starts\n"
        "with the follow-up's id, for netdesk-cli done. Nothing due: a note on stderr, nothing\n"
        "on stdout ([] with --json), exit code 0.\n" + _DATES + "\n"
        "example: netdesk-cli due --at tomorrow --json | jq -r '.[].display_name'",
    )  # fmt: skip
    due.add_argument(
        "--at", type=_when, metavar="DATE[TIME]", help="default now; a DATE: by the end of that day"
    )
    due.add_argument("--limit", type=_positive, default=50, metavar="N", help="default 50")

    done = command(
        "done", "mark a follow-up done, log it in the journal and print the entry's id",
        "As Today's Done…: a keep-in-touch item restarts its rhythm, a one-off one closes.\n"
        'example: netdesk-cli done 175 --summary "Called: she starts in May" --kind call',
    )  # fmt: skip
    done.add_argument("id", type=_follow_up_id, metavar="FOLLOWUP_ID", help="from netdesk-cli due")
    done.add_argument(
        "--summary", type=_text, metavar="TEXT", help="what was done (default: its note)"
    )
    done.add_argument(
        "--kind", type=_kind, choices=INTERACTION_KINDS, default="call", help="default call"
    )

    command(
        "stats", "count contacts, interactions, due items and tags",
        "example: netdesk-cli stats --json | jq .due",
    )  # fmt: skip

    backup = command(
        "backup", "back up the database now (safe while the app runs)",
        "Without --out: into the backups folder set in the app's Preferences (default\n"
        "DIR/backups), keeping as many daily backups as set there.\n"
        "example: netdesk-cli backup --out ~/netdesk-$(date +%F).sqlite3",
    )  # fmt: skip
    backup.add_argument(
        "--out", type=_out_file, metavar="FILE", help="write the backup to FILE instead"
    )
    backup.add_argument(
        "--progress", action="store_true", help="report progress on stderr (always on a terminal)"
    )

    restore = command(
        "restore", "replace the database with a backup",
        "The current database is first copied to DIR/backups/before-restore-*.sqlite3.\n"
        "Refused while the app has the database open.\n"
        "example: netdesk-cli restore ~/netdesk-2026-05-01.sqlite3",
    )  # fmt: skip
    restore.add_argument(
        "file", type=_backup_file, metavar="FILE",
        help="a backup: from netdesk-cli backup, or DIR/backups",
    )  # fmt: skip
    restore.add_argument(
        "--progress", action="store_true", help="report progress on stderr (always on a terminal)"
    )

    importing = command(
        "import", "import .vcf/.csv/.tsv files or folders, in one step (no preview)",
        "A contact already there (same e-mail, phone or name) is merged: the values you have\n"
        "win. Every problem is listed as FILE:LINE: severity: reason. All or nothing: Ctrl+C\n"
        "or an error leaves the database as it was.\n"
        "FILE '-' reads standard input (vCard or CSV); a pipe is read by its name too: <(curl …).\n"
        "example: netdesk-cli import Connections.csv ~/phone-backup/",
    )  # fmt: skip
    importing.add_argument(
        "files", nargs="+", metavar="FILE",
        help="a .vcf, .csv or .tsv file, a folder of them, or - for standard input",
    )  # fmt: skip
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
        "vCard 4.0) unless --format says; a .csv or .vcf name must agree with --format.\n"
        "example: netdesk-cli export --out friends.csv --tag friends",
    )  # fmt: skip
    export.add_argument(
        "--out", type=_out_file, required=True, metavar="FILE", help="the file, or - for stdout"
    )
    export.add_argument("--format", choices=("vcard4", "vcard3", "csv"))
    export.add_argument("--tag", type=_tag, metavar="TAG", help="only contacts with this tag")
    export.add_argument(
        "--progress", action="store_true", help="report progress on stderr (always on a terminal)"
    )

    demo = command(
        "demo", "fill an empty data folder with realistic demo contacts",
        "A folder that already holds contacts is refused (nothing is changed).\n"
        "example: netdesk-cli --data-dir /tmp/netdesk-demo demo --count 50",
    )  # fmt: skip
    demo.add_argument(
        "--count", type=_demo_count, default=300, metavar="N",
        help=f"default 300, at most {DEMO_MOST:,}",
    )  # fmt: skip
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, with the checks that span more than one option (exit 2 as any other)."""
    args = build_parser(argv).parse_args(argv)
    if args.command == "add":
        parts = args.given is not None or args.family is not None
        if args.name is not None and parts:
            _Parser(prog=f"{PROG} add").error("give --name, or --given and --family, not both")
        if args.name is None and not parts:
            _Parser(prog=f"{PROG} add").error("the contact's name is required: --name NAME")
    return args
