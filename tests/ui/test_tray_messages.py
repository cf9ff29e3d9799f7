"""The tray's message when many reminders come at once: a birthday is named, not lost
behind the first five follow-ups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, PartialDate
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.tray import ReminderTray

D = dt.datetime


class Window(QWidget):
    before_close = None

    def open_contact(self, contact_id: int) -> None: ...
    def show_today(self) -> None: ...
    def log_interaction(self, contact_ids: list[int] | None = None, summary: str = "") -> None: ...


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


def test_a_birthday_among_many_due_items_is_named_in_the_message(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    """Seven keep-in-touch items and Ana's birthday at the end of the quiet hours: the
    message named the first five items and "…", and the birthday was not said at all."""
    core = context.core
    context.settings.set(s.QUIET_HOURS_START, "21:00")
    context.settings.set(s.QUIET_HOURS_END, "08:00")
    clock.set(D(2026, 3, 1, 20))  # netdesk running since the evening before
    core.contacts.create(Contact(given_name="Ana", birthday=PartialDate(1986, 3, 2)))
    for n in range(7):
        someone = core.contacts.create(Contact(given_name=f"Person {n}"))
        core.follow_ups.add(someone, D(2026, 3, 2, 7, n), "Call back")
    window = Window()
    qtbot.addWidget(window)
    tray = ReminderTray(context, window)  # type: ignore[arg-type]
    messages: list[tuple[str, str]] = []
    tray.available = True
    tray.post_message = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]
    tray.start()
    try:
        clock.set(D(2026, 3, 2, 8))  # the quiet hours end
        tray.notifier.check()
        ((title, text),) = messages
        assert title == "8 reminders due"
        assert text.startswith("Ana's birthday — Turns 40 today; Person 0 — Call back")
        assert text.endswith("; …")
    finally:
        tray.stop()


def test_the_pause_leaves_the_tooltip_when_it_ends(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    """Paused for an hour with nothing due before 14:00: the reminders looked again only at
    14:00, and until then the tooltip said "Reminders paused until 10:00"."""
    from PySide6.QtCore import QTimer

    core = context.core
    clock.set(D(2026, 3, 2, 9))
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 2, 14), "Call back")
    window = Window()
    qtbot.addWidget(window)
    tray = ReminderTray(context, window)  # type: ignore[arg-type]
    tray.available = True
    tray.post_message = lambda title, text: None  # type: ignore[method-assign]
    tray.start()
    try:
        tray.pause(D(2026, 3, 2, 10))
        assert "paused until 10:00" in tray.icon.toolTip()
        assert tray.notifier.next_wakeup == D(2026, 3, 2, 14)
        ends = tray.findChild(QTimer, "trayNextChange")
        assert ends is not None and ends.isActive()
        assert 3600_000 <= ends.remainingTime() <= 3602_000
        clock.set(D(2026, 3, 2, 10, 0, 1))
        ends.timeout.emit()  # an hour later
        assert tray.icon.toolTip() == "Nothing due"
    finally:
        tray.stop()


def test_in_the_quiet_hours_the_count_follows_the_items_falling_due(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    """Quiet hours hold the message, not the count: at 22:00 the tray said "Nothing due"
    with Ana's call due at 22:00, until the reminders looked again at 8:00."""
    from PySide6.QtCore import QTimer

    core = context.core
    context.settings.set(s.QUIET_HOURS_START, "21:00")
    context.settings.set(s.QUIET_HOURS_END, "08:00")
    clock.set(D(2026, 3, 2, 21, 30))
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 2, 22), "Call back")
    window = Window()
    qtbot.addWidget(window)
    tray = ReminderTray(context, window)  # type: ignore[arg-type]
    messages: list[tuple[str, str]] = []
    tray.available = True
    tray.post_message = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]
    tray.start()
    try:
        assert tray.icon.toolTip() == "Nothing due"
        assert tray.notifier.next_wakeup == D(2026, 3, 3, 8)
        turn = tray.findChild(QTimer, "trayNextChange")
        assert turn is not None and turn.isActive()
        assert 1800_000 <= turn.remainingTime() <= 1802_000
        clock.set(D(2026, 3, 2, 22, 0, 1))
        turn.timeout.emit()
        assert tray.icon.toolTip() == "1 follow-up due"
        tray.menu.aboutToShow.emit()  # the menu is made as it opens
        assert tray.menu.actions()[0].text() == "Ana — Call back"
        assert not messages  # still quiet
    finally:
        tray.stop()
