"""Cadences and follow-ups: the clock restarts on every interaction; tag defaults; actions."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.contacts import ListFilter
from netdesk.core.types import Contact, FollowUp


def test_logging_restarts_the_cadence_clock(core: Core, clock: FixedClock) -> None:
    contact_id = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    first = core.contacts.get(contact_id)
    assert first is not None
    assert first.next_due == dt.datetime(2026, 4, 1)  # 30 days after being added
    clock.advance(days=10)
    core.journal.log([contact_id], "call", "Catch-up")
    after = core.contacts.get(contact_id)
    assert after is not None
    assert after.last_interaction == clock.now()
    assert after.next_due == dt.datetime(2026, 4, 11)
    assert len(core.follow_ups.of_contact(contact_id)) == 1


def test_an_older_interaction_does_not_move_last_interaction_back(
    core: Core, clock: FixedClock
) -> None:
    contact_id = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    core.journal.log([contact_id], "call", "today")
    core.journal.log([contact_id], "note", "backfilled", at=clock.now() - dt.timedelta(days=90))
    contact = core.contacts.get(contact_id)
    assert contact is not None and contact.last_interaction == clock.now()


def test_one_interaction_with_several_people(core: Core, clock: FixedClock) -> None:
    ids = [core.contacts.create(Contact(given_name=n, keep_in_touch_days=14)) for n in "ABC"]
    core.journal.log(ids[:2], "meeting", "Board meeting")
    for contact_id in ids[:2]:
        contact = core.contacts.get(contact_id)
        assert contact is not None and contact.last_interaction == clock.now()
    untouched = core.contacts.get(ids[2])
    assert untouched is not None and untouched.last_interaction is None


def test_tag_default_applies_but_the_contacts_own_cadence_wins(core: Core) -> None:
    tagged = core.contacts.create(Contact(given_name="T", tags=["mentors"]))
    own = core.contacts.create(Contact(given_name="O", tags=["mentors"], keep_in_touch_days=90))
    core.tags.set_cadence("mentors", 30)
    t = core.contacts.get(tagged)
    o = core.contacts.get(own)
    assert t is not None and o is not None
    assert t.next_due == dt.datetime(2026, 4, 1)
    assert o.next_due == dt.datetime(2026, 5, 31)
    core.tags.set_cadence("mentors", None)
    t = core.contacts.get(tagged)
    assert t is not None and t.next_due is None


def test_due_and_overdue_as_of_a_given_time(core: Core) -> None:
    a = core.contacts.create(Contact(given_name="A"))
    b = core.contacts.create(Contact(given_name="B"))
    core.follow_ups.add(a, dt.datetime(2026, 3, 1, 10), "overdue")
    core.follow_ups.add(b, dt.datetime(2026, 3, 2, 15), "later today")
    core.follow_ups.add(b, dt.datetime(2026, 3, 5), "friday", has_time=False)
    assert [f.note for f in core.follow_ups.due()] == ["overdue"]
    at = dt.datetime(2026, 3, 5, 8)
    assert [f.note for f in core.follow_ups.due(at)] == ["overdue", "later today", "friday"]
    assert core.follow_ups.count_due(at) == 3
    assert core.contacts.list_ids(ListFilter.DUE) == [a]


def test_snooze_reschedule_skip_done(core: Core, clock: FixedClock) -> None:
    contact_id = core.contacts.create(Contact(given_name="A", keep_in_touch_days=7))
    clock.advance(days=8)
    (item,) = core.follow_ups.due()
    assert item.from_cadence
    assert item.id is not None
    core.follow_ups.snooze(item.id, clock.now() + dt.timedelta(hours=3))
    assert core.follow_ups.due() == []
    clock.advance(hours=3)
    assert [f.id for f in core.follow_ups.due()] == [item.id]
    skipped = core.follow_ups.skip(item.id)
    assert skipped.effective_due == dt.datetime(2026, 3, 16)  # the next cycle: due 9 + 7
    assert core.follow_ups.due() == []
    manual = core.follow_ups.add(contact_id, clock.now(), "send proposal")
    moved = core.follow_ups.reschedule(manual, clock.now() + dt.timedelta(days=2))
    assert moved.due == clock.now() + dt.timedelta(days=2)
    core.journal.complete(manual, "Sent the proposal")
    closed = core.follow_ups.get(manual)
    assert closed is not None and closed.done_at == clock.now()
    contact = core.contacts.get(contact_id)
    assert contact is not None
    assert contact.last_interaction == clock.now()
    assert contact.next_due == dt.datetime.combine(
        (clock.now() + dt.timedelta(days=7)).date(), dt.time()
    )


def test_done_on_a_cadence_item_logs_and_restarts(core: Core, clock: FixedClock) -> None:
    contact_id = core.contacts.create(Contact(given_name="A", keep_in_touch_days=7))
    clock.advance(days=9)
    (item,) = core.follow_ups.due()
    assert item.id is not None
    core.journal.complete(item.id, "Called her")
    assert core.follow_ups.due() == []
    assert [i.summary for i in core.journal.for_contact(contact_id)] == ["Called her"]
    (next_item,) = core.follow_ups.of_contact(contact_id)
    assert next_item.due == dt.datetime(2026, 3, 18)


def test_next_due_after_for_the_single_timer(core: Core, clock: FixedClock) -> None:
    a = core.contacts.create(Contact(given_name="A"))
    core.follow_ups.add(a, clock.now() + dt.timedelta(hours=5), "later")
    core.follow_ups.add(a, clock.now() + dt.timedelta(hours=2), "sooner")
    assert core.follow_ups.next_due_after(clock.now()) == clock.now() + dt.timedelta(hours=2)
    core.contacts.set_archived([a], True)
    assert core.follow_ups.next_due_after(clock.now()) is None


def test_journal_filters(core: Core, clock: FixedClock) -> None:
    a = core.contacts.create(Contact(given_name="A"))
    core.journal.log([a], "call", "Budget call", at=clock.now() - dt.timedelta(days=3))
    core.journal.log([a], "email", "Sent 100% of the deck", at=clock.now() - dt.timedelta(days=1))
    assert [i.summary for i in core.journal.all(kind="call")] == ["Budget call"]
    assert [i.summary for i in core.journal.all(text="100%")] == ["Sent 100% of the deck"]
    assert core.journal.all(text="%") != []
    since = clock.now() - dt.timedelta(days=2)
    assert [i.summary for i in core.journal.all(since=since)] == ["Sent 100% of the deck"]


def test_deleting_an_interaction_restores_previous_state(core: Core, clock: FixedClock) -> None:
    a = core.contacts.create(Contact(given_name="A", keep_in_touch_days=10))
    old = clock.now() - dt.timedelta(days=5)
    core.journal.log([a], "call", "first", at=old)
    latest = core.journal.log([a], "call", "second")
    entry = core.journal.delete(latest)
    contact = core.contacts.get(a)
    assert contact is not None and contact.last_interaction == old
    assert entry is not None
    core.journal.restore(entry)
    contact = core.contacts.get(a)
    assert contact is not None and contact.last_interaction == clock.now()


def test_between_gives_a_page_and_the_true_count(core: Core, clock: FixedClock) -> None:
    from netdesk.core.followups import PAGE

    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(PAGE + 3)]
    for n, contact_id in enumerate(ids):
        core.follow_ups.add(contact_id, dt.datetime(2026, 3, 1, 8) + dt.timedelta(minutes=n), "x")
    core.contacts.set_archived(ids[:2], True)
    core.follow_ups.add(ids[2], dt.datetime(2026, 3, 3, 9), "tomorrow")
    midnight = dt.datetime(2026, 3, 2)
    page, total = core.follow_ups.between(dt.datetime.min, midnight)
    assert len(page) == PAGE
    assert total == PAGE + 1  # two belong to archived contacts
    later, later_total = core.follow_ups.between(midnight, midnight + dt.timedelta(days=2))
    assert [f.note for f in later] == ["tomorrow"]
    assert later_total == 1
    assert core.follow_ups.count_due(clock.now()) == PAGE + 1


def test_put_back_restores_an_item_exactly(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    item_id = core.follow_ups.add(ana, core.clock.now() - dt.timedelta(days=1), "Send slides")
    before = core.follow_ups.get(item_id)
    assert before is not None
    core.follow_ups.snooze(item_id, core.clock.now() + dt.timedelta(days=2))
    core.follow_ups.mark_done(item_id)
    assert core.follow_ups.count_due() == 0
    core.follow_ups.put_back(before)
    assert core.follow_ups.get(item_id) == before
    assert core.follow_ups.count_due() == 1
    assert core.contacts.summaries([ana])[0].next_due == before.effective_due


def _cadence_item(core: Core, contact_id: int) -> FollowUp:
    (item,) = [f for f in core.follow_ups.of_contact(contact_id) if f.from_cadence]
    return item


def _snoozed_when_due(core: Core, clock: FixedClock) -> tuple[int, FollowUp, dt.datetime]:
    """Ana, with a weekly cadence, due yesterday and snoozed for three days."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    clock.advance(days=8)
    item = _cadence_item(core, ana)
    assert item.id is not None
    until = clock.now() + dt.timedelta(days=3)
    core.follow_ups.snooze(item.id, until)
    return ana, item, until


