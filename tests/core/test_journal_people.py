"""Editing who an entry is with: those taken off and those added get their clocks again."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact

D = dt.datetime


def test_the_people_of_an_entry_can_be_changed_and_changed_back(core: Core) -> None:
    """Logged with the wrong Ana: she is taken off (her last talk is the one before again)
    and the right one put on (her clock restarts from it)."""
    wrong = core.contacts.create(Contact(given_name="Ana", family_name="Ruiz"))
    right = core.contacts.create(
        Contact(given_name="Ana", family_name="Gil", keep_in_touch_days=30)
    )
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.journal.log([wrong], "call", "Older", at=D(2026, 1, 5, 10))
    entry_id = core.journal.log([wrong, bob], "meeting", "Lunch", at=D(2026, 2, 20, 13))
    entry = core.journal.get(entry_id)
    assert entry is not None
    before = core.journal.update(dataclasses.replace(entry, contact_ids=[right, bob]), people=True)
    assert before == entry
    changed = core.journal.get(entry_id)
    assert changed is not None and sorted(changed.contact_ids) == sorted([right, bob])
    assert [e.summary for e in core.journal.for_contact(wrong)] == ["Older"]
    assert core.contacts.get(wrong).last_interaction == D(2026, 1, 5, 10)  # type: ignore[union-attr]
    got = core.contacts.get(right)
    assert got is not None and got.last_interaction == D(2026, 2, 20, 13)
    assert got.next_due == D(2026, 3, 22)
    core.journal.update(before, people=True)  # the undo
    back = core.journal.get(entry_id)
    assert back is not None and sorted(back.contact_ids) == sorted([wrong, bob])
    assert core.contacts.get(right).last_interaction is None  # type: ignore[union-attr]
    assert core.contacts.get(wrong).last_interaction == D(2026, 2, 20, 13)  # type: ignore[union-attr]


def test_people_deleted_meanwhile_are_left_out_and_nobody_is_refused(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    entry = core.journal.get(core.journal.log([ana], "call", "Call"))
    assert entry is not None
    core.contacts.delete([bob])
    core.journal.update(dataclasses.replace(entry, contact_ids=[ana, bob]), people=True)
    assert core.journal.get(entry.id or 0).contact_ids == [ana]  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="at least one contact"):
        core.journal.update(dataclasses.replace(entry, contact_ids=[bob]), people=True)
    with pytest.raises(ValueError, match="at least one contact"):
        core.journal.update(dataclasses.replace(entry, contact_ids=[]), people=True)
    assert core.journal.get(entry.id or 0) == entry  # nothing written
