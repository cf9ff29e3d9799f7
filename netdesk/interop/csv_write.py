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
import dataclasses
import io
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from netdesk.core.types import Contact, PartialDate
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
    if _ESCAPED_FORMULA.match(value):  # "'+1 for this": read back, its apostrophe goes
        return "'" + value
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
    parts = [row_parts(contact) for contact in people]
    columns = CsvColumns()
    columns.widen(parts)
    head = columns.header_text()
    for start in range(0, len(parts) // rows * rows + 1, rows):
        yield head + columns.rows_text(parts[start : start + rows])
        head = ""


class RowParts(NamedTuple):
    """What one contact's CSV row holds, before the numbered groups are padded to the widest
    contact's: only strings, so an export can put 100,000 of them aside (``pickle``) while it
    reads, instead of holding every whole contact (~350 MB) until the columns are known (a
    tuple: pickled without a call of Python's for each)."""

    fixed: list[str]
    emails: list[str]  # label, value, label, value...
    phones: list[str]
    addresses: list[str]  # nine cells an address
    websites: list[str]
    relations: list[str]
    customs: list[str]
    anniversary: str
    netdesk: tuple[str, ...]  # a value for each NETDESK_HEADERS, "" when none


def row_parts(contact: Contact) -> RowParts:
    """The cells of ``contact``'s row, its numbered groups not yet padded."""
    fixed = [
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
    emails: list[str] = []
    for email in contact.emails:
        emails += [_label(email.label, email.preferred), email.value]
    phones: list[str] = []
    for phone in contact.phones:
        phones += [_label(phone.label, phone.preferred), phone.raw]
    addresses: list[str] = []
    for a in contact.addresses:
        formatted = "\n".join(
            part for part in (a.street, f"{a.postal_code} {a.locality}".strip(), a.country) if part
        )
        addresses += [_label(a.label, a.preferred), formatted, a.street, a.locality, a.po_box]
        addresses += [a.region, a.postal_code, a.country, a.extended]
    websites: list[str] = []
    for url in contact.urls:
        websites += [_label(url.label, url.preferred), url.value]
    relations: list[str] = []
    for person in contact.related:
        relations += [_label(person.label), person.name]
    customs: list[str] = []
    for custom in contact.custom_fields:
        customs += [custom.label, custom.value]
    return RowParts(
        fixed,
        emails,
        phones,
        addresses,
        websites,
        relations,
        customs,
        contact.anniversary.to_iso() if contact.anniversary else "",
        tuple(_netdesk_value(contact, attribute) for attribute in _NETDESK_ATTRIBUTES),
    )


_NETDESK_ATTRIBUTES = tuple(NETDESK_HEADERS.values())
_ADDRESS_CELLS = 1 + len(_ADDRESS_PARTS)


@dataclasses.dataclass
class CsvColumns:
    """The CSV's columns: each numbered group as wide as the widest contact's, netdesk's own
    columns only where a contact has a value."""

    emails: int = 0
    phones: int = 0
    addresses: int = 0
    websites: int = 0
    relations: int = 0
    customs: int = 0
    anniversary: bool = False
    netdesk: list[bool] = dataclasses.field(default_factory=lambda: [False] * len(NETDESK_HEADERS))

    def widen(self, rows: Sequence[RowParts]) -> None:
        """Make room for ``rows``."""

        def widest(cells: Iterable[list[str]]) -> int:
            return max(map(len, cells), default=0)

        self.emails = max(self.emails, widest(r.emails for r in rows) // 2)
        self.phones = max(self.phones, widest(r.phones for r in rows) // 2)
        self.addresses = max(self.addresses, widest(r.addresses for r in rows) // _ADDRESS_CELLS)
        self.websites = max(self.websites, widest(r.websites for r in rows) // 2)
        self.relations = max(self.relations, widest(r.relations for r in rows) // 2)
        self.customs = max(self.customs, widest(r.customs for r in rows) // 2)
        self.anniversary = self.anniversary or any(r.anniversary for r in rows)
        for n, present in enumerate(self.netdesk):
            if not present:
                self.netdesk[n] = any(r.netdesk[n] for r in rows)

    def headers(self) -> list[str]:
        headers = list(FIXED_HEADERS)
        for count, group in ((self.emails, "E-mail"), (self.phones, "Phone")):
            for n in range(1, count + 1):
                headers += [f"{group} {n} - Label", f"{group} {n} - Value"]
        for n in range(1, self.addresses + 1):
            headers += [f"Address {n} - Label"] + [f"Address {n} - {p}" for p in _ADDRESS_PARTS]
        groups = ((self.websites, "Website"), (self.relations, "Relation"))
        for count, group in (*groups, (self.customs, "Custom Field")):
            for n in range(1, count + 1):
                headers += [f"{group} {n} - Label", f"{group} {n} - Value"]
        if self.anniversary:
            headers += ["Event 1 - Label", "Event 1 - Value"]
        headers += [h for h, wanted in zip(NETDESK_HEADERS, self.netdesk, strict=True) if wanted]
        return headers

    def header_text(self) -> str:
        output = io.StringIO()
        csv.writer(output, lineterminator="\r\n").writerow(self.headers())
        return output.getvalue()

    def row(self, parts: RowParts) -> list[str]:
        """``parts`` as a whole row of these columns."""
        row = list(parts.fixed)
        for cells, width in (
            (parts.emails, 2 * self.emails),
            (parts.phones, 2 * self.phones),
            (parts.addresses, _ADDRESS_CELLS * self.addresses),
            (parts.websites, 2 * self.websites),
            (parts.relations, 2 * self.relations),
            (parts.customs, 2 * self.customs),
        ):
            if len(cells) > width:  # never padded short: the cells would shift columns
                raise ValueError(f"a contact needs {len(cells)} cells where the CSV has {width}")
            row += cells
            row += [""] * (width - len(cells))
        if self.anniversary:
            row += ["Anniversary", parts.anniversary] if parts.anniversary else ["", ""]
        elif parts.anniversary:
            raise ValueError("a contact has an anniversary where the CSV has no column for it")
        values = parts.netdesk
        row += [value for value, wanted in zip(values, self.netdesk, strict=True) if wanted]
        # a value of netdesk's own where the CSV has no column (nobody had one when they were
        # counted) is never dropped in silence either (compress, map: no Python loop a row)
        if any(itertools.compress(values, map(operator.not_, self.netdesk))):
            raise ValueError("a contact has a value in a column the CSV does not have")
        return row

    def rows_text(self, rows: Sequence[RowParts]) -> str:
        """``rows`` as CSV text (see ``_rows_text``)."""
        output = io.StringIO()
        writer = csv.writer(output, lineterminator="\r\n")
        return _rows_text(writer, output, [self.row(parts) for parts in rows])


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
