"""Merging an imported card into a stored contact without silently overwriting what the user has.

Empty fields are filled, new e-mails, phones, addresses, links, tags and raw properties are added;
where the card disagrees with a value the user has, a ``FieldConflict`` records both and the user
chooses (the default keeps theirs, i.e. "mine").
"""

from __future__ import annotations

import dataclasses
import functools
import operator
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from netdesk.core.company import company_key
from netdesk.core.types import (
    Contact,
    CustomField,
    EmailAddress,
    PartialDate,
    PhoneNumber,
    PostalAddress,
    RelatedPerson,
    WebLink,
)
from netdesk.store.duplicate_facts import is_international_form, national_digits
from netdesk.store.text import digits
from netdesk.store.text import fold as _slow_fold

T = TypeVar("T")


@functools.lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """``store.text.fold``, cached, with ASCII (most text) needing only lower()."""
    return text.lower() if text.isascii() else _slow_fold(text)


# Text fields where a disagreement is the user's call. formatted_name is handled apart.
CONFLICT_TEXT = (
    "prefix",
    "given_name",
    "additional_names",
    "family_name",
    "suffix",
    "nickname",
    "organization",
    "department",
    "title",
    "notes",
    "what_they_do",
    "looking_for",
    "can_offer",
    "met_at",
    "photo_url",
)
CONFLICT_DATES = ("birthday", "anniversary", "met_on")


@dataclass
class FieldConflict:
    """The file says ``theirs`` where the user has ``mine``; ``take_theirs`` is the choice."""

    field: str
    mine: str
    theirs: str
    take_theirs: bool = False


@dataclass
class MatchKeys:
    """What a card can be matched on, strongest first."""

    uids: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)  # stripped and case-folded
    phones: list[str] = field(default_factory=list)  # E.164
    name_org: list[tuple[str, str]] = field(default_factory=list)  # (display name, organization)

    def rules(self) -> tuple[list[str], list[str], list[str], list[tuple[str, str]]]:
        """Key lists in matching order (UID, e-mail, phone, name + organization), folded; the
        organization without its legal form ("ACME, Inc." is "Acme"). The first three are
        this MatchKeys' own lists, not copies (an import asks 10,000 cards): not to be changed."""
        folded = [(fold(name), company_key(org)) for name, org in self.name_org]
        return (self.uids, self.emails, self.phones, folded)


def contradicts(candidate: Contact, incoming: Contact, *, uids: bool = True) -> bool:
    """A weak match (same phone, or same name and company) that is clearly someone else:
    different UIDs (when ``uids``: both are cards' own), e-mails on both sides with none in
    common (two "José García" at one big company, colleagues sharing the office number), or
    other given names (a family's landline)."""
    if uids and candidate.uid and incoming.uid and candidate.uid != incoming.uid:
        return True
    if candidate.emails and incoming.emails:
        mine = {e.value.strip().casefold() for e in candidate.emails}
        if not any(e.value.strip().casefold() in mine for e in incoming.emails):
            return True
    return other_given_names(candidate, incoming)


def other_given_names(candidate: Contact, incoming: Contact) -> bool:
    """Given names that cannot be one person's: both there, and neither the start of the other
    ("J." and "John", "Rob" and "Robert" may be; "Ana" and "Luis", sharing a family's e-mail
    address or landline, are not). Accents and case do not count."""
    mine, theirs = _first_given(candidate), _first_given(incoming)
    return bool(mine and theirs) and not (mine.startswith(theirs) or theirs.startswith(mine))


def _first_given(contact: Contact) -> str:
    words = fold(contact.given_name).replace(".", " ").split()
    return words[0] if words else ""


def match_keys(contact: Contact) -> MatchKeys:
    # each value stripped once, and a list made once (an import makes 10,000 of these)
    uid = contact.uid.strip()
    emails = []
    for email in contact.emails:
        value = email.value.strip()
        if value:
            emails.append(value.casefold())
    phones = [phone.e164 for phone in contact.phones if phone.e164]
    name_org = []
    if contact.display_name and (
        contact.given_name.strip() or contact.family_name.strip() or contact.formatted_name.strip()
    ):
        name_org.append((contact.display_name, contact.organization.strip()))
    return MatchKeys(
        [uid] if uid else [],
        list(dict.fromkeys(emails)) if len(emails) > 1 else emails,
        list(dict.fromkeys(phones)) if len(phones) > 1 else phones,
        name_org,
    )


