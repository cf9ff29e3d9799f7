"""A reminders' check that records many follow-ups as announced (a cadence set on 100,000
contacts: 76,000 fallen due, 0.5 s to record) is made on the operations worker and shown once
it is recorded; the window's views take that write for netdesk's own, not another program's."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator

import pytest
from lock_holder import busy_timeout
from PySide6.QtCore import QRunnable
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import reminders
from netdesk.core.clock import FixedClock
from netdesk.core.reminders import Plan, ReminderPlanner
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext
from netdesk.ui.notifier import SOON_MS, Notifier
from netdesk.ui.operations import Operation
from netdesk.ui.tray import ReminderTray

# The offscreen platform has no tray host and no window manager; these are its complaints.
pytestmark = pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "does not support raise", "does not support activateWindow"
)

FALLEN_DUE = 5


@pytest.fixture
def many_due(
    app_context: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> AppContext:
    """Five follow-ups fall due ten minutes from now, "many" being more than three here."""
    monkeypatch.setattr(reminders, "MANY_TO_RECORD", 3)
    app_context.settings.set(s.QUIET_HOURS_START, "00:00")  # no quiet hours
    app_context.settings.set(s.QUIET_HOURS_END, "00:00")
    core = app_context.core
    for n in range(FALLEN_DUE):
        contact_id = core.contacts.create(Contact(given_name=f"P{n}"))
        core.follow_ups.add(contact_id, clock.now() + dt.timedelta(minutes=5), "Call")
    return app_context


@pytest.fixture
def notifier(many_due: AppContext) -> Iterator[tuple[Notifier, list[Plan]]]:
    shown: list[Plan] = []
    made = Notifier(many_due, shown.append)
    made.start()  # nothing due yet: an empty plan, made here
    assert shown == []
    yield made, shown
    made.stop()


def unannounced(context: AppContext) -> int:
    """How many a new start would announce (all of them as due while it was closed)."""
    plan = ReminderPlanner(context.core).plan()
    return plan.missed_total + plan.notify_total


def test_many_to_record_are_recorded_on_the_worker_and_shown_once(
    qtbot: QtBot, notifier: tuple[Notifier, list[Plan]], clock: FixedClock, many_due: AppContext
) -> None:
    check, shown = notifier
    clock.advance(minutes=10)
    check.check()
    assert shown == []  # not planned and recorded here: on the worker
    check.check()  # asked again meanwhile (another change): waits for that one's end
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert shown[0].notify_total == FALLEN_DUE
    assert unannounced(many_due) == 0  # recorded before it was shown
    qtbot.wait(SOON_MS + 200)  # the check asked for meanwhile, made after it
    check.check()
    assert len(shown) == 1  # once


def test_a_few_are_still_recorded_and_shown_at_once(
    notifier: tuple[Notifier, list[Plan]],
    clock: FixedClock,
    many_due: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check, shown = notifier
    monkeypatch.setattr(reminders, "MANY_TO_RECORD", FALLEN_DUE)
    clock.advance(minutes=10)
    check.check()
    assert [plan.notify_total for plan in shown] == [FALLEN_DUE]


def test_a_check_stopped_before_the_worker_took_it_leaves_everything_to_show(
    qtbot: QtBot, notifier: tuple[Notifier, list[Plan]], clock: FixedClock, many_due: AppContext
) -> None:
    """Quitting (or a restore) while the check waits behind another job on the worker: taken
    back, nothing recorded, so nothing is lost; the next start shows it all."""
    check, shown = notifier
    go_on = threading.Event()
    busy = QRunnable.create(lambda: go_on.wait(30))  # a calendar being written
    busy.setAutoDelete(False)
    Operation.pool().start(busy)
    try:
        clock.advance(minutes=10)
        check.check()
        check.stop()
    finally:
        go_on.set()
    Operation.pool().waitForDone(10_000)
    qtbot.wait(50)
    assert shown == []
    assert unannounced(many_due) == FALLEN_DUE
    check.start()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert shown[0].notify_total == FALLEN_DUE


def test_a_record_the_database_refuses_on_the_worker_is_tried_again(
    qtbot: QtBot,
    notifier: tuple[Notifier, list[Plan]],
    clock: FixedClock,
    many_due: AppContext,
    write_lock,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from netdesk.ui.notifier import RETRY_MS

    check, shown = notifier
    # the worker's connection, too, gives up waiting for the lock after 50 ms
    busy_timeout(monkeypatch, 50)
    lock = write_lock()
    clock.advance(minutes=10)
    with caplog.at_level(logging.WARNING, logger="netdesk.ui"):
        check.check()
        qtbot.waitUntil(lambda: "reminders not checked" in caplog.text, timeout=10_000)
    assert shown == []  # not shown while it cannot be recorded as shown
    assert check.timer.isActive() and check.timer.interval() == RETRY_MS
    lock.release()
    check.check()  # the retry
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert shown[0].notify_total == FALLEN_DUE


class FakeWindow(QWidget):
    before_close = None

    def __init__(self, contacts: ContactListPanel) -> None:
        super().__init__()
        self.contacts = contacts

    def open_contact(self, contact_id: int) -> None: ...
    def show_today(self) -> None: ...
    def log_interaction(self, *_args: object, **_kwargs: object) -> None: ...


def test_the_workers_record_is_not_taken_for_another_programs_write(
    qtbot: QtBot, many_due: AppContext, clock: FixedClock
) -> None:
    """The views compare SQLite's count of other connections' writes: the worker's record
    was one, and every view read all again, as after netdesk-cli wrote; the notifier, once a
    minute, planned again."""
    panel = ContactListPanel(many_due)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    window = FakeWindow(panel)
    qtbot.addWidget(window)
    tray = ReminderTray(many_due, window)  # type: ignore[arg-type]
    tray.available = True
    messages: list[tuple[str, str]] = []
    tray.post_message = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]
    tray.start()
    try:
        panel.check_outside_writes()  # the views' version, as the 3 s timer reads it
        clock.advance(minutes=10)
        tray.notifier.check()
        qtbot.waitUntil(lambda: len(messages) == 1, timeout=10_000)
        assert messages[0][0] == f"{FALLEN_DUE} reminders due"
        changes = many_due.changes
        with (
            qtbot.assertNotEmitted(changes.contacts_changed),
            qtbot.assertNotEmitted(changes.follow_ups_changed),
        ):
            panel.check_outside_writes()
        with qtbot.assertNotEmitted(tray.notifier.checked):
            tray.notifier.watch()  # its minute's look for other programs' writes
    finally:
        tray.stop()


def test_a_check_under_way_at_stop_shows_what_it_recorded(
    qtbot: QtBot,
    notifier: tuple[Notifier, list[Plan]],
    clock: FixedClock,
    many_due: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Quitting while the worker records (within half a second of Set cadence… on everyone):
    the record was kept and its plan thrown away, so those follow-ups were never shown, and
    the next start did not summarize them either, as already announced. (review26)"""
    check, shown = notifier
    recorded = threading.Event()
    record = ReminderPlanner.record

    def record_then_wait(self: ReminderPlanner, plan: Plan) -> None:
        record(self, plan)
        recorded.set()
        threading.Event().wait(0.3)  # the quit comes while the worker is still at it

    monkeypatch.setattr(ReminderPlanner, "record", record_then_wait)
    clock.advance(minutes=10)
    check.check()
    assert recorded.wait(10)
    check.stop()
    assert [plan.notify_total for plan in shown] == [FALLEN_DUE]
    assert unannounced(many_due) == 0
    qtbot.wait(50)  # the worker's queued answer, come after the stop: not shown again
    assert len(shown) == 1
