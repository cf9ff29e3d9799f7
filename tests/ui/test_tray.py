"""The reminder tray: menu, notifications through one timer, close-to-tray, no-tray fallback."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTime, QTimer, QTranslator
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.reminders import Reminder
from netdesk.core.types import Contact, PartialDate
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.notifier import Notifier
from netdesk.ui.tray import CalendarFeed, ReminderTray, badge_icon, base_icon

D = dt.datetime


class FakeWindow(QWidget):
    """Records what the tray asks of the main window."""

    def __init__(self) -> None:
        super().__init__()
        self.before_close = None
        self.calls: list[tuple[str, object]] = []

    def open_contact(self, contact_id: int) -> None:
        self.calls.append(("open_contact", contact_id))

    def show_today(self) -> None:
        self.calls.append(("show_today", None))

    def log_interaction(self, contact_ids: list[int] | None = None, summary: str = "") -> None:
        self.calls.append(("log_interaction", contact_ids))

    def quit(self) -> None:
        self.calls.append(("quit", None))


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context``: the undo stack emptied at the end (see test_follow_up_panel.py)."""
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def window(qtbot: QtBot) -> FakeWindow:
    widget = FakeWindow()
    qtbot.addWidget(widget)
    return widget


def make_tray(context: AppContext, window: FakeWindow, *, available: bool) -> ReminderTray:
    tray = ReminderTray(context, window)
    tray.available = available
    tray.tray_available = lambda: available  # the tray there or not, as the test says
    tray.messages: list[tuple[str, str]] = []  # type: ignore[misc]
    tray.post_message = lambda title, text: tray.messages.append((title, text))  # type: ignore[method-assign]
    tray.tell_no_tray = lambda _parent: tray.messages.append(("no tray", ""))  # type: ignore[method-assign]
    return tray


@pytest.fixture
def tray(context: AppContext, window: FakeWindow) -> ReminderTray:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.follow_ups.add(ana, D(2026, 3, 2, 8), "Send the proposal")
    core.follow_ups.add(bob, D(2026, 3, 2, 8, 30), "Call back")
    core.follow_ups.add(bob, D(2026, 3, 2, 14), "Later")
    made = make_tray(context, window, available=True)
    made.start()
    yield made
    made.stop()


def test_menu_lists_due_items_and_they_open_the_contact(
    tray: ReminderTray, window: FakeWindow
) -> None:
    items = [a for a in tray.menu.actions() if a.objectName() == "dueItem"]
    assert [a.text() for a in items] == ["Ana — Send the proposal", "Bob — Call back"]
    assert tray.icon.toolTip() == "2 follow-ups due"
    items[1].trigger()
    assert window.calls == [("open_contact", items[1].data())]
    assert window.isVisible()


def test_two_people_of_one_name_are_told_apart_in_the_menu(
    context: AppContext, window: FakeWindow
) -> None:
    core = context.core
    acme = core.contacts.create(Contact(given_name="Ana", organization="Acme"))
    other = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(acme, D(2026, 3, 2, 8), "Call back")
    core.follow_ups.add(other, D(2026, 3, 2, 8, 30), "Call back")
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        items = [a for a in tray.menu.actions() if a.objectName() == "dueItem"]
        assert [a.text() for a in items] == ["Ana (Acme) — Call back", "Ana — Call back"]
        act_on = tray.menu.findChild(QMenu, "actOnMenu")
        assert act_on is not None
        assert [a.text() for a in act_on.actions()] == [a.text() for a in items]
    finally:
        tray.stop()


def test_a_long_note_is_cut_in_the_menu_and_whole_in_its_tooltip(
    context: AppContext, window: FakeWindow
) -> None:
    """A long note made the tray's menu as wide as the screen (1,150 pixels)."""
    from netdesk.ui.tray import MENU_TEXT_WIDTH

    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", family_name="Smith & Co"))
    note = "Send the signed contract with every annex, the invoice and the NDA " * 4
    core.follow_ups.add(ana, D(2026, 3, 2, 8), note)
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        (item,) = [a for a in tray.menu.actions() if a.objectName() == "dueItem"]
        shown = item.text().replace("&&", "&")
        assert shown.startswith("Ana Smith & Co — Send the signed") and shown.endswith("…")
        assert tray.menu.fontMetrics().horizontalAdvance(shown) <= MENU_TEXT_WIDTH
        assert item.toolTip() == f"Ana Smith & Co — {note}"
        assert tray.menu.toolTipsVisible()
        act_on = tray.menu.findChild(QMenu, "actOnMenu")
        assert act_on is not None and act_on.actions()[0].text() == item.text()
    finally:
        tray.stop()


