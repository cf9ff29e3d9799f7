"""A display name that writes the name's parts in its own order follows their edits; a long
name shown where it must wrap."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from netdesk.core.names import structured_name
from netdesk.core.types import Contact

# the name parts, in the order the card and structured_name take them
PARTS = ("prefix", "given_name", "additional_names", "family_name", "suffix")
WORD_SHOWN = 16  # letters of a word without spaces shown on a line before it may break
_BREAK = "\u200b"  # zero width space: a line may break there, nothing is shown


def breakable(name: str) -> str:
    """``name`` with a place to break the line every WORD_SHOWN letters of a word longer than
    that (an e-mail shown as the name, "BartholomewBartholomew…"), never before an accent.
    In a wrapping label such a word could not break: one name under "Introduced you to" made
    the card 946 pixels wide at least, its fields cut off beside a scroll bar."""
    shown: list[str] = []
    run = 0
    for letter in name:
        if letter.isspace():
            run = 0
        elif run >= WORD_SHOWN and not unicodedata.combining(letter):
            shown.append(_BREAK)
            run = 0
        if not letter.isspace():
            run += 1
        shown.append(letter)
    return "".join(shown)


def parts_name(parts: Sequence[str]) -> str:
    """The name the parts (in PARTS order) make: what is shown without a display name."""
    prefix, given, additional, family, suffix = parts
    return structured_name(
        Contact(
            prefix=prefix,
            given_name=given,
            additional_names=additional,
            family_name=family,
            suffix=suffix,
        )
    )


def _written_order(text: str, parts: list[tuple[int, str]]) -> list[tuple[str, int]] | None:
    """How ``text`` writes these (index, part) pairs, each once, separated by spaces or not:
    [(what comes before it, index)...], else None."""
    if not parts:
        return [] if not text.strip() else None
    spaces = len(text) - len(text.lstrip())
    before, rest = text[:spaces], text[spaces:]
    for at, (index, part) in enumerate(parts):
        if rest.startswith(part):
            others = parts[:at] + parts[at + 1 :]
            order = _written_order(rest[len(part) :], others)
            if order is not None:
                return [(before, index), *order]
    return None


def followed(written: str, old: Sequence[str], new: Sequence[str]) -> str | None:
    """``written`` (the card's Display name) after the name parts (prefix, given, middle,
    family, suffix) changed from ``old`` to ``new`` (as written when they did not change),
    or None when it is empty or a name of its own.

    A display name that is the name the old parts make becomes the one the new parts make;
    one that writes the old parts in another order or spacing ("Nagy Péter", "山田 太郎")
    keeps that order with the new parts (a part emptied leaves it, a part added goes beside
    its neighbour in the usual order; a prefix first, a suffix last). Left as it was, it no
    longer matched the parts and the name shown turned given name first.
    """
    if not written.strip():
        return None
    if list(old) == list(new):
        return written
    if " ".join(written.split()) == parts_name(old):
        return parts_name(new)
    order = _written_order(
        written.strip(), [(i, p.strip()) for i, p in enumerate(old) if p.strip()]
    )
    if not order:
        return None
    # the space between parts, none where the name writes them together (山田太郎)
    gap = "" if len(order) > 1 and not any(before for before, _index in order[1:]) else " "
    pieces = [(before, new[index].strip(), index) for before, index in order]
    for index, part in enumerate(new):
        if part.strip() and not old[index].strip():
            pieces.insert(_place_of(index, [i for _b, _p, i in pieces]), (gap, part.strip(), index))
    text = ""
    for before, part, _index in pieces:
        if part:
            text += (before or gap if text else "") + part
    return text or None


def _place_of(index: int, written: list[int]) -> int:
    """Where a part added to a name written in this order of part indexes goes."""
    if index == 0:  # prefix
        return 0
    if index == len(PARTS) - 1:  # suffix
        return len(written)
    for neighbour in range(index - 1, -1, -1):  # after the part it follows in the usual order
        if neighbour in written:
            return written.index(neighbour) + 1
    for neighbour in range(index + 1, len(PARTS)):  # else before the one it precedes
        if neighbour in written:
            return written.index(neighbour)
    return len(written)
