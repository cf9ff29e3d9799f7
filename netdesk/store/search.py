"""Full-text search: an FTS5 row per contact, written in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable

from netdesk.store.models import db
from netdesk.store.text import digits, fold, tokens

# Broad prefixes ("a", "jo") match tens of thousands of rows; ranking all of them costs tens of
# milliseconds, so only result sets up to this size are ordered by rank.
RANK_LIMIT = 2000
_INTERACTION_SUMMARIES = 50  # newest summaries indexed per contact


def fts_query(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query: every word a quoted prefix.

    Quotes, stars, AND/OR/NOT, NEAR and parentheses lose their meaning: only letters and
    digits survive, each wrapped in double quotes.
    """
    words = tokens(fold(text))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def _document(contact_id: int) -> tuple[str, str] | None:
    row = db.execute_sql(
        "SELECT given_name, family_name, additional_names, nickname, display_name, "
        "formatted_name, organization, department, title, notes, met_at, what_they_do, "
        "looking_for, can_offer FROM contact WHERE id = ?",
        (contact_id,),
    ).fetchone()
    if row is None:
        return None
    names = " ".join(row[:6])
    details = list(row[6:])
    details += [
        r[0] for r in db.execute_sql("SELECT value FROM email WHERE contact_id=?", (contact_id,))
    ]
    for raw, e164 in db.execute_sql(
        "SELECT raw, e164 FROM phone WHERE contact_id=?", (contact_id,)
    ):
        details += [raw, e164, digits(raw), digits(e164)]
        if e164.startswith("+") and len(digits(e164)) > 4:
            # national digits too, so "612345" finds "+34 612 34 56 78"
            details += [digits(raw).lstrip("0")]
    details += [
        r[0]
        for r in db.execute_sql(
            "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
            "WHERE ct.contact_id=?",
            (contact_id,),
        )
    ]
    details += [
        r[0]
        for r in db.execute_sql(
            "SELECT i.summary FROM interaction i JOIN interaction_contact ic "
            "ON ic.interaction_id = i.id WHERE ic.contact_id = ? ORDER BY i.occurred_at DESC "
            f"LIMIT {_INTERACTION_SUMMARIES}",
            (contact_id,),
        )
    ]
    return fold(names), fold(" ".join(d for d in details if d))


def reindex(contact_ids: Iterable[int]) -> None:
    """Rewrite the search rows of these contacts (call inside the write's transaction)."""
    for contact_id in set(contact_ids):
        db.execute_sql("DELETE FROM contact_fts WHERE rowid = ?", (contact_id,))
        document = _document(contact_id)
        if document is not None:
            db.execute_sql(
                "INSERT INTO contact_fts (rowid, names, details) VALUES (?, ?, ?)",
                (contact_id, *document),
            )


def search_ids(text: str, *, limit: int = 200, include_archived: bool = False) -> list[int]:
    """Contact ids matching ``text``, best first (name matches before other fields).

    Small result sets are ordered by bm25 rank (names weigh 10x); broad prefixes, where
    ranking would cost more than a frame, return name matches first in sort order.
    """
    query = fts_query(text)
    if query is None:
        return []
    archived = "" if include_archived else "AND c.archived = 0"
    probe = db.execute_sql(
        "SELECT count(*) FROM (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?)",
        (query, RANK_LIMIT + 1),
    ).fetchone()[0]
    if probe <= RANK_LIMIT:
        rows = db.execute_sql(
            "SELECT f.rowid FROM contact_fts f JOIN contact c ON c.id = f.rowid "
            f"WHERE contact_fts MATCH ? {archived} "
            "ORDER BY bm25(contact_fts, 10.0, 1.0), c.sort_key LIMIT ?",
            (query, limit),
        )
        return [r[0] for r in rows]
    name_query = "{names} : (" + query + ")"
    ids = [
        r[0]
        for r in db.execute_sql(
            "SELECT f.rowid FROM contact_fts f JOIN contact c ON c.id = f.rowid "
            f"WHERE contact_fts MATCH ? {archived} LIMIT ?",
            (name_query, limit),
        )
    ]
    if len(ids) < limit:
        seen = set(ids)
        for (rowid,) in db.execute_sql(
            "SELECT f.rowid FROM contact_fts f JOIN contact c ON c.id = f.rowid "
            f"WHERE contact_fts MATCH ? {archived} LIMIT ?",
            (query, limit + len(ids)),
        ):
            if rowid not in seen:
                ids.append(rowid)
                if len(ids) >= limit:
                    break
    return ids


def rebuild_all() -> None:
    """Re-create every search row (after a restore or a bulk load)."""
    db.execute_sql("DELETE FROM contact_fts")
    reindex(r[0] for r in db.execute_sql("SELECT id FROM contact"))
