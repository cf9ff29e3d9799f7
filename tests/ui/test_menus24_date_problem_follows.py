"""A day said not to exist is said of the date shown after the year or month is stepped, and
the follow-up dialog says it once, in its line under the fields, with no tip over that line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QToolTip
from pytestqt.qtbot import QtBot

from netdesk.ui.date_typing import typed_in_full, typing_problem
from netdesk.ui.follow_up_actions import FollowUpDialog

Section = QDateEdit.Section


def _dialog(qtbot: QtBot) -> FollowUpDialog:
    dialog = FollowUpDialog(dt.datetime(2027, 4, 1, 9))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def _type_the_31st(qtbot: QtBot, edit: QDateEdit) -> None:
    edit.setFocus()
    edit.setCurrentSection(Section.DaySection)
    QTest.keyClicks(edit, "31")


def test_the_day_said_wrong_follows_the_year_and_month_stepped(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    edit = dialog.date_edit
    _type_the_31st(qtbot, edit)
    assert typing_problem(edit) == "There is no 31 April 2027."
    edit.setCurrentSection(Section.YearSection)
    QTest.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date().year() == 2028
    assert typing_problem(edit) == "There is no 31 April 2028."
    assert dialog.past_hint.text() == "There is no 31 April 2028."  # the line says it too
    assert edit.accessibleDescription() == "There is no 31 April 2028."
    edit.setCurrentSection(Section.MonthSection)
    QTest.keyClick(edit, Qt.Key.Key_Up)  # May has a 31st, but the field shows another day
    assert edit.date().month() == 5 and edit.date().day() != 31
    assert typing_problem(edit) == "The day shown is not the 31 typed: type the day again."
    assert dialog.past_hint.text() == typing_problem(edit)
    edit.setSelectedSection(Section.DaySection)
    QTest.keyClicks(edit, "31")  # typed again: right now
    assert edit.date() == QDate(2028, 5, 31)
    assert typing_problem(edit) == ""
    assert dialog.past_hint.isHidden()


def test_the_dialog_says_the_problem_in_its_line_not_in_a_tip_over_it(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _type_the_31st(qtbot, dialog.date_edit)
    assert dialog.past_hint.text() == "There is no 31 April 2027."
    assert not QToolTip.isVisible()  # nothing pops up over the line
    assert dialog.date_edit.toolTip() == "There is no 31 April 2027."  # on a hover only
    dialog.reject()


def test_a_field_on_its_own_still_says_it_in_a_tip(qtbot: QtBot) -> None:
    edit = typed_in_full(QDateEdit(QDate(2027, 4, 1)))
    edit.setDisplayFormat("yyyy-MM-dd")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    _type_the_31st(qtbot, edit)
    assert QToolTip.isVisible() and QToolTip.text() == "There is no 31 April 2027."
    assert edit.toolTip() == "There is no 31 April 2027."
    QToolTip.hideText()
