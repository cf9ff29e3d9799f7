"""Write contacts as vCard 4.0 or 3.0: CRLF, folded at 75 octets, photos inline, raw lines kept."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Iterator

from netdesk.core import names
from netdesk.core.types import Contact, PartialDate
from netdesk.interop.vcard_values import escape, types_for_label

FOLD_OCTETS = 75
_RAW_GROUP = re.compile(r"^([A-Za-z0-9-]+)\.")
# No control character but the tab may stand in a vCard (RFC 6350 and 2426, VALUE-CHAR): a
# note pasted from Word holds a vertical tab for each manual line break, and netdesk's own
# import refused such an export whole as "binary data". A vertical tab or a form feed is a
# line break; the others are dropped.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAKS = frozenset("\x0b\x0c")
_APPLE_RELATIONS = frozenset(
    {"father", "mother", "parent", "brother", "sister", "child", "friend", "spouse", "partner"}
    | {"assistant", "manager"}
)
_IMAGE_TYPES = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF8", "gif"),
    (b"BM", "bmp"),
)


def fold(line: str) -> str:
    """Fold one logical line at 75 octets (UTF-8), never inside a character; CRLF-terminated.

    No piece of a quoted-printable line ends in ``=``: a reader takes ``=`` at a line's end in
    such a value
    (a 2.1 line kept in raw_properties) for a soft line break and keeps the fold's space, so
    ``=0D=0A`` folded after its ``=`` came back as ``=0D 0A`` and the card changed on every
    re-import of an export.
    """
    if len(line) <= FOLD_OCTETS and (line.isascii() or len(line.encode()) <= FOLD_OCTETS):
        return line + "\r\n"
    # only a quoted-printable value reads a line-final "=" as a soft break: elsewhere (a note
    # with a "=====" rule) keeping "=" off the ends would cut the run one "=" a line
    quoted_printable = "QUOTED-PRINTABLE" in line.partition(":")[0].upper()
    pieces: list[str] = []
    if line.isascii():
        pieces = [line[:FOLD_OCTETS]]
        pieces += [line[i : i + FOLD_OCTETS - 1] for i in range(FOLD_OCTETS, len(line), 74)]
        if not quoted_printable or not any(piece[-1] == "=" for piece in pieces[:-1]):
            return "\r\n ".join(pieces) + "\r\n"
        pieces = []
        start, width = 0, FOLD_OCTETS
        while len(line) - start > width:
            end = start + width
            while end - start > 1 and line[end - 1] == "=":
                end -= 1
            pieces.append(line[start:end])
            start, width = end, FOLD_OCTETS - 1
        pieces.append(line[start:])
        return "\r\n ".join(pieces) + "\r\n"
    current: list[str] = []
    size = 0
    limit = FOLD_OCTETS
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            carried: list[str] = []
            while quoted_printable and len(current) > 1 and current[-1] == "=":
                carried.append(current.pop())
            pieces.append("".join(current))
            current = carried[::-1]
            size, limit = len(current), FOLD_OCTETS - 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces) + "\r\n"


def _without_controls(line: str) -> str:
    """``line`` with no control character a vCard may not hold (see ``_CONTROLS``); callers
    ask only for a line that ``isprintable()`` does not pass (one C call on nearly every
    line: ~0.1 s of CPU over 110,000 contacts)."""
    if not _CONTROLS.search(line):  # a non-breaking space, a right-to-left mark...
        return line
    return _CONTROLS.sub(lambda match: "\\n" if match.group() in _BREAKS else "", line)


def image_subtype(photo: bytes) -> str:
    for magic, subtype in _IMAGE_TYPES:
        if photo.startswith(magic):
            return subtype
    if photo[:4] == b"RIFF" and photo[8:12] == b"WEBP":
        return "webp"
    return ""


def derived_formatted_name(contact: Contact) -> str:
    """The FN written for a contact without one (FN is mandatory in vCard 3.0 and 4.0): its
    name as netdesk shows it (山田太郎 family name first, not "太郎 山田"; a nickname before
    the company or e-mail, as names.display_name)."""
    if contact.formatted_name:
        return contact.formatted_name
    name = names.structured_name(contact)
    if name:
        return name
    if contact.nickname.strip():  # "Bobby" alone: shown so here, and not as his e-mail there
        return contact.nickname.strip()
    if contact.organization:
        return contact.organization
    if contact.emails:
        return contact.emails[0].value
    if contact.phones:
        return contact.phones[0].raw
    return ""


def write_vcards(contacts: Iterable[Contact], version: str = "4.0") -> str:
    """All ``contacts`` as one vCard text (``version`` "4.0" or "3.0"), CRLF line ends."""
    if version not in ("4.0", "3.0"):
        raise ValueError(f"unsupported vCard version: {version!r}")
    return "".join(_card(contact, version) for contact in contacts)


def _date(card: _Card, name: str, date: PartialDate) -> None:
    if date.year is None and card.version == "3.0":
        # 3.0 has no year-less date: the year 1604 marked X-APPLE-OMIT-YEAR=1604, as Apple,
        # Android and DAVx5 write it; a reader that goes by the mark took the bare 1604
        # netdesk wrote for a year (born 1604, 422 years old)
        day = f"1604-{date.month:02d}-{date.day or 1:02d}"
        card.add(name, day, ";X-APPLE-OMIT-YEAR=1604")
    else:
        card.add(name, date.to_iso())


class _Card:
    def __init__(self, version: str, raw_properties: list[str]) -> None:
        self.version = version
        self.lines: list[str] = []
        self.raw_properties = raw_properties
        self.groups: Iterator[str] | None = None  # made for the first card that needs one

    def group(self) -> str:
        """A property group name (``nd1``, ``nd2``...) that no kept raw line uses."""
        if self.groups is None:
            taken = {
                m.group(1).lower() for line in self.raw_properties if (m := _RAW_GROUP.match(line))
            }
            self.groups = (f"nd{n}" for n in range(1, 10**6) if f"nd{n}" not in taken)
        return next(self.groups)

    def add(self, name: str, value: str, params: str = "") -> None:
        line = f"{name}{params}:{value}"
        self.lines.append(fold(line if line.isprintable() else _without_controls(line)))

    def labelled(self, name: str, value: str, label: str, preferred: bool, extra: str = "") -> None:
        types = types_for_label(label)
        words = [*(extra.split(",") if extra else ()), *(types or ())]
        if preferred and self.version == "3.0":
            words.append("pref")
        params = f";TYPE={','.join(words)}" if words else ""
        if preferred and self.version == "4.0":
            params += ";PREF=1"
        if types is None:
            group = self.group()
            self.add(f"{group}.{name}", value, params)
            self.add(f"{group}.X-ABLabel", escape(label))
        else:
            self.add(name, value, params)


def _card(contact: Contact, version: str) -> str:
    card = _Card(version, contact.raw_properties)
    add = card.add
    card.lines.append(f"BEGIN:VCARD\r\nVERSION:{version}\r\n")
    add("FN", escape(derived_formatted_name(contact)))
    names = (contact.family_name, contact.given_name, contact.additional_names)
    add("N", ";".join([escape(part) for part in (*names, contact.prefix, contact.suffix)]))
    if contact.nickname:
        add("NICKNAME", escape(contact.nickname))
    if contact.organization or contact.department:
        org = escape(contact.organization)
        add("ORG", f"{org};{escape(contact.department)}" if contact.department else org)
    if contact.title:
        add("TITLE", escape(contact.title))
    if contact.birthday is not None:
        _date(card, "BDAY", contact.birthday)
    if contact.anniversary is not None:
        if version == "4.0":
            _date(card, "ANNIVERSARY", contact.anniversary)
        else:  # 3.0 has none: Apple's labelled date, which Apple and Google read (X-ANNIVERSARY
            # was lost in both)
            group = card.group()
            _date(card, f"{group}.X-ABDATE", contact.anniversary)
            add(f"{group}.X-ABLabel", "_$!<Anniversary>!$_")
    for email in contact.emails:
        extra = "internet" if version == "3.0" else ""
        card.labelled("EMAIL", escape(email.value), email.label, email.preferred, extra)
    for phone in contact.phones:
        card.labelled("TEL", escape(phone.raw), phone.label, phone.preferred)
    for address in contact.addresses:
        parts = [address.po_box, address.extended, address.street, address.locality]
        parts += [address.region, address.postal_code, address.country]
        value = ";".join(escape(part) for part in parts)
        card.labelled("ADR", value, address.label, address.preferred)
    for url in contact.urls:
        card.labelled("URL", escape(url.value), url.label, url.preferred)
    for person in contact.related:
        _related(card, person.label, person.name)
    if contact.tags:
        add("CATEGORIES", ",".join(escape(tag) for tag in contact.tags))
    if contact.notes:
        add("NOTE", escape(contact.notes))
    if contact.uid:
        add("UID", escape(contact.uid))
    _netdesk_fields(card, contact)
    if contact.photo:
        subtype = image_subtype(contact.photo)
        data = base64.b64encode(contact.photo).decode("ascii")
        if version == "4.0":
            add("PHOTO", f"data:image/{subtype or 'jpeg'};base64,{data}")
        else:
            add("PHOTO", data, f";ENCODING=b;TYPE={subtype.upper()}" if subtype else ";ENCODING=b")
    if contact.photo_url:
        add("PHOTO", contact.photo_url, ";VALUE=uri")
    for line in contact.raw_properties:
        card.lines.append(fold(line if line.isprintable() else _without_controls(line)))
    card.lines.append("END:VCARD\r\n")
    return "".join(card.lines)


def _related(card: _Card, label: str, name: str) -> None:
    if card.version == "4.0":
        words = label.lower().replace(" ", "-")
        params = f";TYPE={words}" if re.fullmatch(r"[a-z0-9-]+", words) and words else ""
        if params and words == label:
            card.add("RELATED", escape(name), f";VALUE=text{params}")
            return
    group = card.group()
    card.add(f"{group}.X-ABRELATEDNAMES", escape(name))
    if label in _APPLE_RELATIONS:  # Apple's own word: shown in the user's language, and
        # Siri's "my wife"; written plain, it was a label the user had typed
        card.add(f"{group}.X-ABLabel", f"_$!<{label.capitalize()}>!$_")
    else:
        card.add(f"{group}.X-ABLabel", escape(label))


def _netdesk_fields(card: _Card, contact: Contact) -> None:
    """netdesk's own fields, as X-NETDESK-* properties that the reader maps back."""
    for custom in contact.custom_fields:
        group = card.group()
        card.add(f"{group}.X-NETDESK-FIELD", escape(custom.value))
        card.add(f"{group}.X-ABLabel", escape(custom.label))
    if contact.met_on is not None:
        card.add("X-NETDESK-MET-ON", contact.met_on.to_iso())
    if contact.met_through_uid:
        card.add("X-NETDESK-MET-THROUGH", escape(contact.met_through_uid))
    texts = (
        ("X-NETDESK-MET-AT", contact.met_at),
        ("X-NETDESK-WHAT-THEY-DO", contact.what_they_do),
        ("X-NETDESK-LOOKING-FOR", contact.looking_for),
        ("X-NETDESK-CAN-OFFER", contact.can_offer),
    )
    for name, text in texts:
        if text:
            card.add(name, escape(text))
    if contact.keep_in_touch_days is not None:
        card.add("X-NETDESK-KEEP-IN-TOUCH-DAYS", str(contact.keep_in_touch_days))
    if contact.archived:
        card.add("X-NETDESK-ARCHIVED", "1")
