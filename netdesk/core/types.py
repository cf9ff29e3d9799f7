"""Plain dataclasses that cross the core boundary: no Qt, no peewee. The list's rows and tags
are made here; the full records (a contact's card, journal entries, follow-ups) in
netdesk.core.records, on first use through this module (the first paint needs none)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # made in netdesk.core.records, imported on first use (__getattr__)
    from netdesk.core.records import (  # noqa: F401 (this module's names)
        Contact,
        CustomField,
        EmailAddress,
        FollowUp,
        Interaction,
        PartialDate,
        PhoneNumber,
        PostalAddress,
        RelatedPerson,
        Stats,
        WebLink,
    )

INTERACTION_KINDS = ("call", "meeting", "message", "email", "event", "note")
SOURCES = ("manual", "vcard", "csv", "linkedin", "carddav", "demo")
# keep_in_touch_days of a contact never reminded, whatever its tags' default cadence says
# (None: no cadence of its own, so its tags' default applies)
NEVER_KEEP_IN_TOUCH = 0
# files netdesk imports: dropped on the window, found in a dropped folder, chosen in File > Import
IMPORT_SUFFIXES = (".vcf", ".vcard", ".csv", ".tsv")
LONGEST_CADENCE = 3650  # days: the card, netdesk-cli and the files bound a rhythm at ten years
# The moments of journal entries and follow-ups netdesk keeps: what the app's date fields show
# and edit (Qt's range, from Britain's change of calendar to the end of 9999). One outside, a
# year 1 netdesk-cli was given, was printed "1-01-01" and moved to 1752 by the app's editor.
EARLIEST_MOMENT = dt.datetime(1752, 9, 14)
LATEST_MOMENT = dt.datetime.max


def moment_kept(moment: dt.datetime) -> bool:
    """Whether ``moment`` (naive, local) is one netdesk keeps: EARLIEST_MOMENT to LATEST_MOMENT."""
    return EARLIEST_MOMENT <= moment <= LATEST_MOMENT


def cadence_from_text(text: str) -> int | None:
    """A keep-in-touch rhythm written in a file: days from 1 to LONGEST_CADENCE, or
    NEVER_KEEP_IN_TOUCH ("0"); None for anything else (a negative, a word, ten years and more)."""
    text = text.strip()
    if text.isascii() and text.isdigit() and int(text) <= LONGEST_CADENCE:
        return int(text)
    return None


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """One row of the contact list: what a view paints, nothing more."""

    id: int
    display_name: str
    organization: str
    title: str
    last_interaction: dt.datetime | None
    next_due: dt.datetime | None
    archived: bool
    keep_in_touch_days: int | None
    thumbnail: bytes | None = None


@dataclass(frozen=True, slots=True)
class Tag:
    name: str
    default_cadence_days: int | None = None
    count: int = 0


_RECORDS = frozenset(
    (
        "Contact",
        "CustomField",
        "EmailAddress",
        "FollowUp",
        "Interaction",
        "PartialDate",
        "PhoneNumber",
        "PostalAddress",
        "RelatedPerson",
        "Stats",
        "WebLink",
    )
)


def __getattr__(name: str) -> object:
    """The full records, made when first asked (PEP 562): their eleven dataclasses took ~40
    million instructions to make (each one's methods compiled) before every first paint,
    which lists ContactSummary rows alone."""
    if name in _RECORDS:
        from netdesk.core import records

        # kept here: asked through this function each time, ``t.Contact(...)`` for each of
        # 110,000 contacts exported cost an import statement a row (export +25%)
        globals().update({each: getattr(records, each) for each in _RECORDS})
        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