def test_a_rescheduled_keep_in_touch_item_survives_the_next_save(
    core: Core, clock: FixedClock
) -> None:
    """Rescheduling moved the item's own date, which the next save of the contact (any field)
    put back to what the cadence gives: the user's new date was lost without a word."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    item = _cadence_item(core, ana)
    assert item.id is not None
    friday = dt.datetime(2026, 3, 6, 10, 0)
    core.follow_ups.reschedule(item.id, friday)
    contact = core.contacts.get(ana)
    assert contact is not None
    contact.notes = "likes jazz"
    core.contacts.update(contact)
    assert _cadence_item(core, ana).effective_due == friday
    assert core.contacts.summaries([ana])[0].next_due == friday
    # the next interaction still restarts the clock: the new date was for the old cycle
    clock.advance(days=2)
    core.journal.log([ana], "call", "Caught up")
    assert _cadence_item(core, ana).effective_due == dt.datetime(2026, 4, 3)


def test_a_snooze_lapses_with_its_due_and_holds_again_when_the_due_comes_back(
    core: Core, clock: FixedClock
) -> None:
    """Deleting the interaction that moved a snoozed keep-in-touch item (or any undo that
    brings its date back) lost the snooze for good."""
    ana, _item, until = _snoozed_when_due(core, clock)
    entry = core.journal.log([ana], "call", "Called")
    moved = _cadence_item(core, ana)
    assert moved.effective_due == dt.datetime(2026, 3, 17)  # a new cycle: the snooze lapsed
    core.journal.delete(entry)
    assert _cadence_item(core, ana).effective_due == until
    assert core.follow_ups.due() == []


def test_a_cadence_taken_away_and_given_back_keeps_its_item_and_snooze(
    core: Core, clock: FixedClock
) -> None:
    """The item was deleted with the cadence and made anew (a new id: an undoable action on
    it could not be redone; its snooze gone)."""
    ana, item, until = _snoozed_when_due(core, clock)
    core.contacts.set_cadence([ana], None)
    assert core.follow_ups.of_contact(ana) == []
    assert core.contacts.summaries([ana])[0].next_due is None
    core.contacts.set_cadence([ana], 7)
    back = _cadence_item(core, ana)
    assert (back.id, back.effective_due) == (item.id, until)
    # another cadence is another date: the item opens at it, without the snooze
    core.contacts.set_cadence([ana], None)
    core.contacts.set_cadence([ana], 14)
    other = _cadence_item(core, ana)
    assert (other.id, other.effective_due) == (item.id, dt.datetime(2026, 3, 16))


def test_a_merge_moves_follow_ups_with_their_ids(core: Core) -> None:
    """A merge copied the other's follow-ups under new ids, so an action on one that was undone
    and redone across the merge's undo and redo found nothing ("could not be redone")."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    other = core.contacts.create(Contact(given_name="Ana", family_name="G."))
    item_id = core.follow_ups.add(other, core.clock.now(), "Send slides")
    before = core.contacts.get(ana)
    assert before is not None
    record = core.contacts.merge(ana, other)
    moved = core.follow_ups.get(item_id)
    assert moved is not None and moved.contact_id == ana
    core.contacts.undo_merge(before, record)
    back = core.follow_ups.get(item_id)
    assert back is not None and back.contact_id == other


