"""A part typed with a digit too many is said, never taken as another date: "301" typed in
the day gave the 30th and an hour of 01 in an entry's When, the 30th in a follow-up's date
(the 1 dropped), and the 1st after a refused 30 February, each without a word."""

from __future__ import annotations

import datetime as dt

import pytest
from log_dialog_setup import OFFSCREEN, english_month_names, open_dialog  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.date_typing import on_typing_problem
from netdesk.ui.follow_up_actions import FollowUpDialog

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
        ("2026-03-301 10:00", "There is no day 301.", Section.DaySection),
        ("2026-02-301 10:00", "There is no day 301.", Section.DaySection),
        ("2026-04-311 10:00", "There is no day 311.", Section.DaySection),
        ("2026-013-01 10:00", "There is no month 013.", Section.MonthSection),
        ("2026-03-10 101:00", "There is no hour 101: hours go from 00 to 23.", Section.HourSection),
        (
            "2026-03-10 10:001",
            "There is no minute 001: minutes go from 00 to 59.",
            Section.MinuteSection,
        ),
        (
            "20261-03-01 10:00",
            "Type the year with its four digits, not “20261”.",
            Section.YearSection,
        ),
    ],
)
def test_a_when_with_a_digit_too_many_is_said_and_not_logged(
    qtbot: QtBot, app_context: AppContext, typed: str, said: str, wrong_part: Section
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana], "Lunch")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, typed)
    assert dialog.when.toolTip() == said
    QTest.keyClick(dialog.when, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.is_writing()
    assert dialog.problem.text() == said and not dialog.problem.isHidden()
    assert dialog.when.currentSection() == wrong_part
    assert app_context.core.journal.for_contact(ana, limit=10) == []


def test_the_day_typed_again_after_a_digit_too_many_is_the_entry_logged(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana], "Lunch")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, "2026-01-301 10:00")  # (the tests' clock: 2 March 2026)
    QTest.keyClick(dialog.when, Qt.Key.Key_Return)
    assert app_context.core.journal.for_contact(ana, limit=10) == []
    QTest.keyClicks(dialog.when, "31")  # the day selected: typed again, the rest kept
    assert dialog.when.toolTip() == ""
    with qtbot.waitSignal(app_context.changes.contacts_changed, timeout=10_000):
        QTest.keyClick(dialog.when, Qt.Key.Key_Return)
    (entry,) = app_context.core.journal.for_contact(ana, limit=10)
    assert entry.occurred_at == dt.datetime(2026, 1, 31, 10, 0)


@pytest.mark.parametrize(
    ("start", "typed", "said"),
    [
        # the day is the field's last part: Qt dropped the 1, the 30th was set
        (dt.datetime(2026, 3, 10, 9, 5), "2026-03-301", "There is no day 301."),
        # a refused 30 February, then the 1 taken as the day typed again: the 1st
        (dt.datetime(2026, 2, 10, 9, 5), "2026-02-301", "There is no day 301."),
    ],
)
def test_a_follow_up_day_with_a_digit_too_many_is_not_set(
    qtbot: QtBot, start: dt.datetime, typed: str, said: str
) -> None:
    dialog = FollowUpDialog(start, has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(dialog.date_edit, typed)
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted
    assert dialog.past_hint.text() == said and not dialog.past_hint.isHidden()
    assert dialog.date_edit.currentSection() == Section.DaySection


def test_a_follow_up_day_typed_then_a_digit_more_is_said_at_once(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 3, 10, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    date = dialog.date_edit
    date.setFocus()
    date.setSelectedSection(Section.DaySection)
    QTest.keyClicks(date, "301")
    assert date.toolTip() == "There is no day 301."
    assert date.property("typingProblem") == "There is no day 301."


def test_a_follow_up_time_with_a_digit_too_many_is_not_set(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(dialog.time_edit, "101:00")
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted
    assert dialog.past_hint.text() == "There is no hour 101: hours go from 00 to 23."


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("202603301000", "2026-03-30 10:00"),  # as ISO writes it short
        ("2026-03-01 1030", "2026-03-01 10:30"),  # the time without its colon
        ("2026-03-01 930", "2026-03-01 09:30"),
        ("2026-3-1 9:05", "2026-03-01 09:05"),
    ],
)
def test_digits_that_make_whole_parts_are_still_taken(
    qtbot: QtBot, app_context: AppContext, typed: str, shown: str
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana], "Lunch")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, typed)
    assert (dialog.when.text(), dialog.when.toolTip()) == (shown, "")


def test_a_refused_day_typed_again_whole_at_once_is_taken(qtbot: QtBot) -> None:
    """Typed again at once over the part refused (selected), the day is what is typed:
    only a day begun and left unfinished is said."""
    dialog = FollowUpDialog(dt.datetime(2026, 2, 10, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    date = dialog.date_edit
    type_over(date, "2025-02-29")
    QTest.keyClicks(date, "1")
    assert date.toolTip() == "There is no 29 February 2025."  # "1": not a whole day yet
    QTest.keyClicks(date, "5")
    assert (date.text(), date.toolTip()) == ("2025-02-15", "")
    dialog.ok_button.click()
    assert dialog.result() == FollowUpDialog.DialogCode.Accepted


def test_a_refused_day_begun_again_and_erased_is_not_said_as_digits_together(
    qtbot: QtBot,
) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 2, 10, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    date = dialog.date_edit
    type_over(date, "2025-02-29")
    QTest.keyClicks(date, "1")
    QTest.keyClick(date, Qt.Key.Key_Backspace)  # put right: not the day 291
    assert date.toolTip() == "There is no 29 February 2025."
    QTest.keyClicks(date, "15")
    assert (date.text(), date.toolTip()) == ("2025-02-15", "")
    QTest.keyClicks(date, "1")  # the day whole already: a digit more
    assert date.toolTip() == "There is no day 151."


def test_a_refused_year_typed_again_stays_wrong_until_its_four_digits(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 2, 10, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    date = dialog.date_edit
    type_over(date, "1000")
    said = "The year must be between 1752 and 9999."
    assert date.toolTip() == said
    QTest.keyClicks(date, "20")  # typed again at once: two digits are no year yet
    assert date.toolTip() == said
    QTest.keyClicks(date, "27")
    assert (date.text(), date.toolTip()) == ("2027-02-10", "")


def test_a_refused_day_begun_again_then_stepped_says_nothing_more(qtbot: QtBot) -> None:
    """The arrows put the day right: what was typed together is not said on the way."""
    dialog = FollowUpDialog(dt.datetime(2026, 2, 10, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    date = dialog.date_edit
    type_over(date, "2025-02-29")
    said: list[str] = []
    on_typing_problem(date, said.append)
    QTest.keyClicks(date, "1")
    QTest.keyClick(date, Qt.Key.Key_Up)
    assert said == [""]  # not "There is no day 291." first
    assert date.toolTip() == ""
