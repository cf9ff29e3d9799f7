"""A merge made again after its undo (a redo) holds the kept item as the merge did."""

from __future__ import annotations

import copy
import datetime as dt

from netdesk.core import Core
from netdesk.core.types import Contact

START = dt.datetime(2026, 3, 2, 9, 0)


def test_a_redone_merge_holds_the_kept_item_as_the_merge_did(core: Core) -> None:
    """Bob held until 5 March is merged into Ana (the hold carried to her item, due 20
    February), then a talk of 27 January is logged outside the undo stack (the command line,
    an import): Ana's due moves to 26 February and the hold, made for 20 February, ends.
    Undone and redone, the merge held Ana's item for 26 February: due 5 March again, where
    the undo stack had shown 26 February."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    bob = core.contacts.create(Contact(given_name="Bob", keep_in_touch_days=30))
    core.journal.log([ana], "call", "Old call", at=START - dt.timedelta(days=40))
    (bobs,) = core.follow_ups.of_contact(bob)
    assert bobs.id is not None
    core.follow_ups.snooze(bobs.id, START + dt.timedelta(days=3))
    keep_before = copy.deepcopy(core.contacts.get(ana))
    assert keep_before is not None
    record = core.contacts.merge(ana, bob)
    assert [f.effective_due for f in core.follow_ups.of_contact(ana)] == [
        START + dt.timedelta(days=3)
    ]
    core.journal.log([ana], "call", "Talk from January", at=START - dt.timedelta(days=34))
    before = core.follow_ups.of_contact(ana)
    assert [f.effective_due for f in before] == [dt.datetime(2026, 2, 26)]

    core.contacts.undo_merge(copy.deepcopy(keep_before), record)
    again = core.contacts.merge(ana, bob, again=record)
    assert core.follow_ups.of_contact(ana) == before
    core.contacts.undo_merge(copy.deepcopy(keep_before), again)
    core.contacts.merge(ana, bob, again=again)  # and so on, redo after redo
    assert core.follow_ups.of_contact(ana) == before


def test_a_redone_merge_that_held_nothing_holds_nothing(core: Core) -> None:
    """Bob's hold ends before Ana is due: the merge leaves Ana's item alone. Her rhythm is
    set to a week since, outside the undo stack (an import): due before the hold's end now,
    her item was held by the redo, which the undo stack had not shown."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    bob = core.contacts.create(Contact(given_name="Bob", keep_in_touch_days=30))
    core.journal.log([ana], "call", "Recent call", at=START - dt.timedelta(days=2))
    (bobs,) = core.follow_ups.of_contact(bob)
    assert bobs.id is not None
    core.follow_ups.snooze(bobs.id, START + dt.timedelta(days=5))
    keep_before = copy.deepcopy(core.contacts.get(ana))
    assert keep_before is not None
    record = core.contacts.merge(ana, bob)
    core.contacts.set_cadence([ana], 7)
    before = core.follow_ups.of_contact(ana)
    assert [(f.due, f.snoozed_until) for f in before] == [(dt.datetime(2026, 3, 7), None)]
    core.contacts.undo_merge(copy.deepcopy(keep_before), record)
    core.contacts.merge(ana, bob, again=record)
    assert core.follow_ups.of_contact(ana) == before
