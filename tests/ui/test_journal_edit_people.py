"""Edit journal entry: who it was with can be changed (someone forgotten, the wrong Ana)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog

D = dt.datetime
# offscreen: dialogs and the completer's popup cannot be sized, raised or grab the keyboard
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def open_edit(qtbot: QtBot, context: AppContext, entry_id: int) -> EditEntryDialog:
    entry = context.core.journal.get(entry_id)
    assert entry is not None
    dialog = EditEntryDialog(context, entry)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def choose_person(qtbot: QtBot, dialog: EditEntryDialog, typed: str) -> None:
    """Type part of a name in the people's field, then Down and Enter in the list of names."""
    edit = dialog.people.picker.edit
    edit.setFocus()
    QTest.keyClicks(edit, typed)
    completer = dialog.people.picker.completer
    popup = completer.popup()
    model = completer.model()
    qtbot.waitUntil(
        lambda: (
            popup.isVisible()
            and model.rowCount() > 0
            and str(model.index(0, 0).data()).startswith(typed)
        )
    )
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)


def test_the_wrong_person_is_taken_off_and_the_right_one_put_on_undoably(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    core = app_context.core
    wrong = person("Ana", "Ruiz")
    right = person("Ana", "Gil", keep_in_touch_days=30)
    bob = person("Bob", "Vidal")
    entry_id = core.journal.log([wrong, bob], "meeting", "Lunch", at=D(2026, 2, 20, 13))
    dialog = open_edit(qtbot, app_context, entry_id)
    chosen = dialog.people.chosen
    assert [chosen.item(r).text() for r in range(chosen.count())] == ["Ana Ruiz", "Bob Vidal"]
    chosen.setFocus()
    chosen.setCurrentRow(0)
    QTest.keyClick(chosen, Qt.Key.Key_Delete)  # takes Ana Ruiz off
    choose_person(qtbot, dialog, "Ana G")
    assert dialog.isVisible()  # Enter chose a name, it did not save
    qtbot.waitUntil(lambda: dialog.people.picker.edit.text() == "")
    assert dialog.people.contact_ids() == [bob, right]
    with qtbot.waitSignal(app_context.changes.journal_changed) as changed:
        QTest.keyClick(dialog.people.picker.edit, Qt.Key.Key_Return)
    assert sorted(changed.args[0]) == sorted([wrong, bob, right])
    assert not dialog.isVisible()
    entry = core.journal.get(entry_id)
    assert entry is not None and sorted(entry.contact_ids) == sorted([bob, right])
    assert entry.summary == "Lunch" and entry.occurred_at == D(2026, 2, 20, 13)
    assert core.journal.for_contact(wrong) == []
    assert core.contacts.get(right).last_interaction == D(2026, 2, 20, 13)  # type: ignore[union-attr]
    app_context.undo_stack.undo()
    back = core.journal.get(entry_id)
    assert back is not None and sorted(back.contact_ids) == sorted([wrong, bob])
    assert core.contacts.get(right).last_interaction is None  # type: ignore[union-attr]
    app_context.undo_stack.redo()
    assert sorted(core.journal.get(entry_id).contact_ids) == sorted([bob, right])  # type: ignore[union-attr]


def test_an_entry_with_nobody_is_refused_and_escape_asks_about_people_taken_off(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ana = person("Ana")
    entry_id = app_context.core.journal.log([ana], "call", "Call", at=D(2026, 2, 20, 13))
    dialog = open_edit(qtbot, app_context, entry_id)
    dialog.people.chosen.setCurrentRow(0)
    dialog.people.remove_button.click()
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.text() == "Choose who the interaction was with."
    answers = ModalAnswers("&Keep editing")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Escape)
    answers.stop()
    assert answers.seen == [("Discard what you typed?", "", "&Keep editing")]
    assert dialog.isVisible()
    assert app_context.core.journal.get(entry_id).contact_ids == [ana]  # type: ignore[union-attr]


def test_an_entry_of_nobody_can_still_be_edited(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    """One left with nobody (written by an older netdesk or a script) is not refused for it."""
    from netdesk.store.models import db

    entry_id = app_context.core.journal.log([person("Ana")], "call", "Call", at=D(2026, 2, 1))
    db.execute_sql("DELETE FROM interaction_contact WHERE interaction_id = ?", (entry_id,))
    dialog = open_edit(qtbot, app_context, entry_id)
    dialog.summary.selectAll()
    QTest.keyClicks(dialog.summary, "Call about the lease")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.problem.text()
    assert app_context.core.journal.get(entry_id).summary == "Call about the lease"  # type: ignore[union-attr]
