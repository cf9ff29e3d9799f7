"""When two cards sharing a vCard UID are two people: the rule the import follows.

Some exporters reuse UIDs (UID:1, UID:2 in each export, or one constant for every card), so
a UID alone does not make two cards one person. They are one unless something says
otherwise: they are two when both are named, the names cannot be one person's, and no
e-mail address or phone number is common to them. The later card then gets a UID derived
from the one it gave and its name, so importing the same file again finds it by that.
"""

from __future__ import annotations

import hashlib
import re

from netdesk.core.merging import fold, same_number
from netdesk.core.names_alike import other_given_names, spelled_alike
from netdesk.core.types import Contact

_WORDS = re.compile(r"[^\W\d_]+")
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.I)
# shorter, or digits only: a number an exporter counts up in each export ("1", "1042")
UNIQUE_UID_CHARS = 16


def looks_unique(uid: str) -> bool:
    """A UID made to be one card's for good (netdesk's urn:uuid:, any UUID, a long random
    one), not one an exporter may hand out again ("1", "42"). A stored contact holding
    such a UID is the card's, whatever its name now says: the user renamed them (Ana Gil
    married, Ana Ruiz) and imports their own export again."""
    uid = uid.strip()
    return bool(_UUID.search(uid)) or (len(uid) >= UNIQUE_UID_CHARS and not uid.isdigit())


def name_words(contact: Contact) -> list[str]:
    """The contact's name as folded words, given names first ("García, Ana": ana garcia);
    a company's card, its company's; none for a card named only by its e-mail or phone."""
    if contact.given_name.strip() or contact.family_name.strip():
        name = f"{contact.given_name} {contact.additional_names} {contact.family_name}"
    else:
        name = contact.formatted_name or contact.organization
    name = fold(name)
    before, comma, after = name.partition(",")
    if comma and _WORDS.search(after):
        name = f"{after} {before}"
    return _WORDS.findall(name)


def _names_alike(first: list[str], second: list[str]) -> bool:
    """Names that may be one person's: the same or spelled alike ("Jon Smith", "John
    Smith"), or given names that fit ("J.", "Bob" for "Robert") with a family name in
    common or given by one only. A card with no name says nothing against the other."""
    if not first or not second or first == second:
        return True
    if spelled_alike(" ".join(first), " ".join(second)):
        return True
    if other_given_names(first[0], second[0]):
        return False
    if len(first) == 1 or len(second) == 1:
        return True  # a first name alone ("Ana" for "Ana Gil")
    return any(
        x == y or spelled_alike(x, y) or (len(x) == 1 and y.startswith(x))
        for x in first[1:]
        for y in second[1:]
    ) or any(len(y) == 1 and x.startswith(y) for x in first[1:] for y in second[1:])


def _reachable_alike(first: Contact, second: Contact) -> bool:
    """An e-mail address or a phone number the two have in common."""
    emails = {e.value.strip().casefold() for e in first.emails if e.value.strip()}
    if any(e.value.strip().casefold() in emails for e in second.emails):
        return True
    return any(same_number(a, b) for a in first.phones for b in second.phones)


def someone_else(holder: Contact, card: Contact) -> bool:
    """``card`` gives the UID ``holder`` has (an earlier card of the import, or a stored
    contact) but is another person: other names and no e-mail or phone in common."""
    if _reachable_alike(holder, card):
        return False
    return not _names_alike(name_words(holder), name_words(card))


def derived_uid(uid: str, card: Contact) -> str:
    """The UID a card kept apart from the holder of its own is imported with: the same for
    the same UID and name on every import, so a re-import finds what the first one made."""
    digest = hashlib.sha256(" ".join(name_words(card)).encode()).hexdigest()[:12]
    return f"{uid}#{digest}"
