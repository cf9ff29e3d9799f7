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
    """SQL ``netdesk_folded_in(summary, body, needle)``: ``needle`` (already folded, its
    whitespace single spaces) in either text, case and accents ignored ("angel" finds
    "Ángel"); a phrase also across the line breaks of the notes (a pasted e-mail's)."""
    if needle in fold(summary or ""):
        return True
    notes = body or ""
    if " " in needle:
        notes = " ".join(notes.split())
    return needle in fold(notes)


def tokens(text: str) -> list[str]:
    """Words as SQLite's unicode61 tokenizer sees them (letters and digits, no underscore)."""
    return _TOKEN.findall(text)


# Words joined by an apostrophe or a hyphen, which the tokenizer splits: "O'Brien" is "o" and
# "brien", so "obrien" found nobody; the name is indexed under "obrien" too.
_JOINED = re.compile(r"[^\W_]+(?:['\u2019\u2010\u2011-][^\W_]+)+")
_JOINER_CHARS = "'\u2019\u2010\u2011-"
_JOINERS = str.maketrans("", "", _JOINER_CHARS)
_JOINER = re.compile(f"[{_JOINER_CHARS}]")
# Chinese, Japanese and Korean are written without spaces: the tokenizer makes one word of
# 佐藤花子, found by its start only. Each later start is indexed too, so 花子 finds it. (Folded:
# Hangul syllables are jamo, a syllable starting at a leading consonant, U+1100-U+115F.)
_CJK_RUN = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3005\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]{2,}"
)


def extra_name_words(folded: str) -> list[str]:
    """Words a name (already folded) is searched by beyond its tokens: its words joined by an
    apostrophe or hyphen written together ("obrien", "jeanluc") and each later start of a
    run of CJK characters ("花子" of "佐藤花子")."""
    if folded.isascii():  # most names: the only joiners ASCII has are "'" and "-"
        if "'" not in folded and "-" not in folded:
            return []
        return [word.translate(_JOINERS) for word in _JOINED.findall(folded)]
    found: list[str] = []
    if _JOINER.search(folded):
        found += [word.translate(_JOINERS) for word in _JOINED.findall(folded)]
    for run in _CJK_RUN.findall(folded):
        starts = range(1, len(run))
        found += [run[i:] for i in starts if not "\u1160" <= run[i] <= "\u11ff"]
    return found


# every ASCII character but 0-9, deleted: str.translate's ASCII path, faster than a regex
_ASCII_NOT_DIGITS = str.maketrans("", "", "".join(chr(c) for c in range(128) if not 48 <= c <= 57))


def digits(text: str) -> str:
    if text.isascii():  # in ASCII only 0-9 are digits: no loop in Python (imports)
        return text.translate(_ASCII_NOT_DIGITS)
    return "".join(ch for ch in text if ch.isdigit())
