"""Reschedule… of an overdue item is offered from tomorrow, at the item's time of day: it
opened at the old date (2019 for the item 7 years late on Today's first row), and OK,
untouched, moved the item to where it was, still overdue."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpActions, FollowUpDialog

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def reschedule_untouched(
    qtbot: QtBot, actions: FollowUpActions, follow_up_id: int
) -> tuple[dt.datetime, bool]:
    """Reschedule… and OK in the real dialog, touching nothing; what the dialog offered."""
    offered: list[tuple[dt.datetime, bool]] = []

    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FollowUpDialog):
            QTimer.singleShot(5, press_ok)
            return
        choice = dialog.choice()
        offered.append((choice.due, choice.has_time))
        dialog.ok_button.click()

    QTimer.singleShot(0, press_ok)
    assert actions.reschedule(follow_up_id)
    qtbot.waitUntil(lambda: bool(offered))
    return offered[0]


def test_an_overdue_item_is_offered_from_tomorrow_at_its_time(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    core = app_context.core
    clock.set(D(2026, 3, 2, 9, 30))
    ana = core.contacts.create(Contact(given_name="Ana"))
    timed = core.follow_ups.add(ana, D(2019, 3, 20, 16, 45), "Send the proposal")
    day = core.follow_ups.add(ana, D(2026, 2, 27), "Lunch", has_time=False)
    actions = FollowUpActions(app_context)
    assert reschedule_untouched(qtbot, actions, timed) == (D(2026, 3, 3, 16, 45), True)
    assert reschedule_untouched(qtbot, actions, day) == (D(2026, 3, 3), False)
    assert core.follow_ups.count_due(clock.now()) == 0  # neither is overdue any more
    moved = core.follow_ups.get(timed)
    assert moved is not None and moved.effective_due == D(2026, 3, 3, 16, 45)


def test_an_item_still_to_come_is_offered_at_its_own_date(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    core = app_context.core
    clock.set(D(2026, 3, 2, 9, 30))
    ana = core.contacts.create(Contact(given_name="Ana"))
    later_today = core.follow_ups.add(ana, D(2026, 3, 2, 15), "Call back")
    next_week = core.follow_ups.add(ana, D(2026, 3, 9), "Lunch", has_time=False)
    actions = FollowUpActions(app_context)
    assert reschedule_untouched(qtbot, actions, later_today) == (D(2026, 3, 2, 15), True)
    assert reschedule_untouched(qtbot, actions, next_week) == (D(2026, 3, 9), False)


def test_in_the_small_hours_tomorrow_is_the_coming_day(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    """At 00:30 the user's day has not begun: tomorrow is the day about to start, as the
    Snooze menu's "Tomorrow" says."""
    core = app_context.core
    clock.set(D(2026, 3, 3, 0, 30))
    ana = core.contacts.create(Contact(given_name="Ana"))
    late = core.follow_ups.add(ana, D(2026, 3, 2, 11), "Call back")
    actions = FollowUpActions(app_context)
    assert reschedule_untouched(qtbot, actions, late) == (D(2026, 3, 3, 11), True)
