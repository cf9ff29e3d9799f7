"""A stored follow-up written again holds, column by column, what a new one of the same
values holds: the update goes through one statement with the model's own conversions."""

from __future__ import annotations

import dataclasses
import datetime as dt

from netdesk.core import Core
from netdesk.core.types import Contact, FollowUp
from netdesk.store import journal as journal_rows
from netdesk.store.models import db

D = dt.datetime


def _raw(follow_up_id: int) -> tuple[object, ...]:
    return tuple(db.execute_sql("SELECT * FROM follow_up WHERE id = ?", (follow_up_id,)).fetchone())


def test_an_updated_follow_up_is_stored_as_a_new_one_of_the_same_values(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    now = D(2026, 3, 2, 9)
    with core.store.transaction():
        first, second = journal_rows.save_follow_ups(
            [
                FollowUp(contact_id=ana, due=D(2026, 3, 5, 10), note="Call"),
                FollowUp(contact_id=ana, due=D(2026, 3, 6), note="Mail", has_time=False),
            ],
            now,
        )
    stored = journal_rows.get_follow_up(first)
    assert stored is not None
    edited = dataclasses.replace(
        stored,
        contact_id=bob,
        due=D(2026, 4, 1, 8, 30, 15, 120000),
        has_time=False,
        note="Lunch ☕ «Río»",
        from_cadence=True,
        done_at=D(2026, 3, 3, 17, 45),
        snoozed_until=D(2026, 4, 2),
        snoozed_for=D(2026, 4, 1, 8, 30, 15, 120000),
        snoozed_at=D(2026, 3, 2, 9, 1),
    )
    with core.store.transaction():
        assert journal_rows.save_follow_ups([edited, edited], now) == [first, first]
        (fresh,) = journal_rows.save_follow_ups([dataclasses.replace(edited, id=None)], now)
    assert _raw(first)[1:] == _raw(fresh)[1:]
    assert journal_rows.get_follow_up(first) == dataclasses.replace(
        journal_rows.get_follow_up(fresh), id=first
    )
    assert _raw(second)[2:5] == ("2026-03-06 00:00:00", 0, "Mail")  # the other one stays
