"""One timer to the next reminder: turns the planner's Plan into a message, never polls.

A cheap watchdog (every 60 s) compares wall-clock and monotonic time to notice a suspend,
a clock change or a new day, and then plans again; of the database it reads only SQLite's
counter of writes by others (``PRAGMA data_version``), to notice netdesk-cli or a script.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QTimer, Signal

from netdesk.core.reminders import Plan, QuietHours, ReminderPlanner
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext

if TYPE_CHECKING:
    from netdesk.ui.operations import Operation

log = logging.getLogger("netdesk.ui")

WATCHDOG_MS = 60_000
JUMP_SECONDS = 5.0  # wall clock and monotonic time disagreeing by more: a suspend or a jump
MAX_TIMER_MS = 6 * 3600 * 1000  # a far wake-up is re-planned now and then anyway
# After a change, the plan waits this long: a burst of changes (a save, its follow-ups) is one
# look, and it is not made in the same turn of the event loop as the list's repaint.
SOON_MS = 300
RETRY_MS = 60_000  # the database was held by another program: look again in a minute


def read_pause(text: str) -> dt.datetime | None:
    """The stored pause, as local wall-clock time (one written with an offset or "Z" by hand
    is turned into it: comparing it with the clock's naive time raised)."""
    try:
        moment = dt.datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None
    if moment is not None and moment.tzinfo is not None:
        try:
            moment = moment.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError):  # at datetime's very ends: no pause read
            return None
    return moment


def real_ms_between(start: dt.datetime, end: dt.datetime) -> int:
    """Milliseconds a timer waits from ``start`` to ``end``, local wall-clock times: counted
    in real time, so across a change to or from summer time the hour skipped or repeated is
    not waited for (a follow-up at 5:00 the night clocks go forward came at 6:00)."""
    return int((end.timestamp() - start.timestamp()) * 1000)


class _WorkerCheck:
    """A check made on the operations worker: its planner (a detached copy), its runnable
    and when it ended, and the window's connection's data version before it began."""

    def __init__(self, planner: ReminderPlanner, version: int | None) -> None:
        self.planner = planner
        self.version = version
        self.ended = threading.Event()
        self.runnable: QRunnable | None = None
        self.outcome: object = None  # its Plan (recorded) or the error, once ended


