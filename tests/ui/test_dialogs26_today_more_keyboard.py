"""Today's "Show N more" pressed from the keyboard on the last page: the button goes, and the
keyboard went with it to "Snooze all" at the top of the page. It goes to the first row the
button showed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TODAY_PAGE, TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LATE = dt.datetime(2026, 2, 1, 9)  # overdue on Monday 2 March 2026 (the fixtures' clock)


def _view(qtbot: QtBot, app_context: AppContext, overdue: int) -> TodayView:
    core = app_context.core
    for n in range(overdue):
        contact = core.contacts.create(Contact(given_name=f"Person {n:02}"))
        core.follow_ups.add(contact, LATE + dt.timedelta(hours=n), f"Call {n}")
    view = TodayView(app_context)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def test_the_last_page_takes_the_keyboard_to_its_first_row(
    qtbot: QtBot, app_context: AppContext
) -> None:
    view = _view(qtbot, app_context, TODAY_PAGE + 5)
    section = view.sections["overdue"]
    section.more.setFocus()
    assert section.more.text() == "Show 5 more"
    assert QApplication.focusWidget() is section.more
    QTest.keyClick(section.more, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(view.row_texts("overdue")) == TODAY_PAGE + 5)
    assert section.more.isHidden()
    rows = section.made
    assert QApplication.focusWidget() is rows[TODAY_PAGE], "the keyboard went elsewhere"
    assert rows[TODAY_PAGE].text.startswith("Person ")


def test_a_page_with_more_after_it_leaves_the_keyboard_on_the_button(
    qtbot: QtBot, app_context: AppContext
) -> None:
    view = _view(qtbot, app_context, 2 * TODAY_PAGE + 5)
    section = view.sections["overdue"]
    section.more.setFocus()
    QTest.keyClick(section.more, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(view.row_texts("overdue")) == 2 * TODAY_PAGE)
    assert section.more.isVisible() and section.more.text() == "Show 5 more"
    assert QApplication.focusWidget() is section.more  # to press again
