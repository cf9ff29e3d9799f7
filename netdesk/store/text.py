"""Text folding shared by sorting, matching and search."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[^\W_]+")
# Letters with no Unicode decomposition that people still type without their stroke or ligature.
_UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)


_NEEDS_TRANSLATION = re.compile(f"[{''.join(chr(code) for code in _UNDECOMPOSABLE)}]")
# Combining marks of the blocks accents come from, as one regex class (checked against
# unicodedata so a non-combining code point in these blocks, like U+034F, is never dropped).
_ACCENT_BLOCKS = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)
_ACCENTS = re.compile(
    "[{}]".format(
        "".join(
            re.escape(chr(code))
            for low, high in _ACCENT_BLOCKS
            for code in range(low, high + 1)
            if unicodedata.combining(chr(code))
        )
    )
)


def fold(text: str) -> str:
    """Case- and accent-free form: "Muñoz" -> "munoz", for sort keys and matching."""
    if text.isascii():
        return text.lower()  # the same result: ASCII has nothing to decompose or translate
    folded = text.casefold()
    if _NEEDS_TRANSLATION.search(folded):  # str.translate would look up every character
        folded = _NEEDS_TRANSLATION.sub(lambda found: found[0].translate(_UNDECOMPOSABLE), folded)
    stripped = _ACCENTS.sub("", unicodedata.normalize("NFKD", folded))
    if stripped.isascii():
        return stripped
    # other scripts may carry combining marks outside those blocks: the exact, slower way
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


def folded_contains(summary: str | None, body: str | None, needle: str) -> bool:
    """SQL ``netdesk_folded_in(summary, body, needle)``: ``needle`` (already folded) in
    either text, case and accents ignored ("angel" finds "Ángel")."""
    return needle in fold(summary or "") or needle in fold(body or "")


def tokens(text: str) -> list[str]:
    """Words as SQLite's unicode61 tokenizer sees them (letters and digits, no underscore)."""
    return _TOKEN.findall(text)


_NOT_ASCII_DIGITS = re.compile(r"[^0-9]+")


def digits(text: str) -> str:
    if text.isascii():  # in ASCII only 0-9 are digits: one regex instead of a loop (imports)
        return _NOT_ASCII_DIGITS.sub("", text)
    return "".join(ch for ch in text if ch.isdigit())
