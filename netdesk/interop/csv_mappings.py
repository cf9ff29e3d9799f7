"""The CSV column mappings the app remembers, read without Qt (for ``netdesk-cli import``).

The app keeps them in its data folder's settings.ini, written by QSettings, as
``[csv_mappings]`` ``<header signature>=<JSON object>``. This reads that one section with the
unescaping rules of QSettings' INI format, so a CSV mapped once in the app imports the same
from the command line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from pathlib import Path

log = logging.getLogger("netdesk.interop")

SECTION = "csv_mappings"
_SIMPLE_ESCAPES = {
    "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
    '"': '"', "'": "'", "?": "?", "\\": "\\",
}  # fmt: skip
_HEX = re.compile(r"[0-9A-Fa-f]+")
_OCTAL = re.compile(r"[0-7]+")


def header_signature(headers: list[str]) -> str:
    """The same header row (case and spacing aside) gives the same key."""
    text = "\x1f".join(" ".join(h.split()).casefold() for h in headers)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def unescape_ini_value(raw: str) -> str | None:
    """A value as QSettings wrote it into an INI file, back to the string it was; None for a
    value that is not one string (a list, a number type, an invalid variant)."""
    parts: list[str] = []
    current: list[str] = []
    kept = 0  # current[:kept] came quoted or escaped: spaces there are the value's own
    quoted = False
    i = 0
    raw = raw.strip(" \t")
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and i + 1 < len(raw):
            escape = raw[i + 1]
            i += 2
            if escape in _SIMPLE_ESCAPES:
                current.append(_SIMPLE_ESCAPES[escape])
            elif escape in "xX":
                digits = _HEX.match(raw, i)
                if digits:
                    current.append(chr(int(digits.group(), 16) & 0xFFFF))
                    i = digits.end()
            elif escape in "01234567":
                digits = _OCTAL.match(raw, i - 1)
                assert digits is not None
                current.append(chr(int(digits.group(), 8) & 0xFFFF))
                i = digits.end()
            else:
                current.append(escape)
            kept = len(current)
            continue
        elif ch == "\\":
            pass  # a lone backslash at the end: Qt drops it
        elif not quoted and ch == ",":
            parts.append("".join(current))
            current, kept = [], 0
        elif not quoted and ch == ";":
            break  # a comment
        else:
            current.append(ch)
            if quoted:
                kept = len(current)
        i += 1
    if parts:
        return None  # a list of strings, not ours
    value = "".join(current[:kept]) + "".join(current[kept:]).rstrip(" \t")
    if not value.startswith("@"):
        return value
    if value.startswith("@@"):
        return value[1:]
    if value.startswith("@String(") and value.endswith(")"):
        return value[len("@String(") : -1]
    return None  # @Variant(...), @ByteArray(...), @Invalid()


def _ini_section(text: str, section: str) -> dict[str, str]:
    """The raw ``key=value`` lines of one section, keys as written."""
    found: dict[str, str] = {}
    inside = False
    for line in text.split("\n"):  # not splitlines: a header may hold U+2028 or U+0085
        line = line.strip(" \t\r")
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            inside = line[1:-1].strip() == section
            continue
        if inside:
            key, sep, value = line.partition("=")
            if sep:
                found[key.strip()] = value
    return found


def remembered_mappings(settings_file: Path) -> dict[str, dict[str, str]]:
    """Every mapping remembered in ``settings_file``: header signature -> {header: field}.

    A missing or unreadable file, or an entry that is not a mapping, reads as none: the CSV
    is then unknown, as before the app was told.
    """
    try:
        text = settings_file.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        if settings_file.exists():
            log.warning("cannot read the remembered CSV columns in %s: %s", settings_file, error)
        return {}
    mappings = {}
    for key, raw in _ini_section(text, SECTION).items():
        value = unescape_ini_value(raw)
        if value is None:
            continue
        try:
            mapping = json.loads(value)
        except ValueError:
            continue
        if isinstance(mapping, dict):
            mappings[key] = {str(k): str(v) for k, v in mapping.items()}
    return mappings


def remembered_mapping(settings_file: Path, headers: list[str]) -> dict[str, str] | None:
    """The mapping the user chose in the app for this header row, if any."""
    return remembered_mappings(settings_file).get(header_signature(headers))
