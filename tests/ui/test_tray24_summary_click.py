"""Clicking the "became due while netdesk was closed" message: when its names are one
person's but more were only counted ("…"), it opens the Today view listing them all, not the
one card."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.reminders import MISSED_SHOWN
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.tray import ReminderTray


class Window(QWidget):
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


def start_tray(qtbot: QtBot, core: Core, tmp_data_dir: Path) -> tuple[ReminderTray, Window]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    context.settings.set(s.QUIET_HOURS_START, "00:00")  # none: the test's hour is any
    context.settings.set(s.QUIET_HOURS_END, "00:00")
    window = Window()
    qtbot.addWidget(window)
    tray = ReminderTray(context, window)  # type: ignore[arg-type]
    tray.available = True
    tray.tray_available = lambda: True
    tray.messages = []  # type: ignore[attr-defined]
    tray.post_message = lambda title, text: tray.messages.append((title, text))  # type: ignore[attr-defined, method-assign]
    tray.start()
    return tray, window


def test_a_summary_naming_one_person_of_more_opens_today(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_data_dir: Path
) -> None:
    now = clock.now()
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    for n in range(MISSED_SHOWN):  # Ana's, the earliest: the names read are hers alone
        core.follow_ups.add(ana, now - dt.timedelta(days=30, hours=n), f"Item {n}")
    core.follow_ups.add(bob, now - dt.timedelta(days=1), "Call back")
    tray, window = start_tray(qtbot, core, tmp_data_dir)
    try:
        ((title, text),) = tray.messages  # type: ignore[attr-defined]
        assert title == f"{MISSED_SHOWN + 1} follow-ups became due while netdesk was closed"
        assert text == "Ana, …"
        tray.icon.messageClicked.emit()
        assert window.calls == [("show_today", None)], "Bob's item was not on Ana's card"
    finally:
        tray.stop()


def test_a_summary_of_one_persons_items_opens_their_card(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_data_dir: Path
) -> None:
    now = clock.now()
    ana = core.contacts.create(Contact(given_name="Ana"))
    for n in range(3):
        core.follow_ups.add(ana, now - dt.timedelta(days=2, hours=n), f"Item {n}")
    tray, window = start_tray(qtbot, core, tmp_data_dir)
    try:
        ((title, text),) = tray.messages  # type: ignore[attr-defined]
        assert (title, text) == ("3 follow-ups became due while netdesk was closed", "Ana")
        tray.icon.messageClicked.emit()
        assert window.calls == [("open_contact", ana)]
    finally:
        tray.stop()
