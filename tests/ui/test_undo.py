"""Undoable bulk changes: tagging many contacts touches only those it changes, cheaply."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress, RelatedPerson
from netdesk.ui import contact_actions, operations, undo
from netdesk.ui.context import AppContext
from netdesk.ui.undo import TagContacts, push


def test_tagging_undo_untags_only_the_contacts_it_tagged(app_context: AppContext) -> None:
    contacts = app_context.core.contacts
    had = contacts.create(Contact(given_name="Had", tags=["mentors"]))
    new = contacts.create(Contact(given_name="New"))
    push(app_context, TagContacts(app_context, [had, new], "mentors"))
    assert contacts.having_tag([had, new], "mentors") == {had, new}
    app_context.undo_stack.undo()
    assert contacts.having_tag([had, new], "mentors") == {had}


def test_bulk_tagging_reads_no_whole_contact(
    app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A selection of thousands must not load every card (photo, children) on the GUI thread."""
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"P{n}")) for n in range(3)]

    def whole_contact(_contact_id: int) -> Contact:
        raise AssertionError("loaded a whole contact to check one tag")

    monkeypatch.setattr(contacts, "get", whole_contact)
    command = TagContacts(app_context, ids, "bulk")
    push(app_context, command)
    assert command.affected == ids  # the ones it changed, found without loading a card


