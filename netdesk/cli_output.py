"""What netdesk-cli prints: JSON, text safe for a terminal, notes and progress on stderr."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import sys
import time
from collections.abc import Iterable
from typing import IO, Any

from netdesk.core.types import Contact, FollowUp, Interaction, PostalAddress

PROG = "netdesk-cli"
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl+C
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, as `yes | head -1` reports under pipefail


EXIT_USAGE = 2  # as argparse: the command line is wrong


class CliError(Exception):
    """A one-line error for stderr, exit code 1: the command could not be done (no such
    contact, a file that cannot be read or written, the database)."""


class UsageError(CliError):
    """A one-line error for stderr, exit code 2 as argparse's own: the command line is wrong
    whatever the data holds (a value no contact takes, options that contradict each other).
    `add --phone abc` was 1 where `add --every abc` was 2, and a script could not tell a
    mistake of its own from a contact not found."""


class Interrupted(Exception):  # noqa: N818  (what the user did, not a failure)
    """Ctrl+C stopped the command; the message says what was left as it was. Exit code 130."""


def iso(value: dt.datetime | None) -> str | None:
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
        "last_interaction": iso(contact.last_interaction),
        "next_due": iso(contact.next_due),
    }


def card_json(contact: Contact) -> dict[str, Any]:
    """What `show --json` adds to contact_json: the rest of the card (its addresses, websites,
    people and own fields were not in `show` at all, text or JSON)."""
    return {
        "prefix": contact.prefix,
        "suffix": contact.suffix,
        "nickname": contact.nickname,
        "department": contact.department,
        "anniversary": contact.anniversary.to_iso() if contact.anniversary else None,
        "addresses": [
            {key: getattr(a, key) for key in a.__slots__}  # label, preferred, street...
            for a in contact.addresses
            if not a.is_empty()
        ],
        "urls": [u.value for u in contact.urls],
        "related": [
            {"label": r.label, "name": r.name, "contact_id": r.contact_id} for r in contact.related
        ],
        "custom_fields": [{"label": f.label, "value": f.value} for f in contact.custom_fields],
        "what_they_do": contact.what_they_do,
        "looking_for": contact.looking_for,
        "can_offer": contact.can_offer,
        "uid": contact.uid,
        "notes": contact.notes,
    }


def address_line(address: PostalAddress) -> str:
    """A postal address on one line, as an envelope reads it: "Gran Vía 1, 28013 Madrid, Spain"."""
    town = " ".join(p.strip() for p in (address.postal_code, address.locality) if p.strip())
    parts = (address.po_box, address.extended, address.street, town, address.region,
             address.country)  # fmt: skip
    return one_line(", ".join(p.strip() for p in parts if p.strip()))


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


def when_shown(moment: dt.datetime | None, *, has_time: bool = True) -> str:
    """A moment in text output as the journal's lines write it ("2026-06-01 10:00"), a day
    alone as its date: a follow-up's "2026-06-01T10:00:00" (JSON's form) stood beside the
    journal's "2026-06-01 10:00" in one `show`, and a day's next due read "T00:00:00". Four
    digits of year always: strftime's %Y wrote the year 1 (an entry an older netdesk-cli
    logged) as "1-01-01"."""
    if moment is None:
        return ""
    if not has_time and moment.time() == dt.time():
        return moment.date().isoformat()
    return moment.isoformat(sep=" ", timespec="minutes")


def follow_up_when(item: FollowUp) -> str:
    """When a follow-up is due, for text output (follow_up_json's "due" says it for JSON)."""
    return when_shown(item.effective_due, has_time=item.has_time)


def interaction_json(item: Interaction) -> dict[str, Any]:
    return {
        "id": item.id,
        "at": item.occurred_at.isoformat(),
        "kind": item.kind,
        "summary": item.summary,
        "body": item.body,
        "contact_ids": item.contact_ids,
    }


def one_line(text: str) -> str:
    """``text`` on one line: a line output lists one contact or follow-up a line, and a
    company or a note holding a line break ("Acme\nBoard") ran onto a line of its own,
    which a script reading the lines took for the next one."""
    return " ".join(text.split()) if not text.isprintable() else text


def contact_line(contact: Contact) -> str:
    parts = [f"{contact.id:>6}  {one_line(contact.display_name)}"]
    if contact.organization.strip():
        parts.append(f"({one_line(contact.organization)})")
    if contact.emails:
        parts.append(f"<{one_line(contact.emails[0].value)}>")
    return " ".join(parts)


# Control characters an imported card may hold (an escape sequence in a name would move the
# terminal's cursor or retitle it): shown as U+FFFD in text output; JSON escapes them itself
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(what: object) -> str:
    """Text for the terminal: a card's or a file's control characters as U+FFFD."""
    return _CONTROLS.sub("\ufffd", str(what))


def write_json(data: Any, stream: IO[str]) -> None:
    """JSON is UTF-8 whatever the terminal's encoding (RFC 8259), names kept as they are."""
    _write_utf8(json.dumps(data, ensure_ascii=False, indent=2) + "\n", stream)


def write_json_list(items: Iterable[Any], stream: IO[str]) -> None:
    """The text write_json gives ``list(items)``, written an item at a time: a search
    listing 100,000 contacts held them all, and their JSON, at once (630 MB)."""
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a StringIO in place of stdout
        write_json(list(items), stream)
        return
    stream.flush()
    first = True
    for item in items:
        # one level deeper; JSON text holds no raw newline but between its own lines
        body = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        text = ("[\n  " if first else ",\n  ") + body
        write_all(binary, text.encode("utf-8", errors="backslashreplace"))
        first = False
    write_all(binary, b"[]\n" if first else b"\n]\n")
    binary.flush()


def _write_utf8(text: str, stream: IO[str]) -> None:
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a StringIO in place of stdout
        stream.write(text)
        return
    stream.flush()
    # a file name that is not UTF-8 holds lone surrogates: written as JSON's \udcXX escape,
    # which json.loads turns back into the same name
    write_all(binary, text.encode("utf-8", errors="backslashreplace"))
    binary.flush()


def write_all(binary: IO[bytes], data: bytes) -> None:
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


def note(text: str) -> None:
    """A remark for the person at the terminal, kept out of the output scripts read."""
    print(f"{PROG}: {shown(text)}", file=sys.stderr)


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
