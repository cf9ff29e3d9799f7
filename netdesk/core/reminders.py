"""When to remind, and of what: every rule of the tray's notifications, without Qt.

The Qt notifier only turns a :class:`Plan` into one message and one timer. The rules:

- a follow-up is announced once per effective due time (the due time it was announced at is
  recorded on the item in the database, so a restart does not repeat it; a snooze or a new
  date gives a new due time, announced once more when it comes; its log key is
  ``followup:<id>:<ISO due>``);
- birthdays and anniversaries are announced once on the day, from its start; those of days
  slept through or spent closed (since the last day looked at, kept in the database, and at
  most MISSED_OCCASION_DAYS back) are announced once, late, at the wake-up or start;
- items that fell due before netdesk started and were never announced are summarised in one
  message instead of one by one (counted in SQL; only the first few are read, for the names);
- more than MAX_PER_PLAN falling due at once are one message too, with their full count;
- nothing is announced during quiet hours (which may wrap midnight) or while paused; it waits;
- the next wake-up is the earliest of: the next due time, the next midnight (new birthdays),
  the end of the quiet hours or pause when something waits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from netdesk.core.birthdays import Occasion, occasions_between, occasions_on
from netdesk.core.types import FollowUp
from netdesk.store import backup_owner, queries
from netdesk.store import journal as journal_rows

if TYPE_CHECKING:
    from netdesk.core import Core

MAX_PER_PLAN = 500  # follow-ups read per wake-up; more due at once are counted, not read
MISSED_SHOWN = 10  # "while closed" items read for the summary's names; the rest are counted
# A plan recording more follow-ups than this as announced is made off the window's thread
# (netdesk.ui.notifier): each costs ~4 µs to record, and after "Set cadence…" on 100,000
# contacts the 76,000 fallen due held the window 0.5 s.
MANY_TO_RECORD = 1_000
# Birthdays this many days back, slept through or spent closed, are still announced (late):
# within a week a weekday names the day ("was on Tuesday").
MISSED_OCCASION_DAYS = 6


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

    ``notify`` are announced one message for all (one alone by name), ``unnamed`` more
    follow-ups due with them counted only; ``missed`` fell due while netdesk was not running
    and are announced as one summary: ``missed_count`` of them, of which ``missed`` holds only
    the first few (for the names in the message). All are marked as shown by
    :meth:`ReminderPlanner.record`.
    """

    notify: list[Reminder] = field(default_factory=list)
    missed: list[Reminder] = field(default_factory=list)
    next_wakeup: dt.datetime | None = None
    settles: dt.datetime | None = None  # once recorded, every follow-up due by then was shown
    missed_count: int = 0
    at: dt.datetime | None = None  # the moment planned for
    since: dt.datetime | None = None  # follow-ups due after this only were looked at
    missed_before: dt.datetime | None = None  # "while closed": due before this (the start)
    unnamed: int = 0  # follow-ups due now past the MAX_PER_PLAN read into ``notify``

    @property
    def notify_total(self) -> int:
        """How many reminders are announced now (not while closed), counted ones included."""
        return len(self.notify) + self.unnamed

    @property
    def missed_total(self) -> int:
        return max(self.missed_count, len(self.missed))

    @property
    def keys(self) -> list[str]:
        """The keys of the reminders held (the summary's unnamed rest is only counted)."""
        return [r.key for r in (*self.missed, *self.notify)]

    @property
    def empty(self) -> bool:
        return not self.notify and not self.missed


def next_midnight(moment: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time())


