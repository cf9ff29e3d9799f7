"""The journal's date range typed wrong filters by no date nobody typed: "2026-02-30" typed
as the "to" date showed the entries up to 3 February (the day's 0 refused, the 3 kept), and
nothing said why the 10th was missing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from log_dialog_setup import english_month_names  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import INTERACTION_ROLE

pytestmark = pytest.mark.usefixtures("english_month_names")

D = dt.datetime


@pytest.fixture
def journal(qtbot: QtBot, app_context: AppContext) -> Iterator[GlobalJournal]:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.journal.log([ana], "call", "Early February call", at=D(2026, 2, 2, 10))
    core.journal.log([ana], "call", "Mid February call", at=D(2026, 2, 10, 10))
    core.journal.log([ana], "call", "March call", at=D(2026, 3, 1, 10))
    widget = GlobalJournal(app_context)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    with qtbot.waitExposed(widget):
        widget.show()
    read(qtbot, widget)
    yield widget
    qtbot.waitUntil(lambda: not widget.model.scanning and not widget.model.reading())


def read(qtbot: QtBot, journal: GlobalJournal) -> list[str]:
    model = journal.model
    qtbot.waitUntil(lambda: not model.scanning and not model.reading())
    return [model.index(r).data(INTERACTION_ROLE).summary for r in range(model.rowCount())]


def type_over(edit: QDateTimeEdit, typed: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, typed)


def test_a_to_date_that_does_not_exist_lists_nothing_and_says_why(
    qtbot: QtBot, journal: GlobalJournal
) -> None:
    type_over(journal.until, "2026-02-30")
    assert journal.use_until.isChecked()
    assert read(qtbot, journal) == []  # not the entries up to the 3rd, the day shown
    said = "There is no 30 February 2026. Type the “to” date again to see the entries."
    assert journal.empty.text() == said and journal.empty.isVisible()
    assert not journal.list.isVisible()
    QTest.keyClicks(journal.until, "28")  # the day selected, typed again
    assert read(qtbot, journal) == ["Mid February call", "Early February call"]
    assert not journal.empty.isVisible()


def test_a_from_date_with_a_digit_too_many_lists_nothing_and_says_why(
    qtbot: QtBot, journal: GlobalJournal
) -> None:
    type_over(journal.since, "2026-02-101")
    assert read(qtbot, journal) == []  # not from the 10th, Qt's day, as if 101 were it
    said = "There is no day 101. Type the “From” date again to see the entries."
    assert journal.empty.text() == said
    journal.use_since.setChecked(False)  # not filtered by it: everything, nothing said
    assert read(qtbot, journal) == ["March call", "Mid February call", "Early February call"]
    assert not journal.empty.isVisible()


def test_a_day_typed_again_as_it_was_lists_again(qtbot: QtBot, journal: GlobalJournal) -> None:
    """The day typed again is the one shown already (no date changes): the list comes back."""
    type_over(journal.until, "2026-02-30")
    assert read(qtbot, journal) == []
    QTest.keyClicks(journal.until, "03")
    assert journal.until.text() == "2026-02-03"
    assert read(qtbot, journal) == ["Early February call"]
