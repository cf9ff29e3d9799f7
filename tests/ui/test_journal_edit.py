"""Journal entries as undoable changes: Ctrl+L's entry and an entry edited in place."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from journal_menus import menu_at_row
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.types import Interaction
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpActions
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_edit import EditEntryDialog, EditInteraction, record_logged
from netdesk.ui.journal_view import INTERACTION_ROLE, JournalView
from netdesk.ui.log_dialog import LogInteractionDialog
from netdesk.ui.undo import push

D = dt.datetime
# offscreen: dialogs cannot be sized or raised
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> list[QWidget]:
    """Call ``act`` on the first modal ``kind`` that shows (it blocks in exec()); the list
    it returns holds the dialog once it was seen."""
    seen: list[QWidget] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            seen.append(modal)
            try:
                act(modal)
            finally:
                if modal.isVisible():  # a failed check must not leave exec() waiting for ever
                    modal.done(0)  # (close() would ask about what was typed)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return seen


def edit_dialog(qtbot: QtBot, context: AppContext, entry: Interaction | None) -> EditEntryDialog:
    """The edit dialog over ``entry``, shown; closed unasked when the test ends (Esc or
    Cancel after typing asks first)."""
    assert entry is not None
    dialog = EditEntryDialog(context, entry)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    dialog.show()
    return dialog


def test_ctrl_z_takes_back_the_interaction_just_logged(
    qtbot: QtBot, main_window, app_context: AppContext, person, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z right after Ctrl+L undid the command before it, and left the entry and the
    keep-in-touch clock it restarted."""
    core = app_context.core
    ana = person("Ana", keep_in_touch_days=30)
    clock.advance(days=10)
    due_before = core.contacts.get(ana).next_due  # type: ignore[union-attr]
    main_window.open_contact(ana)

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, LogInteractionDialog)
        QTest.keyClicks(dialog.summary, "Coffee at the station")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    seen = when_shown(LogInteractionDialog, log)
    main_window.log_interaction([ana])
    assert seen
    (entry,) = core.journal.for_contact(ana)
    assert core.contacts.get(ana).next_due == clock.now().replace(hour=0) + dt.timedelta(30)  # type: ignore[union-attr]
    stack = app_context.undo_stack
    assert stack.undoText() == "Log interaction — Ana"
    stack.undo()
    assert core.journal.for_contact(ana) == []
    contact = core.contacts.get(ana)
    assert contact is not None
    assert contact.last_interaction is None and contact.next_due == due_before
    assert main_window.journal.model.rowCount() == 0  # the card's journal saw it go
    stack.redo()
    assert core.journal.for_contact(ana) == [entry]  # under its id: later commands hold it


def test_enter_on_an_entry_edits_it_and_undo_puts_it_back(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    ana = person("Ana", keep_in_touch_days=30)
    bob = person("Bob")
    core.journal.log([ana], "call", "Older", at=D(2026, 2, 1, 10))
    core.journal.log([ana, bob], "call", "Lnuch", at=D(2026, 3, 2, 8), body="At the office")
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_contact(ana)
    with qtbot.waitExposed(view):
        view.show()
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))

    def fix(dialog: QWidget) -> None:
        assert isinstance(dialog, EditEntryDialog)
        assert dialog.focusWidget() is dialog.summary and dialog.summary.text() == "Lnuch"
        assert dialog.body.toPlainText() == "At the office"
        dialog.summary.selectAll()
        QTest.keyClicks(dialog.summary, "Lunch")
        dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
        dialog.when.setDateTime(dialog.when.dateTime().addDays(-10))
        QTest.keyClick(dialog.summary, Qt.Key.Key_Return)

    seen = when_shown(EditEntryDialog, fix)
    QTest.keyClick(view.list, Qt.Key.Key_Return)
    assert seen
    entries = [view.model.index(r).data(INTERACTION_ROLE) for r in range(view.model.rowCount())]
    assert [(e.summary, e.kind) for e in entries] == [("Lunch", "meeting"), ("Older", "call")]
    assert entries[0].contact_ids == [ana, bob] and entries[0].body == "At the office"
    assert core.contacts.get(ana).last_interaction == D(2026, 2, 20, 8)  # type: ignore[union-attr]
    stack = app_context.undo_stack
    assert stack.undoText() == "Edit journal entry"
    stack.undo()
    assert [e.summary for e in core.journal.for_contact(ana)] == ["Lnuch", "Older"]
    assert view.model.index(0).data(INTERACTION_ROLE).summary == "Lnuch"
    assert core.contacts.get(ana).last_interaction == D(2026, 3, 2, 8)  # type: ignore[union-attr]


