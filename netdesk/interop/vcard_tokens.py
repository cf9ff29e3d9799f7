"""Fast part of the vCard reader: line ends, cards, unfolding, property splitting on bytes."""

from __future__ import annotations

import binascii
import bisect
import functools
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

from netdesk.interop.vcard_values import label_from_types

# Searched in a lower-cased copy of the file: a case-sensitive literal prefix scans much faster.
_BEGIN = re.compile(rb"^begin[ \t]*:[ \t]*vcard[ \t]*$", re.MULTILINE)
_END = re.compile(rb"^end[ \t]*:[ \t]*vcard[ \t]*$", re.MULTILINE)
# A bare CR that ends a line rather than sitting inside a value: it is followed by a property
# name and its ":" or ";" (or by a fold's space). Thunderbird writes bare CRs inside values.
_BARE_CR_LINE_END = re.compile(rb"\r(?!\n)(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]|[ \t])")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=\s]+")
_CONTENT_LINE = re.compile(rb"^([^:\n]*)(:?)(.*)$", re.MULTILINE)
_QP_WORD = re.compile(rb"(?i)quoted-printable")
# A QP property line ending in "=" and every following line while each ends in "=".
_QP_SOFT_BREAKS = re.compile(rb"(?im)^[^:\n]*quoted-printable[^:\n]*:.*=\n(?:.*=\n)*.*$")
_ENCODING_WORDS = {"QUOTED-PRINTABLE": "qp", "BASE64": "b", "B": "b", "8BIT": "", "7BIT": ""}


@dataclass(slots=True)
class Property:
    """One logical content line, split but not yet decoded to text."""

    group: str
    name: str  # upper case
    value: bytes  # the value, quoted-printable already decoded; base64 left as is
    raw: bytes  # the whole logical line (QP soft breaks joined), for raw_properties
    types: list[str] = field(default_factory=list)  # TYPE values and 2.1 bare words, lower case
    params: dict[str, str] = field(default_factory=dict)  # other parameters, upper-case keys
    encoding: str = ""  # "qp", "b" or ""
    label: str = ""  # our label from the TYPE words ("work", "home fax", "mobile", ...)
    preferred: bool = False  # TYPE=pref or a PREF parameter


@dataclass(slots=True)
class CardChunk:
    """The unfolded bytes of one card, with the 1-based line of its BEGIN."""

    line: int
    body: bytes | None  # None: no END:VCARD before the next BEGIN or the end of file
    # the last card of a file with no END:VCARD: everything after its BEGIN line
    cut: bytes | None = None


def normalise_line_ends(data: bytes) -> bytes:
    """Turn CRLF, CR CR LF, bare CR and mixed line ends into LF; keep a CR inside a value."""
    if b"\r" not in data:
        return data
    if b"\n" not in data:
        return data.replace(b"\r", b"\n")
    # In a CRLF file (most of them) every CR is followed by its LF: as many CRLFs as CRs.
    # Its CRs are then taken out, which finds them as single bytes (10 ms of 6 MB, counting
    # the CRLFs, against 15 replacing each CRLF; a search for CR CR LF first went over the
    # whole file in vain). Otherwise a CR is a CR CR LF's or a bare one: in the order the
    # cases need.
    lf = data.replace(b"\r", b"")
    if data.count(b"\r\n") == len(data) - len(lf):
        return lf
    data = data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n")
    if b"\r" in data:
        data = _BARE_CR_LINE_END.sub(b"\n", data)
    return data


def split_cards(data: bytes, lowered: bytes | None = None) -> Iterator[CardChunk]:
    """Yield each BEGIN:VCARD ... END:VCARD body of LF-normalised bytes, still folded.

    ``lowered``: ``data.lower()``, when the caller has it already.
    """
    spans = CardSpans(data, lowered)
    for index in range(len(spans)):
        yield spans.chunk(data, index)


_NO_END = -1  # a stop of CardSpans: no END:VCARD before the next BEGIN
_CUT = -2  # a stop of CardSpans: the last card, with no END:VCARD before the end of the file