def test_end_snooze_ends_only_a_keep_in_touch_snooze_in_force(
    core: Core, clock: FixedClock
) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    (item,) = core.follow_ups.of_contact(ana)
    assert item.id is not None
    core.follow_ups.snooze(item.id, dt.datetime(2026, 3, 2, 15))  # due 1 April, held to 15:00
    ended = core.follow_ups.end_snooze(item.id)
    assert ended is not None and ended.effective_due == dt.datetime(2026, 4, 1)
    assert core.follow_ups.count_due(dt.datetime(2026, 3, 2, 16)) == 0
    core.follow_ups.snooze(item.id, dt.datetime(2026, 3, 2, 15))
    clock.advance(days=1)
    core.journal.log([ana], "call", "Catch-up")  # a new due: the snooze lapsed, and is kept
    lapsed = core.follow_ups.end_snooze(item.id)
    assert lapsed is not None and lapsed.snoozed_until == dt.datetime(2026, 3, 2, 15)
    bob = core.contacts.create(Contact(given_name="Bob"))
    one_off = core.follow_ups.add(bob, dt.datetime(2026, 3, 5, 10), "Proposal")
    core.follow_ups.snooze(one_off, dt.datetime(2026, 3, 6, 10))
    kept = core.follow_ups.end_snooze(one_off)
    assert kept is not None and kept.effective_due == dt.datetime(2026, 3, 6, 10)