def _same_text(mine: str, theirs: str) -> bool:
    if mine == theirs:
        return True
    a, b = fold(" ".join(mine.split())), fold(" ".join(theirs.split()))
    return a == b or (len(b) > 20 and b in a)  # a long note already contained counts as the same


def address_key(a: PostalAddress) -> tuple[str, ...]:
    parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
    return tuple(fold(" ".join(part.split())) for part in parts)


_CONTACT_FIELDS = tuple(f.name for f in dataclasses.fields(Contact))
_all_fields = operator.attrgetter(*_CONTACT_FIELDS)


def _copy(contact: Contact) -> Contact:
    """``dataclasses.replace(contact)`` in a fifth of the time (one attrgetter, positional)."""
    return Contact(*_all_fields(contact))


def _email_key(e: EmailAddress) -> str:
    return e.value.strip().casefold()


def _phone_key(p: PhoneNumber) -> str:
    if p.e164:
        return p.e164
    if any(c.isalpha() for c in p.raw):  # "1-800-FLOWERS": its digits alone are "1800"
        return " ".join(p.raw.casefold().split())
    return digits(p.raw) or p.raw


def same_number(first: PhoneNumber, second: PhoneNumber) -> bool:
    """One number written two ways: the same E.164 form or digits, or one written nationally
    for another country than the user's and the other its international form ("030 1234567",
    made "+10301234567" in the US, and "+49 30 1234567")."""
    if _phone_key(first) == _phone_key(second):
        return True
    written = digits(first.raw), digits(second.raw)
    if (
        written[0] == written[1]
        and len(written[0]) >= 7
        and not (first.e164 and second.e164)  # both read: their E.164 forms said it
        and not any(c.isalpha() for c in first.raw + second.raw)  # "1 800 FLOWERS"
    ):
        return True  # written the same: one read where phonenumbers could not (another region)
    for phone, other in ((first, second), (second, first)):
        # "0034 765977709", dialled from Europe, is "+34765977709"; "0044 (0)20 7946 0958"
        # is "+442079460958" (the trunk "0" in brackets is not dialled from abroad)
        dialled = digits(phone.raw.replace("(0)", ""))
        if dialled.startswith("00") and other.e164 and other.e164 == "+" + dialled[2:]:
            return True
    if (
        first.e164
        and second.e164
        and "0" not in (first.raw.lstrip(" (")[:1], second.raw.lstrip(" (")[:1])
    ):
        return False  # the common case: neither written nationally
    for national, international in ((first, second), (second, first)):
        digits_only = national_digits(national.raw, national.e164)
        if (
            digits_only
            and international.e164
            and not national_digits(international.raw, international.e164)
            and is_international_form(international.e164, digits_only)
        ):
            return True
    return False


class _KnownNumbers:
    """The phones of one contact indexed by every key :func:`same_number` can match on, so
    that which of another's phones it has already is asked in linear time: compared pair by
    pair (~45 µs a pair), 200 phones against 200 took 1.8 s, and a contact grows past 100
    phones by merges. Each index finds candidates; :func:`same_number` decides, so the
    answers are the pairwise ones."""

    def __init__(self, phones: Iterable[PhoneNumber]) -> None:
        self.by_key: dict[Hashable, list[PhoneNumber]] = defaultdict(list)
        for phone in phones:
            for key in self._own_keys(phone):
                self.by_key[key].append(phone)

    @staticmethod
    def _own_keys(phone: PhoneNumber) -> set[Hashable]:
        """What another phone's :meth:`_wanted_keys` hold when same_number may say yes."""
        keys: set[Hashable] = {("key", _phone_key(phone)), *_digits_key(phone)}
        if phone.e164:
            keys.add(("e164", phone.e164))
            # its national form (national_digits) after a country code of 1 to 3 digits
            keys.update(("ends", phone.e164[1 + k :]) for k in (1, 2, 3))
        dialled = digits(phone.raw.replace("(0)", ""))
        if dialled.startswith("00"):
            keys.add(("dialled", "+" + dialled[2:]))
        national = national_digits(phone.raw, phone.e164)
        if national:
            keys.add(("national", national))
        return keys

    @staticmethod
    def _wanted_keys(phone: PhoneNumber) -> set[Hashable]:
        keys: set[Hashable] = {("key", _phone_key(phone)), *_digits_key(phone)}
        dialled = digits(phone.raw.replace("(0)", ""))
        if dialled.startswith("00"):
            keys.add(("e164", "+" + dialled[2:]))  # this one dialled, the other's E.164
        if phone.e164:
            keys.add(("dialled", phone.e164))  # the other dialled, this one's E.164
            keys.update(("national", phone.e164[1 + k :]) for k in (1, 2, 3))
        national = national_digits(phone.raw, phone.e164)
        if national:
            keys.add(("ends", national))
        return keys

    def has(self, phone: PhoneNumber) -> bool:
        """One of the phones is ``phone``, written this way or another (same_number)."""
        seen: set[int] = set()
        for key in self._wanted_keys(phone):
            for mine in self.by_key.get(key, ()):
                if id(mine) not in seen:
                    seen.add(id(mine))
                    if same_number(phone, mine):
                        return True
        return False