class CardSpans:
    """Where each card of LF-normalised bytes is: its BEGIN's line and its body's start and
    end, three integers a card, found in one pass over the file.

    The reader makes each card's CardChunk only when it reads that card: a list of them held
    a copy of every card's bytes and an object for each (300,000 empty cards: 60 MiB).
    """

    def __init__(self, data: bytes, lowered: bytes | None = None) -> None:
        if lowered is None:
            lowered = data.lower()
        self.lines, self.starts, self.stops = array("q"), array("q"), array("q")
        line = 1
        counted_to = 0
        opened = -1  # where the BEGIN line of the card being read ends; -1: no card open
        opened_line = 0
        # the marker lines in file order, each read once (two sorted lists searched with
        # bisect for each card: 4% of the instructions of reading the bench's 10,000 cards)
        for start, stop, begins in _markers(lowered):
            if begins:
                line += data.count(b"\n", counted_to, start)
                counted_to = start
                if opened >= 0:
                    self._add(opened_line, opened, _NO_END)  # no END:VCARD before this BEGIN
                opened, opened_line = stop, line
            elif opened >= 0:
                self._add(opened_line, opened, start)
                opened = -1
            # an END:VCARD with no card open is no card
        if opened >= 0:
            self._add(opened_line, opened, _CUT)

    def _add(self, line: int, start: int, stop: int) -> None:
        self.lines.append(line)
        self.starts.append(start)
        self.stops.append(stop)

    def __len__(self) -> int:
        return len(self.lines)

    def chunk(self, data: bytes, index: int) -> CardChunk:
        """The ``index``-th card of ``data`` (the bytes these spans were found in)."""
        line, start, stop = self.lines[index], self.starts[index], self.stops[index]
        if stop == _NO_END:
            return CardChunk(line, None)
        if stop == _CUT:
            return CardChunk(line, None, data[start:])
        return CardChunk(line, data[start:stop])


_MARKER_LINE = re.compile(rb"(begin|end)[ \t]*:[ \t]*vcard[ \t]*")
# The same line after a line end: its literal "\n" lets the regex engine run from line end to
# line end. Finding each "vcard" and then its line's ends with find/rfind (arguments parsed for
# each call) cost 2% of the instructions of reading the bench's 10,000 cards.
# A BEGIN:VCARD may follow an END:VCARD on its line: a file that ends without a line break
# joined to the next (``cat a.vcf b.vcf``) hid both, and the next card's lines were read as
# extras of the one before, without a word (a BOM between them: encoding.to_utf8_bytes).
# Tried after the line end first: an optional group instead cost 20 ms more on 61 MB, this
# 7 (each line's own alternative is tried only where the other fails).
_MARKER_AFTER_LF = re.compile(
    rb"\n((?:begin|end)[ \t]*:[ \t]*vcard[ \t]*)"
    rb"(?:(?![^\n])|(begin[ \t]*:[ \t]*vcard[ \t]*)(?![^\n]))"
)


