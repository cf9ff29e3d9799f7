"""An entry's When typed wrong is never saved as the When it had: the wrong day refused
left the field on the day stored ("2026-02-30 10:00" over the 3rd at 10:00 shows the 3rd),
Save found no new When and closed the dialog without a word, or saved the new summary
with the old When, the date typed dropped unsaid."""

from __future__ import annotations

import datetime as dt

import pytest
from log_dialog_setup import OFFSCREEN, english_month_names  # noqa: F401
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, Interaction
from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog

pytestmark = [OFFSCREEN, pytest.mark.usefixtures("english_month_names")]

Section = QDateTimeEdit.Section
STORED = dt.datetime(2026, 2, 3, 10, 0)


def stored_entry(context: AppContext) -> Interaction:
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    entry_id = context.core.journal.log([ana], "call", "Call about the offer", at=STORED)
    entry = context.core.journal.get(entry_id)
    assert entry is not None
    return entry


def edit_dialog(qtbot: QtBot, context: AppContext, entry: Interaction) -> EditEntryDialog:
    dialog = EditEntryDialog(context, entry)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def type_over(edit: QDateTimeEdit, typed: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, typed)


def test_a_when_typed_wrong_over_its_own_day_is_said_not_closed(
    qtbot: QtBot, app_context: AppContext
) -> None:
    entry = stored_entry(app_context)
    dialog = edit_dialog(qtbot, app_context, entry)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, "2026-02-30 10:00")
    assert dialog.when.text() == "2026-02-03 10:00"  # the day stored, shown: the 0 refused
    dialog.summary.setFocus()
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible()  # it closed as if saved
    assert dialog.problem.text() == "There is no 30 February 2026."
    assert dialog.when.hasFocus() and dialog.when.currentSection() == Section.DaySection
    assert dialog.edited is None
    assert not app_context.undo_stack.canUndo()


def test_a_summary_saved_with_a_when_typed_wrong_is_refused(
    qtbot: QtBot, app_context: AppContext
) -> None:
    entry = stored_entry(app_context)
    dialog = edit_dialog(qtbot, app_context, entry)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, "2026-02-30 10:00")
    dialog.summary.selectAll()
    QTest.keyClicks(dialog.summary, "Call about the new offer")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible()  # the summary was saved, the When typed dropped unsaid
    assert dialog.problem.text() == "There is no 30 February 2026."
    assert app_context.core.journal.get(entry.id) == entry  # type: ignore[arg-type]
    QTest.keyClicks(dialog.when, "28")  # the day typed again
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        QTest.keyClick(dialog.when, Qt.Key.Key_Return)
    saved = app_context.core.journal.get(entry.id)  # type: ignore[arg-type]
    assert saved is not None
    assert (saved.summary, saved.occurred_at) == ("Call about the new offer", D28)


D28 = dt.datetime(2026, 2, 28, 10, 0)


def test_a_when_typed_wrong_then_back_as_it_was_says_nothing_changed(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Typed back as stored, nothing changed: Save closes the dialog, puts no step on the
    undo stack (Ctrl+Z must not take back an edit that wrote nothing), and says so; it
    closed as a save closes, and nothing told the user nothing was saved."""
    entry = stored_entry(app_context)
    window = QMainWindow()
    qtbot.addWidget(window)
    journal_list = QWidget()
    window.setCentralWidget(journal_list)
    window.show()
    dialog = EditEntryDialog(app_context, entry, journal_list)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    type_over(dialog.when, "2026-02-30 10:00")
    QTest.keyClick(dialog.when, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.text() == "There is no 30 February 2026."
    QTest.keyClicks(dialog.when, "03")
    QTest.keyClick(dialog.when, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Nothing changed: the entry is as it was."
    assert app_context.core.journal.get(entry.id) == entry  # type: ignore[arg-type]
    assert not app_context.undo_stack.canUndo()


def test_esc_after_a_when_typed_wrong_over_its_own_day_asks_first(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """What was typed is not thrown away unasked: Esc closed the dialog at once, the When
    typed wrong showing the one stored."""
    entry = stored_entry(app_context)
    dialog = edit_dialog(qtbot, app_context, entry)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(dialog.when, "2026-02-30 10:00")
    answers = ModalAnswers("Keep editing")
    try:
        QTest.keyClick(dialog.when, Qt.Key.Key_Escape)
    finally:
        answers.stop()
    assert [text for text, _details, _default in answers.seen] == ["Discard what you typed?"]
    assert dialog.isVisible()
