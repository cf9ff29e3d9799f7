"""Fast part of the vCard reader: line ends, cards, unfolding, property splitting on bytes."""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_BEGIN = re.compile(rb"^begin[ \t]*:[ \t]*vcard[ \t]*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(rb"^end[ \t]*:[ \t]*vcard[ \t]*$", re.IGNORECASE | re.MULTILINE)
# A bare CR that ends a line rather than sitting inside a value: it is followed by a property
# name and its ":" or ";" (or by a fold's space). Thunderbird writes bare CRs inside values.
_BARE_CR_LINE_END = re.compile(rb"\r(?!\n)(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]|[ \t])")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=\s]+")
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


@dataclass(slots=True)
class CardChunk:
    """The unfolded bytes of one card, with the 1-based line of its BEGIN."""

    line: int
    body: bytes | None  # None: no END:VCARD before the next BEGIN or the end of file


def normalise_line_ends(data: bytes) -> bytes:
    """Turn CRLF, CR CR LF, bare CR and mixed line ends into LF; keep a CR inside a value."""
    if b"\r" not in data:
        return data
    if b"\n" not in data:
        return data.replace(b"\r", b"\n")
    data = data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n")
    if b"\r" in data:
        data = _BARE_CR_LINE_END.sub(b"\n", data)
    return data


def split_cards(data: bytes) -> Iterator[CardChunk]:
    """Yield each BEGIN:VCARD ... END:VCARD body of LF-normalised bytes, still folded."""
    position = 0
    line = 1
    counted_to = 0
    while True:
        begin = _BEGIN.search(data, position)
        if begin is None:
            return
        line += data.count(b"\n", counted_to, begin.start())
        counted_to = begin.start()
        end = _END.search(data, begin.end())
        next_begin = _BEGIN.search(data, begin.end())
        if end is None or (next_begin is not None and next_begin.start() < end.start()):
            yield CardChunk(line, None)
            if next_begin is None:
                return
            position = next_begin.start()
            continue
        yield CardChunk(line, data[begin.end() : end.start()])
        position = end.end()


def has_card(data: bytes) -> bool:
    return _BEGIN.search(data) is not None


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


def tokenize(body: bytes) -> list[Property]:
    """Unfold one card body and split it into properties (QP decoded, nothing else)."""
    if b"\n " in body or b"\n\t" in body:
        body = body.replace(b"\n ", b"").replace(b"\n\t", b"")
    lines = body.split(b"\n")
    properties: list[Property] = []
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        index += 1
        colon = line.find(b":")
        if colon >= 0 and b'"' in line[:colon]:
            colon = _colon_outside_quotes(line)
        if colon < 0:
            stripped = line.strip()
            if not stripped or stripped.startswith(b"#"):
                continue  # blank or comment line
            last = properties[-1] if properties else None
            if last is not None and last.encoding == "b" and _BASE64_LINE.fullmatch(stripped):
                last.value += stripped  # 2.1 base64 continuation written without indentation
                last.raw += stripped
                continue
            head, value = line, b""  # "FN" with no colon: an empty value
        else:
            head, value = line[:colon], line[colon + 1 :]
        parts = _split_head(head) if b";" in head else [head]
        name = parts[0].strip().decode("ascii", "replace").upper()
        group = ""
        if "." in name:
            group, _, name = name.rpartition(".")
        if not name or name.startswith("#"):
            continue
        prop = Property(group, name, value, line)
        if len(parts) > 1:
            _read_params(prop, parts[1:])
        if prop.encoding == "qp":
            raw = line
            while value.endswith(b"=") and index < count:
                value = value[:-1] + lines[index]  # soft line break: join the next line
                raw = raw[:-1] + lines[index]
                index += 1
            prop.raw = raw
            prop.value = binascii.a2b_qp(value)
        properties.append(prop)
    return properties


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
