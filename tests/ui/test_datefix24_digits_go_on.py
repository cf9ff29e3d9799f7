"""Digits typed from a middle part go on into the next one once it is whole, as in plain Qt
("1205" from the month: December, the 5th); only in the field's last part is a digit too many
refused at once, and a part begun so and left unfinished says the part before."""

from __future__ import annotations

import pytest
from log_dialog_setup import OFFSCREEN
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit
from pytestqt.qtbot import QtBot

from netdesk.ui.date_typing import show_typing_problem, typed_in_full, typing_problem

pytestmark = [OFFSCREEN]

Section = QDateTimeEdit.Section


def a_date(qtbot: QtBot) -> QDateEdit:
    edit = typed_in_full(QDateEdit(QDate(2026, 3, 10)))
    edit.setDisplayFormat("yyyy-MM-dd")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def a_when(qtbot: QtBot) -> QDateTimeEdit:
    edit = typed_in_full(QDateTimeEdit(QDateTime(QDate(2026, 3, 10), QTime(9, 0))))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def test_month_then_day_typed_without_a_separator_goes_on(qtbot: QtBot) -> None:
    edit = a_date(qtbot)
    edit.setSelectedSection(Section.MonthSection)
    QTest.keyClicks(edit, "1205")
    assert (edit.date(), typing_problem(edit)) == (QDate(2026, 12, 5), "")
    assert show_typing_problem(edit) == ""  # OK: the day begun so is whole


def test_day_then_time_typed_without_separators_goes_on(qtbot: QtBot) -> None:
    edit = a_when(qtbot)
    edit.setSelectedSection(Section.DaySection)
    QTest.keyClicks(edit, "151030")
    assert edit.dateTime() == QDateTime(QDate(2026, 3, 15), QTime(10, 30))
    assert typing_problem(edit) == ""
    assert show_typing_problem(edit) == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("301", "There is no day 301."),  # the 1 dropped by Qt: the 30th
        ("3012", "There is no day 3012."),  # and so is any digit after it
    ],
)
def test_a_digit_too_many_in_the_last_part_is_refused_at_once(
    qtbot: QtBot, typed: str, said: str
) -> None:
    edit = a_date(qtbot)
    edit.setSelectedSection(Section.DaySection)
    QTest.keyClicks(edit, typed)
    assert typing_problem(edit) == said
    assert edit.currentSection() == Section.DaySection


def test_a_digit_too_many_in_the_minutes_is_refused_at_once(qtbot: QtBot) -> None:
    edit = a_when(qtbot)
    edit.setSelectedSection(Section.MinuteSection)
    QTest.keyClicks(edit, "1030")
    assert typing_problem(edit) == "There is no minute 1030: minutes go from 00 to 59."
    assert edit.time() == QTime(9, 10)


@pytest.mark.parametrize("end", ["-", "ok", "return", "click"])
def test_a_middle_part_with_a_digit_too_many_left_unfinished_is_said(
    qtbot: QtBot, end: str
) -> None:
    """ "30" then "1" in an entry's day, then a separator, OK, Return or a click: the day
    301, not the 30th at 01:00."""
    edit = a_when(qtbot)
    edit.setSelectedSection(Section.DaySection)
    QTest.keyClicks(edit, "301")
    if end == "-":
        QTest.keyClicks(edit, "-")
    elif end == "return":
        QTest.keyClick(edit, Qt.Key.Key_Return)
    elif end == "click":
        QTest.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    assert show_typing_problem(edit) == "There is no day 301."
    assert edit.currentSection() == Section.DaySection
    assert edit.time() == QTime(9, 0)  # the hour not taken as 01


def test_a_month_with_a_digit_too_many_then_a_separator_is_said(qtbot: QtBot) -> None:
    edit = a_date(qtbot)
    edit.setSelectedSection(Section.MonthSection)
    QTest.keyClicks(edit, "121-")
    assert typing_problem(edit) == "There is no month 121."
    assert edit.date() == QDate(2026, 12, 10)
