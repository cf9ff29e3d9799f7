"""The full records that cross the core boundary: a contact's card and its parts, journal
entries, follow-ups, the database's counts. Plain dataclasses, no Qt, no peewee; imported as
netdesk.core.types' names, which makes them on first use (the list's first paint needs none).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date whose year, or year and month, may be unknown (birthdays, met-on)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            leap_year = self.year if self.year is not None else 2000
            dt.date(leap_year, self.month, self.day)  # raises ValueError when impossible
        if self.year is None and self.month is None:
            raise ValueError("a partial date needs a year or a month")

    def to_iso(self) -> str:
        """ISO 8601 / vCard 4 text: ``2023``, ``2023-05``, ``2023-05-14``, ``--05-14``."""
        if self.year is None:
            day = f"-{self.day:02d}" if self.day is not None else ""
            return f"--{self.month:02d}{day}"
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYYMMDD``, ``--MM-DD``, ``--MMDD``.

        Raises:
            ValueError: when the text is not such a date.
        """
        value = text.strip()
        patterns = (
            r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
            r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})",
            r"(?P<y>\d{4})-(?P<m>\d{2})",
            r"(?P<y>\d{4})",
            r"--(?P<m>\d{2})-?(?P<d>\d{2})",
        )
        for pattern in patterns:
            match = re.fullmatch(pattern, value)
            if match:
                parts = match.groupdict()
                return cls(
                    int(parts["y"]) if parts.get("y") else None,
                    int(parts["m"]) if parts.get("m") else None,
                    int(parts["d"]) if parts.get("d") else None,
                )
        raise ValueError(f"not a date: {text!r}")

    def occurrence(self, year: int) -> dt.date | None:
        """This yearly date (birthday, anniversary) in ``year``; 29 Feb falls on the 28th."""
        return PartialDate(None, self.month, self.day).to_date(year) if self.day else None

    def to_date(self, year: int | None = None) -> dt.date | None:
        """The full date, using ``year`` where the year is unknown; None without month and day."""
        if self.month is None or self.day is None:
            return None
        use_year = self.year if self.year is not None else year
        if use_year is None:
            return None
        if self.month == 2 and self.day == 29:
            try:
                return dt.date(use_year, 2, 29)
            except ValueError:
                return dt.date(use_year, 2, 28)
        return dt.date(use_year, self.month, self.day)


@dataclass(slots=True)
class EmailAddress:
    value: str
    label: str = ""
    preferred: bool = False


@dataclass(slots=True)
class PhoneNumber:
    raw: str
    label: str = ""
    preferred: bool = False
    e164: str = ""  # filled by core from raw with phonenumbers; empty when not parsable


@dataclass(slots=True)
class PostalAddress:
    label: str = ""
    preferred: bool = False
    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        parts = (self.po_box, self.extended, self.street, self.locality, self.region)
        return not any((*parts, self.postal_code, self.country))


@dataclass(slots=True)
class WebLink:
    value: str
    label: str = ""
    preferred: bool = False


@dataclass(slots=True)
class RelatedPerson:
    """Spouse, assistant, ...: free text, or a link to another contact."""

    label: str = ""
    name: str = ""
    contact_id: int | None = None


@dataclass(slots=True)
class CustomField:
    label: str
    value: str


@dataclass(slots=True)
class Contact:
    """A whole contact card. ``id`` is None for one not stored yet (an import draft)."""

    id: int | None = None
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    formatted_name: str = ""  # FN as given by a file or the user; display_name falls back on it
    organization: str = ""
    department: str = ""
    title: str = ""
    birthday: PartialDate | None = None
    anniversary: PartialDate | None = None
    photo: bytes | None = None  # original image bytes (capped by core)
    photo_url: str = ""  # a photo given as a URL is kept, never fetched
    notes: str = ""
    what_they_do: str = ""
    looking_for: str = ""
    can_offer: str = ""
    # origin: the contact's story
    met_on: PartialDate | None = None
    met_at: str = ""
    met_through_id: int | None = None
    # who introduced them, by UID, as a file names them (X-NETDESK-MET-THROUGH): an export
    # writes it, an import turns it into met_through_id; not stored as such
    met_through_uid: str = field(default="", compare=False, repr=False)
    source: str = "manual"
    source_file: str = ""
    source_date: dt.datetime | None = None
    # rhythm: days; None follows its tags' default, NEVER_KEEP_IN_TOUCH (0) never reminds
    keep_in_touch_days: int | None = None
    archived: bool = False
    uid: str = ""
    raw_properties: list[str] = field(
        default_factory=list
    )  # unfolded vCard lines netdesk does not model
    emails: list[EmailAddress] = field(default_factory=list)
    phones: list[PhoneNumber] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    urls: list[WebLink] = field(default_factory=list)
    related: list[RelatedPerson] = field(default_factory=list)
    custom_fields: list[CustomField] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    # maintained by core, read-only for callers
    display_name: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    last_interaction: dt.datetime | None = None
    next_due: dt.datetime | None = None


@dataclass(slots=True)
class Interaction:
    """One journal entry; ``contact_ids`` are everyone involved."""

    occurred_at: dt.datetime
    kind: str
    summary: str
    body: str = ""
    contact_ids: list[int] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True)
class FollowUp:
    contact_id: int
    due: dt.datetime
    note: str = ""
    has_time: bool = True  # False: due on a day, no time (shown as the date)
    from_cadence: bool = False
    done_at: dt.datetime | None = None
    snoozed_until: dt.datetime | None = None
    id: int | None = None
    display_name: str = ""
    # the due the snooze was made for: it lapses while the due is another (a keep-in-touch
    # item's due moves with the journal) and holds again if the due comes back (an undo);
    # None: a snooze stored before netdesk kept this, in force
    snoozed_for: dt.datetime | None = None
    # when a keep-in-touch item was held (schema 12): a talk after it restarts the clock and
    # ends the hold, even on a day that leaves the due where it was; None: no such record
    snoozed_at: dt.datetime | None = None
    # the contact's last interaction, read with the item (a fact of the contact, not stored)
    talked_at: dt.datetime | None = field(default=None, compare=False)
    # the due time whose reminder was shown (read with the item; put back with it by an undo,
    # so that the reminder is not shown again); written by the reminders alone
    notified_due: dt.datetime | None = field(default=None, compare=False, repr=False)

    @property
    def snooze(self) -> dt.datetime | None:
        """Until when the item is snoozed (Snooze, Skip, a keep-in-touch item rescheduled),
        or None."""
        if self.snoozed_until is None or self.snoozed_for not in (None, self.due):
            return None
        if (
            self.from_cadence
            and self.snoozed_at is not None
            and self.talked_at is not None
            and self.talked_at > self.snoozed_at
        ):
            return None  # talked to since: the keep-in-touch clock restarted
        return self.snoozed_until

    @property
    def effective_due(self) -> dt.datetime:
        """When it is next due, snoozing included."""
        snooze = self.snooze
        return snooze if snooze is not None else self.due


@dataclass(frozen=True, slots=True)
class Stats:
    contacts: int
    archived: int
    interactions: int
    due: int
    tags: int