def _markers(lowered: bytes) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is BEGIN) of every BEGIN:VCARD and END:VCARD line in file order, as
    ``_BEGIN``/``_END`` find them."""
    first_end = lowered.find(b"\n")
    if first_end < 0:
        first_end = len(lowered)
    if _MARKER_LINE.fullmatch(lowered, 0, first_end) is not None:
        yield 0, first_end, lowered[0] == 0x62  # "b"egin, not "e"nd
    for match in _MARKER_AFTER_LF.finditer(lowered):
        start, stop = match.span(1)
        yield start, stop, lowered[start] == 0x62
        if match.lastindex == 2:  # END:VCARDBEGIN:VCARD
            start, stop = match.span(2)
            yield start, stop, True


def complete_lines(cut: bytes) -> tuple[bytes, bytes]:
    """The text of a card cut off by the end of its file split into its complete content
    lines and the last one, which the cut may have halved (b"" when the file ended with a
    line end). A fold's continuation or a quoted-printable soft break goes with the line it
    continues."""
    if cut.endswith(b"\n") or not cut.strip():
        return cut, b""
    lines = cut.split(b"\n")
    last = len(lines) - 1
    while last > 0:
        if lines[last][:1] in (b" ", b"\t"):
            last -= 1
            continue
        start = last
        while start > 0 and lines[start - 1].endswith(b"="):
            start -= 1
        if start == last or not _QP_WORD.search(lines[start].partition(b":")[0]):
            break
        last = start
    kept = b"\n".join(lines[:last])
    return (kept + b"\n" if kept else b""), b"\n".join(lines[last:])


def has_card(data: bytes, lowered: bytes | None = None) -> bool:
    """True when ``data`` has a BEGIN:VCARD line; ``lowered``: ``data.lower()``, if known."""
    return _BEGIN.search(data.lower() if lowered is None else lowered) is not None


def _split_head(head: bytes) -> list[bytes]:
    """Split ``name;param;param`` on semicolons outside double quotes."""
    if b'"' not in head:
        return head.split(b";")
    parts: list[bytes] = []
    current = bytearray()
    quoted = False
    for byte in head:
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3B and not quoted:
            parts.append(bytes(current))
            current.clear()
            continue
        current.append(byte)
    parts.append(bytes(current))
    return parts


def _colon_outside_quotes(line: bytes) -> int:
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return index
    return -1


def _join_soft_breaks(match: re.Match[bytes]) -> bytes:
    return match.group(0).replace(b"=\n", b"")


def tokenize(body: bytes) -> list[Property]:
    """Unfold one card body and split it into properties (QP decoded, nothing else).

    Quoted-printable soft breaks are joined first (a 2.1 continuation line need not start with
    a space), then folds are removed, then one regex splits every line into head and value.
    """
    if b"=\n" in body and _QP_WORD.search(body):
        body = _QP_SOFT_BREAKS.sub(_join_soft_breaks, body)
    if b"\n " in body or b"\n\t" in body:
        body = body.replace(b"\n ", b"").replace(b"\n\t", b"")
    properties: list[Property] = []
    heads = _HEAD_CACHE
    if len(heads) > 4096:
        heads.clear()
    last_base64: Property | None = None
    for head, colon, value in _CONTENT_LINE.findall(body):
        if b'"' in head:
            head, colon, value = _requote(head, colon + value)
        parsed = heads.get(head)
        if parsed is None:
            parsed = heads[head] = parse_head(head)
        group, name, types, params, encoding, label, preferred = parsed
        if not value and last_base64 is not None and _BASE64_LINE.fullmatch(head):
            last_base64.value += head.strip()  # 2.1 base64 continuation without indentation
            last_base64.raw += head.strip()
            continue
        if not name:
            continue  # blank or comment line
        line = head + colon + value
        if encoding == "qp":
            value = binascii.a2b_qp(value)
        prop = Property(group, name, value, line, types, params, encoding, label, preferred)
        last_base64 = prop if encoding == "b" else None
        properties.append(prop)
    return properties


def _requote(head: bytes, rest: bytes) -> tuple[bytes, bytes, bytes]:
    """Re-split a line whose parameters hold a quoted ``:``."""
    line = head + rest
    colon = _colon_outside_quotes(line)
    if colon < 0:
        return line, b"", b""
    return line[:colon], b":", line[colon + 1 :]


_Head = tuple[str, str, list[str], dict[str, str], str, str, bool]
_HEAD_CACHE: dict[bytes, _Head] = {}


def parse_head(head: bytes) -> _Head:
    """Group, upper-case name, TYPE words, parameters and encoding of ``group.NAME;params``.

    The result is cached and shared between properties: callers must not mutate it.
    """
    parts = _split_head(head) if b";" in head else [head]
    name = parts[0].strip().decode("ascii", "replace").upper()
    group = ""
    if "." in name:
        group, _, name = name.rpartition(".")
    if name.startswith("#"):
        name = ""
    prop = Property(group, name, b"", b"")
    if len(parts) > 1:
        _read_params(prop, parts[1:])
    label, preferred = label_from_types(prop.types)
    preferred = preferred or "PREF" in prop.params
    return group, name, prop.types, prop.params, prop.encoding, label, preferred


def _read_params(prop: Property, parts: list[bytes]) -> None:
    for part in parts:
        text = part.decode("utf-8", "replace").strip()
        if not text:
            continue
        key, sep, value = text.partition("=")
        if not sep:
            word = key.upper()
            if word in _ENCODING_WORDS:
                prop.encoding = _ENCODING_WORDS[word]
            else:
                prop.types.append(key.lower())
            continue
        key = key.strip().upper()
        value = value.strip()
        if key == "TYPE":
            prop.types.extend(
                word.strip().strip('"').lower() for word in value.split(",") if word.strip()
            )
        elif key == "ENCODING":
            prop.encoding = _ENCODING_WORDS.get(value.upper().strip('"'), "")
        else:
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            prop.params[key] = value


# -- where a property was written: for what is said of it (looked for only then) -------------


class Unfolded:
    """A card's text with its folds, and its quoted-printable soft breaks if asked, taken out
    as tokenize and build_text take them out, able to say on which line of the text as written
    any of its characters was. Bytes are given as Latin-1 text: one character a byte."""

    def __init__(self, folded: str, *, soft_breaks: bool = False) -> None:
        self.folded = folded
        self._stages: list[tuple[list[int], list[int]]] = []
        text = folded
        if soft_breaks and "=\n" in text and _as_text(_QP_WORD).search(text):
            spans = [match.span() for match in _as_text(_QP_SOFT_BREAKS).finditer(text)]
            text = self._without(text, "=\n", spans)
        for fold in ("\n ", "\n\t"):  # one after the other, as str.replace took them out
            if fold in text:
                text = self._without(text, fold, [(0, len(text))])
        self.text = text

    def _without(self, text: str, taken: str, spans: list[tuple[int, int]]) -> str:
        pieces: list[str] = []
        new_starts, old_starts = [0], [0]
        position = 0
        for start, end in spans:
            found = text.find(taken, max(start, position), end)
            while found >= 0 and found + len(taken) <= end:
                pieces.append(text[position:found])
                position = found + len(taken)
                old_starts.append(position)
                new_starts.append(position - len(taken) * (len(old_starts) - 1))
                found = text.find(taken, position, end)
        pieces.append(text[position:])
        self._stages.append((new_starts, old_starts))
        return "".join(pieces)

    def line(self, offset: int) -> int:
        """The 0-based line of the folded text where character ``offset`` of ``text`` was."""
        for new_starts, old_starts in reversed(self._stages):
            piece = bisect.bisect_right(new_starts, offset) - 1
            offset = old_starts[piece] + offset - new_starts[piece]
        return self.folded.count("\n", 0, offset)


@functools.cache
def _as_text(pattern: re.Pattern[bytes]) -> re.Pattern[str]:
    """``pattern`` for text, compiled when first needed: at import, 2 million instructions."""
    return re.compile(pattern.pattern.decode("ascii"))


def property_lines(body: bytes) -> list[int]:
    """The 0-based line of ``body`` (a card as written, folded) where each property
    ``tokenize(body)`` makes begins, in its order: its first line, when it is folded."""
    unfolded = Unfolded(body.decode("latin-1"), soft_breaks=True)
    text = unfolded.text.encode("latin-1")
    lines: list[int] = []
    after_base64 = False
    # the decisions of tokenize's loop, on the same lines
    for match in _CONTENT_LINE.finditer(text):
        head, colon, value = match.groups()
        if b'"' in head:
            head, colon, value = _requote(head, colon + value)
        parsed = parse_head(head)
        name, encoding = parsed[1], parsed[4]
        if not value and after_base64 and _BASE64_LINE.fullmatch(head):
            continue
        if not name:
            continue
        lines.append(unfolded.line(match.start()))
        after_base64 = encoding == "b"
    return lines