def test_skip_keeps_the_cadence_rhythm_after_a_snooze(core: Core, clock: FixedClock) -> None:
    """Skip counted the next cycle from the snooze: an item due 1 April every 30 days,
    snoozed to 3 April 9:00, skipped to 3 May 9:00 instead of 1 May."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    item = _cadence_item(core, ana)
    assert item.id is not None and item.due == dt.datetime(2026, 4, 1)
    clock.set(dt.datetime(2026, 4, 1, 9))
    core.follow_ups.snooze(item.id, dt.datetime(2026, 4, 3, 9))
    clock.set(dt.datetime(2026, 4, 3, 10))
    assert core.follow_ups.skip(item.id).effective_due == dt.datetime(2026, 5, 1)
    assert core.follow_ups.skip(item.id).effective_due == dt.datetime(2026, 5, 31)  # again
    clock.set(dt.datetime(2026, 8, 15, 9))  # long overdue: the first cycle still ahead
    assert core.follow_ups.skip(item.id).effective_due == dt.datetime(2026, 8, 29)


def _held_after_a_talk(core: Core, clock: FixedClock) -> tuple[int, int]:
    """Ana, every 14 days, talked to at 9:00 (due 16 March); her keep-in-touch item held to
    15:00 ("call her back this afternoon"), then snoozed when due to 17:00."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=14))
    core.journal.log([ana], "call", "Quick call")
    item = _cadence_item(core, ana)
    assert item.id is not None and item.due == dt.datetime(2026, 3, 16)
    core.follow_ups.reschedule(item.id, dt.datetime(2026, 3, 2, 15))
    clock.set(dt.datetime(2026, 3, 2, 15))
    assert [f.id for f in core.follow_ups.due()] == [item.id]
    core.follow_ups.snooze(item.id, dt.datetime(2026, 3, 2, 17))
    return ana, item.id


