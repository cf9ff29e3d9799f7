"""Merging two contacts by hand: a keep-in-touch snooze of the merged-away card holds on
the kept one when it is later than the kept one's due; undo takes it back exactly."""

from __future__ import annotations

import copy
import datetime as dt

from netdesk.core import Core, duplicates
from netdesk.core.types import Contact, FollowUp

NOT_BEFORE = dt.datetime(2026, 4, 20, 9, 0)  # after keep's due (1 April)


def _cadence_item(core: Core, contact_id: int) -> FollowUp:
    (item,) = [
        f for f in core.follow_ups.of_contact(contact_id) if f.from_cadence and f.done_at is None
    ]
    return item


def _setup(core: Core) -> tuple[int, int]:
    keep = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    other = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=14))
    core.follow_ups.snooze(_cadence_item(core, other).id or 0, NOT_BEFORE)
    assert _cadence_item(core, keep).effective_due == dt.datetime(2026, 4, 1)
    return keep, other


def test_merge_carries_the_later_snooze_and_undo_takes_it_back(core: Core) -> None:
    """The other card snoozed "not before 20 April": the merged person was due 1 April."""
    keep, other = _setup(core)
    keep_item_before = _cadence_item(core, keep)
    other_item_before = _cadence_item(core, other)
    keep_before = copy.deepcopy(core.contacts.get(keep))
    assert keep_before is not None

    record = duplicates.merge(core, keep, other)
    item = _cadence_item(core, keep)
    assert item.id == keep_item_before.id
    assert item.due == dt.datetime(2026, 4, 1)
    assert item.effective_due == NOT_BEFORE
    assert core.follow_ups.due(dt.datetime(2026, 4, 19)) == []

    duplicates.undo_merge(core, copy.deepcopy(keep_before), record)
    assert _cadence_item(core, keep) == keep_item_before  # no snooze of its own, as before
    assert _cadence_item(core, other) == other_item_before  # the other's back, snoozed

    duplicates.merge(core, keep, other)  # redo
    assert _cadence_item(core, keep).effective_due == NOT_BEFORE


def test_an_earlier_snooze_of_the_other_leaves_the_kept_due(core: Core) -> None:
    keep = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    other = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=14))
    core.follow_ups.snooze(_cadence_item(core, other).id or 0, dt.datetime(2026, 3, 20))
    core.contacts.merge(keep, other)
    item = _cadence_item(core, keep)
    assert item.effective_due == dt.datetime(2026, 4, 1)
    assert item.snoozed_until is None
