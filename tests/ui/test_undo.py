"""Undoable bulk changes: tagging many contacts touches only those it changes, cheaply."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui import operations, undo
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
    assert command.affected == ids


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