def test_a_talk_logged_after_a_snooze_ends_it_on_a_day_that_leaves_the_due(
    core: Core, clock: FixedClock
) -> None:
    """The second talk of the day left the due where it was, so the hold stayed: Ana, called
    back at 16:00, was due again at 17:00 (and overdue the next morning)."""
    ana, item_id = _held_after_a_talk(core, clock)
    clock.set(dt.datetime(2026, 3, 2, 16))
    entry = core.journal.log([ana], "call", "She called back")
    assert _cadence_item(core, ana).effective_due == dt.datetime(2026, 3, 16)
    assert core.follow_ups.count_due(dt.datetime(2026, 3, 3, 9)) == 0
    assert core.contacts.summaries([ana])[0].next_due == dt.datetime(2026, 3, 16)
    assert core.follow_ups.next_due_after(clock.now()) == dt.datetime(2026, 3, 16)
    # the log taken back (its undo): the hold is in force again, as it was
    core.journal.delete(entry, undoable=False)
    assert _cadence_item(core, ana).effective_due == dt.datetime(2026, 3, 2, 17)
    assert core.contacts.summaries([ana])[0].next_due == dt.datetime(2026, 3, 2, 17)
    # a snooze made after the talk holds: the talk was known when it was made
    clock.set(dt.datetime(2026, 3, 2, 16, 30))
    entry = core.journal.log([ana], "call", "She called back")
    core.follow_ups.snooze(item_id, dt.datetime(2026, 3, 2, 18))
    assert _cadence_item(core, ana).effective_due == dt.datetime(2026, 3, 2, 18)
    # a talk logged later but dated before the snooze does not end it either
    core.journal.log([ana], "note", "Earlier e-mail", at=dt.datetime(2026, 3, 2, 12))
    assert _cadence_item(core, ana).effective_due == dt.datetime(2026, 3, 2, 18)


def test_a_talk_after_a_snooze_on_a_one_off_item_leaves_it_held(
    core: Core, clock: FixedClock
) -> None:
    """Only the keep-in-touch clock restarts with a talk; "send the proposal" stays put off."""
    bob = core.contacts.create(Contact(given_name="Bob"))
    item = core.follow_ups.add(bob, dt.datetime(2026, 3, 2, 10), "Send the proposal")
    core.follow_ups.snooze(item, dt.datetime(2026, 3, 2, 17))
    clock.set(dt.datetime(2026, 3, 2, 11))
    core.journal.log([bob], "call", "Talked")
    found = core.follow_ups.get(item)
    assert found is not None and found.effective_due == dt.datetime(2026, 3, 2, 17)


def test_a_reminder_shown_is_not_shown_again_after_a_delete_or_merge_is_undone(
    core: Core,
) -> None:
    from netdesk.core import duplicates
    from netdesk.store import journal as journal_rows

    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.follow_ups.add(ana, dt.datetime(2026, 3, 1, 8), "send proposal")
    core.follow_ups.add(bob, dt.datetime(2026, 3, 1, 8), "call back")
    now = core.clock.now()

    def to_announce() -> list[str]:
        return [f.note for f in journal_rows.unannounced_due(now)]

    def shown() -> None:
        with core.store.transaction():
            journal_rows.mark_announced(
                (f.id, f.effective_due) for f in journal_rows.unannounced_due(now)
            )

    shown()
    core.contacts.restore(core.contacts.delete([ana]))
    assert to_announce() == []
    keep = core.contacts.get(ana)
    record = duplicates.merge(core, ana, bob)
    duplicates.undo_merge(core, keep, record)
    assert to_announce() == []


def test_a_snooze_holds_after_a_talk_logged_for_later_in_the_day(core: Core) -> None:
    """Lunch at 13:00 logged at 9:00, then the keep-in-touch item held: the talk, dated after
    the moment of the snooze, must not end it."""
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.contacts.set_cadence([ana], 30)
    core.journal.log([ana], "meeting", "Lunch", at=dt.datetime(2026, 3, 2, 13, 0))
    [item] = [f for f in core.follow_ups.of_contact(ana) if f.from_cadence]
    assert item.id is not None
    core.follow_ups.snooze(item.id, dt.datetime(2026, 4, 15, 9, 0))
    assert core.follow_ups.due(dt.datetime(2026, 4, 2, 9, 0)) == []
    # a talk after the lunch ends the hold: due at the cadence's date again
    core.journal.log([ana], "call", "Called back", at=dt.datetime(2026, 3, 2, 15, 0))
    [item] = [f for f in core.follow_ups.of_contact(ana) if f.from_cadence]
    assert item.snooze is None and item.due == dt.datetime(2026, 4, 1)