class ReminderPlanner:
    """Decides what to announce at a moment.

    Which follow-ups were announced is kept in the database (``follow_up.notified_due``, read
    through a partial index of the items still to announce), so planning costs what is new,
    not the size of the backlog; birthdays and anniversaries are keyed in ``notified``. The
    planner itself only remembers up to when it has looked (``forget`` after a change) and
    whether the day's occasions are all shown.

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
        # Every follow-up due by this moment was announced: later plans look only past it.
        # forget() after any change (an item moved into the past is then found again).
        self._settled: dt.datetime | None = None
        self._occasions_shown: dt.date | None = None  # that day's birthdays are all announced
        self.forgotten = 0  # how many times forget() was called: see adopt()

    def forget(self) -> None:
        """Follow-ups or cards changed (moved back, a birthday added): look at everything.

        Cheap: "everything" is the partial index of unannounced items, not the backlog."""
        self._settled = None
        self._occasions_shown = None
        self.forgotten += 1

    def records_many(self, now: dt.datetime) -> bool:
        """Whether the plan at ``now`` would record more than MANY_TO_RECORD follow-ups as
        announced (counted no further, in a few ms): the notifier plans and records it on a
        worker thread. Never while notifications are held, when a plan records nothing."""
        if self.held_until(now) is not None:
            return False
        return queries.unannounced_due_over(now, self._since(now), MANY_TO_RECORD)

    def detached(self) -> ReminderPlanner:
        """A copy that plans and records on another thread, with what this one knows; what
        the copy learns comes back through :meth:`adopt`."""
        copy = ReminderPlanner(
            self.core,
            quiet_hours=self.quiet_hours,
            paused_until=self.paused_until,
            started_at=self.started_at,
        )
        copy._settled, copy._occasions_shown = self._settled, self._occasions_shown
        copy.forgotten = self.forgotten
        return copy

    def adopt(self, copy: ReminderPlanner) -> bool:
        """Take back what a :meth:`detached` copy learned by recording its plan, unless
        something changed since it was made (a forget(): an item moved into the past
        meanwhile would be taken as announced). Returns whether it was taken."""
        if copy.forgotten != self.forgotten:
            return False
        self._settled, self._occasions_shown = copy._settled, copy._occasions_shown
        return True

    def held_until(self, now: dt.datetime) -> dt.datetime | None:
        """The end of the quiet hours or pause that holds notifications back, or None."""
        moment = now
        # a pause may end inside quiet hours and quiet hours inside a pause: follow both
        for _ in range(3):
            if self.paused_until is not None and moment < self.paused_until:
                moment = self.paused_until
            moment = self.quiet_hours.ends_after(moment)
        return moment if moment > now else None

    def _since(self, now: dt.datetime) -> dt.datetime | None:
        return self._settled if self._settled is not None and self._settled <= now else None

    def occasions(self, now: dt.datetime) -> list[Reminder]:
        """Birthdays and anniversaries not announced yet: today's, and, earlier, those of the
        days since the reminders last looked (the laptop slept, or netdesk was closed), at
        most MISSED_OCCASION_DAYS back. Each is announced once: a late one under the key it
        had on its day, so one shown on the day is not shown again."""
        today = now.date()
        if self._occasions_shown == today:
            return []
        follow_ups = self.core.follow_ups
        found: list[Occasion] = []
        looked = journal_rows.occasions_looked_on()
        if looked is not None and looked < today - dt.timedelta(days=1):
            # never looked (a new database, an import of old birthdays): none counts as missed
            first = max(looked + dt.timedelta(days=1), today - dt.timedelta(MISSED_OCCASION_DAYS))
            found += occasions_between(follow_ups, first, (today - first).days)
        found += occasions_on(follow_ups, today)
        shown = follow_ups.notified_among([occasion.key for occasion in found])
        return [Reminder.of_occasion(o) for o in found if o.key not in shown]

    def pending(self, now: dt.datetime) -> list[Reminder]:
        """Due by ``now`` and not yet announced (at most MAX_PER_PLAN follow-ups), then
        today's occasions."""
        found = journal_rows.unannounced_due(now, since=self._since(now), limit=MAX_PER_PLAN)
        return [*(Reminder.of_follow_up(f) for f in found), *self.occasions(now)]

    def plan(self, now: dt.datetime | None = None) -> Plan:
        """What to show at ``now`` (default: the clock) and when to wake up next. Reads only."""
        now = now or self.core.clock.now()
        since = self._since(now)
        wakeup = next_midnight(now)
        upcoming = self.core.follow_ups.next_due_after(now)
        if upcoming is not None:
            wakeup = min(wakeup, upcoming)
        held = self.held_until(now)
        if held is not None:
            waiting = bool(journal_rows.unannounced_due(now, since=since, limit=1))
            waiting = waiting or bool(self.occasions(now))
            return Plan(next_wakeup=held if waiting else max(wakeup, held), at=now, since=since)
        # "while closed": due before this run started; counted, and only a few of them read.
        # Occasions are of the day, never missed. One missed item is announced like any other.
        before = self.started_at
        missed_count = journal_rows.count_unannounced_due(now, since=since, before=before)
        missed: list[Reminder] = []
        if missed_count >= 2:
            missed = [
                Reminder.of_follow_up(f)
                for f in journal_rows.unannounced_due(
                    now, since=since, before=before, limit=MISSED_SHOWN
                )
            ]
        fresh = journal_rows.unannounced_due(
            now, since=since, starting=before if missed else None, limit=MAX_PER_PLAN
        )
        unnamed = 0
        if len(fresh) >= MAX_PER_PLAN:
            # more fell due at once than are read: counted, and all announced in this message
            # (read a batch at a time, each batch was a message of its own, the last one's
            # count, "200 reminders due" of 1,200, the one left on screen)
            starting = before if missed else None
            unnamed = journal_rows.count_unannounced_due(now, since=since, starting=starting) - len(
                fresh
            )
        notify = [*(Reminder.of_follow_up(f) for f in fresh), *self.occasions(now)]
        return Plan(
            notify=notify,
            missed=missed,
            next_wakeup=wakeup,
            settles=now,
            missed_count=missed_count if missed else 0,
            at=now,
            since=since,
            missed_before=before if missed else None,
            unnamed=unnamed,
        )

    def record(self, plan: Plan) -> None:
        """Remember that the plan's reminders were shown, so none is shown again."""
        follow_ups = [(r.follow_up_id, r.due) for r in plan.notify if r.follow_up_id is not None]
        occasions = [r.key for r in plan.notify if r.follow_up_id is None]
        day = plan.settles.date() if plan.settles is not None else None
        if not (plan.notify or plan.missed or plan.unnamed) and (
            day is None or day in (self._occasions_shown, journal_rows.occasions_looked_on())
        ):
            # nothing to write, so no write lock asked for: after a change the check runs on
            # the window's thread, and while a bulk change on the worker held the lock it
            # waited for it (up to the 5 s busy timeout) only to record nothing
            self._remember(plan)
            return
        # all or nothing: a record the database refuses part way (held by another program)
        # is not shown, and the next try must find all of it still to show
        with self.core.store.transaction():
            if plan.missed and plan.at is not None:
                # the whole summary, named or only counted, in one statement
                journal_rows.mark_announced_due(
                    plan.at, since=plan.since, before=plan.missed_before
                )
            journal_rows.mark_announced(follow_ups)
            if plan.unnamed and plan.at is not None:  # the counted rest, in one statement
                journal_rows.mark_announced_due(
                    plan.at, since=plan.since, starting=plan.missed_before
                )
            if occasions:
                self.core.follow_ups.mark_notified(occasions)
            if plan.settles is not None and self._occasions_shown != plan.settles.date():
                # every occasion up to this day is announced: later looks start after it
                journal_rows.set_occasions_looked_on(plan.settles.date())
        self._remember(plan)

    def _remember(self, plan: Plan) -> None:
        if plan.settles is not None:
            self._settled = plan.settles
            self._occasions_shown = plan.settles.date()

    def take(self, now: dt.datetime | None = None) -> Plan:
        """Plan and record at once: what the notifier calls when its timer fires."""
        plan = self.plan(now)
        self.record(plan)
        return plan


