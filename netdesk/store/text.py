"""Text folding shared by sorting, matching and search."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[^\W_]+")
# Letters with no Unicode decomposition that people still type without their stroke or ligature.
_UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)


def fold(text: str) -> str:
    """Case- and accent-free form: "Muñoz" -> "munoz", for sort keys and matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Words as SQLite's unicode61 tokenizer sees them (letters and digits, no underscore)."""
    return _TOKEN.findall(text)


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
