"""Follow-ups and keep-in-touch cadences: when each contact is next due, and the actions on it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterable, Sequence

from netdesk.core.clock import Clock
from netdesk.core.types import NEVER_KEEP_IN_TOUCH, FollowUp
from netdesk.store import fresh_ids, queries
from netdesk.store import journal as journal_rows
from netdesk.store.database import Store

CADENCE_NOTE = "Keep in touch"
PAGE = 50  # follow-ups per page: what a view shows before "and N more"


def effective_cadence(contact_id: int) -> int | None:
    """The contact's own cadence wins; otherwise the shortest default of its tags. None when
    it is never reminded (its own "never" overrides its tags)."""
    own, _, _ = queries.cadence_facts(contact_id)
    if own is None:
        return queries.tag_cadence_for(contact_id)
    return own if own != NEVER_KEEP_IN_TOUCH else None


def cadence_due(contact_id: int) -> dt.datetime | None:
    """Last interaction (or, never contacted, the day the contact was added) + cadence."""
    cadence = effective_cadence(contact_id)
    if cadence is None:
        return None
    _, last, created = queries.cadence_facts(contact_id)
    start = last or created
    if start is None:
        return None
    # a cadence is due on a day, not at the minute of the last call
    try:
        return dt.datetime.combine((start + dt.timedelta(days=cadence)).date(), dt.time())
    except OverflowError:  # a talk logged at the end of year 9999: due on the last day there is
        return dt.datetime.combine(dt.date.max, dt.time())


def refresh_cadence(contact_ids: Iterable[int], now: dt.datetime) -> None:
    """Keep exactly one open cadence follow-up per contact with a cadence, at the right date.

    Call inside the write's transaction. A snooze holds while the due date it was made for
    stays and nobody was talked to since it was made: a new interaction lets it lapse (a new
    due date, or a second talk the same day), and taking that interaction back (an undo)
    brings the due, and with it the snooze, back. A contact whose cadence ends keeps
    its item closed (done, from the cadence: "dormant"); the cadence coming back (the undo of
    the change, or the same cadence set again) opens that item again, with its id and snooze.
    """
    ids = list(dict.fromkeys(contact_ids))
    for contact_id in ids:
        due = cadence_due(contact_id)
        current = journal_rows.open_cadence_follow_up(contact_id)
        if due is None:
            if current is not None:
                journal_rows.save_follow_up(dataclasses.replace(current, done_at=now), now)
            continue
        if current is None:
            dormant = journal_rows.dormant_cadence_follow_up(contact_id)
            if dormant is not None:
                journal_rows.save_follow_up(_moved(dormant, due, done_at=None), now)
            else:
                journal_rows.save_follow_up(
                    FollowUp(
                        contact_id=contact_id,
                        due=due,
                        note=CADENCE_NOTE,
                        has_time=False,
                        from_cadence=True,
                    ),
                    now,
                )
        elif current.due != due:
            journal_rows.save_follow_up(_moved(current, due), now)
        elif current.snoozed_until is not None:
            # the same due, but a talk logged (or taken back) since the hold: in force or not
            journal_rows.save_follow_up(current, now)
    journal_rows.refresh_next_due(ids)


def _moved(item: FollowUp, due: dt.datetime, **changes: object) -> FollowUp:
    """A cadence item at a new due date. Its snooze stays, in force only while the due is the
    one it was made for; a snooze stored before netdesk kept that (snoozed_for None) is
    cleared, as it always was."""
    if item.snoozed_for is None:
        changes["snoozed_until"] = None
    return dataclasses.replace(item, due=due, **changes)  # type: ignore[arg-type]


class FollowUpService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        # see count_due: (data key, the moment counted at, the next due time after it, count)
        self._counted: tuple[tuple[object, ...], dt.datetime, dt.datetime | None, int] | None = None
        # see next_due_after: (data key, the moment asked about, the answer)
        self._next_due: tuple[tuple[object, ...], dt.datetime, dt.datetime | None] | None = None

    def add(
        self, contact_id: int, due: dt.datetime, note: str = "", *, has_time: bool = True
    ) -> int:
        """A one-off follow-up set by hand ("send Ana the proposal", Friday 10:00)."""
        if not has_time:
            due = dt.datetime.combine(due.date(), dt.time())
        with self.store.transaction():
            follow_up_id = journal_rows.save_follow_up(
                FollowUp(contact_id=contact_id, due=due, note=note, has_time=has_time),
                self.clock.now(),
            )
            journal_rows.refresh_next_due([contact_id])
        return follow_up_id

    def get(self, follow_up_id: int) -> FollowUp | None:
        return journal_rows.get_follow_up(follow_up_id)

    def of_contact(self, contact_id: int, *, include_done: bool = False) -> list[FollowUp]:
        return journal_rows.follow_ups_of(contact_id, include_done=include_done)

    def due(self, at: dt.datetime | None = None, *, limit: int = PAGE) -> list[FollowUp]:
        """Open follow-ups due or overdue at ``at`` (default now), earliest first, one page."""
        return journal_rows.due_follow_ups(at or self.clock.now(), limit=limit)

    def between(
        self, since: dt.datetime, until: dt.datetime, *, limit: int = PAGE
    ) -> tuple[list[FollowUp], int]:
        """One page of the open follow-ups due in [since, until), and how many there are."""
        last = until - dt.timedelta(microseconds=1)
        items = journal_rows.due_follow_ups(last, since=since, limit=limit)
        total = len(items) if len(items) < limit else queries.due_count(last, since=since)
        return items, total

    def upcoming(self, days: int = 7, *, limit: int = 500) -> list[FollowUp]:
        now = self.clock.now()
        return journal_rows.due_follow_ups(now + dt.timedelta(days=days), since=now, limit=limit)

    def _data_key(self) -> tuple[object, ...]:
        """What an answer read from the data holds for: the same thread's connection (its
        own writes are counted by it), no connection opened since, and the data stamp
        (store.data_stamp: another connection's writes too) unchanged."""
        stamp = self.store.data_stamp()  # (first: a connection the stamp may open counts)
        return (threading.get_ident(), self.store.connections_made(), *stamp)

    def count_due(self, at: dt.datetime | None = None) -> int:
        """How many open follow-ups are due at ``at`` (default now).

        After a change the status bar and the tray each count (~36 ms with 80,000 due on
        100,000 contacts): a count of the same data (_data_key) holds for any later moment
        before the next follow-up falls due (next_due_after, itself read once), since none
        falls due between. Held only within its second, the status bar's second count in
        the same turn, a moment after a first one that took longer, was made again."""
        moment = at or self.clock.now()
        key = self._data_key()
        counted = self._counted  # (one read: another thread may replace it meanwhile)
        if counted is not None and counted[0] == key:
            _key, asked, until, found = counted
            if asked <= moment and (until is None or moment < until):
                return found
        found = queries.due_count(moment)
        self._counted = (key, moment, self.next_due_after(moment), found)
        return found

    def anyone_kept_in_touch(self) -> bool:
        """Whether some active contact has a keep-in-touch rhythm (their own, or a tag's that
        they do not override with "never"): without one nothing ever falls due by itself."""
        return queries.anyone_kept_in_touch()

    def next_due_after(self, moment: dt.datetime) -> dt.datetime | None:
        """When the next follow-up falls due after ``moment``: the tray's single timer.

        After a change the status bar, the tray, the list and the reminders each ask, up to
        ~17 ms a time with nearly everyone archived (Archive all): of the same data
        (_data_key), an answer read for an earlier moment holds up to the due time it gave
        (nothing falls due between)."""
        key = self._data_key()
        known = self._next_due  # (one read: another thread may replace it meanwhile)
        if known is not None and known[0] == key:
            _key, asked, answer = known
            if asked <= moment and (answer is None or moment < answer):
                return answer
        answer = journal_rows.next_due_after(moment)
        self._next_due = (key, moment, answer)
        return answer

    def _change(self, follow_up_id: int, **changes: object) -> FollowUp:
        current = journal_rows.get_follow_up(follow_up_id)
        if current is None:
            raise KeyError(f"no follow-up {follow_up_id}")
        updated = dataclasses.replace(current, **changes)  # type: ignore[arg-type]
        with self.store.transaction():
            journal_rows.save_follow_up(updated, self.clock.now())
            journal_rows.refresh_next_due([current.contact_id])
        return updated

    def put_back(self, before: FollowUp) -> FollowUp:
        """Undo of Snooze, Reschedule, Skip or Done (or their redo): the item as ``before``
        (its date, time, note, snooze and done state). A keep-in-touch item keeps the date its
        cadence gives now (an interaction logged since, not undoable, may have moved it): its
        snooze is back, in force if that date is still the one it was made for."""
        assert before.id is not None
        changes: dict[str, object] = {
            "has_time": before.has_time,
            "note": before.note,
            "done_at": before.done_at,
            "snoozed_until": before.snoozed_until,
            "snoozed_for": before.snoozed_for,
            "snoozed_at": before.snoozed_at,
        }
        if not before.from_cadence:
            changes["due"] = before.due
        return self._change(before.id, **changes)

    def _snooze(self, follow_up_id: int, until: dt.datetime) -> FollowUp:
        current = journal_rows.get_follow_up(follow_up_id)
        if current is None:
            raise KeyError(f"no follow-up {follow_up_id}")
        # a keep-in-touch hold is dated: a talk logged after it ends it (FollowUp.snooze). A
        # talk already logged for later ("lunch at 13:00", logged at 9:00) is not after it.
        held_at = None
        if current.from_cadence:
            now = self.clock.now()
            held_at = max(now, current.talked_at) if current.talked_at is not None else now
        return self._change(
            follow_up_id, snoozed_until=until, snoozed_for=current.due, snoozed_at=held_at
        )

    def snooze(self, follow_up_id: int, until: dt.datetime) -> FollowUp:
        return self._snooze(follow_up_id, until)

    def reschedule(
        self,
        follow_up_id: int,
        due: dt.datetime,
        *,
        has_time: bool = True,
        note: str | None = None,
    ) -> FollowUp:
        """Move the item to ``due`` (with ``note``, when given, as its note). A keep-in-touch
        item keeps the date its cadence gives and is held until ``due`` instead (as a snooze,
        earlier or later): a date of its own would be put back by the next save of the
        contact, and the next interaction still restarts the clock. Its note stays."""
        current = journal_rows.get_follow_up(follow_up_id)
        if current is None:
            raise KeyError(f"no follow-up {follow_up_id}")
        if not has_time:
            due = dt.datetime.combine(due.date(), dt.time())
        if current.from_cadence:
            return self._snooze(follow_up_id, due)
        return self._change(
            follow_up_id,
            due=due,
            has_time=has_time,
            note=current.note if note is None else note,
            snoozed_until=None,
            snoozed_for=None,
            snoozed_at=None,
        )

    def end_snooze(self, follow_up_id: int) -> FollowUp | None:
        """After Done on a keep-in-touch item: the snooze (or earlier or later date) it was held
        by ends, even when the talk leaves the cadence's due where it was (talked to earlier the
        same day): else the item stayed due at that time, and overdue the next day. A snooze
        that lapsed already (the due moved) stays, to come back with that due (an undo)."""
        current = journal_rows.get_follow_up(follow_up_id)
        if current is None or not current.from_cadence or current.snooze is None:
            return current
        return self._change(follow_up_id, snoozed_until=None, snoozed_for=None, snoozed_at=None)

    def mark_done(self, follow_up_id: int) -> FollowUp:
        """Close a follow-up without logging (Done logs through JournalService.complete)."""
        return self._change(follow_up_id, done_at=self.clock.now())

    def skip(self, follow_up_id: int) -> FollowUp:
        """Skip this cycle: a cadence item moves one cadence later; a one-off one is closed."""
        current = journal_rows.get_follow_up(follow_up_id)
        if current is None:
            raise KeyError(f"no follow-up {follow_up_id}")
        if not current.from_cadence:
            return self.mark_done(follow_up_id)
        # Held back to the next cycle as a snooze, so the next interaction still restarts the
        # clock. Cycles count from the cadence's date, not from a snooze: snoozed to 3 April
        # 9:00, an item due 1 April every 30 days skipped to 3 May at 9:00, not 1 May, and
        # each snooze before a skip pushed the rhythm further.
        step = dt.timedelta(days=effective_cadence(current.contact_id) or 1)
        after = max(current.effective_due, self.clock.now())
        try:
            next_due = current.due + step
            if next_due <= after:  # long overdue, or held already: the first cycle still ahead
                next_due += step * ((after - next_due) // step + 1)
        except OverflowError:  # due at the end of year 9999 (cadence_due): held there
            next_due = dt.datetime.combine(dt.date.max, dt.time.max)
        return self._snooze(follow_up_id, next_due)

    def delete(self, follow_up_id: int, *, undoable: bool = False) -> FollowUp | None:
        """Delete one item; returns it, for :meth:`restore`. ``undoable``: its id is kept from
        new items for good, by every process (fresh_ids), so the undo's item comes back under
        the id later commands on it hold."""
        current = journal_rows.get_follow_up(follow_up_id)
        if current is None:
            return None
        with self.store.transaction():
            if undoable:
                fresh_ids.reserve("follow_up", [follow_up_id])
            journal_rows.delete_follow_up(follow_up_id)
            journal_rows.refresh_next_due([current.contact_id])
        return current

    def restore(self, item: FollowUp) -> None:
        """Put a deleted item back as it was, under its id."""
        with self.store.transaction():
            journal_rows.save_follow_up(item, self.clock.now())
            journal_rows.refresh_next_due([item.contact_id])

    def notified_among(self, keys: Sequence[str]) -> set[str]:
        """Which of these reminder keys were already shown."""
        return journal_rows.notified_among(keys)

    def unnotified_due(
        self, at: dt.datetime, *, since: dt.datetime | None = None, limit: int = 500
    ) -> list[FollowUp]:
        """Open items due in (``since``, ``at``] not yet announced (netdesk.core.reminders)."""
        return journal_rows.unnotified_due(at, since=since, limit=limit)

    def dates_on(self, day: dt.date) -> list[tuple[int, str, str, str]]:
        """(contact id, name, "birthday" | "anniversary", ISO partial date) on ``day``."""
        return journal_rows.dates_on(day)

    def dates_between(self, start: dt.date, days: int) -> list[tuple[int, str, str, str]]:
        """The same for the ``days`` days from ``start``, in one look."""
        return queries.dates_between(start, days)

    def all_dates(self) -> list[tuple[int, str, str, str]]:
        """Every active contact's birthday and anniversary (for the calendar export)."""
        return journal_rows.all_dates()

    def mark_notified(self, keys: Sequence[str]) -> None:
        with self.store.transaction():
            for key in keys:
                journal_rows.mark_notified(key, self.clock.now())
