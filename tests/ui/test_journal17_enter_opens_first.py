"""Enter in everyone's journal's search opens the first match's contact, as the contact
list's search does: typing a word, then Enter, did nothing until Down had made an entry
current."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def journal(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> tuple[GlobalJournal, int, int]:
    ana, bob = person("Ana"), person("Bob")
    app_context.core.journal.log([ana], "call", "Talked about the offer", at=D(2026, 1, 10, 9))
    app_context.core.journal.log([bob], "meeting", "Lunch near the office", at=D(2026, 2, 1, 9))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    return view, ana, bob


def test_enter_right_after_typing_opens_the_first_match(
    qtbot: QtBot, journal: tuple[GlobalJournal, int, int]
) -> None:
    view, ana, _bob = journal
    view.focus_search()
    QTest.keyClicks(view.text, "offer")  # Enter within the pause: searched first
    with qtbot.waitSignal(view.open_contact) as opened:
        QTest.keyClick(view.text, Qt.Key.Key_Return)
    assert opened.args == [ana]
    assert view.model.entry(view.list.currentIndex().row()).summary == "Talked about the offer"


def test_enter_on_the_results_opens_the_first_and_a_search_of_nothing_opens_nobody(
    qtbot: QtBot, journal: tuple[GlobalJournal, int, int]
) -> None:
    view, _ana, bob = journal
    view.focus_search()
    QTest.keyClicks(view.text, "office")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.reading())
    with qtbot.waitSignal(view.open_contact) as opened:
        QTest.keyClick(view.text, Qt.Key.Key_Enter)
    assert opened.args == [bob]
    view.text.clear()
    QTest.keyClicks(view.text, "zzqq")
    with qtbot.assertNotEmitted(view.open_contact):
        QTest.keyClick(view.text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not view.model.scanning and not view.model.reading())
        view.text.clear()  # the whole journal again: nobody opened for the Enter of before
        qtbot.waitUntil(lambda: view.model.rowCount() == 2)
