"""The line under the follow-up dialog's fields says what the fields show: a part typed wrong
while the field is red with it, else a moment gone by, else nothing. Any date changed put
"That moment has passed…" back, hidden, while the field was still red."""

from __future__ import annotations

import datetime as dt

import pytest
from log_dialog_setup import OFFSCREEN, english_month_names  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from netdesk.ui.date_typing import typing_problem
from netdesk.ui.follow_up_actions import FollowUpDialog

pytestmark = [OFFSCREEN, pytest.mark.usefixtures("english_month_names")]

Section = QDateTimeEdit.Section
PASSED = "That moment has passed: choose a later day or time."


def type_over(edit: QDateTimeEdit, typed: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, typed)


def _shown(dialog: FollowUpDialog) -> str:
    return "" if dialog.past_hint.isHidden() else dialog.past_hint.text()


def test_the_hint_stays_the_day_typed_wrong_while_another_part_changes(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(dialog.date_edit, "2027-04-31")
    assert typing_problem(dialog.date_edit) == "There is no 31 April 2027."
    assert _shown(dialog) == "There is no 31 April 2027."  # said as the field turns red
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted
    # the year stepped, the day still wrong: the date changes, the field stays red
    dialog.date_edit.setSelectedSection(Section.YearSection)
    QTest.keyClick(dialog.date_edit, Qt.Key.Key_Up)
    assert dialog.date_edit.date().year() == 2028
    assert typing_problem(dialog.date_edit)  # still red
    assert _shown(dialog) == typing_problem(dialog.date_edit)
    dialog.date_edit.setSelectedSection(Section.DaySection)
    QTest.keyClicks(dialog.date_edit, "30")
    assert typing_problem(dialog.date_edit) == ""
    assert _shown(dialog) == ""  # put right: nothing left to say
    dialog.ok_button.click()
    assert dialog.result() == FollowUpDialog.DialogCode.Accepted
    assert dialog.choice().due == dt.datetime(2028, 4, 30, 9, 5)


def test_a_snooze_typed_wrong_says_the_typing_not_a_moment_passed(qtbot: QtBot) -> None:
    """The date shown when a day is refused may be one gone by: the line said "That moment
    has passed" and OK was greyed out, while what was wrong was the day typed."""
    now = dt.datetime(2026, 3, 3, 9, 5)
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 10, 0), has_time=True, earliest=now)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(dialog.time_edit, "08:61")  # 08 taken, the minute refused: 08:00 shown, gone by
    wrong = typing_problem(dialog.time_edit)
    assert wrong and dialog.choice().due <= now
    assert _shown(dialog) == wrong
    assert dialog.ok_button.isEnabled()  # OK says why and selects the minute to type again
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted
    assert dialog.time_edit.currentSection() == Section.MinuteSection
    QTest.keyClicks(dialog.time_edit, "30")  # 08:30, gone by
    assert typing_problem(dialog.time_edit) == ""
    assert _shown(dialog) == PASSED and not dialog.ok_button.isEnabled()
    QTest.keyClick(dialog.time_edit, Qt.Key.Key_Return)  # Enter with OK greyed out
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted


def test_a_time_typed_wrong_is_said_while_ticked(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(dialog.time_edit, "24:30")
    wrong = typing_problem(dialog.time_edit)
    assert wrong and _shown(dialog) == wrong
    dialog.time_check.setChecked(False)  # the time no longer counts
    assert _shown(dialog) == ""
    dialog.time_check.setChecked(True)
    assert _shown(dialog) == wrong
