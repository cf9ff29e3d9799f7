"""When two tag names are one tag: shared by the tag service and the contacts' own tags."""

from __future__ import annotations

from collections.abc import Iterable

from netdesk.store import contacts as contact_rows


def tag_key(name: str) -> str:
    """What makes two tag names one: case (beyond ASCII: "Émigré" is "ÉMIGRÉ", "Straße" is
    "STRASSE") and runs of spaces ignored; accents are not ("résumé" is not "resume")."""
    return " ".join(name.split()).casefold()


def as_stored(names: Iterable[str]) -> list[str]:
    """Tag names typed (on a card, with Ctrl+T) as the stored tags they name: "émigré" is the
    stored "Émigré", "open  source" the stored "open source". SQLite matches names with ASCII
    case alone, so such a name made a second, near-identical tag. A name of no stored tag is
    kept, its runs of spaces made one; a name given twice is kept once. (Two stored tags an
    earlier version made of one name, "Émigré" and "ÉMIGRÉ", both stay on a contact that has
    both: folding them is Manage tags' work, asked, not a side effect of an edit.)"""
    by_key: dict[str, str] | None = None
    found: list[str] = []
    for typed in names:
        name = " ".join(typed.split())
        if not name:
            continue
        if contact_rows.tag_row(name) is None:  # (found as written, or in another ASCII case)
            if by_key is None:  # every tag read once, and only for a name SQLite does not know
                by_key = {}
                for _id, stored, _days in contact_rows.tag_rows():
                    by_key.setdefault(tag_key(stored), stored)
            name = by_key.get(tag_key(name), name)
        found.append(name)
    return list(dict.fromkeys(found))
