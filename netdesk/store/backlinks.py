"""Links other contacts hold to a contact ("met through", related people), kept for an undo.

Deleting a contact empties these links (ON DELETE SET NULL); undoing the delete, or a merge,
must put them back, or the contacts the user met through someone lose that story for good.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from netdesk.store.contacts import chunks
from netdesk.store.models import db

MET_THROUGH = "met_through"
RELATED = "related"


class Backlink(NamedTuple):
    """``holder`` points at ``target``: its "met through", or its related person at
    ``position`` named ``name``."""

    kind: str
    holder: int
    target: int
    position: int = 0
    name: str = ""


def pointing_at(contact_ids: Sequence[int]) -> list[Backlink]:
    """The links contacts other than ``contact_ids`` hold to any of them."""
    links: list[Backlink] = []
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        params = (*chunk, *chunk)
        links += [
            Backlink(MET_THROUGH, holder, target)
            for holder, target in db.execute_sql(
                f"SELECT id, met_through_id FROM contact WHERE met_through_id IN ({marks}) "
                f"AND id NOT IN ({marks})",
                params,
            )
        ]
        links += [
            Backlink(RELATED, holder, target, position, name)
            for holder, target, position, name in db.execute_sql(
                "SELECT contact_id, related_contact_id, position, name FROM related "
                f"WHERE related_contact_id IN ({marks}) AND contact_id NOT IN ({marks})",
                params,
            )
        ]
    return links


def between(contact_ids: Sequence[int]) -> list[Backlink]:
    """The links ``contact_ids`` hold to each other (those :func:`pointing_at` leaves out)."""
    among = set(contact_ids)
    links: list[Backlink] = []
    for chunk in chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        links += [
            Backlink(MET_THROUGH, holder, target)
            for holder, target in db.execute_sql(
                f"SELECT id, met_through_id FROM contact WHERE id IN ({marks}) "
                "AND met_through_id IS NOT NULL",
                chunk,
            )
            if target in among
        ]
        links += [
            Backlink(RELATED, holder, target, position, name)
            for holder, target, position, name in db.execute_sql(
                "SELECT contact_id, related_contact_id, position, name FROM related "
                f"WHERE contact_id IN ({marks}) AND related_contact_id IS NOT NULL",
                chunk,
            )
            if target in among
        ]
    return links


def point(links: Sequence[Backlink], *, to: int | None = None, unless: int | None = None) -> None:
    """Make each link point at its target again (or at ``to``, for a merge).

    A link is only written where it is empty, still points at its target, or points at
    ``unless`` (the contact a merge moved it to): a "met through" the user has set since is
    left alone. Links whose holder or target no longer exists are skipped.
    """
    for link in links:
        target = link.target if to is None else to
        if link.holder == target:
            continue
        if link.kind == MET_THROUGH:
            db.execute_sql(
                "UPDATE contact SET met_through_id = ? WHERE id = ? AND "
                "(met_through_id IS NULL OR met_through_id = ? OR met_through_id IS ?) "
                "AND EXISTS (SELECT 1 FROM contact c WHERE c.id = ?)",
                (target, link.holder, link.target, unless, target),
            )
        else:
            db.execute_sql(
                "UPDATE related SET related_contact_id = ? WHERE contact_id = ? AND position = ? "
                "AND name = ? AND (related_contact_id IS NULL OR related_contact_id = ? "
                "OR related_contact_id IS ?) AND EXISTS (SELECT 1 FROM contact c WHERE c.id = ?)",
                (target, link.holder, link.position, link.name, link.target, unless, target),
            )