def database_id() -> str | None:
    """The open database's own id (written on first use; None for one that cannot be
    written, such as a read-only file): what tells this database's reminders, in a calendar
    app subscribed to the exports of two, from another's of the same item number."""
    return backup_owner.this_database()


def missed_occasions(core: Core, today: dt.date) -> list[Occasion]:
    """Birthdays and anniversaries of the last MISSED_OCCASION_DAYS days not announced on
    their day (slept through, netdesk closed, or in quiet hours all day), earliest first: the
    Today view lists them, so the late message's "Turned 40 on Tuesday" is found there."""
    return not_told_on_the_day(past_occasions(core, today))


def past_occasions(core: Core, today: dt.date) -> list[Occasion]:
    """Every birthday and anniversary of the MISSED_OCCASION_DAYS days before ``today``."""
    start = today - dt.timedelta(days=MISSED_OCCASION_DAYS)
    return occasions_between(core.follow_ups, start, MISSED_OCCASION_DAYS)


def not_told_on_the_day(past: list[Occasion]) -> list[Occasion]:
    """Those of ``past`` not announced on their day (never, or late): ``missed_occasions``'
    second half, read apart by the Today view (each read in a turn of its own)."""
    shown = journal_rows.notified_on([occasion.key for occasion in past])
    return [o for o in past if o.key not in shown or shown[o.key].date() > o.date]


