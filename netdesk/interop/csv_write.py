"""Write contacts as a Google Contacts CSV (the current contacts.google.com layout).

netdesk's own fields (how you met, the keep-in-touch rhythm, the UID that finds each person
again on a re-import) follow in columns of their own, which Google ignores and netdesk reads
back (``NETDESK_HEADERS``).

Text a spreadsheet would run as a formula is written after an apostrophe, which spreadsheets
read as "text follows" and netdesk's reader takes off again: a cell starting with = or @, a tab
or a carriage return (a LinkedIn connection can name themselves '=HYPERLINK(...)'), or with + or
- and holding what a formula calls with, ( | ! = or @ ('-2+3+cmd|...'). A phone number or a date
('+1 (555) 010-0100', '--04-23') and a note's "- call Ana" are left as they are, being nothing a
spreadsheet can run: Google Contacts, which keeps the apostrophe, would show it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from netdesk.core.types import Contact, EmailAddress, PartialDate, PhoneNumber
from netdesk.interop.csv_formats import NETDESK_HEADERS

FIXED_HEADERS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
]
_ADDRESS_PARTS = ["Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country"]
_ADDRESS_PARTS += ["Extended Address"]
_FORMULA = re.compile(r"'*[=@\t\r]")
_SIGNED = re.compile(r"'*[+\-]")
_CALLS = re.compile(r"[(|!=@]")
_NOTHING_TO_RUN = re.compile(r"[0-9+\-\s().,/]*")  # a phone number, a date: no formula
_ESCAPED_FORMULA = re.compile(r"'+[=+\-@\t\r]")
# what a cell a spreadsheet might run starts with (apostrophes: one already escaped); four
# regexes on each of ~10 million cells doubled the time of a CSV export of 110,000 contacts
_RISKY_FIRST = frozenset("=@\t\r+-'")
_BREAKS = frozenset("\x0b\x0c")
_DROPPED = frozenset(chr(c) for c in (*range(9), *range(14, 32), 127))
_CONTROLS = (*_BREAKS, *_DROPPED)  # what no CSV cell should hold (a tab, a CR, a LF may)


def spreadsheet_safe(value: str) -> str:
    """``value`` as a CSV cell a spreadsheet shows instead of running (see the module)."""
    if value[:1] not in _RISKY_FIRST:  # nearly every cell (empty ones too): no regex for it
        return value
    if _NOTHING_TO_RUN.fullmatch(value):
        return value
    if _FORMULA.match(value) or (_SIGNED.match(value) and _CALLS.search(value)):
        return "'" + value
    return value


def unescape_formula(value: str) -> str:
    """A cell ``spreadsheet_safe`` wrote (or another exporter that escapes the same way)
    back to its text."""
    if value[:1] != "'":  # nearly every cell: no regex for it
        return value
    return value[1:] if _ESCAPED_FORMULA.match(value) else value


def _netdesk_value(contact: Contact, attribute: str) -> str:
    value = getattr(contact, attribute)
    if value is None or value is False or value == "":
        return ""
    if value is True:
        return "1"
    if isinstance(value, PartialDate):
        return value.to_iso()
    return str(value)


def _label(label: str, preferred: bool = False) -> str:
    """A label as Google writes it: capitalised, "* " before the primary value's."""
    text = label[:1].upper() + label[1:] if label else ""
    return f"* {text}".rstrip() if preferred else text


def _file_as(contact: Contact) -> str:
    """The name a contact is filed as: its own, or a company card's company, which is what
    matches it again when the file is imported back (an empty name matched nothing and every
    re-import added the company once more)."""
    if contact.formatted_name:
        return contact.formatted_name
    parts = (contact.prefix, contact.given_name, contact.additional_names, contact.family_name)
    if any(part.strip() for part in (*parts, contact.suffix, contact.nickname)):
        return ""
    return contact.organization


def write_csv(contacts: Iterable[Contact]) -> str:
    """All ``contacts`` as Google CSV text; numbered groups sized to the widest contact."""
    return "".join(csv_pieces(list(contacts)))