def test_f2_or_the_menu_edits_in_everyones_journal_and_cancel_changes_nothing(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    ana = person("Ana")
    core.journal.log([ana], "note", "Met at the fair", at=D(2026, 3, 1, 18))
    journal = GlobalJournal(app_context)
    qtbot.addWidget(journal)
    with qtbot.waitExposed(journal):
        journal.show()
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0)  # read on a worker
    journal.list.setFocus()
    journal.list.setCurrentIndex(journal.model.index(0))

    seen = when_shown(EditEntryDialog, lambda dialog: dialog.reject())
    QTest.keyClick(journal.list, Qt.Key.Key_F2)
    assert seen and app_context.undo_stack.count() == 0

    def notes(dialog: QWidget) -> None:
        assert isinstance(dialog, EditEntryDialog)
        dialog.body.setFocus()
        QTest.keyClicks(dialog.body, "Wants an intro")
        QTest.keyClick(dialog.body, Qt.Key.Key_Return)  # a new line in the notes, not Save
        QTest.keyClicks(dialog.body, "to Bob")
        assert dialog.isVisible()
        QTest.keyClick(dialog.kind, Qt.Key.Key_Return)

    menu = menu_at_row(journal, 0)  # a right click
    edit = next(a for a in menu.actions() if a.text() == "&Edit entry…")
    assert edit.shortcut().toString() == "F2"
    seen = when_shown(EditEntryDialog, notes)
    edit.trigger()
    assert seen
    (entry,) = core.journal.all()
    assert entry.body == "Wants an intro\nto Bob" and entry.summary == "Met at the fair"
    # read again on the worker (the rows shown stay until then)
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1 and not journal.model.reading())
    assert journal.model.index(0).data(INTERACTION_ROLE).body == entry.body


