"""Snooze › Pick a date… offers only moments to come: a day gone by left the item overdue,
"snoozed", as if the Snooze had done nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpActions, FollowUpDialog

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


def test_the_date_asked_for_a_snooze_is_after_now(qtbot: QtBot) -> None:
    now = D(2026, 3, 2, 9, 30)
    dialog = FollowUpDialog(D(2026, 3, 3, 9), earliest=now)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()  # tomorrow 9:00, as offered
    dialog.date_edit.setDate(QDate(2026, 3, 1))
    assert dialog.date_edit.date() == QDate(2026, 3, 2)  # no day gone by
    dialog.time_edit.setTime(QTime(8, 0))
    assert not dialog.ok_button.isEnabled()  # this morning, gone
    dialog.time_edit.setTime(QTime(11, 0))
    assert dialog.ok_button.isEnabled()
    dialog.time_check.setChecked(False)  # today, no time: its start, gone
    assert not dialog.ok_button.isEnabled()


def test_pick_a_date_snoozes_to_a_moment_to_come_only(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    core = context.core
    clock.set(D(2026, 3, 2, 9, 30))
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 2, 27, 10), "Send the proposal")
    actions = FollowUpActions(context)
    seen: list[bool] = []

    def pick_yesterday() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FollowUpDialog):
            QTimer.singleShot(5, pick_yesterday)
            return
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        try:
            dialog.date_edit.setDate(QDate(2026, 3, 1))
            dialog.time_edit.setTime(QTime(9, 0))
            seen.append(ok.isEnabled())
        finally:  # closed whatever happened: OK if it may be pressed
            if ok.isEnabled():
                ok.click()
            else:
                dialog.reject()

    QTimer.singleShot(0, pick_yesterday)
    actions.snooze_to_picked(item)
    assert seen == [False]
    (after,) = core.follow_ups.of_contact(ana)
    assert after.snooze is None


def test_a_moment_gone_by_says_why_ok_is_greyed_out(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(D(2026, 3, 3, 9), earliest=D(2026, 3, 2, 9, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.past_hint.isVisible()
    dialog.date_edit.setDate(QDate(2026, 3, 2))
    dialog.time_edit.setTime(QTime(8, 0))  # this morning
    assert dialog.past_hint.isVisible() and not dialog.ok_button.isEnabled()
    assert "passed" in dialog.past_hint.text()
    dialog.time_edit.setTime(QTime(11, 0))
    assert not dialog.past_hint.isVisible() and dialog.ok_button.isEnabled()


def test_a_date_asked_with_no_earliest_never_says_it_has_passed(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(D(2020, 1, 1, 9))  # a follow-up's own date may be set in the past
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.past_hint.isVisible() and dialog.ok_button.isEnabled()
