"""A time picked in the quiet hours is the user's to pick, but its reminder waits for their
end: Snooze's Pick a date… and Reschedule… took 22:00 without a word, and the reminder came
the next morning. The date dialog now says so under the fields (OK stays available)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.reminders import QuietHours
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpActions, FollowUpDialog

D = dt.datetime
EVENINGS = QuietHours(dt.time(21), dt.time(8))


def test_a_time_in_the_quiet_hours_is_said_with_when_its_reminder_comes(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(D(2026, 3, 3, 22), quiet=EVENINGS)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "followUpQuiet")
    assert not hint.isHidden()
    assert hint.text() == (
        "That is in your quiet hours (21:00–8:00): its reminder waits until 8:00 the next day."
    )
    assert dialog.ok_button.isEnabled()  # the user's to pick
    dialog.time_edit.setTime(QTime(20, 0))
    assert hint.isHidden()
    dialog.time_edit.setTime(QTime(6, 30))
    assert hint.text().endswith("waits until 8:00.")
    dialog.time_check.setChecked(False)  # a day: no time to be quiet at
    assert hint.isHidden()


def test_pick_a_date_tells_the_dialog_the_quiet_hours_of_preferences(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    app_context.settings.set(s.QUIET_HOURS_START, "18:00")
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    item = app_context.core.follow_ups.add(ana, D(2026, 3, 1, 10), "Call")
    actions = FollowUpActions(app_context)
    said: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FollowUpDialog)
        dialog.time_edit.setTime(QTime(19, 0))
        said.append(dialog.findChild(QLabel, "followUpQuiet").text())
        dialog.reject()

    QTimer.singleShot(0, look)
    assert not actions.snooze_to_picked(item)
    assert said == [
        "That is in your quiet hours (18:00–8:00): its reminder waits until 8:00 the next day."
    ]