def _digits_key(phone: PhoneNumber) -> list[Hashable]:
    """Its digits as written, when same_number may compare them (7 or more)."""
    written = digits(phone.raw)
    return [("digits", written)] if len(written) >= 7 else []


def numbers_not_in(incoming: list[PhoneNumber], mine: list[PhoneNumber]) -> list[PhoneNumber]:
    """The phones of ``incoming`` that none of ``mine`` is (:func:`same_number`), in order:
    ``[p for p in incoming if not any(same_number(p, m) for m in mine)]`` in linear time."""
    if not incoming or not mine:
        return list(incoming)
    known = _KnownNumbers(mine)
    return [phone for phone in incoming if not known.has(phone)]


def url_key(u: WebLink) -> str:
    """One link written two ways: a trailing slash, the scheme's and host's case. Its path
    keeps its case (https://bit.ly/3AbCd and https://bit.ly/3abcd are two links)."""
    value = u.value.strip().rstrip("/")
    scheme, separator, rest = value.partition("://")
    if "/" in scheme:  # no scheme: "x.org/?next=https://y"
        scheme, separator, rest = "", "", value
    host, slash, path = rest.partition("/")
    return f"{scheme.casefold()}{separator}{host.casefold()}{slash}{path}"


def _related_key(r: RelatedPerson) -> tuple[str, str]:
    return (r.label, fold(r.name))


def _custom_key(f: CustomField) -> tuple[str, str]:
    return (f.label, f.value)


def _tag_key(t: str) -> str:
    return t.strip().casefold()