def test_menu_actions_do_what_they_say(
    tray: ReminderTray, window: FakeWindow, context: AppContext
) -> None:
    tray.action("todayAction").trigger()
    tray.action("logAction").trigger()
    window.hide()
    tray.action("openAction").trigger()
    assert window.isVisible()
    assert window.calls == [("show_today", None), ("log_interaction", None)]
    tray.action("pauseHourAction").trigger()
    assert context.settings.get(s.PAUSED_UNTIL) == "2026-03-02T10:00:00"
    assert tray.notifier.planner.paused_until == D(2026, 3, 2, 10)
    assert "paused until 10:00" in tray.icon.toolTip()
    tray.action("pauseTomorrowAction").trigger()
    assert tray.notifier.planner.paused_until == D(2026, 3, 3, 9)
    # not "until 09:00", this morning's hour gone by
    assert tray.icon.toolTip().endswith("paused until tomorrow 09:00")
    tray.action("resumeAction").trigger()
    assert tray.notifier.planner.paused_until is None
    tray.action("quitAction").trigger()
    assert window.calls[-1] == ("quit", None)


def test_done_from_the_tray_logs_and_moves_the_cadence(
    qtbot: QtBot, context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=14))
    clock.set(D(2026, 3, 17, 9))
    tray = make_tray(context, window, available=True)
    tray.start()
    tray.actions.ask_summary = lambda _p, prefill: prefill  # accept "Kept in touch"
    (act_on,) = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
    (item_menu,) = [a.menu() for a in act_on.actions()]
    done = next(a for a in item_menu.actions() if a.text() == "&Done…")
    done.trigger()
    assert core.journal.for_contact(ana)[0].summary == "Kept in touch"
    assert core.follow_ups.of_contact(ana)[0].due == D(2026, 3, 31)
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "Nothing due")
    tray.stop()


def test_snooze_from_the_tray_moves_it(context: AppContext, tray: ReminderTray) -> None:
    (act_on,) = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
    item_menu = act_on.actions()[0].menu()
    snooze = next(a.menu() for a in item_menu.actions() if a.menu() is not None)
    next(a for a in snooze.actions() if a.text().startswith("&Later today")).trigger()
    ana_items = context.core.follow_ups.of_contact(int(tray.menu.actions()[0].data()))
    assert ana_items[0].effective_due == D(2026, 3, 2, 12)


def test_late_at_night_the_tray_offers_what_the_hour_means(
    context: AppContext, tray: ReminderTray, clock: FixedClock
) -> None:
    """At 22:00 "Later today (+3 h)" landed at 1:00 the next day; at 0:30 "Tomorrow" and
    "Pause reminders until tomorrow" meant 9:00 the next calendar day, 32 hours away."""
    clock.set(D(2026, 3, 2, 22))
    tray.refresh()
    (act_on,) = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
    snooze = next(a.menu() for a in act_on.actions()[0].menu().actions() if a.menu())
    snooze.popup(tray.menu.pos())  # as the user opens it
    shown = [a.text() for a in snooze.actions() if a.isVisible()]
    snooze.close()
    assert shown == ["&Tomorrow (9:00)", "&Next week (Monday 9:00)", "&Pick a date…"]
    clock.set(D(2026, 3, 3, 0, 30))
    tray.refresh()
    tray.action("pauseTomorrowAction").trigger()
    assert tray.notifier.planner.paused_until == D(2026, 3, 3, 9)
    (act_on,) = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
    snooze = next(a.menu() for a in act_on.actions()[0].menu().actions() if a.menu())
    next(a for a in snooze.actions() if a.text() == "&Tomorrow (9:00)").trigger()
    ana_items = context.core.follow_ups.of_contact(int(tray.menu.actions()[0].data()))
    assert ana_items[0].effective_due == D(2026, 3, 3, 9)