def test_an_emptied_summary_is_refused_in_the_dialog(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    ana = person("Ana")
    entry = core.journal.get(core.journal.log([ana], "call", "Call"))
    dialog = edit_dialog(qtbot, app_context, entry)
    dialog.summary.clear()
    dialog.accept()
    assert dialog.edited is None and dialog.problem.text() == "Write a one-line summary."


def test_an_entry_written_between_the_undo_and_the_redo_of_a_log_is_left_alone(
    app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Undo of Log and of an edit of it, an entry written meanwhile (an import: not on the
    stack), then redo both: the edit must land on the logged entry, not on the newcomer that
    took its id."""

    core = app_context.core
    ana, bob = person("Ana"), person("Bob")
    logged = core.journal.log([ana], "call", "Call")
    record_logged(app_context, logged)
    entry = core.journal.get(logged)
    assert entry is not None
    push(app_context, EditInteraction(app_context, entry, dataclasses.replace(entry, summary="Ca")))
    stack = app_context.undo_stack
    stack.undo()
    stack.undo()
    imported = core.journal.log([bob], "email", "From the import")
    assert imported != logged
    stack.redo()
    stack.redo()
    assert [(e.id, e.summary) for e in core.journal.for_contact(ana)] == [(logged, "Ca")]
    assert [e.summary for e in core.journal.for_contact(bob)] == ["From the import"]


def test_the_same_for_the_entry_done_wrote(app_context: AppContext, person) -> None:  # type: ignore[no-untyped-def]
    """Done's entry, edited, both undone, an import, both redone."""
    core = app_context.core
    ana, bob = person("Ana"), person("Bob")
    item = core.follow_ups.add(ana, D(2026, 3, 1), "Call back", has_time=False)
    actions = FollowUpActions(app_context)
    actions.ask_summary = lambda _parent, _prefill: "Called"
    assert actions.done(item)
    (entry,) = core.journal.for_contact(ana)
    push(app_context, EditInteraction(app_context, entry, dataclasses.replace(entry, summary="Ok")))
    stack = app_context.undo_stack
    stack.undo()
    stack.undo()
    imported = core.journal.log([bob], "email", "From the import")
    assert imported != entry.id
    stack.redo()
    stack.redo()
    assert [(e.id, e.summary) for e in core.journal.for_contact(ana)] == [(entry.id, "Ok")]
    assert [e.summary for e in core.journal.for_contact(bob)] == ["From the import"]


def test_the_edit_starts_from_the_entry_as_stored_now(
    qtbot: QtBot, app_context: AppContext, person, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The entry handed in comes from a list's cache: changed meanwhile by another process,
    the dialog showed (and the undo would have written back) the old text; deleted, the edit
    failed with an error instead of saying so."""
    from PySide6.QtWidgets import QMessageBox

    from netdesk.ui.journal_edit import edit_entry

    core = app_context.core
    ana = person("Ana")
    entry_id = core.journal.log([ana], "call", "Old summary", at=D(2026, 3, 1, 10))
    cached = core.journal.get(entry_id)
    assert cached is not None
    core.journal.update(dataclasses.replace(cached, summary="Changed elsewhere"))
    shown: list[str] = []
    seen = when_shown(EditEntryDialog, lambda d: shown.append(d.summary.text()))  # type: ignore[attr-defined]
    assert not edit_entry(app_context, cached, None)  # closed without saving
    assert seen and shown == ["Changed elsewhere"]

    core.journal.delete(entry_id)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    assert not edit_entry(app_context, cached, None)
    assert told == ["This entry is no longer in the journal."]
    assert app_context.undo_stack.count() == 0


def test_an_edit_the_database_refuses_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Saved after the dialog had closed, a refused edit ("locked by another program") left
    the typed notes nowhere."""
    from lock_holder import LockHolder

    from netdesk.store.models import db

    core = app_context.core
    ana = person("Ana")
    entry = core.journal.get(core.journal.log([ana], "call", "Call", body="short"))
    dialog = edit_dialog(qtbot, app_context, entry)
    dialog.body.setPlainText("Two pages of careful notes")
    db.execute_sql("PRAGMA busy_timeout = 50")
    lock = LockHolder(core.store.path)
    try:
        dialog.accept()
        assert dialog.isVisible() and "Not saved" in dialog.problem.text()
        assert dialog.body.toPlainText() == "Two pages of careful notes"
    finally:
        lock.release()
    dialog.accept()
    assert not dialog.isVisible()
    stored = core.journal.get(entry.id)
    assert stored is not None and stored.body == "Two pages of careful notes"
    app_context.undo_stack.undo()
    stored = core.journal.get(entry.id)
    assert stored is not None and stored.body == "short"


def test_what_an_edit_does_not_touch_is_kept_as_stored(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Changing the kind alone stripped the notes' indentation and the time's seconds."""
    core = app_context.core
    ana = person("Ana")
    body = "    indented first line\n- item\n\n"
    at = D(2026, 3, 1, 10, 5, 42)
    entry = core.journal.get(core.journal.log([ana], "call", "Call", body=body, at=at))
    dialog = edit_dialog(qtbot, app_context, entry)
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
    dialog.accept()
    stored = core.journal.get(entry.id)
    assert stored is not None
    assert (stored.kind, stored.body, stored.occurred_at) == ("meeting", body, at)


def test_escape_after_editing_asks_before_discarding(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    from modal_answers import ModalAnswers

    core = app_context.core
    ana = person("Ana")
    entry = core.journal.get(core.journal.log([ana], "call", "Call", body="x"))
    dialog = edit_dialog(qtbot, app_context, entry)
    qtbot.waitExposed(dialog)
    dialog.body.setFocus()
    QTest.keyClicks(dialog.body, " and long notes")
    answers = ModalAnswers("&Discard")
    QTest.keyClick(dialog.body, Qt.Key.Key_Escape)
    answers.stop()
    assert [seen[0] for seen in answers.seen] == ["Discard what you typed?"]
    assert not dialog.isVisible() and dialog.edited is None
    stored = core.journal.get(entry.id)
    assert stored is not None and stored.body == "x"


def test_an_edit_moving_an_entry_into_the_future_is_said_once(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    from netdesk.ui.log_dialog import qdatetime

    core = app_context.core
    ana = person("Ana")
    entry = core.journal.get(core.journal.log([ana], "call", "Call"))
    dialog = edit_dialog(qtbot, app_context, entry)
    dialog.when.setDateTime(qdatetime(D(2036, 3, 2, 9)))
    dialog.accept()
    assert dialog.isVisible() and "in the future" in dialog.problem.text()
    dialog.accept()
    stored = core.journal.get(entry.id)
    assert stored is not None and stored.occurred_at == D(2036, 3, 2, 9)


def test_a_time_changed_in_an_edit_is_that_minute(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """An entry logged at 10:05:42 moved to 13:00 was stored at 13:00:42: seconds the field
    does not show, which then put it after another entry at 13:00 logged later."""
    core = app_context.core
    ana = person("Ana")
    entry = core.journal.get(core.journal.log([ana], "call", "Call", at=D(2026, 3, 1, 10, 5, 42)))
    later = core.journal.log([ana], "email", "Sent the notes", at=D(2026, 3, 1, 13))
    dialog = edit_dialog(qtbot, app_context, entry)
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(3 * 3600 - 5 * 60))  # 13:00 typed
    assert dialog.when.text() == "2026-03-01 13:00"
    dialog.accept()
    stored = core.journal.get(entry.id)  # type: ignore[union-attr]
    assert stored is not None and stored.occurred_at == D(2026, 3, 1, 13)
    assert [e.id for e in core.journal.for_contact(ana)] == [later, entry.id]  # type: ignore[union-attr]