# --- choices offered on a due item (Snooze) ---------------------------------------------------


# Before this, it is still the night before for the user: at 0:30 "tomorrow" is the coming
# morning, not the next calendar day (32 hours away), and "later today" is tonight.
NIGHT_ENDS = dt.time(5, 0)


def later_today(now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(hours=3)


def offers_later_today(now: dt.datetime) -> bool:
    """Whether "Later today (+3 h)" means what it says now: not from 21:00 (it lands after
    midnight, at 22:00 on 1:00 the next day), nor in the small hours (the user's day has not
    begun; "Tomorrow" is the coming morning then)."""
    return now.time() >= NIGHT_ENDS and later_today(now).date() == now.date()


def tomorrow_morning(now: dt.datetime) -> dt.datetime:
    """9:00 on the user's next day: the next calendar day's, but in the small hours (before
    NIGHT_ENDS) this morning's, the one after the night."""
    return dt.datetime.combine(user_day(now) + dt.timedelta(days=1), dt.time(9, 0))


def user_day(now: dt.datetime) -> dt.date:
    """The day the user is living: in the small hours (before NIGHT_ENDS), still yesterday."""
    return (now - dt.timedelta(hours=NIGHT_ENDS.hour, minutes=NIGHT_ENDS.minute)).date()


def next_week(now: dt.datetime) -> dt.datetime:
    """Next Monday 9:00 (a week today when today is Monday). In the small hours of a Monday,
    for the user still Sunday night, the coming morning: not a week and a night away."""
    day = user_day(now)
    return dt.datetime.combine(day + dt.timedelta(days=7 - day.weekday()), dt.time(9, 0))


# "Later today" clamped before quiet hours: not closer than this to now (a snooze of a few
# minutes is no snooze), and this much before they begin (their first minute is quiet)
LATER_TODAY_LEAST = dt.timedelta(minutes=30)
BEFORE_QUIET = dt.timedelta(minutes=15)


def later_today_outside(now: dt.datetime, quiet: QuietHours) -> dt.datetime | None:
    """When "Later today" puts an item off to, never inside the quiet hours: three hours on;
    if that is quiet, when the quiet hours end if still today (a quiet span in the day), else
    a quarter of an hour before they begin, if that is at least half an hour away. None when
    no moment today fits (from 21:00 +3 h is past midnight; in the small hours the day has
    not begun). Snoozed into the quiet hours, the reminder waited for their end, the next
    morning: not "later today"."""
    if not offers_later_today(now):
        return None
    moment = later_today(now)
    if quiet.contains(moment):
        ends = quiet.ends_after(moment)
        if ends.date() == now.date():
            moment = ends
        else:
            moment = dt.datetime.combine(now.date(), quiet.start) - BEFORE_QUIET
            if moment - now < LATER_TODAY_LEAST:
                return None
    return moment if moment.date() == now.date() and moment > now else None


def tomorrow_outside(now: dt.datetime, quiet: QuietHours) -> dt.datetime:
    """ "Tomorrow" (9:00 on the user's next day), or the end of the quiet hours holding 9:00."""
    return quiet.ends_after(tomorrow_morning(now))


def next_week_outside(now: dt.datetime, quiet: QuietHours) -> dt.datetime:
    """ "Next week" (Monday 9:00), or the end of the quiet hours holding it."""
    return quiet.ends_after(next_week(now))


def days_late(due: dt.datetime, now: dt.datetime) -> int:
    """Whole calendar days between the due day and today (0: due today or later)."""
    return max(0, (now.date() - due.date()).days)
