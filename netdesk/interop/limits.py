"""How long one value of an imported card and how many values of one kind it may have.

A broken or hostile file (a 5 MB name, a 50 MB note, a 100,000-character e-mail, 10,000 phone
lines on one card) was imported as it was: the database, the card and every list painting it
carried the megabytes. Each limit is far above what a real address book writes (the longest
values of the conformance corpus are a 99-character name, a 142-character note and a 26 KB
business-card image) and at least what netdesk's own card editor lets a person write, so
netdesk's own export comes back whole (see below); it stays far below what stalls a text field.

Text a person wrote is cut to its limit (its start is still theirs); a value whose cut would
be another value (an e-mail, a phone, a link, a UID, a tag, a raw vCard line) is dropped. Of
the values of one kind, the first ones are kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.core.types import Contact
from netdesk.interop.problems import QT_TRANSLATE_NOOP

# What netdesk itself stores comes back whole from its own export (moving to a new computer):
# a limit is at least what the card editor lets a person write there. Its one-line fields are
# QLineEdits, which hold at most 32,767 characters (Qt's maxLength); its boxes of free text
# have no end, and 100,000 characters (some 40 printed pages) is more than a card's box holds
# sensibly. A netdesk of session 23 cut a job title at 2,000 characters and tags at 100.
LINE_CHARS = 32_767  # QLineEdit's maxLength: the longest value of a one-line field
NAME_CHARS = LINE_CHARS  # each part of a name or an address, a nickname, a company, a job title
# a whole name: an export writes one of its five parts (and the spaces between them) for a
# contact without one of its own, which a limit of one part cut on its import
FULL_NAME_CHARS = 5 * NAME_CHARS + 4
TEXT_CHARS = 100_000  # netdesk's own free text (what they do, where met), a custom field
NOTE_CHARS = 1_000_000  # about 400 printed pages, all of a card's notes together
EMAIL_CHARS = LINE_CHARS  # RFC 3696 allows 320; what netdesk itself may hold comes back whole
# a number with its extension and remarks; kept short: merging normalises every phone
PHONE_CHARS = 2_000
LINK_CHARS = LINE_CHARS  # above what browsers and servers accept of a URL (8,000)
UID_CHARS = 2_000  # netdesk writes UUIDs (36 characters); other programs' are as short
TAG_CHARS = LINE_CHARS
LABEL_CHARS = LINE_CHARS  # "home", "work", an X-ABLabel of the user's
RAW_CHARS = 3 * 1024 * 1024  # a kept vCard line: a LOGO or a key in base64 may be big
# e-mails, phones, addresses, links, relations, fields: rows a person adds one by one on the
# card; more is a broken or hostile file (each value is an editor's row on the card)
VALUES_OF_A_KIND = 100
# tags come many at a time (a tag given to a selection, a merge joining two cards' tags)
TAGS_PER_CARD = 1_000
RAW_LINES = 1_000  # vCard lines netdesk keeps without modelling them

_NAME_PARTS = (
    *("given_name", "family_name", "additional_names", "prefix", "suffix"),
    *("nickname", "organization", "department", "title"),
)
_OWN_TEXT = ("what_they_do", "looking_for", "can_offer", "met_at")
_ADDRESS_PARTS = ("po_box", "extended", "street", "locality", "region", "postal_code", "country")
# list field -> what its items hold: the text that may be dropped, the text that may be cut
_LISTS = {
    "emails": (("value", EMAIL_CHARS), ("label", LABEL_CHARS)),
    "phones": (("raw", PHONE_CHARS), ("label", LABEL_CHARS)),
    "urls": (("value", LINK_CHARS), ("label", LABEL_CHARS)),
    "addresses": (("label", LABEL_CHARS), *((part, NAME_CHARS) for part in _ADDRESS_PARTS)),
    "related": (("label", LABEL_CHARS), ("name", NAME_CHARS)),
    "custom_fields": (("label", LABEL_CHARS), ("value", TEXT_CHARS)),
}
# the item text whose cut would be another value: an item with it too long is dropped
_DROPPED_ITEMS = {"emails": "value", "phones": "raw", "urls": "value"}


@dataclass(frozen=True)
class Trimmed:
    """One thing a limit took off a card.

    Attributes:
        field: the Contact attribute ("notes", "emails", "raw_properties"...).
        how: "cut" (text cut to ``limit`` characters), "dropped" (a value of ``length``
            characters left out) or "many" (``count`` values, the first ``limit`` kept).
        length: the characters of the value cut or dropped; 0 for "many".
        limit: the limit that applied (characters, or values for "many").
        count: the values there were, for "many"; 0 otherwise.
        index: the item of a list field (before the cut of "many"); -1 for a text field.
        raw: for a dropped raw vCard line, its start (its property name); "" otherwise.
    """

    field: str
    how: str
    length: int
    limit: int
    count: int = 0
    index: int = -1
    raw: str = ""


_SAID = {
    "cut": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{field}: {length} characters, more than the {limit} it may hold; cut to its first {limit}",
    ),
    "dropped": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{field}: a value of {length} characters, more than the {limit} one may have; dropped",
    ),
    "many": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{field}: {count} values on one card, more than the {limit} it may have; the first "
        "{limit} kept, the rest dropped",
    ),
}


def said(item: Trimmed) -> tuple[str, dict[str, object]]:
    """The warning's template for ``item`` and its arguments, but for ``field``: the reader
    names the field in the file's words (a vCard property, a CSV column)."""
    if item.how == "many":
        return _SAID["many"], {"count": item.count, "limit": item.limit}
    return _SAID[item.how], {"length": item.length, "limit": item.limit}