def test_one_timer_one_message_per_item(
    tray: ReminderTray, context: AppContext, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="netdesk.ui")
    notifier = tray.notifier
    # both due items fell due before the start (08:00, 08:30 < 09:00): one summary
    assert tray.messages == [("2 follow-ups became due while netdesk was closed", "Ana, Bob")]
    assert notifier.timer.isSingleShot()
    assert notifier.timer.isActive()
    assert notifier.next_wakeup == D(2026, 3, 2, 14)
    assert notifier.timer.interval() == 5 * 3600 * 1000
    notifier.check()
    assert len(tray.messages) == 1  # never twice
    clock.set(D(2026, 3, 2, 14))
    notifier.timer.timeout.emit()
    assert tray.messages[-1] == ("Bob", "Later")
    assert tray.message_contact is not None
    assert notifier.next_wakeup == D(2026, 3, 3)
    assert caplog.text.count("notified followup:") == 1  # the 14:00 one, logged once


def test_message_click_opens_the_contact(
    tray: ReminderTray, window: FakeWindow, context: AppContext
) -> None:
    ana = int(tray.menu.actions()[0].data())
    tray.message_contact = ana
    tray.icon.messageClicked.emit()
    assert window.calls == [("open_contact", ana)]
    tray.message_contact = None
    tray.icon.messageClicked.emit()
    assert window.calls[-1] == ("show_today", None)
    # deleted (or merged away) since the message: Today, not the list cleared to find no one
    tray.message_contact = ana
    context.core.contacts.delete([ana])
    tray.icon.messageClicked.emit()
    assert window.calls[-1] == ("show_today", None)