# the offscreen platform says this about the progress dialog of a slow delete
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_big_delete_runs_on_the_worker_and_is_pushed_when_done(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"P{n}")) for n in range(4)]
    app_context.core.journal.log(ids, "meeting", "All four")
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    threads: list[threading.Thread] = []
    real_delete = contacts.delete

    def recording_delete(contact_ids, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_delete(contact_ids, progress, cancelled)

    monkeypatch.setattr(contacts, "delete", recording_delete)
    command = undo.DeleteContacts(app_context, ids)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        assert push(app_context, command)
        assert app_context.undo_stack.count() == 0  # not before the delete is done
        assert command.operation is not None
    assert threads and threading.main_thread() not in threads
    assert app_context.undo_stack.count() == 1
    assert all(contacts.get(i) is None for i in ids)
    assert app_context.core.journal.count() == 0
    real_restore = contacts.restore

    def recording_restore(deleted, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_restore(deleted, progress, cancelled)

    monkeypatch.setattr(contacts, "restore", recording_restore)
    threads.clear()
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        app_context.undo_stack.undo()  # the restore, too, on the worker
    assert threads and threading.main_thread() not in threads
    assert [contacts.get(i) is not None for i in ids] == [True] * 4
    assert [e.contact_ids for e in app_context.core.journal.for_contact(ids[0])] == [ids]
    threads.clear()
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        app_context.undo_stack.redo()
    assert threads and threading.main_thread() not in threads
    assert all(contacts.get(i) is None for i in ids)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        app_context.undo_stack.undo()  # the records of the second delete restore them again
    assert [contacts.get(i) is not None for i in ids] == [True] * 4


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("how", ["cancel", "fail"])
def test_an_undo_of_a_big_delete_that_does_not_happen_leaves_the_stack_as_it_was(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    from netdesk.core import contacts as core_contacts

    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"R{n}")) for n in range(6)]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    monkeypatch.setattr(core_contacts, "_CHUNK", 2)
    monkeypatch.setattr(operations, "show_problem", lambda *args: None)
    command = undo.DeleteContacts(app_context, ids)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        push(app_context, command)
    real_restore = contacts.restore

    def restore(deleted, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        if how == "fail":
            raise OSError("disk full")
        return real_restore(deleted, progress, lambda: True)  # the user pressed Cancel

    monkeypatch.setattr(contacts, "restore", restore)
    app_context.undo_stack.undo()
    assert command.operation is not None
    signal = command.operation.cancelled if how == "cancel" else command.operation.failed
    with qtbot.waitSignal(signal, timeout=10_000):
        pass
    assert all(contacts.get(i) is None for i in ids)  # still deleted: nothing half-restored
    assert (app_context.undo_stack.index(), app_context.undo_stack.canUndo()) == (1, True)
    monkeypatch.setattr(contacts, "restore", real_restore)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        app_context.undo_stack.undo()  # undoing again works, with the same records
    assert all(contacts.get(i) is not None for i in ids)
    assert app_context.undo_stack.index() == 0


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_failed_big_delete_pushes_nothing(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"P{n}")) for n in range(4)]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)

    def failing_delete(contact_ids, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(contacts, "delete", failing_delete)
    monkeypatch.setattr(operations, "show_problem", lambda *args: None)
    command = undo.DeleteContacts(app_context, ids)
    push(app_context, command)
    assert command.operation is not None
    with qtbot.waitSignal(command.operation.failed, timeout=10_000):
        pass
    assert app_context.undo_stack.count() == 0
    assert all(contacts.get(i) is not None for i in ids)


def test_cancelling_a_big_delete_deletes_nothing_and_pushes_nothing(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core import contacts as core_contacts

    service = app_context.core.contacts
    ids = [service.create(Contact(given_name=f"Q{n}")) for n in range(6)]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    monkeypatch.setattr(core_contacts, "_CHUNK", 2)
    command = undo.DeleteContacts(app_context, ids)
    assert command.operation is None
    original = service.delete

    def delete_then_cancel(contact_ids, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        return original(contact_ids, progress, lambda: True)  # the user pressed Cancel

    monkeypatch.setattr(service, "delete", delete_then_cancel)
    push(app_context, command)
    assert command.operation is not None
    with qtbot.waitSignal(command.operation.cancelled, timeout=10_000):
        pass
    assert app_context.undo_stack.count() == 0
    assert all(service.get(i) is not None for i in ids)


def _wait_idle(qtbot: QtBot) -> None:
    """Until the operation pool's one thread is done and its queued signals are handled."""
    qtbot.waitUntil(lambda: operations.Operation.pool().activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(50)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_redo_pressed_while_the_undo_of_a_big_delete_is_cancelled_keeps_the_records(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo then redo quickly: the restore is cancelled, the queued delete then finds nothing.
    The stack must still say "deleted" and a later undo must bring every contact back."""
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"U{n}")) for n in range(6)]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    command = undo.DeleteContacts(app_context, ids)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        push(app_context, command)
    real_restore = contacts.restore

    def cancelled_restore(deleted, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        return real_restore(deleted, progress, lambda: True)  # the user pressed Cancel

    monkeypatch.setattr(contacts, "restore", cancelled_restore)
    stack = app_context.undo_stack
    stack.undo()  # the restore is queued on the worker...
    stack.redo()  # ...and the user redoes before it ran
    _wait_idle(qtbot)
    assert all(contacts.get(i) is None for i in ids)
    assert stack.index() == 1
    monkeypatch.setattr(contacts, "restore", real_restore)
    stack.undo()
    _wait_idle(qtbot)
    assert stack.index() == 0
    assert all(contacts.get(i) is not None for i in ids)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_cancelled_undo_of_a_big_delete_never_redoes_another_command(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo twice quickly: the delete's restore is cancelled after the archive below it was
    undone; stepping back must not redo that archive (the user undid it)."""
    contacts = app_context.core.contacts
    other = contacts.create(Contact(given_name="Other"))
    ids = [contacts.create(Contact(given_name=f"V{n}")) for n in range(6)]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    push(app_context, undo.ArchiveContacts(app_context, [other]))
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10_000):
        push(app_context, undo.DeleteContacts(app_context, ids))
    real_restore = contacts.restore

    def cancelled_restore(deleted, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        return real_restore(deleted, progress, lambda: True)

    monkeypatch.setattr(contacts, "restore", cancelled_restore)
    stack = app_context.undo_stack
    stack.undo()  # the delete's restore, queued
    stack.undo()  # the archive, at once
    _wait_idle(qtbot)
    assert stack.index() == 0
    assert not contacts.summaries([other])[0].archived
    monkeypatch.setattr(contacts, "restore", real_restore)
    stack.redo()  # the archive
    stack.redo()  # the delete: nothing left to delete, the records are kept
    _wait_idle(qtbot)
    assert stack.index() == 2 and contacts.summaries([other])[0].archived
    assert all(contacts.get(i) is None for i in ids)
    stack.undo()
    _wait_idle(qtbot)
    assert all(contacts.get(i) is not None for i in ids)


def _card(contact: Contact | None) -> Contact:
    """The stored card without the time of its last write (an undo is a write too)."""
    import dataclasses

    assert contact is not None
    return dataclasses.replace(contact, updated_at=None)


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key as the user presses it: to whatever has the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifiers)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_ctrl_z_after_a_delete_gives_back_the_contact_and_the_links_others_had_to_it(
    qtbot: QtBot, main_window: QMainWindow, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ana is who the user met Bob through, and Bob's "partner": deleting Ana empties both
    links; Ctrl+Z must bring Ana back exactly and Bob's links with her."""
    core = app_context.core
    contacts = core.contacts
    ana = contacts.create(
        Contact(given_name="Ana", family_name="García", tags=["mentors"], keep_in_touch_days=30,
                emails=[EmailAddress("ana@example.org")], notes="Met at PyCon")
    )  # fmt: skip
    bob = contacts.create(
        Contact(given_name="Bob", met_through_id=ana,
                related=[RelatedPerson("partner", "Ana García", ana)])
    )  # fmt: skip
    core.journal.log([ana, bob], "meeting", "Lunch together")
    core.follow_ups.add(ana, core.clock.now() + dt.timedelta(days=3), "Send the slides")
    ana_before, bob_before = _card(contacts.get(ana)), _card(contacts.get(bob))
    journal_before = core.journal.for_contact(ana)
    follow_ups_before = core.follow_ups.of_contact(ana, include_done=True)
    app_context.changes.contacts_changed.emit(None)  # made after the window loaded
    with qtbot.waitExposed(main_window):
        main_window.show()
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)  # keys reach shortcuts
    qtbot.waitUntil(lambda: main_window.contacts.select_contact(ana))
    main_window.contacts.view.setFocus()  # where the user picked Ana
    answers = ModalAnswers("Delete")  # the "Delete Ana García with their journal?" box
    main_window.delete_action.trigger()
    answers.stop()
    main_window.activateWindow()  # the window manager's part, once the box has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.contacts.view.setFocus()
    assert contacts.get(ana) is None
    assert _card(contacts.get(bob)).met_through_id is None
    assert main_window.undo_action.text() == "&Undo Delete Ana García"

    _press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _card(contacts.get(ana)) == ana_before
    assert _card(contacts.get(bob)) == bob_before  # met through Ana, her partner: again
    assert core.journal.for_contact(ana) == journal_before
    assert core.follow_ups.of_contact(ana, include_done=True) == follow_ups_before
    assert contacts.search("García") == [ana]

    _press(
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert contacts.get(ana) is None
    main_window.undo_action.trigger()
    assert _card(contacts.get(bob)) == bob_before


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_merging_keeps_who_was_met_through_the_merged_contact_and_undo_puts_it_back(
    qtbot: QtBot, main_window: QMainWindow, app_context: AppContext
) -> None:
    """Cy was met through the second Ana, and the first Ana through the second (an import
    typed it so): the merge points Cy at the Ana kept; undo gives both their old links."""
    from netdesk.ui.duplicates_dialog import DuplicatesDialog

    contacts = app_context.core.contacts
    second = contacts.create(
        Contact(given_name="Ana", family_name="Garcia", emails=[EmailAddress("ana@x.org")])
    )
    first = contacts.create(
        Contact(given_name="Ana", family_name="García", emails=[EmailAddress("ana@x.org")],
                met_through_id=second, related=[RelatedPerson("twin", "Ana", second)])
    )  # fmt: skip
    cy = contacts.create(Contact(given_name="Cy", met_through_id=second))
    cards_before = {i: _card(contacts.get(i)) for i in (first, second, cy)}
    dialog = DuplicatesDialog(app_context, main_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    keep_first = dialog.pairs[0].keep_id == first
    (dialog.merge_left if keep_first else dialog.merge_right).click()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)  # merged on the worker
    assert contacts.get(second) is None
    assert _card(contacts.get(cy)).met_through_id == first  # not "met through nobody"
    assert main_window.undo_action.text() == "&Undo Merge Ana Garcia into Ana García"
    main_window.undo_action.trigger()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert {i: _card(contacts.get(i)) for i in (first, second, cy)} == cards_before
    main_window.redo_action.trigger()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert _card(contacts.get(cy)).met_through_id == first


def test_the_edit_menu_names_what_undo_will_undo(
    qtbot: QtBot, main_window: QMainWindow, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the window's own actions and dialogs: "Undo Archive Ana García", not a bare
    "Undo Archive contact" that does not say whom."""
    from PySide6.QtWidgets import QInputDialog

    contacts = app_context.core.contacts
    ana = contacts.create(Contact(given_name="Ana", family_name="García", tags=["vip"]))
    ben = contacts.create(Contact(given_name="Ben"))
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.select_contact(ana))
    # the tag offered first; a cadence Ana has not (one she has already changes nothing and
    # leaves no undo step)
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda *args: ("Every week" if "Every week" in args[3] else args[3][0], True),
    )
    steps = [
        (main_window.untag_action, "&Undo Remove tag “vip” from Ana García"),
        (main_window.cadence_action, "&Undo Set cadence of Ana García"),
        (main_window.archive_action, "&Undo Archive Ana García"),
    ]
    for action, text in steps:
        action.trigger()
        assert main_window.undo_action.text() == text
        assert main_window.undo_action.isEnabled()
    main_window.undo_action.trigger()
    assert main_window.redo_action.text() == "&Redo Archive Ana García"
    assert main_window.contacts.select_contact(ben)
    main_window.contacts.view.selectAll()
    monkeypatch.setattr(contact_actions, "ask_tag", lambda *args: ("friends", True))
    main_window.tag_action.trigger()
    assert main_window.undo_action.text() == "&Undo Add tag “friends” to 2 contacts"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_an_undo_the_locked_database_refuses_is_said_and_stays_undoable(
    qtbot: QtBot,
    main_window: QMainWindow,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    write_lock,  # type: ignore[no-untyped-def]
) -> None:
    """Undo while another program holds the write lock: the user is told, the Edit menu
    still offers the same undo, and nothing is lost. Redo then Undo used to re-delete nothing
    and keep that empty record, so Ana was gone for good."""
    contacts = app_context.core.contacts
    ana = contacts.create(Contact(given_name="Ana", family_name="García", notes="Keep me"))
    app_context.core.journal.log([ana], "call", "Called Ana")
    before = _card(contacts.get(ana))
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.select_contact(ana))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    answers = ModalAnswers("Delete")
    main_window.delete_action.trigger()
    answers.stop()
    assert contacts.get(ana) is None
    lock = write_lock()  # another program; this one gives up after 50 ms, not the app's 5 s
    try:
        main_window.undo_action.trigger()
        qtbot.waitUntil(lambda: len(warnings) == 1)
        assert warnings[0].startswith("“Delete Ana García” could not be undone.")
        assert f"{app_context.core.store.path} is locked by another program" in warnings[0]
        qtbot.wait(20)  # the stack steps back to where the database is
        assert main_window.undo_action.text() == "&Undo Delete Ana García"
        assert main_window.undo_action.isEnabled()
        assert not main_window.redo_action.isEnabled()
    finally:
        lock.release()
    main_window.undo_action.trigger()
    assert _card(contacts.get(ana)) == before
    assert [e.summary for e in app_context.core.journal.for_contact(ana)] == ["Called Ana"]
    main_window.redo_action.trigger()
    main_window.undo_action.trigger()
    assert _card(contacts.get(ana)) == before


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("kind", ["tag", "untag", "cadence", "archive"])
def test_a_change_to_many_contacts_runs_on_the_worker_with_undo_and_redo(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Tagging 1,000 contacts took over a second on the GUI thread, 100,000 nearly a minute."""
    from netdesk.core import contacts as core_contacts

    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"B{n}", tags=["old"])) for n in range(7)]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    monkeypatch.setattr(core_contacts, "_BULK_STEP", 2)  # several steps, each with progress
    make = {
        "tag": lambda: undo.TagContacts(app_context, ids, "new"),
        "untag": lambda: undo.TagContacts(app_context, ids, "old", add=False),
        "cadence": lambda: undo.SetCadence(app_context, ids, 30),
        "archive": lambda: undo.ArchiveContacts(app_context, ids),
    }[kind]

    def state() -> list[tuple[tuple[str, ...], int | None, bool]]:
        return [
            (tuple(c.tags), c.keep_in_touch_days, c.archived)  # type: ignore[union-attr]
            for c in (contacts.get(i) for i in ids)
        ]

    before = state()
    threads: list[threading.Thread] = []
    # the state an undo needs is read on the worker too (a second for 100,000 contacts)
    for name in ("add_tag", "remove_tag", "set_cadence", "set_archived", "summaries", "having_tag"):
        real = getattr(contacts, name)

        def recording(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(contacts, name, recording)
    command = make()  # reads nothing for all those contacts on this (the GUI) thread
    with qtbot.waitSignal(app_context.changes.contacts_changed, timeout=10_000):
        assert push(app_context, command)
        assert app_context.undo_stack.count() == 0  # pushed once the worker is done
    qtbot.waitUntil(lambda: app_context.undo_stack.count() == 1)
    assert threads and threading.main_thread() not in threads
    after = state()
    assert after != before
    threads.clear()
    with qtbot.waitSignal(app_context.changes.contacts_changed, timeout=10_000):
        app_context.undo_stack.undo()
    assert threads and threading.main_thread() not in threads
    assert state() == before
    with qtbot.waitSignal(app_context.changes.contacts_changed, timeout=10_000):
        app_context.undo_stack.redo()
    assert state() == after


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_cancelled_change_to_many_contacts_changes_none_and_pushes_nothing(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core import contacts as core_contacts

    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"C{n}")) for n in range(7)]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    monkeypatch.setattr(core_contacts, "_BULK_STEP", 2)
    command = undo.TagContacts(app_context, ids, "halfway")
    real = contacts.add_tag
    pressed = threading.Event()

    def waits_for_cancel(contact_ids, tag, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        def stepped(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            pressed.wait(10)  # the worker, between two steps, while the user presses Cancel

        return real(contact_ids, tag, stepped, cancelled)

    monkeypatch.setattr(contacts, "add_tag", waits_for_cancel)
    push(app_context, command)
    operation = command.operation
    assert operation is not None

    # on the GUI thread, as the dialog's button; the worker's first step has written or is
    # writing, and waits for it (connected to the progress signal instead, the press was lost
    # when the worker's first step came before the connection, and the test timed out)
    with qtbot.waitSignal(operation.cancelled, timeout=10_000):
        operation.dialog.canceled.emit()
        pressed.set()
    assert contacts.having_tag(ids, "halfway") == set()  # one transaction, rolled back
    assert app_context.undo_stack.count() == 0


def test_undo_and_redo_of_an_edit_keep_what_an_import_added_since(
    app_context: AppContext, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import copy

    from netdesk.core.importing import import_files
    from netdesk.ui.undo import EditContact

    contacts = app_context.core.contacts
    ana = contacts.create(
        Contact(given_name="Ana", family_name="Lopez", emails=[EmailAddress("ana@x.org")])
    )
    before = contacts.get(ana)
    after = copy.deepcopy(before)
    after.notes = "Met at PyCon"
    push(app_context, EditContact(app_context, before, after))
    card = tmp_path / "ana.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lopez;Ana;;;\r\nEMAIL:ana@x.org\r\n"
        "TEL:+34 600 111 222\r\nEND:VCARD\r\n"
    )
    assert import_files(app_context.core, [str(card)]).merged == 1
    app_context.undo_stack.undo()
    undone = contacts.get(ana)
    assert (undone.notes, [p.raw for p in undone.phones]) == ("", ["+34 600 111 222"])
    app_context.undo_stack.redo()
    redone = contacts.get(ana)
    assert (redone.notes, [p.raw for p in redone.phones]) == ("Met at PyCon", ["+34 600 111 222"])


def test_an_undo_of_a_bulk_change_cancelled_midway_changes_nothing(
    app_context: AppContext,
) -> None:
    """The undo gives each contact its own earlier value back: one group per value, all in
    one transaction. Cancelled in the second group, the first must not stay changed."""
    from netdesk.core.contacts import BulkCancelled
    from netdesk.ui.undo import ArchiveContacts, SetCadence

    contacts = app_context.core.contacts
    ids = [
        contacts.create(Contact(given_name=f"P{i}", keep_in_touch_days=30 if i < 10 else 60))
        for i in range(20)
    ]
    checks = 0

    def cancel_in_the_second_group() -> bool:
        nonlocal checks
        checks += 1
        return checks > 1

    def state() -> list[tuple[int | None, bool]]:
        return [(s.keep_in_touch_days, s.archived) for s in contacts.summaries(ids)]

    cadence = SetCadence(app_context, ids, 7)
    cadence.work(False, None, None)  # what the worker runs first
    before = state()
    with pytest.raises(BulkCancelled):
        cadence.work(True, None, cancel_in_the_second_group)  # what the undo runs
    assert state() == before
    cadence.work(True, None, None)
    assert [days for days, _ in state()] == [30] * 10 + [60] * 10

    contacts.set_archived(ids[:12], True)
    unarchive = ArchiveContacts(app_context, ids, archived=False)
    unarchive.work(False, None, None)
    checks = 0
    with pytest.raises(BulkCancelled):
        unarchive.work(True, None, cancel_in_the_second_group)
    assert not any(archived for _, archived in state())


def test_undoing_an_edit_takes_out_the_phone_it_added_after_an_archive(
    app_context: AppContext,
) -> None:
    """The edit's own record of the card held the phone as typed (no E.164 form yet): against
    the stored card, its undo took the list for changed elsewhere too and put the phone back."""
    import copy

    from netdesk.core.types import PhoneNumber

    contacts = app_context.core.contacts
    ana = contacts.create(Contact(given_name="Ana", phones=[PhoneNumber("+34 612 34 56 78")]))
    before = contacts.get(ana)
    assert before is not None
    after = copy.deepcopy(before)
    after.phones.append(PhoneNumber("+1 415 555 0100"))  # as the card's form gives it
    push(app_context, undo.EditContact(app_context, before, after))
    push(app_context, undo.ArchiveContacts(app_context, [ana]))
    app_context.undo_stack.undo()
    app_context.undo_stack.undo()
    undone = contacts.get(ana)
    assert undone is not None
    assert [p.raw for p in undone.phones] == ["+34 612 34 56 78"]
    app_context.undo_stack.redo()
    redone = contacts.get(ana)
    assert redone is not None
    assert [p.e164 for p in redone.phones] == ["+34612345678", "+14155550100"]


def test_the_undo_actions_outlive_the_stack_going_away_at_quit(
    app_context: AppContext, qtbot: QtBot
) -> None:
    """At quit the stack may go before a window following it: its destructor clears the
    commands and says so (canUndoChanged), and the actions' slot then asked the half-deleted
    stack, raised, and the error box held netdesk open after "netdesk stopped"."""
    import shiboken6

    from netdesk.ui.undo_actions import UndoRedoActions

    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = UndoRedoActions(app_context, window)
    assert push(app_context, TagContacts(app_context, [ana], "vip"))
    assert actions.undo.isEnabled()
    shiboken6.delete(app_context.undo_stack)  # pytest-qt fails the test on a slot's exception
    assert not shiboken6.isValid(app_context.undo_stack)
    app_context.undo_stack = QUndoStack()  # for the fixture's clean-up


def test_undoing_a_mistyped_tag_forgets_the_tag(app_context: AppContext) -> None:
    """Ctrl+T "mentro", Ctrl+Z: the typo stayed a tag of nobody, listed in Manage tags and
    offered by the card's completion for good. A tag someone else carries meanwhile stays."""
    contacts = app_context.core.contacts
    ana = contacts.create(Contact(given_name="Ana"))
    bob = contacts.create(Contact(given_name="Bob", tags=["mentor"]))
    assert push(app_context, TagContacts(app_context, [ana], "mentro"))
    app_context.undo_stack.undo()
    assert [t.name for t in contacts.tags()] == ["mentor"]
    app_context.undo_stack.redo()
    assert contacts.get(ana).tags == ["mentro"]  # type: ignore[union-attr]
    # a tag that was there before is not the command's to forget
    assert push(app_context, TagContacts(app_context, [ana], "mentor"))
    contacts.remove_tag([bob], "mentor")
    app_context.undo_stack.undo()
    assert "mentor" in [t.name for t in contacts.tags()]
    # one made by the command but given to someone else meanwhile (an import) stays
    assert push(app_context, TagContacts(app_context, [ana], "pycon"))
    contacts.add_tag([bob], "pycon")
    app_context.undo_stack.undo()
    assert contacts.get(bob).tags == ["pycon"]  # type: ignore[union-attr]


def test_tagging_with_a_stored_tag_in_another_case_is_undone(app_context: AppContext) -> None:
    """Ctrl+T "émigré" gives the stored "Émigré"; its undo takes that off again."""
    contacts = app_context.core.contacts
    bob = contacts.create(Contact(given_name="Bob", tags=["Émigré"]))
    ana = contacts.create(Contact(given_name="Ana"))
    assert push(app_context, TagContacts(app_context, [ana, bob], "émigré"))
    assert contacts.get(ana).tags == ["Émigré"]  # type: ignore[union-attr]
    app_context.undo_stack.undo()
    assert contacts.get(ana).tags == []  # type: ignore[union-attr]
    assert contacts.get(bob).tags == ["Émigré"]  # type: ignore[union-attr]
    assert [t.name for t in contacts.tags()] == ["Émigré"]
