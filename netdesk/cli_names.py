"""A full name typed on one line (netdesk-cli add --name) split into the card's name parts."""

from __future__ import annotations

import dataclasses
import re

from netdesk.core.names import is_cjk_name

# Titles before a name and what may follow it, compared without dots and case (not "Don",
# "Ma" or "Lady": given and family names too)
_PREFIXES = {
    "dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir", "dame", "rev", "fr", "hon", "sra",
    "srta", "dra", "dña", "herr", "frau", "mme", "mlle",
}  # fmt: skip
_SUFFIXES = {
    "jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "dds", "dvm", "esq", "mba", "cpa", "pmp",
    "rn", "obe", "mbe", "cbe", "kbe", "qc", "kc", "jd", "llm", "msc", "bsc",
}  # fmt: skip
# Words that belong to the family name that follows them ("van Beethoven", "bin Salman")
_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "le",
    "la", "ter", "ten", "zu", "bin", "bint", "ibn", "al", "el", "ben", "st",
    "بن", "ابن", "بنت", "آل",
}  # fmt: skip
_JOINS = {"y", "i", "e"}  # Spanish and Catalan "Ortega y Gasset": both names are the family's


@dataclasses.dataclass
class NameParts:
    prefix: str = ""
    given: str = ""
    family: str = ""
    suffix: str = ""


def _bare(word: str) -> str:
    return word.strip(".,").casefold()


def split_name(text: str, *, family_first: bool = False) -> NameParts:
    """The parts of ``text``: titles before it, degrees and generations after it (also after
    a comma: "O'Neill, PhD"), family name particles kept with the family name, and "Family,
    Given" as a list writes it. A Chinese, Japanese or Korean name of two words is written
    family name first ("山田 太郎": family 山田, shown 山田太郎, as the card shows one), and
    so is any name when ``family_first`` (Hungarian "Nagy Péter": family Nagy, given Péter)."""
    parts = NameParts()
    text = " ".join(text.split())
    head, comma, tail = text.partition(",")
    after = [w for w in re.split(r"[\s,]+", tail) if w]
    if comma and after and all(_bare(w) in _SUFFIXES for w in after):
        parts.suffix = tail.strip(" ,")
        text = head
    elif comma and head.strip() and tail.strip() and "," not in tail:
        # "Gil, Ana": a list's order, family name first
        parts.family, parts.given = head.strip(), tail.strip()
        return parts
    words = text.split()
    while len(words) > 1 and _bare(words[0]) in _PREFIXES:
        parts.prefix = " ".join(filter(None, [parts.prefix, words.pop(0)]))
    trailing: list[str] = []
    while len(words) > 1 and _bare(words[-1]) in _SUFFIXES:
        trailing.insert(0, words.pop())
    parts.suffix = " ".join(filter(None, [" ".join(trailing).rstrip(","), parts.suffix]))
    if len(words) < 2:
        if parts.prefix:  # "Mr. Smith": a title goes with the family name
            parts.family = " ".join(words)
        else:
            parts.given = " ".join(words)
        return parts
    if family_first or (len(words) == 2 and all(is_cjk_name(word) for word in words)):
        parts.family, parts.given = words[0], " ".join(words[1:])
        return parts
    start = len(words) - 1
    while start > 1 and (_bare(words[start - 1]) in _PARTICLES or words[start - 1] in _JOINS):
        start -= 1
        if words[start] in _JOINS and start > 1:
            start -= 1  # the first of the two family names it joins
    parts.given, parts.family = " ".join(words[:start]), " ".join(words[start:])
    return parts


def written_family_first(parts: NameParts) -> str:
    """The name as one writes it family name first ("Nagy Péter", "Dr. Nagy Péter"): what
    the card keeps as the name as written, so it is shown in that order. "" where the card
    shows it so anyway (a Chinese, Japanese or Korean name: 山田太郎, with no space)."""
    if not parts.family or not parts.given:
        return ""
    if is_cjk_name(parts.family) and is_cjk_name(parts.given):
        return ""
    return " ".join(p for p in (parts.prefix, parts.family, parts.given, parts.suffix) if p)