def test_birthday_message_with_age(
    context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    context.settings.set(s.QUIET_HOURS_START, "22:00")
    context.core.contacts.create(Contact(given_name="Ana", birthday=PartialDate(1986, 3, 2)))
    tray = make_tray(context, window, available=True)
    tray.start()
    assert tray.messages == [("Ana's birthday", "Turns 40 today.")]
    tray.stop()


def test_birthdays_slept_through_are_announced_late_with_their_day(
    context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    """The laptop slept from Monday to Thursday: Tuesday's and Wednesday's birthdays were
    never announced."""
    core = context.core
    core.contacts.create(Contact(given_name="Ana", birthday=PartialDate(1986, 3, 3)))
    core.contacts.create(Contact(given_name="Bob", birthday=PartialDate(None, 3, 4)))
    tray = make_tray(context, window, available=True)
    tray.start()  # Monday 9:00
    assert tray.messages == []
    clock.set(D(2026, 3, 5, 9))  # Thursday, woken up: the watchdog plans again
    tray.notifier.check()
    assert tray.messages == [
        (
            "2 reminders due",
            "Ana's birthday — Turned 40 on Tuesday; Bob's birthday — Was yesterday",
        )
    ]
    tray.notifier.check()
    assert len(tray.messages) == 1  # once
    tray.stop()
    one = Reminder("birthday:1:2026-03-04", 1, "Ana", "birthday", D(2026, 3, 4), years=40)
    assert tray.describe(one, dt.date(2026, 3, 5)) == ("Ana's birthday", "Turned 40 yesterday.")
    wedding = dataclasses.replace(one, kind="anniversary", due=D(2026, 3, 2), years=16)
    assert tray.describe(wedding, dt.date(2026, 3, 5)) == (
        "Ana's anniversary",
        "Was on Monday.",
    )
    assert tray.describe(one, dt.date(2026, 3, 4)) == ("Ana's birthday", "Turns 40 today.")
    # the year of the wedding unknown: the message's text was empty
    unknown = dataclasses.replace(wedding, due=D(2026, 3, 5), years=None)
    assert tray.describe(unknown, dt.date(2026, 3, 5)) == (
        "Ana's anniversary",
        "Anniversary today.",
    )
    assert tray._summary_line(unknown, dt.date(2026, 3, 5)) == "Ana's anniversary"


def test_several_reminders_in_one_message_read_as_one_sentence(
    tray: ReminderTray,
) -> None:
    """It read "Henry's birthday — Birthday today.; Ana's birthday — Turns 40 today.;"."""
    from netdesk.core.reminders import Plan

    henry = Reminder("birthday:1:2026-03-02", 1, "Henry", "birthday", D(2026, 3, 2))
    ana = Reminder("birthday:2:2026-03-02", 2, "Ana", "birthday", D(2026, 3, 2), years=40)
    call = Reminder("follow_up:3", 3, "Bob", "follow_up", D(2026, 3, 2, 8), "Call back", 3)
    tray.messages.clear()
    tray.show_plan(Plan(notify=[henry, ana, call], at=D(2026, 3, 2, 9)))
    assert tray.messages == [
        ("3 reminders due", "Henry's birthday; Ana's birthday — Turns 40 today; Bob — Call back")
    ]


def test_a_birthday_missed_while_closed_is_said_in_the_summary_of_missed_follow_ups(
    context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    """Closed over the weekend: the start's summary of follow-ups listed Ana among the names
    of people due, with nothing to say it was her birthday."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", birthday=PartialDate(1986, 3, 7)))
    bob = core.contacts.create(Contact(given_name="Bob"))
    cy = core.contacts.create(Contact(given_name="Cy"))
    ReminderTray(context, window).notifier.planner.take()  # Monday: the last look
    core.follow_ups.add(bob, D(2026, 3, 6, 10), "Send the proposal")
    core.follow_ups.add(cy, D(2026, 3, 7, 11), "Call back")
    clock.set(D(2026, 3, 9, 9))  # the Monday after
    tray = make_tray(context, window, available=True)
    tray.start()
    assert tray.messages == [
        (
            "2 follow-ups became due while netdesk was closed",
            "Bob, Cy; Ana's birthday — Turned 40 on Saturday",
        )
    ]
    assert ana not in {r.contact_id for r in core.follow_ups.due()}
    tray.stop()


def test_watchdog_replans_after_a_clock_jump(
    context: AppContext, clock: FixedClock, qtbot: QtBot
) -> None:
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    context.core.follow_ups.add(ana, D(2026, 3, 2, 15), "Intro")
    shown = []
    wall = [1000.0]
    mono = [50.0]
    notifier = Notifier(context, shown.append, wall=lambda: wall[0], monotonic=lambda: mono[0])
    notifier.start()
    assert notifier.watchdog.interval() == 60_000
    assert notifier.next_wakeup == D(2026, 3, 2, 15)
    wall[0] += 60
    mono[0] += 60
    clock.set(D(2026, 3, 2, 9, 1))
    with qtbot.assertNotEmitted(notifier.checked):
        notifier.watch()  # a normal minute: nothing planned, nothing read
    clock.set(D(2026, 3, 2, 16))  # the machine slept five hours
    wall[0] += 5 * 3600
    mono[0] += 60
    notifier.watch()
    assert [p.notify[0].note for p in shown] == ["Intro"]
    notifier.stop()


def test_close_to_tray_told_once(
    tray: ReminderTray, window: FakeWindow, context: AppContext
) -> None:
    asked = []
    tray.ask_close_to_tray = lambda _parent: asked.append(1) or False
    window.show()
    assert window.before_close is not None
    event = QCloseEvent()
    assert window.before_close(event) is True
    assert not event.isAccepted()
    assert not window.isVisible()
    assert window.before_close(QCloseEvent()) is True
    assert asked == [1]
    assert QApplication.quitOnLastWindowClosed() is False


def answer_box(qtbot: QtBot, key: Qt.Key) -> list[str]:
    """Press ``key`` in the next modal message box; returns the texts of the boxes answered."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, press)
            return
        seen.append(box.text())
        QTest.keyClick(box, key)

    QTimer.singleShot(0, press)
    return seen


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return], ids=["Esc", "Enter"])
def test_dismissing_the_close_to_tray_news_keeps_running(
    qtbot: QtBot, context: AppContext, key: Qt.Key
) -> None:
    from netdesk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.load()
    tray = make_tray(context, window, available=True)  # type: ignore[arg-type]
    tray.start()
    try:
        window.show()
        seen = answer_box(qtbot, key)
        assert not window.close()
        assert seen and seen[0].startswith("netdesk keeps running in the system tray")
        assert not window.isVisible()
        assert context.settings.get(s.CLOSE_TO_TRAY) is True
    finally:
        tray.stop()


def test_quit_on_close_instead(tray: ReminderTray, window: FakeWindow, context: AppContext) -> None:
    tray.ask_close_to_tray = lambda _parent: True
    assert window.before_close(QCloseEvent()) is False
    assert context.settings.get(s.CLOSE_TO_TRAY) is False
    assert window.before_close(QCloseEvent()) is False


def test_without_a_tray_the_title_counts_and_closing_closes(
    context: AppContext, window: FakeWindow
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 1), "Old", has_time=False)
    core.follow_ups.add(ana, D(2026, 3, 2, 8), "Older", has_time=True)
    tray = make_tray(context, window, available=False)
    tray.tray_available = lambda: False
    window.show()  # the usual start: the window is up before the tray starts
    tray.start()
    assert window.windowTitle() == "netdesk — 2 due"
    assert window.before_close(QCloseEvent()) is False
    assert tray.messages.count(("no tray", "")) == 1
    for _look in range(3):
        tray.tray_watch.timeout.emit()  # still none: nothing more said
    assert tray.messages.count(("no tray", "")) == 1
    tray.stop()
    again = make_tray(context, window, available=False)
    again.tray_available = lambda: False
    again.start()
    for _look in range(5):
        again.tray_watch.timeout.emit()
    assert ("no tray", "") not in again.messages  # told once, remembered in the settings
    again.stop()