def merge_card(
    existing: Contact, incoming: Contact
) -> tuple[Contact, list[str], list[FieldConflict]]:
    """``existing`` with ``incoming`` merged in, the fields that changed, and the disagreements.

    Neither argument is modified. Origin fields (source, source file and date), the archive
    flag and the cadence the user set stay as they are.
    """
    merged = _copy(existing)  # the lists are replaced by copies below
    changes: list[str] = []
    conflicts: list[FieldConflict] = []
    for name in CONFLICT_TEXT:
        theirs = getattr(incoming, name)
        if not theirs:
            continue  # the common case: nothing to compare
        mine = getattr(existing, name)
        if not theirs.strip() or _same_text(mine, theirs):
            continue
        if not mine.strip():
            setattr(merged, name, theirs)
            changes.append(name)
        else:
            conflicts.append(FieldConflict(name, mine, theirs))
    _merge_formatted_name(existing, incoming, merged, changes, conflicts)
    if not existing.uid and incoming.uid:
        merged.uid = incoming.uid
        changes.append("uid")
    for name in CONFLICT_DATES:
        mine_date, theirs_date = getattr(existing, name), getattr(incoming, name)
        if theirs_date is None or mine_date == theirs_date:
            continue
        if mine_date is None:
            setattr(merged, name, theirs_date)
            changes.append(name)
        else:
            conflicts.append(FieldConflict(name, mine_date.to_iso(), theirs_date.to_iso()))
    if incoming.keep_in_touch_days is not None and existing.keep_in_touch_days is None:
        merged.keep_in_touch_days = incoming.keep_in_touch_days
        changes.append("keep_in_touch_days")
    elif incoming.keep_in_touch_days not in (None, existing.keep_in_touch_days):
        conflicts.append(
            FieldConflict(
                "keep_in_touch_days",
                str(existing.keep_in_touch_days),
                str(incoming.keep_in_touch_days),
            )
        )
    if incoming.photo is not None and existing.photo is None:
        merged.photo = incoming.photo
        changes.append("photo")
    if incoming.met_through_uid and existing.met_through_id is None:
        merged.met_through_uid = incoming.met_through_uid  # the import resolves it
        changes.append("met_through")
    merged.emails = _add_new(existing.emails, incoming.emails, _email_key, "emails", changes)
    merged.phones = _add_new(
        existing.phones,
        numbers_not_in(incoming.phones, existing.phones),
        _phone_key,
        "phones",
        changes,
    )
    merged.addresses = _add_new(
        existing.addresses,
        [a for a in incoming.addresses if not a.is_empty()],
        address_key,
        "addresses",
        changes,
    )
    merged.urls = _add_new(existing.urls, incoming.urls, url_key, "urls", changes)
    merged.related = _add_new(existing.related, incoming.related, _related_key, "related", changes)
    merged.custom_fields = _add_new(
        existing.custom_fields, incoming.custom_fields, _custom_key, "custom_fields", changes
    )
    merged.tags = _add_new(existing.tags, incoming.tags, _tag_key, "tags", changes)
    merged.raw_properties = _add_new(
        existing.raw_properties, incoming.raw_properties, None, "raw_properties", changes
    )
    return merged, changes, conflicts


def _merge_formatted_name(
    existing: Contact,
    incoming: Contact,
    merged: Contact,
    changes: list[str],
    conflicts: list[FieldConflict],
) -> None:
    """FN is derived from N by most writers: only a real difference counts."""
    theirs = incoming.formatted_name
    if not theirs.strip() or _same_text(existing.formatted_name, theirs):
        return
    if _same_text(existing.display_name, theirs) or _same_text(_structured(existing), theirs):
        return
    if not existing.formatted_name.strip():
        if not (existing.given_name or existing.family_name):
            merged.formatted_name = theirs
            changes.append("formatted_name")
        return
    conflicts.append(FieldConflict("formatted_name", existing.formatted_name, theirs))


def _structured(contact: Contact) -> str:
    parts = (contact.prefix, contact.given_name, contact.additional_names, contact.family_name)
    return " ".join(p for p in (*parts, contact.suffix) if p)


def _add_new(
    mine: list[T],
    incoming: list[T],
    key: Callable[[T], Hashable] | None,
    name: str,
    changes: list[str],
) -> list[T]:
    """:func:`united`; ``name`` is added to ``changes`` when ``incoming`` added any."""
    target = united(mine, incoming, key)
    if len(target) > len(mine):
        changes.append(name)
    return target


def united(mine: list[T], incoming: list[T], key: Callable[[T], Hashable] | None) -> list[T]:
    """A copy of ``mine`` with the items of ``incoming`` whose key it lacks, each once (None:
    the item is its own key). A card's merge and a merge of two contacts by hand share it."""
    target = list(mine)
    if not incoming:
        return target
    known: set[Hashable] = set(target) if key is None else {key(item) for item in target}
    for item in incoming:
        k = item if key is None else key(item)
        if k not in known:
            known.add(k)
            target.append(item)
    return target


def apply_conflicts(contact: Contact, conflicts: Iterable[FieldConflict]) -> Contact:
    """A copy of ``contact`` with the file's value for every conflict marked ``take_theirs``."""
    result = dataclasses.replace(contact)
    for conflict in conflicts:
        if not conflict.take_theirs:
            continue
        if conflict.field in CONFLICT_DATES:
            setattr(result, conflict.field, PartialDate.parse(conflict.theirs))
        elif conflict.field == "keep_in_touch_days":
            result.keep_in_touch_days = int(conflict.theirs)
        else:
            setattr(result, conflict.field, conflict.theirs)
    return result
