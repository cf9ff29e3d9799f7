"""The tray's "daily backup failed" message: it waits for a reminders' message on screen
instead of taking its place, and a minimized window (whose status bar is not seen) gets it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui import tray as tray_module
from netdesk.ui.context import AppContext
from netdesk.ui.tray import ReminderTray

D = dt.datetime
FULL = "The disk holding /media/usb is full."


class Window(QWidget):
    before_close = None

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []

    def open_contact(self, contact_id: int) -> None: ...
    def show_today(self) -> None: ...
    def log_interaction(self, contact_ids: list[int] | None = None, summary: str = "") -> None: ...

    def backup_failed(self, reason: str) -> None:
        self.said.append(reason)


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


def started_tray(qtbot: QtBot, context: AppContext, window: Window) -> ReminderTray:
    tray = ReminderTray(context, window)  # type: ignore[arg-type]
    tray.messages: list[tuple[str, str]] = []  # type: ignore[attr-defined]
    tray.available = True
    tray.post_message = lambda title, text: tray.messages.append((title, text))  # type: ignore[method-assign, attr-defined]
    tray.start()
    return tray


def test_the_backup_message_waits_for_the_reminders_message_on_screen(
    qtbot: QtBot, context: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """netdesk started at login, hidden in the tray, its backups folder on a full drive: the
    message "2 follow-ups became due while netdesk was closed" was replaced 20 ms later by
    "The daily backup failed" (a tray shows one at a time), and those follow-ups, told once,
    were never seen. The backup's message now comes once the reminders' has had its time."""
    monkeypatch.setattr(tray_module, "MESSAGE_MS", 300)  # a message's time on screen
    core = context.core
    clock.set(D(2026, 3, 2, 10))
    for name in ("Ana", "Bob"):
        someone = core.contacts.create(Contact(given_name=name))
        core.follow_ups.add(someone, D(2026, 3, 1, 9), "Call back")
    window = Window()
    qtbot.addWidget(window)  # hidden: living in the tray
    tray = started_tray(qtbot, context, window)
    try:
        assert [title for title, _text in tray.messages] == [  # type: ignore[attr-defined]
            "2 follow-ups became due while netdesk was closed"
        ]
        tray.backup_failed(FULL)  # the daily backup, started with netdesk, fails
        assert len(tray.messages) == 1  # type: ignore[attr-defined]
        assert not tray.message_about_backup  # a click on the shown one still opens Today
        qtbot.waitUntil(lambda: len(tray.messages) == 2)  # type: ignore[attr-defined]
        assert tray.messages[1] == ("The daily backup failed", FULL)  # type: ignore[attr-defined]
        assert tray.message_about_backup
        tray._message_clicked()
        assert window.isVisible() and window.said == [FULL]
    finally:
        tray.stop()


def test_the_backup_message_is_not_posted_once_the_window_is_shown_meanwhile(
    qtbot: QtBot, context: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Waiting, the message is dropped when the window came up meanwhile: its status bar
    says it (app.py tells the window too)."""
    monkeypatch.setattr(tray_module, "MESSAGE_MS", 100)
    core = context.core
    clock.set(D(2026, 3, 2, 10))
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 1, 9), "Call back")
    window = Window()
    qtbot.addWidget(window)
    tray = started_tray(qtbot, context, window)
    try:
        tray.backup_failed(FULL)
        assert tray.backup_message_later.isActive()
        window.show()
        qtbot.waitUntil(lambda: not tray.backup_message_later.isActive())
        assert len(tray.messages) == 1  # type: ignore[attr-defined]
    finally:
        tray.stop()


def test_a_minimized_window_gets_the_backup_message(qtbot: QtBot, context: AppContext) -> None:
    """A minimized window is "visible" to Qt, and its status bar alone said the backup
    failed, on a window nobody looked at. Clicked, the message brings it back."""
    window = Window()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    tray = started_tray(qtbot, context, window)
    try:
        tray.backup_failed(FULL)
        assert tray.messages == [("The daily backup failed", FULL)]  # type: ignore[attr-defined]
        tray._message_clicked()
        assert not window.isMinimized() and window.said == [FULL]
    finally:
        tray.stop()
