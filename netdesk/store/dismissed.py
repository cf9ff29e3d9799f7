"""Pairs of contacts the user said are not the same person (the not_duplicate table, schema 9).

A pair is always ``(low, high)`` with ``low < high``. Rows go with either contact when it is
deleted (ON DELETE CASCADE); writing a pair one of whose contacts no longer exists writes
nothing (an undo or redo after that contact was deleted), instead of failing on the key.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from netdesk.store.models import NotDuplicate, db

Pair = tuple[int, int]


def ordered(a: int, b: int) -> Pair:
    """The stored form of a pair: the smaller id first."""
    return (a, b) if a < b else (b, a)


def all_pairs() -> set[Pair]:
    """Every dismissed pair, in one query (find_duplicates skips them)."""
    rows = db.execute_sql("SELECT low_id, high_id FROM not_duplicate")
    return {(low, high) for low, high in rows}


def count() -> int:
    return int(NotDuplicate.select().count())


def of_contact(contact_id: int) -> list[Pair]:
    """The pairs ``contact_id`` is in."""
    rows = db.execute_sql(
        "SELECT low_id, high_id FROM not_duplicate WHERE low_id = ? UNION "
        "SELECT low_id, high_id FROM not_duplicate WHERE high_id = ? ORDER BY 1, 2",
        (contact_id, contact_id),
    )
    return [(low, high) for low, high in rows]


def of_contacts(contact_ids: Sequence[int]) -> list[Pair]:
    """The pairs any of ``contact_ids`` is in (each once), for a delete's undo record."""
    found: set[Pair] = set()
    for start in range(0, len(contact_ids), 400):
        chunk = list(contact_ids[start : start + 400])
        marks = ",".join("?" * len(chunk))
        found.update(
            (low, high)
            for low, high in db.execute_sql(
                f"SELECT low_id, high_id FROM not_duplicate WHERE low_id IN ({marks}) UNION "
                f"SELECT low_id, high_id FROM not_duplicate WHERE high_id IN ({marks})",
                chunk + chunk,
            )
        )
    return sorted(found)


def add(pairs: Iterable[Pair]) -> list[Pair]:
    """Record ``pairs`` (any order inside a pair; a pair of one contact is ignored).

    Returns:
        The pairs that were not recorded before and were written (both contacts exist).
    """
    wanted = list(dict.fromkeys(ordered(a, b) for a, b in pairs if a != b))
    added = []
    for low, high in wanted:
        db.execute_sql(
            "INSERT OR IGNORE INTO not_duplicate (low_id, high_id) SELECT ?, ? WHERE "
            "EXISTS (SELECT 1 FROM contact WHERE id = ?) AND "
            "EXISTS (SELECT 1 FROM contact WHERE id = ?)",
            (low, high, low, high),
        )
        # SQLite's own count: Python 3.11's cursor.rowcount tells an INSERT by upper-casing
        # with the C locale's rules, and under a Turkish one it was -1 (nothing recorded as
        # added, so undoing a merge left the answers it had handed over)
        if db.execute_sql("SELECT changes()").fetchone()[0] > 0:
            added.append((low, high))
    return added


def remove(pairs: Sequence[Pair]) -> None:
    for a, b in pairs:
        low, high = ordered(a, b)
        db.execute_sql("DELETE FROM not_duplicate WHERE low_id = ? AND high_id = ?", (low, high))


def remove_all() -> list[Pair]:
    """Forget every answer; returns what was forgotten (so it can be put back)."""
    forgotten = sorted(all_pairs())
    db.execute_sql("DELETE FROM not_duplicate")
    return forgotten