class Notifier(QObject):
    """Plans reminders when its single timer fires and hands each Plan to ``show``.

    A plan that records many follow-ups as announced (MANY_TO_RECORD: most of 100,000
    contacts fallen due after "Set cadence…" on them all) is made and recorded on the
    operations worker, and shown when that is done; checks asked for meanwhile wait for it.

    Signals:
        checked(object): the Plan just handled (shown or empty), after recording it.
        recorded_elsewhere(int, int): the window's connection's data version before and
            after a check recorded its plan on the worker: a write of this netdesk's own that
            no view shows, not another program's (a view comparing versions takes it in).
    """

    checked = Signal(object)
    recorded_elsewhere = Signal(int, int)
    _worker_done = Signal(object, object)  # (_WorkerCheck, its Plan or the error), queued

    def __init__(
        self,
        context: AppContext,
        show: Callable[[Plan], None],
        parent: QObject | None = None,
        *,
        started_at: dt.datetime | None = None,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.show = show
        self.planner = ReminderPlanner(context.core, started_at=started_at)
        self.wall = wall
        self.monotonic = monotonic
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(self.timer.timerType().CoarseTimer)
        self.timer.timeout.connect(self.check)
        self.watchdog = QTimer(self)
        self.watchdog.setObjectName("clockWatchdog")
        self.watchdog.setInterval(WATCHDOG_MS)
        self.watchdog.setTimerType(self.watchdog.timerType().VeryCoarseTimer)
        self.watchdog.timeout.connect(self.watch)
        self.next_wakeup: dt.datetime | None = None
        self._last_wall = 0.0
        self._last_monotonic = 0.0
        self._last_date: dt.date | None = None
        self._data_version: int | None = None  # SQLite's count of others' writes, last seen
        self._started = False
        self._awaited: set[Operation] = set()  # the running operations a check waits for
        self._on_worker: _WorkerCheck | None = None  # a check under way on the worker
        self._check_again = False  # a check was asked for while that one ran
        self._worker_done.connect(self._worker_checked)

    def start(self) -> None:
        self.reload_settings()
        self._remember_clocks()
        self._data_version = self._read_data_version()
        self.watchdog.start()
        context = self.context
        context.changes.follow_ups_changed.connect(self.soon)
        context.changes.contacts_changed.connect(self.soon)
        self._started = True
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self.watchdog.stop()
        self._let_go_of_worker_check()
        for operation in self._awaited:
            operation.ended.disconnect(self._operation_ended)
        self._awaited.clear()
        if self._started:
            self._started = False
            self.context.changes.follow_ups_changed.disconnect(self.soon)
            self.context.changes.contacts_changed.disconnect(self.soon)

    def reload_settings(self) -> None:
        settings = self.context.settings
        self.planner.quiet_hours = QuietHours.parse(
            settings.get(s.QUIET_HOURS_START), settings.get(s.QUIET_HOURS_END)
        )
        self.planner.paused_until = read_pause(settings.get(s.PAUSED_UNTIL))

    def pause(self, until: dt.datetime | None) -> None:
        """Hold notifications until ``until`` (None: resume now); kept across restarts."""
        self.context.settings.set(s.PAUSED_UNTIL, until.isoformat() if until else "")
        self.planner.paused_until = until
        log.info("reminders paused until %s", until)
        self.check()

    @property
    def paused_until(self) -> dt.datetime | None:
        until = self.planner.paused_until
        return until if until is not None and until > self.context.core.clock.now() else None

    def soon(self, *_args: object) -> None:
        """Something changed: plan again (everything) once control returns to the loop.

        Preferences announce new quiet hours through the same signal, so they are read again.
        """
        self.reload_settings()
        self.planner.forget()
        self.timer.start(SOON_MS)

    def check(self) -> None:
        from netdesk.core import StoreError

        if self._put_off_for_operations():
            return
        if self._on_worker is not None:  # its end looks again
            self._check_again = True
            return
        now = self.context.core.clock.now()
        try:
            if self.planner.records_many(now):
                self._check_on_worker(now)
                return
            plan = self.planner.plan(now)
            # recorded before it is shown: a reminder the database cannot record now is shown
            # at the next try, not now and again then
            self.planner.record(plan)
        except StoreError as error:  # another program holds the database (a long CLI import)
            self._try_again_later(error)
            return
        self._handle(plan, now)

    def _try_again_later(self, error: Exception) -> None:
        log.warning("reminders not checked (%s); trying again in %d s", error, RETRY_MS // 1000)
        self.timer.start(RETRY_MS)

    def _handle(self, plan: Plan, now: dt.datetime) -> None:
        """Show a recorded plan, wake up when it says, and tell who listens."""
        if not plan.empty:
            self.show(plan)
            unnamed = plan.missed_total - len(plan.missed)
            more = f" and {unnamed} more due while closed" if unnamed else ""
            more += f" and {plan.unnamed} more due now" if plan.unnamed else ""
            log.info("notified %s%s", " ".join(plan.keys), more)
        self.schedule(plan.next_wakeup, now)
        self.checked.emit(plan)

    def _check_on_worker(self, now: dt.datetime) -> None:
        """Plan and record on the operations worker (its own connection; one writer at a
        time, behind a running calendar write), then show on this thread (_worker_checked).
        All or nothing as here: the worker's record is one transaction."""
        job = _WorkerCheck(self.planner.detached(), self._read_data_version())
        store = self.context.core.store
        done = self._worker_done

        def work() -> None:
            outcome: object
            try:
                plan = job.planner.plan(now)
                job.planner.record(plan)
                outcome = plan
            except Exception as error:
                outcome = error
            finally:
                store.close_own()  # the worker's own connection
            job.outcome = outcome
            try:
                done.emit(job, outcome)
            finally:
                job.ended.set()

        self._on_worker = job
        job.runnable = QRunnable.create(work)
        job.runnable.setAutoDelete(False)  # kept, for stop() to take back before it runs
        from netdesk.ui.operations import Operation

        Operation.pool().start(job.runnable)
        self.timer.start(RETRY_MS)  # (its end sets the timer)

    def _worker_checked(self, job: _WorkerCheck, outcome: object) -> None:
        from netdesk.core import StoreError

        if job is not self._on_worker:
            return  # let go of (a stop: quit, or a restore replacing the data it read)
        self._on_worker = None
        again, self._check_again = self._check_again, False
        if isinstance(outcome, StoreError):
            self._try_again_later(outcome)
            return
        if isinstance(outcome, BaseException):  # a bug: said by the error hook
            self.timer.start(RETRY_MS)
            sys.excepthook(type(outcome), outcome, outcome.__traceback__)
            return
        assert isinstance(outcome, Plan)
        self._took_in_own_write(job.version)
        self.planner.adopt(job.planner)
        self._handle(outcome, self.context.core.clock.now())
        if again:
            self.timer.start(SOON_MS)

    def _took_in_own_write(self, before: int | None) -> None:
        """The worker's record changed the data version the window's connection reads: known
        as this netdesk's own write here (not planned again as another program's, once a
        minute) and by the views (recorded_elsewhere). A write of another program in those
        same moments (a fraction of a second) is taken in with it: read at its next write,
        or at this netdesk's next change."""
        after = self._read_data_version()
        if before is None or after is None or after == before:
            return
        if self._data_version == before:
            self._data_version = after
        self.recorded_elsewhere.emit(before, after)

    def _let_go_of_worker_check(self) -> None:
        """Stopping (quit, a restore): a check queued on the worker is taken back (nothing
        recorded: the next start shows it all); one under way is waited for (a fraction of a
        second), and what it recorded as announced is shown now, as a check made on this
        thread just before would have shown it. Thrown away, those follow-ups were recorded
        as announced and never shown, nor summarized at the next start."""
        job, self._on_worker = self._on_worker, None
        self._check_again = False
        if job is None or job.runnable is None:
            return
        from netdesk.ui.operations import Operation

        if Operation.pool().tryTake(job.runnable):
            return
        job.ended.wait()
        plan = job.outcome  # (its queued answer, if still to come, finds it let go)
        if isinstance(plan, Plan) and not plan.empty:
            self.show(plan)

    def _put_off_for_operations(self) -> bool:
        """Whether a bulk change, an import or a restore runs on the worker: the check waits
        for its end. Its writes hold the lock for seconds, and the check's record of what it
        shows, on this thread, waited for them (up to the busy timeout: 5 s frozen after
        "Set cadence…" on 100,000 contacts). What falls due meanwhile is shown at the end."""
        from netdesk.ui.operations import Operation

        running = Operation.running_now()
        for operation in running:
            if operation not in self._awaited:
                self._awaited.add(operation)
                operation.ended.connect(self._operation_ended)
        if running:
            self.timer.start(RETRY_MS)  # (its end starts it sooner)
        return bool(running)

    def _operation_ended(self) -> None:
        for operation in [o for o in self._awaited if not o.running]:
            self._awaited.discard(operation)
            operation.ended.disconnect(self._operation_ended)
        if self._started and not self._awaited:
            self.timer.start(SOON_MS)

    def schedule(self, when: dt.datetime | None, now: dt.datetime) -> None:
        """Arm the one timer for ``when`` (at most MAX_TIMER_MS ahead)."""
        self.next_wakeup = when
        if when is None:
            self.timer.start(MAX_TIMER_MS)
            return
        self.timer.start(max(0, min(real_ms_between(now, when), MAX_TIMER_MS)))

    def _remember_clocks(self) -> None:
        self._last_wall = self.wall()
        self._last_monotonic = self.monotonic()
        self._last_date = self.context.core.clock.now().date()

    def watch(self) -> None:
        """Every minute: if the clock jumped, the machine slept or the day changed, re-plan."""
        wall, monotonic = self.wall(), self.monotonic()
        drift = (wall - self._last_wall) - (monotonic - self._last_monotonic)
        new_day = self.context.core.clock.now().date() != self._last_date
        self._remember_clocks()
        if abs(drift) > JUMP_SECONDS or new_day:
            log.info("clock jumped by %.0f s or a new day began: planning again", drift)
            self.check()
        self._notice_writes_elsewhere()

    def _read_data_version(self) -> int | None:
        if self.context.changes.replacing:
            return None
        try:
            return self.context.core.store.data_stamp()[0]
        except Exception:  # a database gone or held: the next minute tries again
            return None

    def _notice_writes_elsewhere(self) -> None:
        """netdesk-cli (a cron job, a script) wrote meanwhile: a follow-up it added due earlier
        today was never announced (the planner looks only past its last look), one due later
        waited for the next wake-up (up to hours), and the tray showed the old count. Looked
        at even with the window hidden in the tray; the views read it again when the window
        is on screen (netdesk.ui.contact_list's check of the same counter)."""
        from netdesk.ui.operations import Operation

        if Operation.running_now() or self._on_worker is not None:
            return  # this netdesk's own worker writing (an import): its end says what changed
        version = self._read_data_version()
        if version is None:
            return
        before, self._data_version = self._data_version, version
        if before is not None and version != before:
            log.info("the database was changed by another program: reminders planned again")
            self.planner.forget()
            self.check()
