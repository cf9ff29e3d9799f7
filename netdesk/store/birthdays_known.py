"""Everyone's birthday as stored, in one query (Find duplicates: two namesakes born in other
years, or on other days, are two people: a father and his son)."""

from __future__ import annotations

from netdesk.store.models import db


def by_contact() -> dict[int, str]:
    """Contact id -> its birthday's ISO text ("1985-04-15", "--04-15", "1985")."""
    rows = db.execute_sql(
        "SELECT id, birthday FROM contact WHERE birthday IS NOT NULL AND birthday != ''"
    )
    return {contact_id: str(birthday) for contact_id, birthday in rows}