def test_a_talk_logged_at_the_end_of_time_keeps_its_rhythm_due_on_the_last_day(
    core: Core,
) -> None:
    """Logged at 9999-12-31 23:59 (a typo kept on purpose), the keep-in-touch date past it
    overflowed: the log failed with "date value out of range"."""
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    core.journal.log([ana], "call", "Far ahead", at=dt.datetime(9999, 12, 31, 23, 59))
    (entry,) = core.journal.for_contact(ana)
    assert entry.summary == "Far ahead"
    contact = core.contacts.get(ana)
    assert contact is not None
    assert contact.next_due == dt.datetime(9999, 12, 31)
    (item,) = core.follow_ups.of_contact(ana)
    core.follow_ups.skip(item.id)  # the next cycle past it overflowed too (second review)
    (skipped,) = core.follow_ups.of_contact(ana)
    assert skipped.effective_due.date() == dt.date(9999, 12, 31)


def test_a_count_of_the_same_data_in_the_same_second_is_not_read_again(
    core: Core, clock: FixedClock, tmp_data_dir: object
) -> None:
    """The status bar and the tray both count after each change (~14 ms each on 100,000
    contacts): the second count of unchanged data is the first's; any write (this
    connection's or another's) reads again, as does a moment past the next due time
    (tests/core/test_perfa26_due_count_held.py)."""
    import sqlite3
    from pathlib import Path

    from netdesk.store.models import db

    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, clock.now() - dt.timedelta(hours=1), "call")
    counts: list[str] = []
    db.connection().set_trace_callback(
        lambda sql: (
            counts.append(sql)
            if sql.startswith("SELECT count(*) FROM follow_up f WHERE")  # (queries.due_count)
            else None
        )
    )
    try:
        assert core.follow_ups.count_due() == 1
        assert core.follow_ups.count_due() == 1
        assert len(counts) == 1  # read once
        core.follow_ups.add(ana, clock.now() - dt.timedelta(minutes=5), "write")  # ours
        assert core.follow_ups.count_due() == 2
        other = sqlite3.connect(Path(str(tmp_data_dir)) / "netdesk.sqlite3")
        other.execute("UPDATE follow_up SET done_at = '2026-01-01 00:00:00'")  # another's
        other.commit()
        other.close()
        assert core.follow_ups.count_due() == 0
        reads = len(counts)
        assert core.follow_ups.count_due() == 0 and len(counts) == reads
        clock.advance(seconds=1)  # later, and nothing fell due since: the same count
        assert core.follow_ups.count_due() == 0 and len(counts) == reads
    finally:
        db.connection().set_trace_callback(None)


def test_a_count_is_not_taken_for_the_data_of_a_connection_opened_since(
    core: Core, clock: FixedClock, tmp_data_dir: object
) -> None:
    """A restore closes the connection and opens another: its stamp starts again where the
    old one's may have been (nothing written or seen on either), so a count of the old data
    must not be given for the new."""
    import sqlite3
    from pathlib import Path

    from netdesk.store.models import db

    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, clock.now() - dt.timedelta(hours=1), "call")
    db.close()  # a connection that has written nothing and seen no write
    assert core.follow_ups.count_due() == 1
    other = sqlite3.connect(Path(str(tmp_data_dir)) / "netdesk.sqlite3")
    other.execute("UPDATE follow_up SET done_at = '2026-01-01 00:00:00'")
    other.commit()
    other.close()
    db.close()  # as a restore does: the next read opens a new connection
    assert core.follow_ups.count_due() == 0
