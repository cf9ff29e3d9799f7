"""The reminder check never waits for the write lock on the window's thread: a check with
nothing to record asks for no lock, and one made while a bulk change runs on the worker is put
off until it ends, and then shows what fell due once."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.reminders import Plan, ReminderPlanner
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.notifier import Notifier
from netdesk.ui.operations import run_operation


def no_quiet_hours(context: AppContext) -> None:
    context.settings.set(s.QUIET_HOURS_START, "00:00")
    context.settings.set(s.QUIET_HOURS_END, "00:00")


def test_a_plan_with_nothing_to_record_asks_for_no_write_lock(
    app_context: AppContext,
    clock: FixedClock,
    write_lock,  # type: ignore[no-untyped-def]
) -> None:
    """Another program holds the write lock (netdesk's own worker in a bulk change, or
    netdesk-cli): recording an empty plan failed after waiting the busy timeout."""
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, clock.now() + dt.timedelta(hours=2), "Later")
    planner = ReminderPlanner(core)
    planner.record(planner.plan())  # the day's occasions looked at, recorded once
    planner.forget()  # a change: everything is looked at again
    lock = write_lock()
    plan = planner.plan()
    assert plan.empty and not plan.unnamed
    planner.record(plan)  # nothing to write: no lock waited for, no error
    clock.advance(hours=3)
    due = planner.plan()
    assert [r.note for r in due.notify] == ["Later"]
    from netdesk.core import StoreError

    with pytest.raises(StoreError):  # something to record still waits for the lock
        planner.record(due)
    lock.release()
    planner.record(due)
    assert planner.plan().empty  # recorded: not shown again


def test_a_check_during_a_bulk_change_waits_for_its_end_and_shows_once(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    """The 300 ms check after a change fired while the next bulk change wrote on the worker:
    its record waited for the worker's lock, the window frozen up to 5 s."""
    from netdesk.store.models import db

    core = app_context.core
    no_quiet_hours(app_context)
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, clock.now() + dt.timedelta(minutes=5), "Send the deck")
    shown: list[Plan] = []
    notifier = Notifier(app_context, shown.append)
    notifier.start()
    writing, finish = threading.Event(), threading.Event()

    def bulk_change(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
        with core.store.transaction():  # the worker's own connection holds the write lock
            core.contacts.create(Contact(given_name="Bea"))
            writing.set()
            assert finish.wait(30)

    try:
        db.execute_sql("PRAGMA busy_timeout = 50")
        operation = run_operation(app_context, None, "Changing…", bulk_change, changes=False)
        assert writing.wait(10)
        clock.advance(minutes=10)  # the follow-up fell due during the operation
        with caplog.at_level(logging.WARNING, logger="netdesk.ui"):
            notifier.check()
        assert "reminders not checked" not in caplog.text  # the lock was not waited for
        assert shown == []  # not yet: it is shown once the operation has ended
        finish.set()
        with qtbot.waitSignal(operation.ended, timeout=10_000):
            pass
        # its end alone (no change said: a failure, a cancel) brings the check back
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3_000)
        assert [r.note for r in shown[0].notify] == ["Send the deck"]
        notifier.check()
        assert len(shown) == 1  # once
    finally:
        finish.set()
        notifier.stop()
