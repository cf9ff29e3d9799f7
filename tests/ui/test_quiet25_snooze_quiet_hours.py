"""Snooze's choices say and keep a moment outside the quiet hours (Preferences): "Later today
(+3 h)" at 19:00 landed at 22:00, in them, and the reminder came at their end, the next
morning; "Tomorrow (9:00)" with quiet hours until 10:00 came at 10:00 under a menu saying 9:00."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMenu, QToolButton
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DueChoice, FollowUpActions
from netdesk.ui.today_view import TodayView

D = dt.datetime


def _item(context: AppContext) -> int:
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    return context.core.follow_ups.add(ana, D(2026, 3, 1, 10), "Send the proposal")


def _offered(menu: QMenu) -> list[str]:
    menu.aboutToShow.emit()  # as opening it does
    return [a.text() for a in menu.actions() if a.isVisible()]


def _take(menu: QMenu, starting: str) -> None:
    next(a for a in menu.actions() if a.text().startswith(starting)).trigger()


def test_later_today_lands_before_the_evening_quiet_hours(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    item = _item(app_context)
    actions = FollowUpActions(app_context)
    clock.set(D(2026, 3, 2, 19))  # +3 h is 22:00, after the quiet hours begin (21:00)
    menu = actions.snooze_menu(item)
    assert _offered(menu)[0] == "&Later today (20:45)"
    _take(menu, "&Later today")
    assert app_context.core.follow_ups.get(item).effective_due == D(2026, 3, 2, 20, 45)  # type: ignore[union-attr]
    clock.set(D(2026, 3, 2, 20, 30))  # a quarter of an hour before them: nothing later today
    assert _offered(menu)[0] == "&Tomorrow (9:00)"


def test_the_choices_wait_for_the_end_of_quiet_mornings(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    app_context.settings.set(s.QUIET_HOURS_START, "22:00")
    app_context.settings.set(s.QUIET_HOURS_END, "10:00")
    item = _item(app_context)
    actions = FollowUpActions(app_context)
    clock.set(D(2026, 3, 2, 15))
    menu = actions.snooze_menu(item)
    assert _offered(menu)[:3] == [
        "&Later today (+3 h)",
        "&Tomorrow (10:00)",
        "&Next week (Monday 10:00)",
    ]
    _take(menu, "&Tomorrow")
    assert app_context.core.follow_ups.get(item).effective_due == D(2026, 3, 3, 10)  # type: ignore[union-attr]
    _take(menu, "&Next week")
    assert app_context.core.follow_ups.get(item).effective_due == D(2026, 3, 9, 10)  # type: ignore[union-attr]


def test_pick_a_date_starts_outside_the_quiet_hours(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    app_context.settings.set(s.QUIET_HOURS_END, "10:00")
    item = _item(app_context)
    actions = FollowUpActions(app_context)
    started: list[D] = []

    def ask_due(_parent: object, start: D, **_kw: object) -> DueChoice | None:
        started.append(start)
        return None

    actions.ask_due = ask_due
    clock.set(D(2026, 3, 2, 15))
    actions.snooze_to_picked(item)
    assert started == [D(2026, 3, 3, 10)]


def test_snooze_all_overdue_says_and_keeps_the_end_of_the_quiet_hours(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    app_context.settings.set(s.QUIET_HOURS_END, "10:00")
    item = _item(app_context)
    clock.set(D(2026, 3, 2, 15))
    view = TodayView(app_context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(view.row_texts("overdue")))
    button = view.findChild(QToolButton, "todaySnoozeAll")
    menu = button.menu()
    assert _offered(menu)[:2] == ["&Tomorrow (10:00)", "&Next week (Monday 10:00)"]
    _take(menu, "&Tomorrow")
    assert app_context.core.follow_ups.get(item).effective_due == D(2026, 3, 3, 10)  # type: ignore[union-attr]
    app_context.settings.set(s.QUIET_HOURS_END, "08:00")  # Preferences changed since
    assert _offered(menu)[0] == "&Tomorrow (9:00)"
