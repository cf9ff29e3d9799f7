"""Ids for new contacts, journal entries and follow-ups that no deleted contact's undo holds.

The tables have no AUTOINCREMENT, so SQLite gives a new row max(id) + 1: deleting the newest
contact and then logging, adding a follow-up or importing handed the new row an id the undo
of that delete still held. Putting the contact back then failed ("UNIQUE constraint failed"),
or worse, found "its" journal entry stored and linked the contact to someone else's, or wrote
its follow-up over someone else's. The ids a delete (or merge) record holds are reserved here;
other deletions, an undo's own, leave the next id where SQLite puts it, so a redo makes its
rows again with the ids later commands know.

The reservation is kept in the database (schema 11's ``held_id``), written in the delete's
own transaction: ``netdesk-cli add`` or an import run from another process while the app
holds the undo must not take those ids either (a reservation held by the app's memory alone
did not stop them). A cancelled delete rolls its reservation back with it. Ids below a
reservation are never handed out again, as with AUTOINCREMENT.
"""

from __future__ import annotations

from collections.abc import Iterable

from netdesk.store.models import db

TABLES = ("contact", "interaction", "follow_up")


def reserve(table: str, ids: Iterable[int | None]) -> None:
    """Never hand out these ids (nor any below them) for new rows of ``table`` again.
    Call inside the transaction that deletes them."""
    assert table in TABLES, table
    highest = max((i for i in ids if i is not None), default=0)
    if highest:
        db.execute_sql(
            'INSERT INTO "held_id" ("table_name", "highest") VALUES (?, ?) ON CONFLICT '
            '("table_name") DO UPDATE SET "highest" = max("highest", excluded."highest")',
            (table, highest),
        )


def take(table: str, count: int = 1) -> int:
    """The first of ``count`` consecutive new ids for ``table``: max(id) + 1, or above the
    reserved ones. Call inside the write's transaction (a rollback leaves a gap)."""
    assert table in TABLES, table
    if not count:
        return 0
    row = db.execute_sql(
        f'SELECT max((SELECT coalesce(max(id), 0) FROM "{table}"), '
        ' coalesce((SELECT "highest" FROM "held_id" WHERE "table_name" = ?), 0))',
        (table,),
    ).fetchone()
    return int(row[0]) + 1