# the shortest limit of a value: a card or row written in fewer characters holds none longer
SHORTEST = min(NAME_CHARS, TEXT_CHARS, EMAIL_CHARS, PHONE_CHARS, LINK_CHARS, UID_CHARS, TAG_CHARS)


def may_exceed(contact: Contact, written: int) -> bool:
    """False when ``trim`` has nothing to take off ``contact``, read from ``written``
    characters of a file: a short one can only hold too many values of a kind.

    trim's walk over every field cost 5 µs a card, a tenth of reading one.
    """
    most = VALUES_OF_A_KIND
    return (
        written > SHORTEST
        or len(contact.tags) > TAGS_PER_CARD
        or len(contact.emails) > most
        or len(contact.phones) > most
        or len(contact.urls) > most
        or len(contact.addresses) > most
        or len(contact.related) > most
        or len(contact.custom_fields) > most
        or len(contact.raw_properties) > RAW_LINES
    )


def trim(contact: Contact) -> list[Trimmed]:
    """Bring ``contact`` within the limits, in place; what was taken off, in field order.

    Readers call it when ``may_exceed``.
    """
    found: list[Trimmed] = []
    _cut(contact, "formatted_name", FULL_NAME_CHARS, found)
    for name in _NAME_PARTS:
        _cut(contact, name, NAME_CHARS, found)
    for name in _OWN_TEXT:
        _cut(contact, name, TEXT_CHARS, found)
    _cut(contact, "notes", NOTE_CHARS, found)
    for name in ("uid", "met_through_uid"):
        value = getattr(contact, name)
        if len(value) > UID_CHARS:
            setattr(contact, name, "")
            found.append(Trimmed(name, "dropped", len(value), UID_CHARS))
    if len(contact.photo_url) > LINK_CHARS:
        found.append(Trimmed("photo_url", "dropped", len(contact.photo_url), LINK_CHARS))
        contact.photo_url = ""
    for name, parts in _LISTS.items():
        items = getattr(contact, name)
        if not items:
            continue
        _many(contact, name, VALUES_OF_A_KIND, found)
        dropped = _DROPPED_ITEMS.get(name)
        kept = []
        for index, item in enumerate(getattr(contact, name)):
            for part, limit in parts:
                value = getattr(item, part)
                if len(value) <= limit:
                    continue
                if part == dropped:
                    found.append(Trimmed(name, "dropped", len(value), limit, index=index))
                    break
                setattr(item, part, value[:limit])
                found.append(Trimmed(name, "cut", len(value), limit, index=index))
            else:
                kept.append(item)
        if len(kept) < len(items):
            setattr(contact, name, kept)
    if contact.tags:
        _many(contact, "tags", TAGS_PER_CARD, found)
        long_tags = [(i, tag) for i, tag in enumerate(contact.tags) if len(tag) > TAG_CHARS]
        for index, tag in long_tags:
            found.append(Trimmed("tags", "dropped", len(tag), TAG_CHARS, index=index))
        if long_tags:
            contact.tags = [tag for tag in contact.tags if len(tag) <= TAG_CHARS]
    if contact.raw_properties:
        _many(contact, "raw_properties", RAW_LINES, found)
        raw = contact.raw_properties
        long_lines = [(i, line) for i, line in enumerate(raw) if len(line) > RAW_CHARS]
        for index, line in long_lines:
            head = line[:200].partition(":")[0].partition(";")[0]
            found.append(
                Trimmed("raw_properties", "dropped", len(line), RAW_CHARS, index=index, raw=head)
            )
        if long_lines:
            contact.raw_properties = [line for line in raw if len(line) <= RAW_CHARS]
    return found


def _cut(contact: Contact, name: str, limit: int, found: list[Trimmed]) -> None:
    value = getattr(contact, name)
    if len(value) > limit:
        setattr(contact, name, value[:limit])
        found.append(Trimmed(name, "cut", len(value), limit))


def _many(contact: Contact, name: str, limit: int, found: list[Trimmed]) -> None:
    items = getattr(contact, name)
    if len(items) > limit:
        setattr(contact, name, items[:limit])
        found.append(Trimmed(name, "many", 0, limit, count=len(items), index=limit))
