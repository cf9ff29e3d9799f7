"""A contact's own "never" keep in touch (0) overrides its tags' default cadence."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.contacts import ValidationError
from netdesk.core.followups import effective_cadence
from netdesk.core.types import NEVER_KEEP_IN_TOUCH, Contact, FollowUp


def _open_cadence_items(core: Core, contact_id: int) -> list[FollowUp]:
    return [f for f in core.follow_ups.of_contact(contact_id) if f.from_cadence]


def _client(core: Core, keep_in_touch_days: int | None = None) -> int:
    """A contact tagged "client", a tag that keeps in touch every month by default."""
    contact = Contact(given_name="Ana", tags=["client"], keep_in_touch_days=keep_in_touch_days)
    contact_id = core.contacts.create(contact)
    core.tags.set_cadence("client", 30)
    return contact_id


def test_never_overrides_the_tags_default_and_from_its_tags_comes_back(core: Core) -> None:
    ana = _client(core)
    (item,) = _open_cadence_items(core, ana)
    core.contacts.set_cadence([ana], NEVER_KEEP_IN_TOUCH)
    assert effective_cadence(ana) is None
    assert _open_cadence_items(core, ana) == []  # closed, as when a cadence ends
    assert core.follow_ups.count_due(dt.datetime(2027, 1, 1)) == 0
    stored = core.contacts.get(ana)
    assert stored is not None
    assert (stored.keep_in_touch_days, stored.next_due) == (NEVER_KEEP_IN_TOUCH, None)
    # "from its tags" again (NULL): the tag's rhythm, with the same item back
    core.contacts.set_cadence([ana], None)
    (back,) = _open_cadence_items(core, ana)
    assert (back.id, back.due) == (item.id, dt.datetime(2026, 4, 1))


def test_never_holds_when_the_tag_changes_or_a_talk_is_logged(
    core: Core, clock: FixedClock
) -> None:
    ana = _client(core, keep_in_touch_days=NEVER_KEEP_IN_TOUCH)
    assert _open_cadence_items(core, ana) == []
    core.tags.set_cadence("client", 7)
    core.contacts.add_tag([ana], "mentors")
    core.tags.set_cadence("mentors", 14)
    clock.advance(days=3)
    core.journal.log([ana], "call", "Caught up")
    assert _open_cadence_items(core, ana) == []
    assert core.contacts.summaries([ana])[0].next_due is None


def test_a_card_saved_with_never_and_a_bad_cadence_refused(core: Core) -> None:
    ana = _client(core)
    contact = core.contacts.get(ana)
    assert contact is not None
    contact.keep_in_touch_days = NEVER_KEEP_IN_TOUCH
    core.contacts.update(contact)
    assert _open_cadence_items(core, ana) == []
    contact.keep_in_touch_days = -1
    with pytest.raises(ValidationError, match="over 0"):
        core.contacts.update(contact)
    with pytest.raises(ValidationError):
        core.contacts.set_cadence([ana], -7)


def test_the_undo_of_a_bulk_cadence_gives_never_back(core: Core) -> None:
    ana = _client(core, keep_in_touch_days=NEVER_KEEP_IN_TOUCH)
    ben = _client(core)
    before = {s.id: s.keep_in_touch_days for s in core.contacts.summaries([ana, ben])}
    core.contacts.set_cadence([ana, ben], 7)
    assert len(_open_cadence_items(core, ana)) == 1
    core.contacts.set_each(before, core.contacts.set_cadence)
    assert [s.keep_in_touch_days for s in core.contacts.summaries([ana, ben])] == [0, None]
    assert _open_cadence_items(core, ana) == []
    assert len(_open_cadence_items(core, ben)) == 1


def test_worth_reviving_leaves_out_those_set_to_never(core: Core, clock: FixedClock) -> None:
    ana = _client(core, keep_in_touch_days=NEVER_KEEP_IN_TOUCH)
    ben = _client(core)
    for _ in range(3):
        core.journal.log([ana, ben], "call", "Talked")
    clock.advance(days=400)
    assert core.contacts.worth_reviving() == [ben]