def test_a_tray_that_comes_up_after_netdesk_is_used(
    context: AppContext, window: FakeWindow
) -> None:
    """Started at login before the panel, netdesk found no tray and stayed without one all
    day: no icon, the count in the title, closing the window quit it."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 1), "Old", has_time=False)
    tray = make_tray(context, window, available=False)
    tray_up = False
    tray.tray_available = lambda: tray_up
    window.show()  # on screen: no tray came up for a moment after a start in the tray
    tray.start()
    assert window.windowTitle() == "netdesk — 1 due"
    assert tray.tray_watch.isActive() and tray.tray_watch.interval() == 5_000
    tray.tray_watch.timeout.emit()
    assert not tray.available
    tray_up = True  # the panel is up
    tray.tray_watch.timeout.emit()
    # still looked at: the panel may go away again
    assert tray.available and tray.tray_watch.isActive()
    assert tray.icon.isVisible() and tray.icon.toolTip() == "1 follow-up due"
    assert window.windowTitle() == "netdesk"
    assert not QApplication.quitOnLastWindowClosed()
    context.settings.set(s.CLOSE_TO_TRAY_EXPLAINED, True)
    assert window.before_close(QCloseEvent()) is True  # hidden to the tray, not quit
    tray.stop()
    QApplication.setQuitOnLastWindowClosed(True)


def test_badge_paints_the_count() -> None:
    plain = base_icon().pixmap(64, 64).toImage()
    badged = badge_icon(base_icon(), 3).pixmap(64, 64).toImage()
    assert plain != badged
    red = badged.pixelColor(64 - 8, 19)
    assert red.red() > 150 and red.green() < 100


def test_calendar_feed_writes_into_the_chosen_folder(
    context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    context.core.follow_ups.add(ana, D(2026, 3, 5, 10), "Proposal")
    context.settings.set(s.ICS_FOLDER, str(tmp_path / "cal"))
    feed = CalendarFeed(context)
    feed.timer.setInterval(0)
    feed.start()
    target = tmp_path / "cal" / "netdesk.ics"
    qtbot.waitUntil(target.exists)
    assert b"Ana: Proposal" in target.read_bytes()
    context.core.follow_ups.add(ana, D(2026, 3, 6, 10), "Second")
    context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: b"Second" in target.read_bytes())


def test_calendar_feed_builds_off_the_gui_thread_with_translatable_labels(
    context: AppContext, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every birthday of 100,000 contacts goes into the file: never built on the GUI thread."""
    import threading

    from netdesk.interop import ical

    context.core.contacts.create(Contact(given_name="Ana", birthday=PartialDate(None, 4, 15)))
    context.settings.set(s.ICS_FOLDER, str(tmp_path / "cal"))
    built_on: list[threading.Thread] = []
    real = ical.calendar_bytes

    def recording(core: object, **kwargs: object) -> bytes:
        built_on.append(threading.current_thread())
        return real(core, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ical, "calendar_bytes", recording)
    monkeypatch.setattr(
        "netdesk.ui.tray.calendar_labels",
        lambda: {"birthday": "Cumpleaños de {name}", "anniversary": "{name}", "calendar": "x"},
    )
    feed = CalendarFeed(context)
    with qtbot.waitSignal(feed.written, timeout=5000) as written:
        feed.write_in_background()
    assert written.args == [tmp_path / "cal" / "netdesk.ics"]
    assert built_on and built_on[0] is not threading.main_thread()
    assert "Cumpleaños de Ana" in (tmp_path / "cal" / "netdesk.ics").read_text("utf-8")
    feed.stop()


