"""A follow-up written again sets its contact only when that changes: setting it had SQLite
check the foreign key at each update (most of the time logging a talk with 5,000 people
took went there, moving their keep-in-touch items)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact, FollowUp
from netdesk.store import journal as journal_rows
from netdesk.store.models import db

D = dt.datetime


@pytest.fixture
def statements() -> Iterator[list[str]]:
    seen: list[str] = []
    db.connection().set_trace_callback(seen.append)
    yield seen
    db.connection().set_trace_callback(None)


def _setting_contact(statements: list[str]) -> list[str]:
    return [s for s in statements if s.startswith("UPDATE follow_up") and "contact_id" in s]


def test_a_follow_up_of_the_same_contact_is_updated_without_setting_its_contact(
    core: Core, statements: list[str]
) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    now = D(2026, 3, 2, 9)
    with core.store.transaction():
        first, second = journal_rows.save_follow_ups(
            [
                FollowUp(contact_id=ana, due=D(2026, 3, 5, 10), note="Call"),
                FollowUp(contact_id=bob, due=D(2026, 3, 6), note="Mail"),
            ],
            now,
        )
    call, mail = journal_rows.get_follow_up(first), journal_rows.get_follow_up(second)
    assert call is not None and mail is not None
    statements.clear()
    with core.store.transaction():
        journal_rows.save_follow_ups(
            [dataclasses.replace(call, due=D(2026, 3, 9, 10)), dataclasses.replace(mail, note="M")],
            now,
        )
    assert _setting_contact(statements) == []
    moved_call, kept_mail = journal_rows.get_follow_up(first), journal_rows.get_follow_up(second)
    assert moved_call is not None and kept_mail is not None
    assert (moved_call.contact_id, moved_call.due) == (ana, D(2026, 3, 9, 10))
    assert (kept_mail.contact_id, kept_mail.note) == (bob, "M")

    # moved to another contact (a merge): that one is set, the other item's stays
    statements.clear()
    with core.store.transaction():
        journal_rows.save_follow_ups(
            [dataclasses.replace(moved_call, contact_id=bob), kept_mail], now
        )
    assert len(_setting_contact(statements)) == 1
    assert sorted(f.id for f in core.follow_ups.of_contact(bob)) == sorted([first, second])
    assert core.follow_ups.of_contact(ana) == []
