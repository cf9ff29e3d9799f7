"""A year or month typed where the day shown does not exist is said, not changed silently:
31 March with its month typed 04 became 30 April without a word (Qt takes the month's last
day), 29 February 2024 with its year typed 2025 became the 28th."""

from __future__ import annotations

import datetime as dt

import pytest
from log_dialog_setup import OFFSCREEN, english_month_names  # noqa: F401
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpDialog
from netdesk.ui.global_journal import GlobalJournal

pytestmark = [OFFSCREEN, pytest.mark.usefixtures("english_month_names")]


Section = QDateTimeEdit.Section


def test_a_month_typed_under_the_31st_is_said_and_not_set(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 3, 31, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    date = dialog.date_edit
    date.setFocus()
    date.setSelectedSection(Section.MonthSection)
    QTest.keyClicks(date, "04")
    dialog.ok_button.click()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted
    assert dialog.past_hint.text() == "There is no 31 April 2026."
    assert date.currentSection() == Section.DaySection
    QTest.keyClicks(date, "30")  # the day the user means, typed
    dialog.ok_button.click()
    assert dialog.result() == FollowUpDialog.DialogCode.Accepted
    assert dialog.choice().due == dt.datetime(2026, 4, 30, 9, 5)


def test_a_date_typed_in_full_over_the_29th_says_only_what_is_wrong(qtbot: QtBot) -> None:
    """Typed in full over 29 November, "2026-02-" stood for a moment on 29 February (said),
    then the day typed is the day: only a wrong year is left to say."""
    dialog = FollowUpDialog(dt.datetime(2026, 11, 29, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    date = dialog.date_edit
    date.setFocus()
    date.setSelectedSection(Section.YearSection)
    QTest.keyClicks(date, "2026-02")
    assert date.toolTip() == "There is no 29 February 2026."
    QTest.keyClicks(date, "-10")
    assert (date.text(), date.toolTip()) == ("2026-02-10", "")
    date.setSelectedSection(Section.YearSection)
    QTest.keyClicks(date, "27-03-10")
    assert date.toolTip() == "Type the year with its four digits, not “27”."


def test_a_year_typed_over_a_leap_day_is_said(qtbot: QtBot, app_context: AppContext) -> None:
    journal = GlobalJournal(app_context)
    qtbot.addWidget(journal)
    journal.since.setDate(journal.since.date().fromString("2024-02-29", "yyyy-MM-dd"))
    journal.since.setFocus()
    journal.since.setSelectedSection(Section.YearSection)
    QTest.keyClicks(journal.since, "2025")
    assert journal.since.toolTip() == "There is no 29 February 2025."
    qtbot.waitUntil(lambda: not journal.model.scanning and not journal.model.reading())
