"""A date typed before a field's first day (a snooze's: not a day gone by) is said, never
made another: Qt refused the key without a word, and the parts typed after it made another
date ("2026-04-20" typed over 5 January 2027 gave 20 April 2027, a year later)."""

from __future__ import annotations

import datetime as dt

import pytest
from log_dialog_setup import OFFSCREEN, english_month_names  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from netdesk.ui.follow_up_actions import FollowUpDialog

pytestmark = [OFFSCREEN, pytest.mark.usefixtures("english_month_names")]

Section = QDateTimeEdit.Section
EARLIEST = dt.datetime(2026, 3, 10, 8, 0)
SAID = "The earliest day you can choose is 10 March 2026."


def snooze_dialog(qtbot: QtBot, start: dt.datetime) -> FollowUpDialog:
    dialog = FollowUpDialog(start, has_time=True, earliest=EARLIEST)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_over(edit: QDateTimeEdit, typed: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, typed)


def test_a_date_typed_in_full_through_a_day_gone_by_is_said_not_moved(qtbot: QtBot) -> None:
    dialog = snooze_dialog(qtbot, dt.datetime(2027, 1, 5, 9, 0))
    date = dialog.date_edit
    type_over(date, "2026-04-20")  # its year, over 5 January 2027, first made 5 January 2026
    assert date.toolTip() == SAID
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted  # 20 April 2027, unsaid
    assert dialog.past_hint.text() == SAID and not dialog.past_hint.isHidden()
    assert date.currentSection() == Section.YearSection
    QTest.keyClicks(date, "2026")  # typed again, the rest kept: 20 April 2026
    dialog.ok_button.click()
    assert dialog.result() == FollowUpDialog.DialogCode.Accepted
    assert dialog.choice().due == dt.datetime(2026, 4, 20, 9, 0)


@pytest.mark.parametrize("typed", ["2026-03-05", "2026-02-20"])
def test_a_day_gone_by_typed_is_said_not_kept_as_another(qtbot: QtBot, typed: str) -> None:
    dialog = snooze_dialog(qtbot, dt.datetime(2026, 3, 11, 9, 0))
    type_over(dialog.date_edit, typed)
    assert dialog.date_edit.toolTip() == SAID
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted  # the 11th, or 20 March
    assert dialog.past_hint.text() == SAID
