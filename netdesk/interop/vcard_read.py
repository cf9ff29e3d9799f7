"""Read vCard 2.1, 3.0 and 4.0 files into Contact drafts.

Decisions (see also the module docstring of ``vcard``):

* A card with BEGIN but no END:VCARD before the next BEGIN is rejected with an error naming its
  line. The last card of a file cut short (no END:VCARD before the end of the file) keeps what
  was read of it when that names someone (a name, organization, e-mail or phone), with a warning
  naming its line; its last line, which the cut may have halved (no line end after it), is left
  out and named. Dropping the whole card lost a contact for one damaged line.
* PRODID and REV are dropped, not kept raw: they describe the file that was read, and writing
  them back would claim another producer and a stale revision.
* Every other property netdesk does not model is kept in ``raw_properties`` as its unfolded line.
"""

from __future__ import annotations

import binascii
import functools
import hashlib
import logging
import os
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from netdesk.core.types import (
    Contact,
    CustomField,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    RelatedPerson,
    WebLink,
    cadence_from_text,
)
from netdesk.gcpause import collector_paused
from netdesk.interop import limits, odd_values
from netdesk.interop.encoding import (
    STRAY_CONTROLS,
    codec_for,
    detect_legacy_charset,
    looks_binary,
    mostly_utf8,
    stray_bytes,
    to_utf8_bytes,
    utf8_with_stray,
    without_controls,
)
from netdesk.interop.problems import (
    MAX_PHOTO_BYTES,
    QT_TRANSLATE_NOOP,
    ImportProblem,
    ParsedCard,
    ParseResult,
    ReadPhoto,
    binary_file,
    controls_left_out,
    empty_file,
    file_error,
    problem,
    read_import_bytes,
    without_zero_padding,
    zero_padding,
)
from netdesk.interop.vcard_tokens import (
    CardChunk,
    CardSpans,
    Property,
    Unfolded,
    complete_lines,
    has_card,
    normalise_line_ends,
    parse_head,
    property_lines,
    tokenize,
)
from netdesk.interop.vcard_values import (
    label_from_ablabel,
    parse_date,
    split_components,
    split_list,
    unescape,
)

log = logging.getLogger("netdesk.interop")

DROPPED = frozenset({"BEGIN", "END", "VERSION", "PRODID", "REV"})
RELATED_NAMES = {
    "X-SPOUSE": "spouse",
    "X-EVOLUTION-SPOUSE": "spouse",
    "X-KADDRESSBOOK-X-SPOUSESNAME": "spouse",
    "X-MANAGER": "manager",
    "X-EVOLUTION-MANAGER": "manager",
    "X-KADDRESSBOOK-X-MANAGERSNAME": "manager",
    "X-ASSISTANT": "assistant",
    "X-EVOLUTION-ASSISTANT": "assistant",
    "X-KADDRESSBOOK-X-ASSISTANTSNAME": "assistant",
}
NETDESK_TEXT = {
    "X-NETDESK-MET-AT": "met_at",
    "X-NETDESK-WHAT-THEY-DO": "what_they_do",
    "X-NETDESK-LOOKING-FOR": "looking_for",
    "X-NETDESK-CAN-OFFER": "can_offer",
    "X-NETDESK-MET-THROUGH": "met_through_uid",
}
_CANCEL_CHECK_EVERY = 200
# Cards whose digests are asked of ``known`` at once (a query of the database each time)
_BATCH = 2_000
_URL_VALUE = re.compile(r"(?i)^(https?|ftp)://")
_DATA_URI = re.compile(rb"(?is)^\s*data:([^,;]*)(;base64)?,")
# What a property netdesk models may hold that it cannot use, in words the UI translates (a
# ValueError's own text is English: it goes to the log). The line is kept as it was read.
_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "ImportProblem", "{property}: {value} is not a date; kept unchanged as an extra property"
)
_CANNOT_USE = QT_TRANSLATE_NOOP(
    "ImportProblem", "{property}: {value} cannot be used; kept unchanged as an extra property"
)
_UNUSABLE = {
    "BDAY": _NOT_A_DATE,
    "ANNIVERSARY": _NOT_A_DATE,
    "X-ANNIVERSARY": _NOT_A_DATE,
    "X-EVOLUTION-ANNIVERSARY": _NOT_A_DATE,
    "X-MS-ANNIVERSARY": _NOT_A_DATE,
    "X-KADDRESSBOOK-X-ANNIVERSARY": _NOT_A_DATE,
    "X-ABDATE": _NOT_A_DATE,
    "X-NETDESK-MET-ON": _NOT_A_DATE,
    "X-NETDESK-KEEP-IN-TOUCH-DAYS": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{property}: {value} is not a number of days; kept unchanged as an extra property",
    ),
    "PHOTO": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{property}: a data: URI that is not base64; kept unchanged as an extra property",
    ),
}
_STRAY_BYTES = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{property}: a character that is not UTF-8, unlike the rest of the file: read as "
    "{charset}; check the value",
)
_SHOWN_VALUE = 60  # characters of a refused value quoted in a problem
_PHOTO_TOO_BIG = QT_TRANSLATE_NOOP("ImportProblem", "photo bigger than {megabytes} MB dropped")


class _Decoder:
    """Turns value bytes into text for one file; detects its legacy charset once, when needed.

    ``quoted_printable``: False when no line of the file can be quoted-printable (the words
    appear nowhere in it, in any case), so no card needs looking for soft line breaks.
    """

    def __init__(self, data: bytes, *, quoted_printable: bool = True) -> None:
        self._data = data
        self._legacy: str | None = None
        self._mostly_utf8: bool | None = None
        self._stray_legacy: str | None = None
        self.quoted_printable = quoted_printable
        # the charset the last text() read a UTF-8 value's stray bytes in ("": none)
        self.stray = ""

    def text(self, raw: bytes, charset: str | None = None) -> str:
        if charset:
            codec = codec_for(charset)
            if codec is not None:
                try:
                    return raw.decode(codec)
                except UnicodeDecodeError:
                    pass
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if self._mostly_utf8 is None:
            self._mostly_utf8 = mostly_utf8(self._data)
        if not self._mostly_utf8:
            return raw.decode(self.legacy(raw), errors="replace")
        if raw.decode("utf-8", errors="ignore").isascii():  # a value in another charset
            self.stray = self.legacy(raw)
            return raw.decode(self.stray, errors="replace")
        # UTF-8 with a stray byte of another charset: read whole in that charset, the value
        # was garbled ('JosĂŠ'), and in a file of a few cards every value of it
        if self._stray_legacy is None:
            self._stray_legacy = detect_legacy_charset(stray_bytes(self._data))
        self.stray = self._stray_legacy
        return utf8_with_stray(raw, self._stray_legacy)

    def legacy(self, hint: bytes) -> str:
        if self._legacy is None:
            invalid_lines = []
            for line in self._data.splitlines():
                if not line.isascii():
                    try:
                        line.decode("utf-8")
                    except UnicodeDecodeError:
                        invalid_lines.append(line)
            self._legacy = detect_legacy_charset(b"\n".join([hint, *invalid_lines]))
        return self._legacy


