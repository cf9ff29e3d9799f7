"""A date typed in full that does not exist is never saved as another one: "2026-02-30 10:00"
typed over an entry's When was logged as 2026-02-03 01:00 without a word (Qt moved on after
the "3", the "0" fell in the hour); 2026-04-31 gave the 30th, month 13 January, hour 25 02:00.
The key that makes it wrong is refused, the field says what is wrong, nothing is saved until
the part is typed again."""

from __future__ import annotations

import datetime as dt

import pytest
from log_dialog_setup import OFFSCREEN, english_month_names, open_dialog  # noqa: F401
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpDialog
from netdesk.ui.global_journal import GlobalJournal

pytestmark = [OFFSCREEN, pytest.mark.usefixtures("english_month_names")]


Section = QDateTimeEdit.Section


def type_over(edit: QDateTimeEdit, typed: str) -> None:
    """``typed`` over the whole field, as a user selects it all and types."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, typed)


@pytest.mark.parametrize(
    ("typed", "said", "wrong_part"),
    [
        ("2026-02-30 10:00", "There is no 30 February 2026.", Section.DaySection),
        ("2026-02-29 10:00", "There is no 29 February 2026.", Section.DaySection),
        ("2025-04-31 10:00", "There is no 31 April 2025.", Section.DaySection),
        ("2026-13-01 10:00", "There is no month 13.", Section.MonthSection),
        ("2026-00-10 10:00", "There is no month 00.", Section.MonthSection),
        ("2026-02-01 25:00", "There is no hour 25: hours go from 00 to 23.", Section.HourSection),
        (
            "2026-02-01 9:60",
            "There is no minute 60: minutes go from 00 to 59.",
            Section.MinuteSection,
        ),
        ("26-02-01 10:00", "Type the year with its four digits, not “26”.", Section.YearSection),
    ],
)
def test_a_when_that_does_not_exist_is_said_and_not_logged(
    qtbot: QtBot, app_context: AppContext, typed: str, said: str, wrong_part: Section
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana], "Lunch")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, typed)
    assert dialog.when.toolTip() == said  # said on the field as it is typed
    dialog.summary.setFocus()
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.is_writing()
    assert dialog.problem.text() == said and not dialog.problem.isHidden()
    assert dialog.when.hasFocus() and dialog.when.currentSection() == wrong_part
    assert app_context.core.journal.for_contact(ana, limit=10) == []


def test_the_wrong_day_typed_again_is_the_entry_logged(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana], "Lunch")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, "2026-02-30 10:00")
    QTest.keyClick(dialog.when, Qt.Key.Key_Return)
    assert app_context.core.journal.for_contact(ana, limit=10) == []
    # the day is selected again: typed over, the rest of what was typed (10:00) is kept
    QTest.keyClicks(dialog.when, "28")
    assert dialog.when.toolTip() == ""
    with qtbot.waitSignal(app_context.changes.contacts_changed, timeout=10_000):
        QTest.keyClick(dialog.when, Qt.Key.Key_Return)
    (entry,) = app_context.core.journal.for_contact(ana, limit=10)
    assert entry.occurred_at == dt.datetime(2026, 2, 28, 10, 0)


def test_a_follow_up_on_a_day_that_does_not_exist_is_not_set(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(dialog.date_edit, "2027-04-31")
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted
    assert dialog.past_hint.text() == "There is no 31 April 2027."
    assert not dialog.past_hint.isHidden()
    assert dialog.date_edit.currentSection() == Section.DaySection
    QTest.keyClicks(dialog.date_edit, "30")
    dialog.ok_button.click()
    assert dialog.result() == FollowUpDialog.DialogCode.Accepted
    assert dialog.choice().due == dt.datetime(2027, 4, 30, 9, 5)


def test_a_follow_up_at_an_hour_that_does_not_exist_is_not_set(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(dialog.time_edit, "24:30")
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted
    assert dialog.past_hint.text() == "There is no hour 24: hours go from 00 to 23."
    # stepped with the arrow instead, the hour is the user's again
    QTest.keyClick(dialog.time_edit, Qt.Key.Key_Up)
    dialog.ok_button.click()
    assert dialog.result() == FollowUpDialog.DialogCode.Accepted


def test_the_journals_range_says_a_day_that_does_not_exist(
    qtbot: QtBot, app_context: AppContext
) -> None:
    journal = GlobalJournal(app_context)
    qtbot.addWidget(journal)
    type_over(journal.until, "2025-02-29")
    assert journal.until.toolTip() == "There is no 29 February 2025."
    assert journal.until.currentSection() == Section.DaySection
    QTest.keyClicks(journal.until, "28")
    assert journal.until.toolTip() == ""
    assert journal.until.date().toPython() == dt.date(2025, 2, 28)
    qtbot.waitUntil(lambda: not journal.model.scanning and not journal.model.reading())


def test_dates_that_exist_typed_after_a_wrong_one_are_taken_as_before(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana], "Lunch")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, "2026-02-30 10:00")
    assert dialog.when.toolTip() == "There is no 30 February 2026."
    for typed, shown in (
        ("2026-2-3 9:05", "2026-02-03 09:05"),  # parts typed short
        ("2026-02-03 930", "2026-02-03 09:30"),  # the hour moves on by itself
        ("2028-02-29 10:00", "2028-02-29 10:00"),  # a leap day
        ("2026-12-31 23:59", "2026-12-31 23:59"),
    ):
        type_over(dialog.when, typed)
        assert (dialog.when.text(), dialog.when.toolTip()) == (shown, "")


def test_a_day_picked_in_the_calendar_ends_the_problem(
    qtbot: QtBot, app_context: AppContext
) -> None:
    journal = GlobalJournal(app_context)
    qtbot.addWidget(journal)
    type_over(journal.since, "2025-02-30")
    assert journal.since.toolTip() == "There is no 30 February 2025."
    days = journal.since.calendarWidget().findChild(QTableView)
    QTest.keyClick(days, Qt.Key.Key_Right)
    QTest.keyClick(days, Qt.Key.Key_Return)
    assert journal.since.toolTip() == ""
    assert journal.since.date().toPython() == dt.date(2025, 2, 4)
    qtbot.waitUntil(lambda: not journal.model.scanning and not journal.model.reading())


def test_one_part_typed_wrong_is_said_and_the_arrows_still_step(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 4, 30, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    date = dialog.date_edit
    date.setFocus()
    date.setSelectedSection(Section.DaySection)
    QTest.keyClicks(date, "31")
    assert date.toolTip() == "There is no 31 April 2026."
    date.setSelectedSection(Section.MonthSection)
    QTest.keyClicks(date, "5")  # another part typed: the day is still not what was typed
    # (said of the month shown now, May, which has a 31st: not "no 31 April" any more)
    assert date.toolTip() == "The day shown is not the 31 typed: type the day again."
    date.setSelectedSection(Section.DaySection)
    QTest.keyClick(date, Qt.Key.Key_Down)
    assert date.toolTip() == ""
    assert date.date().toPython().month == 5


def test_a_digit_typed_after_a_click_on_another_part_is_not_the_days(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 2, 10, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    date = dialog.date_edit
    type_over(date, "2026-02-30")
    assert date.toolTip() == "There is no 30 February 2026."
    QTest.keyClicks(date, "3")  # the day typed again; February has no 3x: it moves on
    assert date.toolTip() == ""
    line = date.findChild(QLineEdit)
    month = line.fontMetrics().horizontalAdvance("2026-0")
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(month, line.height() // 2))
    assert date.currentSection() == Section.MonthSection
    QTest.keyClicks(date, "1")  # not the day's second digit: February 31 was said
    assert (date.text(), date.toolTip()) == ("2026-02-03", "")