def csv_pieces(people: Sequence[Contact], rows: int = 1000) -> Iterator[str]:
    """The CSV text of ``people`` a piece at a time: the header, then ``rows`` rows a piece.

    An export of 100,000 contacts takes seconds to write: between pieces it moves its progress
    and sees a cancel (one string at once stood at the end of the bar, Cancel unheard)."""
    emails = max((len(c.emails) for c in people), default=0)
    phones = max((len(c.phones) for c in people), default=0)
    addresses = max((len(c.addresses) for c in people), default=0)
    websites = max((len(c.urls) for c in people), default=0)
    relations = max((len(c.related) for c in people), default=0)
    customs = max((len(c.custom_fields) for c in people), default=0)
    headers = list(FIXED_HEADERS)
    for count, group in ((emails, "E-mail"), (phones, "Phone")):
        for n in range(1, count + 1):
            headers += [f"{group} {n} - Label", f"{group} {n} - Value"]
    for n in range(1, addresses + 1):
        headers += [f"Address {n} - Label"] + [f"Address {n} - {p}" for p in _ADDRESS_PARTS]
    for count, group in ((websites, "Website"), (relations, "Relation"), (customs, "Custom Field")):
        for n in range(1, count + 1):
            headers += [f"{group} {n} - Label", f"{group} {n} - Value"]
    if any(c.anniversary for c in people):
        headers += ["Event 1 - Label", "Event 1 - Value"]
    netdesk = [
        (header, attribute)
        for header, attribute in NETDESK_HEADERS.items()
        if any(_netdesk_value(c, attribute) for c in people)
    ]
    headers += [header for header, _ in netdesk]
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(headers)
    head = _taken(output)
    pending: list[list[str]] = []  # the piece's rows, written together
    for done, contact in enumerate(people, 1):
        row = [
            contact.given_name,
            contact.additional_names,
            contact.family_name,
            "",
            "",
            "",
            contact.prefix,
            contact.suffix,
            contact.nickname,
            _file_as(contact),
            contact.organization,
            contact.title,
            contact.department,
            contact.birthday.to_iso() if contact.birthday else "",
            contact.notes,
            contact.photo_url,
            " ::: ".join(["* myContacts", *contact.tags]),
        ]
        pairs: tuple[tuple[int, list[EmailAddress] | list[PhoneNumber]], ...] = (
            (emails, contact.emails),
            (phones, contact.phones),
        )
        for count, items in pairs:
            for n in range(count):
                if n < len(items):
                    item = items[n]
                    value = item.value if isinstance(item, EmailAddress) else item.raw
                    row += [_label(item.label, item.preferred), value]
                else:
                    row += ["", ""]
        for n in range(addresses):
            if n < len(contact.addresses):
                a = contact.addresses[n]
                formatted = "\n".join(
                    part
                    for part in (a.street, f"{a.postal_code} {a.locality}".strip(), a.country)
                    if part
                )
                row += [_label(a.label, a.preferred), formatted, a.street, a.locality, a.po_box]
                row += [a.region]
                row += [a.postal_code, a.country, a.extended]
            else:
                row += [""] * 9
        for n in range(websites):
            url = contact.urls[n] if n < len(contact.urls) else None
            row += [_label(url.label, url.preferred), url.value] if url else ["", ""]
        for n in range(relations):
            person = contact.related[n] if n < len(contact.related) else None
            row += [_label(person.label), person.name] if person else ["", ""]
        for n in range(customs):
            custom = contact.custom_fields[n] if n < len(contact.custom_fields) else None
            row += [custom.label, custom.value] if custom else ["", ""]
        if "Event 1 - Label" in headers:
            date = contact.anniversary
            row += ["Anniversary", date.to_iso()] if date else ["", ""]
        row += [_netdesk_value(contact, attribute) for _, attribute in netdesk]
        pending.append(row)
        if done % rows == 0:
            yield head + _rows_text(writer, output, pending)
            head = ""
    yield head + _rows_text(writer, output, pending)


def _taken(output: io.StringIO) -> str:
    text = output.getvalue()
    output.seek(0)
    output.truncate()
    return text


def _rows_text(writer: Any, output: io.StringIO, rows: list[list[str]]) -> str:
    """``rows`` as CSV text, each cell spreadsheet-safe, and with no control character but the
    tab: a note pasted from Word holds a vertical tab for each manual line break, and netdesk's
    own import refused such an export as "binary data". A vertical tab or a form feed becomes
    a line break, the others are dropped; rows are looked at again only when a piece holds one
    (seeking each of 28 characters through a piece is ~1 ms a thousand rows)."""
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    text = _taken(output)
    if any(char in text for char in _CONTROLS):
        for row in rows:
            writer.writerow([spreadsheet_safe(_without_controls(cell)) for cell in row])
        text = _taken(output)
    rows.clear()
    return text


def _without_controls(cell: str) -> str:
    if cell.isprintable():
        return cell
    return "".join("\n" if char in _BREAKS else char for char in cell if char not in _DROPPED)
