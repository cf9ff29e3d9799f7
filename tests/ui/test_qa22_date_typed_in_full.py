"""A date typed in full over a date field is the date stored (found on Xvfb: an entry's When
selected whole and "2025-12-01 10:00" typed over it was saved as 2026-12-01, a past date
typed the same way saved a year off without a word, and typed after a click into the year
"2025-12-01" set the 12th of the month shown)."""

from __future__ import annotations

import datetime as dt

import pytest
from log_dialog_setup import OFFSCREEN, open_dialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpDialog
from netdesk.ui.global_journal import GlobalJournal

pytestmark = OFFSCREEN


def test_a_when_typed_over_the_whole_field_is_the_entry_logged(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana], "Lunch last year")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.when.setFocus()
    QTest.keyClick(dialog.when, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.when, "2025-06-01 10:00")
    with qtbot.waitSignal(app_context.changes.contacts_changed, timeout=10_000):
        dialog.summary.setFocus()
        QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    (entry,) = app_context.core.journal.for_contact(ana, limit=10)
    assert entry.occurred_at == dt.datetime(2025, 6, 1, 10, 0)


@pytest.mark.parametrize("select_all", [True, False], ids=["all selected", "year selected"])
def test_a_follow_up_date_typed_whole_is_the_date_chosen(qtbot: QtBot, select_all: bool) -> None:
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9, 5), has_time=True)
    qtbot.addWidget(dialog)
    date = dialog.date_edit
    date.setFocus()
    if select_all:
        QTest.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:
        date.setSelectedSection(QDateTimeEdit.Section.YearSection)
    QTest.keyClicks(date, "2027-01-15")
    dialog.time_edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    QTest.keyClicks(dialog.time_edit, "7:30")
    assert dialog.choice().due == dt.datetime(2027, 1, 15, 7, 30)


def test_the_journals_from_date_typed_whole_is_the_filter(
    qtbot: QtBot, app_context: AppContext
) -> None:
    journal = GlobalJournal(app_context)
    qtbot.addWidget(journal)
    journal.since.setFocus()
    QTest.keyClick(journal.since, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(journal.since, "2024-02-29")
    assert journal.since.date().toPython() == dt.date(2024, 2, 29)
    # its reads run on a worker: none is left to reach the next test's database
    qtbot.waitUntil(lambda: not journal.model.scanning and not journal.model.reading())
