"""Phones for Find duplicates beyond those sharing an E.164 form: the ones written nationally
for another country than the user's (no E.164 could be made: "07700 900123" in the US), and
the international ones they may be."""

from __future__ import annotations

from netdesk.store.models import db
from netdesk.store.text import digits


def national_only() -> list[tuple[int, str]]:
    """(contact id, the number's digits without its leading zeros) of every phone that has no
    E.164 form and is long enough to be a whole number (7 digits)."""
    found = []
    for contact_id, raw in db.execute_sql("SELECT contact_id, raw FROM phone WHERE e164 = ''"):
        national = digits(raw).lstrip("0")
        if len(national) >= 7:
            found.append((contact_id, national))
    return found


def international_ending_in(tails: set[str]) -> list[tuple[int, str]]:
    """(contact id, E.164) of every phone with an E.164 form whose last 7 digits are one of
    ``tails``."""
    if not tails:
        return []
    rows = db.execute_sql("SELECT contact_id, e164 FROM phone WHERE e164 != ''")
    return [(contact_id, e164) for contact_id, e164 in rows if e164[-7:] in tails]
