"""The tray icon or its message clicked while a restore replaces the database: the window
comes forward with the restore's progress. With a follow-up due, the click opened Today,
which read the database there and then: an error box, and Today's basic page for the rest
of the session ("TodayView could not be built")."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot
from test_restore_dialog import back_up, held_worker, window  # noqa: F401  (fixture)

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.restore_dialog import start_restore
from netdesk.ui.today_view import TodayView
from netdesk.ui.tray import ReminderTray


def test_clicks_on_the_tray_during_a_restore_show_the_window_and_read_nothing(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    person: Any,
    app_context: AppContext,
    caplog: pytest.LogCaptureFixture,
) -> None:
    core = app_context.core
    ana = person("Ana", "García")
    core.follow_ups.add(ana, core.clock.now() - dt.timedelta(hours=1), "Send the proposal")
    made = back_up(window, qtbot)
    tray = ReminderTray(app_context, window)
    tray.start()
    try:
        assert tray.due_count == 1
        page = window.pages.currentWidget()
        with held_worker():
            operation = start_restore(window, made)
            window.hide()  # closed to the tray meanwhile
            tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
            assert window.isVisible()
            tray.message_contact = ana
            tray.icon.messageClicked.emit()
            assert window.pages.currentWidget() is page  # as it was, greyed, until it ends
        qtbot.waitUntil(lambda: not operation.running, timeout=20_000)
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # over: Today
        assert isinstance(window.pages.currentWidget(), TodayView)
        assert "could not be built" not in caplog.text
        assert not any(r.levelno >= logging.ERROR for r in caplog.records)
    finally:
        tray.stop()