def test_calendar_feed_failure_reaches_the_error_reporter(
    context: AppContext, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not an OSError (here a NUL in the folder name): PySide would drop it without a word."""
    from netdesk.ui.errors import ErrorReporter

    reporter = ErrorReporter(tmp_path / "netdesk.log", interactive=False)
    monkeypatch.setattr(sys, "excepthook", reporter.hook)
    context.settings.set(s.ICS_FOLDER, str(tmp_path / "cal\0endar"))
    feed = CalendarFeed(context)
    with qtbot.waitSignal(feed.written, timeout=5000) as written:
        feed.write_in_background()
    assert written.args == [None]
    qtbot.waitUntil(lambda: feed.pending == 0)
    assert len(reporter.errors) == 1 and "ValueError" in reporter.errors[0]
    feed.stop()


def test_quit_kept_back_by_unsaved_edits_keeps_the_tray(qtbot: QtBot, context: AppContext) -> None:
    """Quit from the tray, then Cancel at "cannot be saved, discard?": netdesk runs on, and its
    tray with it (it was stopped first: no icon, no reminders, closing the window quit)."""
    from netdesk.ui.main_window import MainWindow

    ana = context.core.contacts.create(Contact(given_name="Ana"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.load()
    tray = make_tray(context, window, available=True)  # type: ignore[arg-type]
    tray.start()
    try:
        window.show()
        window.open_contact(ana)
        QTest.keyClicks(window.card.met_on, "not a date")
        seen = answer_box(qtbot, Qt.Key.Key_Escape)  # Cancel: keep the edits
        tray.action("quitAction").trigger()
        assert seen and seen[0].startswith("The changes to this contact cannot be saved")
        assert window.isVisible() and window.card.dirty
        assert window.before_close == tray.before_close  # closing still hides to the tray
        assert tray.notifier.timer.isActive()  # reminders still come
    finally:
        window.card.revert()  # nothing left to ask about when the test closes the window
        tray.stop()


class Spanish(QTranslator):
    """Just the words these tests look for."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return {"Keep in touch": "Mantener el contacto"}.get(source)  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return False


def test_keep_in_touch_items_read_in_the_users_language(
    qapp: QApplication, context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    """A cadence's note is stored in English; the menu, the messages and the calendar
    translate it (the calendar said "Keep in touch" in a Spanish netdesk)."""
    core = context.core
    for name in ("Ana", "Carla"):
        someone = core.contacts.create(Contact(given_name=name, keep_in_touch_days=30))
        core.journal.log([someone], "call", "Catch-up", at=D(2026, 2, 1, 10))  # due 3 March
    spanish = Spanish()
    qapp.installTranslator(spanish)
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        clock.set(D(2026, 3, 3, 12))
        tray.notifier.check()
        assert tray.messages == [
            ("2 reminders due", "Ana — Mantener el contacto; Carla — Mantener el contacto")
        ]
        tray.refresh()
        texts = [a.text() for a in tray.menu.actions()]
        assert texts[:2] == ["Ana — Mantener el contacto", "Carla — Mantener el contacto"]
        from netdesk.interop import ical
        from netdesk.ui.tray import calendar_labels

        calendar = ical.calendar_bytes(core, labels=calendar_labels()).decode()
        assert "SUMMARY:Ana: Mantener el contacto" in calendar
    finally:
        tray.stop()
        qapp.removeTranslator(spanish)


def test_after_a_restore_the_tray_shows_and_announces_the_restored_data_at_once(
    tray: ReminderTray, context: AppContext, clock: FixedClock
) -> None:
    """The tray came back from a restore with what it had planned over the old database: an
    item the backup held unannounced, due before the last check, waited for the next change
    to be announced; and a change said during the restore made the tray read the database
    while it was away."""
    core = context.core
    changes = context.changes
    clock.set(D(2026, 3, 2, 10))
    tray.notifier.check()  # settled: everything due by 10:00 was looked at
    shown = len(tray.messages)
    changes.database_replacing.emit(True)
    read: list[str] = []
    original = core.follow_ups.count_due
    core.follow_ups.count_due = lambda at=None: read.append("count") or original(at)  # type: ignore[method-assign]
    changes.contacts_changed.emit(None)  # said while the file is being replaced
    tray.menu.aboutToShow.emit()
    QApplication.processEvents()
    assert read == []  # nothing read while the database is away
    # the restored database: someone the old one did not have, due at 9:30, never announced
    carl = core.contacts.create(Contact(given_name="Carl"))
    core.follow_ups.add(carl, D(2026, 3, 2, 9, 30), "Thank Carl")
    changes.database_replacing.emit(False)
    assert tray.messages[shown:] == [("Carl", "Thank Carl")]
    assert tray.due_count == 3
    assert any("Carl" in a.text() for a in tray.menu.actions())


def test_many_due_at_once_are_one_message_with_their_count(
    context: AppContext, window: FakeWindow, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core import reminders

    monkeypatch.setattr(reminders, "MAX_PER_PLAN", 3)
    core = context.core
    for name in "ABCDEFG":
        core.follow_ups.add(core.contacts.create(Contact(given_name=name)), D(2026, 3, 2, 10), "Hi")
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        clock.set(D(2026, 3, 2, 10))
        tray.notifier.timer.timeout.emit()
        assert tray.messages == [("7 reminders due", "A — Hi; B — Hi; C — Hi; …")]
        tray.notifier.check()
        assert len(tray.messages) == 1
    finally:
        tray.stop()


def test_a_burst_of_changes_is_one_look_after_the_turn_that_repaints_the_list(
    qtbot: QtBot, context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    """A save announces its contact, then its follow-ups: the reminders' plan and the tray's
    count and menu ran at once, twice, in the same turn as the list's repaint (~80 ms of a
    held window on 100,000 contacts)."""
    tray = make_tray(context, window, available=True)
    tray.start()
    qtbot.wait(20)  # what starting queued
    assert tray.icon.toolTip() == "Nothing due"
    looks: list[object] = []
    tray.notifier.checked.connect(looks.append)
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    context.core.follow_ups.add(ana, clock.now(), "Send the deck")
    context.changes.contacts_changed.emit([ana])  # what a save says
    context.changes.follow_ups_changed.emit()
    QApplication.processEvents()  # the turn of the change: the list repaints in it
    assert looks == [] and tray.icon.toolTip() == "Nothing due"
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "1 follow-up due")
    qtbot.wait(50)
    assert len(looks) == 1
    tray.stop()


def test_a_done_asked_from_the_tray_outlives_the_menu_rebuilt_meanwhile(
    qtbot: QtBot, context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    """Done… from the tray asks in a dialog its "Act on a due item" menu owns. A reminder
    falling due meanwhile (or netdesk-cli writing) rebuilt that menu and deleted it: the
    dialog vanished with what the user was typing, and nothing was logged."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=14))
    clock.set(D(2026, 3, 17, 9))
    tray = make_tray(context, window, available=True)
    tray.start()
    typed: list[str] = []

    def type_while_the_menu_is_rebuilt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, type_while_the_menu_is_rebuilt)
            return
        dialog.summary.setText("Talked about her move to Lisbon")  # type: ignore[attr-defined]
        tray.refresh()  # as after the notifier's check of something falling due
        QTimer.singleShot(20, lambda: typed.append(dialog.summary.text()) or dialog.accept())  # type: ignore[attr-defined]

    QTimer.singleShot(0, type_while_the_menu_is_rebuilt)
    (act_on,) = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
    (item_menu,) = [a.menu() for a in act_on.actions()]
    next(a for a in item_menu.actions() if a.text() == "&Done…").trigger()
    assert typed == ["Talked about her move to Lisbon"]
    assert core.journal.for_contact(ana)[0].summary == "Talked about her move to Lisbon"
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "Nothing due")
    tray.stop()


def test_the_pause_reads_in_the_users_clock(tray: ReminderTray) -> None:
    """The tooltip said "paused until 09:00" to a user whose clock reads "9:00 AM"."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        tray.action("pauseTomorrowAction").trigger()
        nine = QLocale().toString(QTime(9, 0), QLocale.FormatType.ShortFormat)
        assert "AM" in nine
        assert tray.icon.toolTip().endswith(f"paused until tomorrow {nine}")
    finally:
        QLocale.setDefault(QLocale.system())


def test_two_people_of_one_name_are_told_apart_in_a_message(
    context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    """ "2 reminders due: Henry Davies — Call back; Henry Davies — Call back" left the user
    to guess, and the summary of items due while closed named two Henry Davies once."""
    core = context.core
    context.settings.set(s.QUIET_HOURS_START, "00:00")
    context.settings.set(s.QUIET_HOURS_END, "00:00")
    acme = core.contacts.create(
        Contact(given_name="Henry", family_name="Davies", organization="Acme")
    )
    globex = core.contacts.create(
        Contact(given_name="Henry", family_name="Davies", organization="Globex")
    )
    core.follow_ups.add(acme, D(2026, 3, 2, 7), "Call back")
    core.follow_ups.add(globex, D(2026, 3, 2, 8), "Call back")
    tray = make_tray(context, window, available=True)
    tray.start()  # both fell due before netdesk started
    try:
        assert tray.messages[-1] == (
            "2 follow-ups became due while netdesk was closed",
            "Henry Davies (Acme), Henry Davies (Globex)",
        )
        core.follow_ups.add(acme, D(2026, 3, 2, 10), "Send the deck")
        core.follow_ups.add(globex, D(2026, 3, 2, 10), "Send the deck")
        clock.set(D(2026, 3, 2, 10))
        tray.notifier.check()
        assert tray.messages[-1] == (
            "2 reminders due",
            "Henry Davies (Acme) — Send the deck; Henry Davies (Globex) — Send the deck",
        )
    finally:
        tray.stop()


def test_a_note_pasted_whole_is_cut_in_the_message(
    context: AppContext, window: FakeWindow, clock: FixedClock
) -> None:
    """A follow-up added by a script with a whole e-mail as its note made a balloon taller
    than the screen."""
    core = context.core
    context.settings.set(s.QUIET_HOURS_START, "00:00")
    context.settings.set(s.QUIET_HOURS_END, "00:00")
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 2, 10), "Reply: " + "words of the e-mail " * 300)
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        clock.set(D(2026, 3, 2, 10))
        tray.notifier.check()
        title, text = tray.messages[-1]
        assert title == "Ana"
        assert len(text) == 300 and text.startswith("Reply: words") and text.endswith("…")
    finally:
        tray.stop()


def test_a_long_summary_is_cut_after_a_whole_name() -> None:
    """The summary of 19 items due while closed ended "Álvaro's birthday — Turns…"."""
    from netdesk.ui.tray import _cut

    names = ", ".join(f"Person {n}" for n in range(60)) + "; Ana's birthday — Turns 40 today"
    cut = _cut(names, 100)
    assert len(cut) <= 100 and cut.endswith(", …")
    assert cut.removesuffix(", …").split(", ")[-1].startswith("Person ")
    assert _cut("short", 100) == "short"
    one_word = "x" * 400  # nowhere to cut between names: cut at the limit
    assert _cut(one_word, 100) == "x" * 99 + "…"


def test_a_failed_daily_backup_is_said_in_a_message_when_the_window_is_hidden(
    context: AppContext, window: FakeWindow, qtbot: QtBot
) -> None:
    """The window's status bar said it alone: living in the tray, nobody saw a backup fail
    day after day. Clicked, the message shows the window and says it there again."""
    said: list[str] = []
    window.backup_failed = said.append  # type: ignore[attr-defined]
    tray = make_tray(context, window, available=True)
    window.show()
    tray.backup_failed("The disk holding /media/usb is full.")
    assert tray.messages == []  # the window's status bar says it
    window.hide()
    tray.backup_failed("The disk holding /media/usb is full.")
    assert tray.messages == [("The daily backup failed", "The disk holding /media/usb is full.")]
    tray._message_clicked()
    assert window.isVisible()
    assert said == ["The disk holding /media/usb is full."]
    assert ("show_today", None) not in window.calls
