"""The app's Merge command (undo stack): a snooze carried from the merged-away card onto the
kept one's keep-in-touch item is taken back by Undo and made again by Redo."""

from __future__ import annotations

import datetime as dt

from netdesk.core.types import Contact, FollowUp
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import MergeContacts
from netdesk.ui.undo import push

NOT_BEFORE = dt.datetime(2026, 4, 20, 9, 0)


def _cadence_items(context: AppContext, contact_id: int) -> list[FollowUp]:
    return [
        f
        for f in context.core.follow_ups.of_contact(contact_id)
        if f.from_cadence and f.done_at is None
    ]


def test_undo_and_redo_of_a_merge_that_carried_a_snooze(app_context: AppContext) -> None:
    core = app_context.core
    keep = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    other = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=14))
    (other_item,) = _cadence_items(app_context, other)
    core.follow_ups.snooze(other_item.id or 0, NOT_BEFORE)
    keep_items, other_items = _cadence_items(app_context, keep), _cadence_items(app_context, other)

    assert push(app_context, MergeContacts(app_context, keep, other))
    (item,) = _cadence_items(app_context, keep)
    assert (item.due, item.effective_due) == (dt.datetime(2026, 4, 1), NOT_BEFORE)

    app_context.undo_stack.undo()
    assert _cadence_items(app_context, keep) == keep_items
    assert _cadence_items(app_context, other) == other_items
    assert [f.contact_id for f in core.follow_ups.due(dt.datetime(2026, 4, 1))] == [keep]

    app_context.undo_stack.redo()
    assert core.contacts.get(other) is None
    (item,) = _cadence_items(app_context, keep)
    assert item.effective_due == NOT_BEFORE
    assert core.follow_ups.due(dt.datetime(2026, 4, 19)) == []
