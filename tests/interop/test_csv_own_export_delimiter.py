"""netdesk's own CSV reads back whatever its notes hold: the delimiter that shows a known
header wins over one that only splits more lines alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.exporting import export_contacts
from netdesk.core.importing import plan_import
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, EmailAddress
from netdesk.interop.csvfile import sniff_csv

NOTES = "Call back Monday; bring the deck\nLikes jazz; hates golf\nKids: Leo; Mia"


def test_one_contact_with_semicolons_in_its_note_lines_reads_back(
    core: Core, tmp_path: Path
) -> None:
    contact = Contact(given_name="Ana", family_name="Gil", notes=NOTES)
    contact.emails.append(EmailAddress("ana@example.com"))
    core.contacts.create(contact)
    out = tmp_path / "one.csv"
    export_contacts(core, out, fmt="csv")

    sniff = sniff_csv(out)
    assert sniff.delimiter == ","
    assert sniff.format is not None

    other = tmp_path / "other"
    other.mkdir()
    fresh = Core.open(Paths(other), FixedClock(dt.datetime(2026, 3, 2, 9, 0)))
    try:
        plan = plan_import(fresh, [str(out)])
    finally:
        fresh.close()
    assert [p.reason for p in plan.problems] == []
    [card] = plan.cards
    assert (card.contact.given_name, card.contact.family_name) == ("Ana", "Gil")
    assert card.contact.notes == NOTES


def test_a_semicolon_file_of_a_known_layout_stays_one(tmp_path: Path) -> None:
    """European Excel writes Google's layout with ";": its notes' commas do not win."""
    path = tmp_path / "google-semicolons.csv"
    path.write_text(
        "Given Name;Family Name;E-mail 1 - Value;Notes\n"
        'Ana;Gil;ana@example.com;"one, two, three\nfour, five, six\nseven, eight, nine"\n',
        encoding="utf-8",
    )
    sniff = sniff_csv(path)
    assert (sniff.delimiter, sniff.format) == (";", "google")
