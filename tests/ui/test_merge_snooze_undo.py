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


def test_a_redo_holds_the_kept_item_as_the_merge_did_after_a_talk_logged_outside(
    app_context: AppContext,
) -> None:
    """Bob held until 5 March is merged into Ana (the hold carried to her item due 20
    February); a talk of 27 January logged outside the undo stack (the command line, an
    import) moves her due to 26 February. Undo and Redo: the redo worked the hold out anew
    and Ana read due 5 March, where the stack had shown 26 February."""
    core = app_context.core
    start = dt.datetime(2026, 3, 2, 9, 0)
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    bob = core.contacts.create(Contact(given_name="Bob", keep_in_touch_days=30))
    core.journal.log([ana], "call", "Old call", at=start - dt.timedelta(days=40))
    (bobs,) = _cadence_items(app_context, bob)
    core.follow_ups.snooze(bobs.id or 0, start + dt.timedelta(days=3))

    assert push(app_context, MergeContacts(app_context, ana, bob))
    core.journal.log([ana], "call", "Talk from January", at=start - dt.timedelta(days=34))
    before = _cadence_items(app_context, ana)
    assert [f.effective_due for f in before] == [dt.datetime(2026, 2, 26)]

    app_context.undo_stack.undo()
    app_context.undo_stack.redo()
    assert _cadence_items(app_context, ana) == before
