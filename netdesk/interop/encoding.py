"""Byte-level text detection shared by the vCard and CSV readers: BOMs, UTF-16, legacy charsets."""

from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

log = logging.getLogger("netdesk.interop")

# Legacy charsets worth considering for undeclared 8-bit contact data, most likely first.
LEGACY_CANDIDATES = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "iso8859_15",
    "koi8_r",
    "cp932",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
]
FALLBACK_CHARSET = "cp1252"
_SAMPLE_BYTES = 64 * 1024
_N_TILDE_NOT_BEFORE_VOWEL = re.compile(r"[ñÑ](?![aeiouáéíóúAEIOUÁÉÍÓÚ])")
_N_ACUTE_BEFORE_VOWEL = re.compile(r"[ńŃ][aeiouyąęóAEIOUYĄĘÓ]")


def utf16_byte_order(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the bytes are UTF-16 (BOM or NUL pattern), else None."""
    if data[:2] == codecs.BOM_UTF16_LE and data[:4] != codecs.BOM_UTF32_LE:
        return "utf-16-le"
    if data[:2] == codecs.BOM_UTF16_BE:
        return "utf-16-be"
    head = data[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    # Mostly-ASCII UTF-16 text has a NUL in (nearly) every other byte and almost none in between.
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    return None


def to_utf8_bytes(data: bytes) -> bytes:
    """Drop a UTF-8 BOM, or transcode UTF-16 (with or without BOM) to UTF-8 bytes."""
    order = utf16_byte_order(data)
    if order is not None:
        text = data.decode(order, errors="replace")
        return text.lstrip("\ufeff").encode("utf-8")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:]
    return data


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any charset we read (images, archives, executables)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13, 27))
    return controls > len(head) // 100 + 1


def _letter_ratio(text: str) -> float:
    """Share of non-ASCII characters that are letters: wrong charsets yield symbols."""
    high = [char for char in text if ord(char) > 127]
    if not high:
        return 1.0
    return sum(char.isalpha() for char in high) / len(high)


def detect_legacy_charset(sample: bytes) -> str:
    """Best guess for undeclared non-UTF-8 bytes; never fails (falls back on cp1252).

    charset-normalizer alone mistakes short Shift_JIS names for Korean and cannot rank the
    candidates we care about, so each legacy candidate is scored by how many of its non-ASCII
    characters are letters; charset-normalizer's own pick breaks ties between single-byte
    charsets (cp1250 "ń" against cp1252 "ñ"), and the order of LEGACY_CANDIDATES breaks the rest.
    """
    sample = sample[:_SAMPLE_BYTES]
    scores: dict[str, float] = {}
    for candidate in LEGACY_CANDIDATES:
        try:
            scores[candidate] = _letter_ratio(sample.decode(candidate))
        except UnicodeDecodeError:
            continue
    if not scores:
        return FALLBACK_CHARSET
    top = max(scores.values())
    tied = [name for name, score in scores.items() if score >= top - 0.02]
    try:
        best = from_bytes(sample).best()
    except Exception:  # charset-normalizer is a heuristic; never let it stop an import
        log.exception("charset detection failed")
        best = None
    if "cp1252" in tied and "cp1250" in tied:
        # The classic tie: 0xF1 is Spanish "ñ" (always before a vowel) or Polish "ń" (never
        # before one: Polish writes "ni" there). Count what each reading makes implausible.
        western = len(_N_TILDE_NOT_BEFORE_VOWEL.findall(sample.decode("cp1252")))
        central = len(_N_ACUTE_BEFORE_VOWEL.findall(sample.decode("cp1250")))
        if western != central:
            return "cp1252" if western < central else "cp1250"
    if best is not None:
        suggested = codecs.lookup(best.encoding).name
        for name in tied:
            if codecs.lookup(name).name == suggested:
                return name
    return tied[0]


def codec_for(charset: str) -> str | None:
    """Python's codec name for a declared charset label, or None when unknown."""
    label = charset.strip().strip('"').lower()
    if label in ("", "default"):
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
