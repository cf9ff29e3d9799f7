"""When to remind, and of what: every rule of the tray's notifications, without Qt.

The Qt notifier only turns a :class:`Plan` into one message and one timer. The rules:

- a follow-up is announced once per effective due time (key ``followup:<id>:<ISO due>``,
  recorded in the database, so a restart does not repeat it; a snooze gives a new due time,
  hence a new key);
- birthdays and anniversaries are announced once on the day, from its start;
- items that fell due before netdesk started and were never announced are summarised in one
  message instead of one by one;
- nothing is announced during quiet hours (which may wrap midnight) or while paused; it waits;
- the next wake-up is the earliest of: the next due time, the next midnight (new birthdays),
  the end of the quiet hours or pause when something waits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from netdesk.core.birthdays import Occasion, occasions_on
from netdesk.core.types import FollowUp

if TYPE_CHECKING:
    from netdesk.core import Core

MAX_PER_PLAN = 500  # announced per wake-up; the rest follow at the next one (nothing is lost)


def follow_up_key(follow_up: FollowUp) -> str:
    return f"followup:{follow_up.id}:{follow_up.effective_due.isoformat()}"


def parse_hhmm(text: str, default: dt.time) -> dt.time:
    """``"21:00"`` -> 21:00; anything unreadable gives ``default``."""
    try:
        hours, minutes = text.strip().split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily span with no notifications; ``start > end`` wraps midnight; equal means none."""

    start: dt.time = dt.time(21, 0)
    end: dt.time = dt.time(8, 0)

    @classmethod
    def parse(cls, start: str, end: str) -> QuietHours:
        return cls(parse_hhmm(start, dt.time(21, 0)), parse_hhmm(end, dt.time(8, 0)))

    def contains(self, moment: dt.datetime) -> bool:
        now = moment.time()
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end

    def ends_after(self, moment: dt.datetime) -> dt.datetime:
        """When the quiet span holding ``moment`` ends (``moment`` itself when not quiet)."""
        if not self.contains(moment):
            return moment
        end = dt.datetime.combine(moment.date(), self.end)
        return end if end > moment else end + dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One thing to announce: who, why, when it fell due."""

    key: str
    contact_id: int
    display_name: str
    kind: str  # "follow_up" | "birthday" | "anniversary"
    due: dt.datetime
    note: str = ""  # the follow-up's note ("Keep in touch" for a cadence)
    follow_up_id: int | None = None
    years: int | None = None  # age turned / years married, when the year is known

    @classmethod
    def of_follow_up(cls, follow_up: FollowUp) -> Reminder:
        return cls(
            key=follow_up_key(follow_up),
            contact_id=follow_up.contact_id,
            display_name=follow_up.display_name,
            kind="follow_up",
            due=follow_up.effective_due,
            note=follow_up.note,
            follow_up_id=follow_up.id,
        )

    @classmethod
    def of_occasion(cls, occasion: Occasion) -> Reminder:
        return cls(
            key=occasion.key,
            contact_id=occasion.contact_id,
            display_name=occasion.display_name,
            kind=occasion.kind,
            due=dt.datetime.combine(occasion.date, dt.time()),
            years=occasion.years,
        )


@dataclass(slots=True)
class Plan:
    """What to show now and when to look again.

    ``notify`` are announced one message for all (one alone by name); ``missed`` fell due while
    netdesk was not running and are announced as one summary. Both are marked as shown by
    :meth:`ReminderPlanner.record`.
    """

    notify: list[Reminder] = field(default_factory=list)
    missed: list[Reminder] = field(default_factory=list)
    next_wakeup: dt.datetime | None = None
    settles: dt.datetime | None = None  # once recorded, every follow-up due by then was shown

    @property
    def keys(self) -> list[str]:
        return [r.key for r in (*self.missed, *self.notify)]

    @property
    def empty(self) -> bool:
        return not self.notify and not self.missed


def next_midnight(moment: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time())


class ReminderPlanner:
    """Decides what to announce at a moment; the only state is the start time and the hold.

    Args:
        core: the services (follow-ups are read, shown keys recorded through it).
        quiet_hours: the daily span without notifications.
        paused_until: no notifications before this moment (the tray's "Pause" actions).
        started_at: when this netdesk run started; earlier due items count as "while closed".
    """

    def __init__(
        self,
        core: Core,
        *,
        quiet_hours: QuietHours | None = None,
        paused_until: dt.datetime | None = None,
        started_at: dt.datetime | None = None,
    ) -> None:
        self.core = core
        self.quiet_hours = quiet_hours or QuietHours()
        self.paused_until = paused_until
        self.started_at = started_at or core.clock.now()
        # Every follow-up due by this moment was announced: later plans look only past it, so
        # a long backlog of old items is not re-read every time. forget() after any change.
        self._settled: dt.datetime | None = None
        self._occasions_shown: dt.date | None = None  # that day's birthdays are all announced

    def forget(self) -> None:
        """Follow-ups or cards changed (moved back, a birthday added): look at everything."""
        self._settled = None
        self._occasions_shown = None

    def held_until(self, now: dt.datetime) -> dt.datetime | None:
        """The end of the quiet hours or pause that holds notifications back, or None."""
        moment = now
        # a pause may end inside quiet hours and quiet hours inside a pause: follow both
        for _ in range(3):
            if self.paused_until is not None and moment < self.paused_until:
                moment = self.paused_until
            moment = self.quiet_hours.ends_after(moment)
        return moment if moment > now else None

    def pending(self, now: dt.datetime) -> list[Reminder]:
        """Everything due by ``now`` and not yet announced: follow-ups, then today's occasions."""
        follow_ups = self.core.follow_ups
        since = self._settled if self._settled is not None and self._settled <= now else None
        found = [
            Reminder.of_follow_up(f)
            for f in follow_ups.unnotified_due(now, since=since, limit=MAX_PER_PLAN)
        ]
        if self._occasions_shown != now.date():
            for occasion in occasions_on(follow_ups, now.date()):
                if not follow_ups.was_notified(occasion.key):
                    found.append(Reminder.of_occasion(occasion))
        return found

    def plan(self, now: dt.datetime | None = None) -> Plan:
        """What to show at ``now`` (default: the clock) and when to wake up next. Reads only."""
        now = now or self.core.clock.now()
        pending = self.pending(now)
        wakeup = next_midnight(now)
        upcoming = self.core.follow_ups.next_due_after(now)
        if upcoming is not None:
            wakeup = min(wakeup, upcoming)
        held = self.held_until(now)
        if held is not None:
            return Plan(next_wakeup=held if pending else max(wakeup, held))
        settles: dt.datetime | None = now
        if sum(r.kind == "follow_up" for r in pending) >= MAX_PER_PLAN:
            wakeup, settles = now, None  # more than one batch waits: the next one right away
        # "while closed": due before this run started. Occasions are of the day, never missed.
        missed = [r for r in pending if r.kind == "follow_up" and r.due < self.started_at]
        if len(missed) < 2:  # one missed item is simply announced like any other
            return Plan(notify=pending, next_wakeup=wakeup, settles=settles)
        fresh = [r for r in pending if r not in missed]
        return Plan(notify=fresh, missed=missed, next_wakeup=wakeup, settles=settles)

    def record(self, plan: Plan) -> None:
        """Remember that the plan's reminders were shown, so none is shown again."""
        if plan.keys:
            self.core.follow_ups.mark_notified(plan.keys)
        if plan.settles is not None:
            self._settled = plan.settles
            self._occasions_shown = plan.settles.date()

    def take(self, now: dt.datetime | None = None) -> Plan:
        """Plan and record at once: what the notifier calls when its timer fires."""
        plan = self.plan(now)
        self.record(plan)
        return plan


# --- choices offered on a due item (Snooze) ---------------------------------------------------


def later_today(now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(hours=3)


def tomorrow_morning(now: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(9, 0))


def next_week(now: dt.datetime) -> dt.datetime:
    """Next Monday 9:00 (a week today when today is Monday)."""
    days = 7 - now.weekday()
    return dt.datetime.combine(now.date() + dt.timedelta(days=days), dt.time(9, 0))


def days_late(due: dt.datetime, now: dt.datetime) -> int:
    """Whole calendar days between the due day and today (0: due today or later)."""
    return max(0, (now.date() - due.date()).days)