def read_vcard_file(
    path: str | os.PathLike[str], *, cancelled: Callable[[], bool] | None = None
) -> ParseResult:
    """Read every card of a .vcf file.

    Raises:
        ImportFileError: the file is missing, a folder, too big, empty, binary or has no card.
    """
    data = read_import_bytes(path)
    return read_vcard_bytes(data, str(path), cancelled=cancelled)


Known = Callable[[list[str]], Collection[str]]
# bytes.lower() as a translation table, but for the stray control characters, made NULs
_LOWER_CONTROLS_NUL = bytes(
    0 if byte in STRAY_CONTROLS else byte for byte in bytes(range(256)).lower()
)


def read_vcard_bytes(
    data: bytes,
    filename: str = "<memory>",
    *,
    cancelled: Callable[[], bool] | None = None,
    known: Known | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ParseResult:
    """Read every card of vCard bytes; ``filename`` names the file in problems and on contacts.

    The arguments are VCardStream's, whose cards this reads all at once.
    """
    return VCardStream(
        data, filename, cancelled=cancelled, known=known, progress=progress
    ).parse_result()


class VCardStream:
    """The cards of vCard bytes, each read as the iteration reaches it: an import keeps the
    contacts it wants and lets the rest go, rather than every card's reading being held at
    once (a ParseResult's list: 414 MiB for 300,000 empty cards).

    Whole-file problems (an empty or binary file, no card at all) are raised when it is made;
    what is said of a card goes to ``problems`` as that card is read, in file order (the
    stray control characters taken out before the first card, zero padding after the last).

    Args:
        data: the file's bytes.
        filename: names the file in problems and on contacts.
        problems: where problems go (a new list if None).
        cancelled: looked at between the steps over the whole file and every
            ``_CANCEL_CHECK_EVERY`` cards; when it returns True the iteration stops and
            ``cancelled`` is set.
        known: ``known(digests)``, given the digests of some cards, returns those not to read:
            their ParsedVCard has ``known`` set, an empty contact and a ``read()`` for when
            one is needed after all (a re-import skips reading the cards it wrote before and
            nobody changed). Asked for a batch of cards at a time.
        progress: ``progress(cards read, cards in the file)``, called as the reading goes.

    Raises:
        ImportFileError: the file is empty, binary or has no card.
    """

    format = "vcard"

    def __init__(
        self,
        data: bytes,
        filename: str = "<memory>",
        *,
        problems: list[ImportProblem] | None = None,
        cancelled: Callable[[], bool] | None = None,
        known: Known | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.path = filename
        self.problems: list[ImportProblem] = [] if problems is None else problems
        self.cancelled = False
        self._looks = cancelled
        self._known = known
        self._progress = progress
        self._padding: list[ImportProblem] = []
        self._cards = self._read()
        # Cancel is looked at between the steps over the whole file (each ~0.1-0.4 s on 50
        # MB): the first card's look came 1.4 s after the file was read
        given = data
        data, zeros = without_zero_padding(data)
        if zeros:
            self._padding.append(zero_padding(filename, data, zeros))
        data = to_utf8_bytes(data)
        if self._stopped():
            return
        if not data.strip():
            raise empty_file(filename)
        if looks_binary(data):
            raise binary_file(filename, given)
        del given
        data = normalise_line_ends(data)
        if self._stopped():
            return
        # one copy for has_card, CardSpans and _Decoder's test, its stray control characters
        # made NULs: one memchr tells whether there are any, where a pass of their own over
        # the file cost 2.9% of the instructions of reading 10,000 cards
        lowered = data.translate(_LOWER_CONTROLS_NUL)
        controls: list[tuple[int, str]] = []
        if b"\x00" in lowered:
            data, controls = without_controls(data)
            lowered = data.lower()
        if not has_card(data, lowered):
            raise file_error(
                filename,
                QT_TRANSLATE_NOOP("ImportProblem", "no vCard in the file (no BEGIN:VCARD line)"),
            )
        # A file without the words spares each card's search for soft line breaks (and a
        # photo's card the lower() of its text); with one lower() of the file instead of two:
        # 4.5% of the instructions of reading the bench's 10,000 cards.
        quoted_printable = b"quoted-printable" in lowered
        self._spans = CardSpans(data, lowered)  # lowered, as big as the file, goes now
        self._data = data
        self._decoder = _Decoder(data, quoted_printable=quoted_printable)
        self._source_file = Path(filename).name
        # the contact of every card of the file not read (see ``known``), empty and never
        # changed: ``read()`` puts the card's own in its place. One each held 800 bytes of
        # empty fields a card until a re-import's plan ended (a tenth of what it held).
        self._not_read = Contact()
        self.problems += controls_left_out(filename, controls)  # said of lines, not cards

    def _stopped(self) -> bool:
        if self._looks is not None and self._looks():
            self.cancelled = True
        return self.cancelled

    def __iter__(self) -> Iterator[ParsedCard]:
        """The cards not taken yet: each is read once, a second iteration goes on from where
        the first stopped."""
        return self._cards

    def _read(self) -> Iterator[ParsedCard]:
        if self.cancelled:
            return
        spans, data = self._spans, self._data
        total = len(spans)
        for first in range(0, total, _BATCH):
            chunks = [spans.chunk(data, i) for i in range(first, min(first + _BATCH, total))]
            digests = [card_digest(c.body) if c.body is not None else "" for c in chunks]
            if self._stopped():
                return
            skip = self._known([d for d in digests if d]) if self._known is not None else ()
            for number, (chunk, digest) in enumerate(zip(chunks, digests, strict=True), first):
                if number % _CANCEL_CHECK_EVERY == 0:
                    if self._stopped():
                        return
                    if self._progress is not None:
                        self._progress(number, total)
                card = self._card(chunk, digest, number if digest in skip else -1)
                if card is not None:
                    yield card
        self.problems += self._padding

    def _card(self, chunk: CardChunk, digest: str, known: int) -> ParsedVCard | None:
        """The card of ``chunk``; ``known``: its place in the file when it is not to be read
        (see ``known`` above), -1 otherwise."""
        decoder, filename, problems = self._decoder, self.path, self.problems
        source_file = self._source_file
        if chunk.body is None:
            cut = _cut_short(decoder, filename, source_file, chunk, problems)
            if cut is not None:
                return ParsedVCard(cut, chunk.line)  # no digest: always told
            problems.append(
                problem(
                    filename,
                    chunk.line,
                    QT_TRANSLATE_NOOP(
                        "ImportProblem", "card has no END:VCARD (file cut short?); not imported"
                    ),
                )
            )
            return None
        if known >= 0:
            # read again from the file's bytes if asked: its own copy of them, held by every
            # card of a re-import until the plan ends, was a tenth of what the plan held
            reader = functools.partial(self._read_known, known)
            return ParsedVCard(self._not_read, chunk.line, digest, True, reader)
        return ParsedVCard(
            _build(decoder, filename, source_file, chunk, problems), chunk.line, digest
        )

    def _read_known(self, index: int, problems: list[ImportProblem]) -> Contact:
        chunk = self._spans.chunk(self._data, index)
        return _build(self._decoder, self.path, self._source_file, chunk, problems)

    def parse_result(self) -> ParseResult:
        """Every card read at once, as a ParseResult."""
        with collector_paused():
            cards = list(self)
        return ParseResult(self.path, "vcard", cards, self.problems, self.cancelled)


@dataclass
class ParsedVCard(ParsedCard):
    """A card with a digest of its text: a re-import tells an unchanged card by it."""

    digest: str = ""
    known: bool = False  # not read (see read_vcard_bytes); ``read`` reads it
    reader: Callable[[list[ImportProblem]], Contact] | None = None

    def read(self, problems: list[ImportProblem]) -> Contact:
        """The contact of a known card, read now; its problems are added to ``problems``."""
        if self.reader is not None:
            self.contact, self.known, self.reader = self.reader(problems), False, None
        return self.contact


# Bump when the same card text would be read into a different contact (a parser change).
_DIGEST_VERSION = b"netdesk-vcard-1"


_DIGEST_START = hashlib.blake2b(digest_size=16, person=_DIGEST_VERSION)


def card_digest(body: bytes) -> str:
    """Digest of one card's text (after line-end and encoding normalisation), 128 bits."""
    # a copy of a hash begun once: the keyword arguments of a new one each time cost a third
    # of a small card's digest
    digest = _DIGEST_START.copy()
    digest.update(body)
    return digest.hexdigest()


_CUT_SHORT = QT_TRANSLATE_NOOP(
    "ImportProblem", "card has no END:VCARD (file cut short?); imported what was read of it"
)
_CUT_SHORT_LINE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "card has no END:VCARD (file cut short?); imported what was read of it, without its last "
    "line ({property}), which was cut off",
)


def _cut_short(
    decoder: _Decoder,
    filename: str,
    source_file: str,
    chunk: CardChunk,
    problems: list[ImportProblem],
) -> Contact | None:
    """What was read of the last card of a file cut short, if it names someone."""
    if chunk.cut is None:
        return None
    kept, halved = complete_lines(chunk.cut)
    found: list[ImportProblem] = []
    contact = _build(decoder, filename, source_file, CardChunk(chunk.line, kept), found)
    if not (
        contact.formatted_name.strip()
        or contact.given_name.strip()
        or contact.family_name.strip()
        or contact.organization.strip()
        or contact.emails
        or contact.phones
    ):
        return None
    if halved.strip():
        name = halved.split(b"\n", 1)[0].split(b":", 1)[0].split(b";", 1)[0]
        shown = name.decode("ascii", "replace").strip()[:_SHOWN_VALUE] or "?"
        problems.append(problem(filename, chunk.line, _CUT_SHORT_LINE, "warning", property=shown))
    else:
        problems.append(problem(filename, chunk.line, _CUT_SHORT, "warning"))
    problems += found
    return contact


def _build(
    decoder: _Decoder,
    filename: str,
    source_file: str,
    chunk: CardChunk,
    problems: list[ImportProblem],
) -> Contact:
    assert chunk.body is not None
    contact = None
    try:
        text = chunk.body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        builder = _CardBuilder(decoder, filename, chunk.line, problems)
        contact = builder.build_text(text)
    if contact is None:
        builder = _CardBuilder(decoder, filename, chunk.line, problems)
        contact = builder.build(tokenize(chunk.body), chunk.body)
    # Most cards are too short for a value beyond its limit, or more values of a kind than
    # they have lines (6 bytes at least for a line with a value, "TEL:1\n"); only tags come
    # several a line. With the fewest calls: trim's walk over every field was 5 µs a card.
    size = len(chunk.body)
    most = limits.VALUES_OF_A_KIND
    if (size > 6 * most and (size > limits.SHORTEST or chunk.body.count(b"\n") > most)) or len(
        contact.tags
    ) > limits.TAGS_PER_CARD:
        builder.keep_within_limits()
    contact.source_file = source_file
    return contact


class _CardBuilder:
    """Builds one Contact from one card's properties."""

    # What is said of a property names the line it begins on, not the card's BEGIN line: the
    # property being read (a Property of build's, a line of build_text's), and the card as
    # written, where its line is looked for when something is said. Class defaults: set in
    # __init__ for every card, they cost 0.8% of reading the bench's 10,000.
    at: Property | str | None = None
    body: bytes | None = None
    text_lines: list[str] = []  # noqa: RUF012 (replaced, never changed in place)
    folded_text = ""
    _property_lines: list[int] | None = None

    def __init__(
        self, decoder: _Decoder, filename: str, line: int, problems: list[ImportProblem]
    ) -> None:
        self.decoder = decoder
        self.filename = filename
        self.line = line
        self.problems = problems
        self.contact = Contact(source="vcard")
        self.group_labels: dict[str, str] = {}
        self.used_groups: set[str] = set()
        self.seen: set[str] = set()
        self.contact_lines: list[Property] = []
        self.said_stray: set[int] = set()  # the properties said to hold a stray byte
        # KAddressBook's department, read before an ORG that may name one of its own
        self.department_apart: Property | None = None

    def warn(self, template: str, **args: object) -> None:
        self.problems.append(problem(self.filename, self.where(), template, "warning", **args))

    def where(self, near_start: str = "") -> int:
        """The file's line where the property being read begins (its first line, if folded);
        the card's when there is none.

        Args:
            near_start: the start of the property's value as written (ASCII), when the line
                is asked for whatever is said (a photo's, for what the import finds in it
                later): only the card's text up to it is looked at, not the whole card, whose
                folded base64 took half as long as reading the card.
        """
        at = self.at
        if isinstance(at, Property):
            if self.body is None:
                return self.line
            index = next((i for i, p in enumerate(self.contact_lines) if p is at), -1)
            cut = self.body.find(near_start.encode("latin-1")) if near_start else -1
            if self._property_lines is None and cut >= 0:
                # the text before the value ends within this property: the last one there
                up_to = property_lines(self.body[:cut])
                if len(up_to) == index + 1:
                    return self.line + up_to[index]
            if self._property_lines is None:
                self._property_lines = property_lines(self.body)
            if not 0 <= index < len(self._property_lines):
                return self.line
            return self.line + self._property_lines[index]
        folded = self.folded_text
        if at is None or not folded:
            return self.line
        lines = self.text_lines
        try:
            index = lines.index(at)
        except ValueError:
            return self.line
        if lines[index] is not at:  # the same text on an earlier line
            index = next((i for i, line in enumerate(lines) if line is at), index)
        if "\n " not in folded and "\n\t" not in folded:  # no folds: a line is a line
            return self.line + len(folded) - len(folded.lstrip("\n")) + index
        before = sum(len(line) + 1 for line in lines[:index])
        cut = folded.find(near_start) if near_start else -1
        if cut >= 0:
            unfolded = Unfolded(folded[:cut])
            offset = len(unfolded.text) - len(unfolded.text.lstrip("\n")) + before
            # the text cut there ends within this line (not in a line before it, nor after)
            if offset <= len(unfolded.text) and at.startswith(unfolded.text[offset:]):
                return self.line + unfolded.line(offset)
        unfolded = Unfolded(folded)
        # as build_text splits it: the empty lines at its start taken off
        offset = len(unfolded.text) - len(unfolded.text.lstrip("\n")) + before
        return self.line + unfolded.line(offset)

    def keep_within_limits(self) -> None:
        """Cut or drop what a broken or hostile card holds beyond ``limits`` (a 5 MB name,
        10,000 phones), each said at the line it was read from."""
        contact = self.contact
        raw = contact.raw_properties  # as read: trim() replaces the list it shortens
        for item in limits.trim(contact):
            if item.field == "raw_properties":
                self.at = self._raw_line(raw[item.index])
                name = item.raw or _head_name(raw[item.index])
            else:
                name, self.at = self._line_of(item)
            template, args = limits.said(item)
            # the line looked for from the start of the property: not by unfolding the whole
            # card, which for a 60 MB note took a third more memory than reading it
            at = self.at
            start = at.value[:24].decode("latin-1") if isinstance(at, Property) else (at or "")
            line = self.where(start[:24])
            self.problems.append(
                problem(self.filename, line, template, "warning", field=name, **args)
            )
        self.at = None

    def _card_lines(self) -> list[tuple[str, Property | str]]:
        """(name, line) of each property of the card, as where() finds its line."""
        if self.contact_lines:  # read by build()
            return [(prop.name, prop) for prop in self.contact_lines]
        return [(_head_name(line), line) for line in self.text_lines]

    def _line_of(self, item: limits.Trimmed) -> tuple[str, Property | str | None]:
        """The property name and line ``item`` of ``limits.trim`` was read from: for too many
        values, the first left out; for a value too long, the first line longer than the
        limit (or, for notes, where all of them together pass it)."""
        names = _PROPERTIES_OF.get(item.field, ())
        lines = [(name, line) for name, line in self._card_lines() if name in names]
        if not lines:
            return (names[0] if names else item.field), None
        if item.how == "many":
            if item.field == "tags":  # several on a line: the line the one left out is on
                count = 0
                for name, line in lines:
                    count += len(split_list(_value_of(line)))
                    if count > item.limit:
                        return name, line
                return lines[-1]
            return lines[min(item.index, len(lines) - 1)]
        total = 0
        for name, line in lines:
            length = len(_value_of(line))
            total += length
            if length > item.limit or total > item.limit:
                return name, line
        return lines[0]

    def _raw_line(self, raw: str) -> Property | str | None:
        """The card's line a kept raw line was read from."""
        if self.contact_lines:
            return next((p for p in self.contact_lines if self.decoder.text(p.raw) == raw), None)
        return next((line for line in self.text_lines if line is raw or line == raw), None)

    def unusable(self, name: str, value: str, error: ValueError) -> None:
        """Say that property ``name`` holds ``value`` netdesk cannot use (it is kept raw)."""
        template = _UNUSABLE.get(name, _CANNOT_USE)
        if log.isEnabledFor(logging.INFO):  # where() looks for the line: not for nothing
            log.info("%s, line %d: %s: %s", self.filename, self.where(), name, error)
        shown = value.strip()
        if len(shown) > _SHOWN_VALUE:
            shown = shown[: _SHOWN_VALUE - 1] + "…"
        self.warn(template, property=name, value=repr(shown))

    def text(self, prop: Property) -> str:
        if not prop.params:
            try:
                return prop.value.decode("utf-8")  # the common case, without the lookups
            except UnicodeDecodeError:
                pass
        decoder = self.decoder
        decoder.stray = ""
        text = decoder.text(prop.value, prop.params.get("CHARSET"))
        if decoder.stray and id(prop) not in self.said_stray:
            self.said_stray.add(id(prop))
            self.warn(_STRAY_BYTES, property=prop.name, charset=decoder.stray)
        return text

    def keep_raw(self, prop: Property) -> None:
        self.contact.raw_properties.append(self.decoder.text(prop.raw))

    def label(self, prop: Property) -> tuple[str, bool]:
        label, preferred = prop.label, prop.preferred
        if prop.group and prop.group in self.group_labels:
            self.used_groups.add(prop.group)
            label = self.group_labels[prop.group]
        return label, preferred

    def build(self, properties: list[Property], body: bytes | None = None) -> Contact:
        """The contact of ``tokenize(body)``; ``body``, the card as written, gives what is
        said of a property its line (without it, the card's)."""
        self.contact_lines = properties
        self.body = body
        ablabels: list[Property] = []
        for prop in properties:
            if prop.name == "X-ABLABEL" and prop.group:
                self.group_labels[prop.group] = label_from_ablabel(
                    unescape(self.text(prop)), as_written=True
                )
                ablabels.append(prop)
        for prop in properties:
            name = prop.name
            if name in DROPPED or name == "X-ABLABEL":
                continue
            handler = _HANDLERS.get(name)
            self.at = prop
            try:
                if handler is not None:
                    assert handler is not None
                    handler(self, prop)
                elif name in RELATED_NAMES:
                    self.related(prop, RELATED_NAMES[name])
                elif name in NETDESK_TEXT:
                    setattr(self.contact, NETDESK_TEXT[name], unescape(self.text(prop)))
                else:
                    self.keep_raw(prop)
            except ValueError as error:
                self.unusable(name, prop.value.decode("utf-8", "replace"), error)
                self.keep_raw(prop)
        self.at = None
        for prop in ablabels:
            if prop.group not in self.used_groups:
                self.keep_raw(prop)
        return self.contact

    def build_text(self, body: str) -> Contact | None:
        """``build(tokenize(body))`` for a card that is valid UTF-8, without the Property
        objects and per-value decoding; None (nothing reported) when the card needs the full
        path: quoted-printable, CHARSET, quoted parameters, lines without a colon, custom fields.
        """
        # the card may hand over halfway: what it reports is kept back until it is read
        reported, self.problems = self.problems, []
        contact = self._read_text(body)
        if contact is not None:
            reported += self.problems
        self.problems = reported
        return contact

    def _read_text(self, body: str) -> Contact | None:
        self.folded_text = body
        if self.decoder.quoted_printable and "=\n" in body and "quoted-printable" in body.lower():
            return None  # soft line breaks to join first (lower(): ASCII letters map exactly)
        if "\n " in body:
            body = body.replace("\n ", "")
        # a tab is looked for first: one character is found with memchr, not by a walk
        if "\t" in body and "\n\t" in body:
            body = body.replace("\n\t", "")
        heads = _TEXT_HEADS
        if len(heads) > 4096:
            heads.clear()
        contact = self.contact
        seen = self.seen
        raw = contact.raw_properties
        group_labels = self.group_labels
        ablabels: list[tuple[str, str]] = []  # (group, line) of each grouped X-ABLabel
        # One pass over the lines: a first pass for the X-ABLabel lines cost 9% of the
        # instructions of reading the bench's 10,000 cards. A grouped e-mail, phone, URL or
        # address takes its group's label after the pass, as an X-ABLabel may follow it; a
        # grouped handler line, which may read or drop its group's label, has every label
        # read first (_labels_ahead) and the grouped values before it labelled.
        grouped: list[tuple[str, _Labelled | None]] = []
        labels_read = False  # every X-ABLabel of the card is in group_labels
        after_base64 = False
        # split and partition, not a regex walking every character of the card (a photo's
        # base64 too); the empty lines at either end (after BEGIN, before END) are blank
        lines = self.text_lines = body.strip("\n").split("\n")
        del body  # the card once more: not held while its lines are read (a 60 MB photo)
        for line in lines:
            head, colon, value = line.partition(":")
            parsed = heads.get(head)
            if parsed is None:
                parsed = heads[head] = _text_head(head)
                if parsed is None:
                    return None
            if after_base64 and not value and _BASE64_TEXT.fullmatch(head):
                return None  # a 2.1 base64 continuation line
            code, group, name, label, preferred, params, types, encoding, handler = parsed
            if code == _BLANK:
                continue
            if not colon:
                return None  # no colon
            after_base64 = encoding == "b"
            if code <= _ABLABEL:
                if code == _ABLABEL and group:
                    ablabels.append((group, line))
                    if not labels_read:
                        group_labels[group] = _label_of(value)
                continue  # dropped, X-ABLABEL
            try:
                if code == _RAW:
                    raw.append(line)
                elif code <= _ADR:  # labelled values
                    item: _Labelled | None = None
                    if code == _ADR:
                        parts = value.split(";") if "\\" not in value else split_components(value)
                        parts += [""] * 7
                        address = PostalAddress(label, preferred, *parts[:7])
                        if not address.is_empty():
                            contact.addresses.append(address)
                            item = address
                    else:
                        text = (unescape(value) if "\\" in value else value).strip()
                        if code == _EMAIL:
                            if text and not (
                                "@" not in text
                                and self.odd_line(line, name, text, odd_values.EMAIL_FIELD)
                            ):
                                item = EmailAddress(text, label, preferred)
                                contact.emails.append(item)
                        elif code == _TEL:
                            if text[:1] in "tT" and text[:4].lower() == "tel:":
                                text = text[4:]
                            if text:
                                if odd_values.not_a_phone(text):
                                    self.odd_line(line, name, text, odd_values.PHONE_FIELD)
                                item = PhoneNumber(text, label, preferred)
                                contact.phones.append(item)
                        elif text and not (
                            ":" in text
                            and odd_values.not_a_link(text)
                            and self.odd_line(line, name, text, odd_values.LINK_FIELD)
                        ):
                            item = WebLink(text, label, preferred)
                            contact.urls.append(item)
                    if group:
                        grouped.append((group, item))
                elif code == _CATEGORIES:
                    tags = contact.tags
                    for tag in value.split(",") if "\\" not in value else split_list(value):
                        tag = tag.strip()
                        if tag and tag not in tags:
                            tags.append(tag)
                elif code == _NOTE:
                    text = unescape(value) if "\\" in value else value
                    if "\r\n" in text:
                        text = text.replace("\r\n", "\n")
                    if text:
                        notes = contact.notes
                        contact.notes = f"{notes}\n{text}" if notes else text
                elif code <= _NICKNAME:  # single-valued: later ones are kept raw
                    if name in seen:
                        raw.append(line)
                        continue
                    seen.add(name)
                    if code == _N:
                        parts = value.split(";") if "\\" not in value else split_components(value)
                        parts += [""] * 5
                        contact.family_name, contact.given_name = parts[0], parts[1]
                        contact.additional_names, contact.prefix, contact.suffix = parts[2:5]
                    elif code == _ORG:
                        parts = value.split(";") if "\\" not in value else split_components(value)
                        contact.organization = parts[0]
                        # most an organization and one unit: that unit, without a join
                        rest = parts[1:]
                        department = (
                            rest[0] if len(rest) == 1 else "; ".join([p for p in rest if p])
                        )
                        if department:  # unit_of_org, inline: most cards have an ORG
                            if self.department_apart is not None:
                                self.keep_raw(self.department_apart)
                            contact.department = department
                    elif code == _BDAY:
                        if value.strip():
                            omit = params.get("X-APPLE-OMIT-YEAR", "")
                            contact.birthday = parse_date(value, omit)
                    else:
                        text = unescape(value) if "\\" in value else value
                        if code == _FN:
                            contact.formatted_name = text
                        elif code == _TITLE:
                            contact.title = text
                        elif code == _UID:
                            contact.uid = text.strip()
                        else:
                            contact.nickname = text
                elif code == _NETDESK_TEXT:
                    setattr(contact, NETDESK_TEXT[name], unescape(value))
                else:  # the rarer handlers, given the Property they expect
                    if group:  # related and X-ABDATE read, mark and drop their group's label
                        if not labels_read:
                            self._labels_ahead(lines)
                            labels_read = True
                        self._label_grouped(grouped)
                    prop = Property(
                        group,
                        name,
                        value.encode(),
                        line.encode(),
                        types,
                        params,
                        encoding,
                        label,
                        preferred,
                    )
                    assert handler is not None
                    self.at = line
                    handler(self, prop)
            except ValueError as error:
                self.at = line
                self.unusable(name, value, error)
                raw.append(line)  # the line's text as read
        if grouped:
            self._label_grouped(grouped)
        used_groups = self.used_groups
        for group, line in ablabels:
            if group not in used_groups:
                raw.append(line)
        return contact

    def _labels_ahead(self, lines: list[str]) -> None:
        """Put the label of every grouped X-ABLabel among ``lines`` in group_labels (the last
        one of a group wins), as build() reads them before any other line."""
        heads = _TEXT_HEADS
        for line in lines:
            head, colon, value = line.partition(":")
            parsed = heads.get(head)
            if parsed is None:
                parsed = heads[head] = _text_head(head)
            # a line build_text cannot read ends the card's reading before it matters
            if parsed is not None and parsed[0] == _ABLABEL and parsed[1] and colon:
                self.group_labels[parsed[1]] = _label_of(value)

    def _label_grouped(self, grouped: list[tuple[str, _Labelled | None]]) -> None:
        """Give each grouped value read so far its group's X-ABLabel, if it has one."""
        group_labels = self.group_labels
        for group, item in grouped:
            if group in group_labels:
                self.used_groups.add(group)
                if item is not None:
                    item.label = group_labels[group]
        grouped.clear()

    def first(self, prop: Property) -> bool:
        """True the first time a single-valued property is seen; later ones are kept raw."""
        if prop.name in self.seen:
            self.keep_raw(prop)
            return False
        self.seen.add(prop.name)
        return True

    # -- handlers -------------------------------------------------------------------------------

    def name(self, prop: Property) -> None:
        if not self.first(prop):
            return
        parts = split_components(self.text(prop)) + [""] * 5
        contact = self.contact
        contact.family_name, contact.given_name, contact.additional_names = parts[:3]
        contact.prefix, contact.suffix = parts[3:5]

    def formatted_name(self, prop: Property) -> None:
        if self.first(prop):
            self.contact.formatted_name = unescape(self.text(prop))

    def organization(self, prop: Property) -> None:
        if not self.first(prop):
            return
        parts = split_components(self.text(prop))
        self.contact.organization = parts[0]
        self.unit_of_org("; ".join(part for part in parts[1:] if part))

    def unit_of_org(self, department: str) -> None:
        """The department ORG names, over one read apart before it (kept as it was)."""
        if department:
            if self.department_apart is not None:
                self.keep_raw(self.department_apart)
            self.contact.department = department

    def department(self, prop: Property) -> None:
        """KAddressBook writes a bare ORG and its department apart: the department, unless
        ORG names one."""
        department = unescape(self.text(prop)).strip()
        if self.contact.department or not department or self.department_apart is not None:
            self.keep_raw(prop)
        else:
            self.contact.department, self.department_apart = department, prop

    def single_text(self, prop: Property) -> None:
        if self.first(prop):
            attribute = {"TITLE": "title", "UID": "uid"}[prop.name]
            value = unescape(self.text(prop))
            setattr(self.contact, attribute, value.strip() if attribute == "uid" else value)

    def nickname(self, prop: Property) -> None:
        if self.first(prop):
            self.contact.nickname = unescape(self.text(prop))

    def note(self, prop: Property) -> None:
        text = unescape(self.text(prop)).replace("\r\n", "\n")
        if text:
            notes = self.contact.notes
            self.contact.notes = f"{notes}\n{text}" if notes else text

    def email(self, prop: Property) -> None:
        value = unescape(self.text(prop)).strip()
        if value and not self.odd(prop, value, odd_values.not_an_email, odd_values.EMAIL_FIELD):
            label, preferred = self.label(prop)
            self.contact.emails.append(EmailAddress(value, label, preferred))

    def phone(self, prop: Property) -> None:
        value = unescape(self.text(prop)).strip()
        if value.lower().startswith("tel:"):
            value = value[4:]
        if value and not self.odd(prop, value, odd_values.not_a_phone, odd_values.PHONE_FIELD):
            label, preferred = self.label(prop)
            self.contact.phones.append(PhoneNumber(value, label, preferred))

    def odd(self, prop: Property, value: str, test: Callable[[str], bool], field: str) -> bool:
        """Whether ``value`` of ``prop`` is not what the property holds (see odd_values) and
        was kept as the custom field ``field`` instead (none: kept where it was); it is said."""
        if not test(value):
            return False
        return self.odd_line(prop, prop.name, value, field)

    def odd_line(self, at: Property | str, name: str, value: str, field: str) -> bool:
        """``odd`` of a value found odd, read from ``at`` (a Property, or build_text's line)."""
        self.at = at
        shown = value if len(value) <= _SHOWN_VALUE else value[: _SHOWN_VALUE - 1] + "…"
        self.warn(odd_values.SAID[field], property=name, value=repr(shown))
        if isinstance(at, str):
            self.at = None  # build_text says nothing else of its lines
        if not field:  # a phone: kept as one
            return False
        self.contact.custom_fields.append(CustomField(field, value))
        return True

    def address(self, prop: Property) -> None:
        parts = split_components(self.text(prop)) + [""] * 7
        label, preferred = self.label(prop)
        address = PostalAddress(label, preferred, *parts[:7])
        if not address.is_empty():
            self.contact.addresses.append(address)

    def url(self, prop: Property) -> None:
        value = unescape(self.text(prop)).strip()
        if value and not self.odd(prop, value, odd_values.not_a_link, odd_values.LINK_FIELD):
            label, preferred = self.label(prop)
            self.contact.urls.append(WebLink(value, label, preferred))

    def categories(self, prop: Property) -> None:
        for tag in split_list(self.text(prop)):
            tag = tag.strip()
            if tag and tag not in self.contact.tags:
                self.contact.tags.append(tag)

    def birthday(self, prop: Property) -> None:
        if self.first(prop) and self.text(prop).strip():
            omit = prop.params.get("X-APPLE-OMIT-YEAR", "")
            self.contact.birthday = parse_date(self.text(prop), omit)

    def anniversary(self, prop: Property) -> None:
        if self.contact.anniversary is None and self.text(prop).strip():
            self.contact.anniversary = parse_date(self.text(prop))
        else:
            self.keep_raw(prop)

    def abdate(self, prop: Property) -> None:
        label, _ = self.label(prop)
        if label == "anniversary" and self.contact.anniversary is None:
            self.contact.anniversary = parse_date(self.text(prop))
        else:
            self.used_groups.discard(prop.group)
            self.keep_raw(prop)

    def related(self, prop: Property, label: str = "") -> None:
        value = unescape(self.text(prop)).strip()
        if value:
            own_label, _ = self.label(prop)
            words = [word for word in prop.types if word != "pref"]
            label = label or own_label or (words[0] if words else "")
            self.contact.related.append(RelatedPerson(label=label, name=value))

    def custom_field(self, prop: Property) -> None:
        label = ""
        if prop.group in self.group_labels:
            self.used_groups.add(prop.group)
            label = unescape(self.decoder.text(self._raw_label(prop.group)))
        self.contact.custom_fields.append(CustomField(label, unescape(self.text(prop))))

    def _raw_label(self, group: str) -> bytes:
        # custom field labels keep their case, unlike the normalised email/phone labels
        for line in self.contact_lines:
            if line.group == group and line.name == "X-ABLABEL":
                return line.value
        return b""

    def met_on(self, prop: Property) -> None:
        self.contact.met_on = parse_date(self.text(prop))

    def keep_in_touch(self, prop: Property) -> None:
        days = cadence_from_text(self.text(prop))
        if days is None:  # "-5" made an item due before the last talk; 0 is "never"
            raise ValueError("not a keep-in-touch rhythm in days")
        self.contact.keep_in_touch_days = days

    def archived(self, prop: Property) -> None:
        self.contact.archived = self.text(prop).strip().lower() in ("1", "true", "yes")

    def photo(self, prop: Property) -> None:
        value_type = prop.params.get("VALUE", "").lower()
        data_uri = _DATA_URI.match(prop.value[:256])
        if prop.encoding != "b" and data_uri is None:
            url = self.text(prop).strip()
            if value_type in ("uri", "url") or _URL_VALUE.match(url):
                if self.contact.photo_url:
                    self.warn(QT_TRANSLATE_NOOP("ImportProblem", "a second PHOTO URL was dropped"))
                else:
                    self.contact.photo_url = url
                return
            if not url:
                return
        payload = prop.value[data_uri.end() :] if data_uri else prop.value
        if data_uri is not None and not data_uri.group(2):
            raise ValueError("PHOTO data: URI is not base64")
        if len(payload) * 3 // 4 > MAX_PHOTO_BYTES * 1.02 + 16:
            # its line looked for from its start: unfolding the whole card again for it took
            # a fifth of the memory of reading a card of a 60 MB photo
            line = self.where(prop.value[:24].decode("latin-1"))
            self.problems.append(
                problem(
                    self.filename,
                    line,
                    _PHOTO_TOO_BIG,
                    "warning",
                    megabytes=MAX_PHOTO_BYTES // (1024 * 1024),
                )
            )
            return
        try:
            image = binascii.a2b_base64(payload)
        except binascii.Error as error:
            log.info("%s, line %d: PHOTO: %s", self.filename, self.where(), error)
            self.warn(QT_TRANSLATE_NOOP("ImportProblem", "unreadable PHOTO dropped (not base64)"))
            return
        if len(image) > MAX_PHOTO_BYTES:
            self.warn(_PHOTO_TOO_BIG, megabytes=MAX_PHOTO_BYTES // (1024 * 1024))
        elif self.contact.photo is not None:
            self.warn(
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "a second PHOTO was dropped (netdesk keeps one photo per contact)",
                )
            )
        elif image:
            # where it was, for what the import finds in its content later (Pillow's work)
            photo = self.contact.photo = ReadPhoto(image)
            photo.where = (self.filename, self.where(prop.value[:24].decode("latin-1")))


_HANDLERS: dict[str, Callable[[_CardBuilder, Property], None]] = {
    "N": _CardBuilder.name,
    "FN": _CardBuilder.formatted_name,
    "ORG": _CardBuilder.organization,
    "TITLE": _CardBuilder.single_text,
    "UID": _CardBuilder.single_text,
    "NICKNAME": _CardBuilder.nickname,
    "NOTE": _CardBuilder.note,
    "EMAIL": _CardBuilder.email,
    "TEL": _CardBuilder.phone,
    "ADR": _CardBuilder.address,
    "URL": _CardBuilder.url,
    "CATEGORIES": _CardBuilder.categories,
    "BDAY": _CardBuilder.birthday,
    "ANNIVERSARY": _CardBuilder.anniversary,
    "X-ANNIVERSARY": _CardBuilder.anniversary,
    "X-EVOLUTION-ANNIVERSARY": _CardBuilder.anniversary,
    "X-MS-ANNIVERSARY": _CardBuilder.anniversary,
    "X-KADDRESSBOOK-X-ANNIVERSARY": _CardBuilder.anniversary,  # KAddressBook 3 and 4
    "X-KADDRESSBOOK-X-DEPARTMENT": _CardBuilder.department,
    "X-ABDATE": _CardBuilder.abdate,
    "RELATED": _CardBuilder.related,
    "X-ABRELATEDNAMES": _CardBuilder.related,
    "X-NETDESK-FIELD": _CardBuilder.custom_field,
    "X-NETDESK-MET-ON": _CardBuilder.met_on,
    "X-NETDESK-KEEP-IN-TOUCH-DAYS": _CardBuilder.keep_in_touch,
    "X-NETDESK-ARCHIVED": _CardBuilder.archived,
    "PHOTO": _CardBuilder.photo,
}


# -- the UTF-8 text path (build_text) ----------------------------------------------------------

_BASE64_TEXT = re.compile(r"[A-Za-z0-9+/=\s]+")
# Codes of build_text's dispatch, ordered so that ranges can be tested with one comparison.
_BLANK, _DROPPED, _ABLABEL, _RAW, _EMAIL, _TEL, _URL, _ADR = range(8)
_CATEGORIES, _NOTE, _N, _ORG, _BDAY, _FN, _TITLE, _UID, _NICKNAME = range(8, 17)
_NETDESK_TEXT, _HANDLER = 17, 18
_TEXT_CODES = {
    "X-ABLABEL": _ABLABEL,
    "EMAIL": _EMAIL,
    "TEL": _TEL,
    "URL": _URL,
    "ADR": _ADR,
    "CATEGORIES": _CATEGORIES,
    "NOTE": _NOTE,
    "N": _N,
    "ORG": _ORG,
    "BDAY": _BDAY,
    "FN": _FN,
    "TITLE": _TITLE,
    "UID": _UID,
    "NICKNAME": _NICKNAME,
}
_TextHead = tuple[
    int,
    str,
    str,
    str,
    bool,
    dict[str, str],
    list[str],
    str,
    Callable[[_CardBuilder, Property], None] | None,
]
_TEXT_HEADS: dict[str, _TextHead | None] = {}
_Labelled = EmailAddress | PhoneNumber | WebLink | PostalAddress


def _text_head(head: str) -> _TextHead | None:
    """build_text's reading of ``group.NAME;params`` (cached); None: the card needs tokenize."""
    if '"' in head:
        return None
    group, name, types, params, encoding, label, preferred = parse_head(head.encode())
    if encoding == "qp" or "CHARSET" in params or name == "X-NETDESK-FIELD":
        return None
    handler: Callable[[_CardBuilder, Property], None] | None = None
    if not name:
        code = _BLANK
    elif name in DROPPED:
        code = _DROPPED
    elif name in _TEXT_CODES:
        code = _TEXT_CODES[name]
    elif name in _HANDLERS:
        code, handler = _HANDLER, _HANDLERS[name]
    elif name in RELATED_NAMES:
        code, handler = _HANDLER, functools.partial(_related_as, RELATED_NAMES[name])
    elif name in NETDESK_TEXT:
        code = _NETDESK_TEXT
    else:
        code = _RAW
    return code, group, name, label, preferred, params, types, encoding, handler


_PROPERTIES_OF: dict[str, tuple[str, ...]] = {
    "formatted_name": ("FN",),
    "given_name": ("N",),
    "family_name": ("N",),
    "additional_names": ("N",),
    "prefix": ("N",),
    "suffix": ("N",),
    "nickname": ("NICKNAME",),
    "organization": ("ORG",),
    "department": ("ORG",),
    "title": ("TITLE",),
    "notes": ("NOTE",),
    "uid": ("UID",),
    "photo_url": ("PHOTO",),
    "emails": ("EMAIL",),
    "phones": ("TEL",),
    "urls": ("URL",),
    "addresses": ("ADR",),
    "related": ("RELATED", "X-ABRELATEDNAMES", *RELATED_NAMES),
    "custom_fields": ("X-NETDESK-FIELD",),
    "tags": ("CATEGORIES",),
    **{field: (name,) for name, field in NETDESK_TEXT.items()},
}


def _head_name(line: str) -> str:
    """The property name of an unfolded line ("item1.EMAIL;TYPE=work:..." -> "EMAIL")."""
    head = line[:1000].partition(":")[0].partition(";")[0]
    return head.rpartition(".")[2].strip().upper()


def _value_of(line: Property | str) -> str:
    if isinstance(line, Property):
        return line.value.decode("utf-8", "replace")
    return line.partition(":")[2]


def _related_as(label: str, builder: _CardBuilder, prop: Property) -> None:
    builder.related(prop, label)


def _label_of(ablabel: str) -> str:
    """Our label for the text of an X-ABLabel line."""
    return label_from_ablabel(unescape(ablabel) if "\\" in ablabel else ablabel, as_written=True)
