"""Every merge made from a window (Find duplicates, Merge two contacts), its undo and its redo
run on the worker, however few journal entries move: one of a few entries held the window 50
to 500 ms on the 100,000-contact copy. The worker waits here for a write lock another program
holds, so the merge is seen under way while the window goes on."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import duplicates
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.merge_dialog import MergeTwoDialog, merge_two
from netdesk.ui.operations import Operation


def _ana_twice(context: AppContext) -> tuple[int, int]:
    """Ana and her double sharing an e-mail, each with a short journal, a follow-up, and the
    double with a "not the same person" answer about Bo."""
    core = context.core
    mail = [EmailAddress("ana@gil.example")]
    ana = core.contacts.create(Contact(given_name="Ana", family_name="Gil", emails=mail))
    double = core.contacts.create(
        Contact(given_name="Ana", family_name="Gil", title="CTO", emails=mail)
    )
    bo = core.contacts.create(Contact(given_name="Bo"))
    core.journal.log([ana], "call", "Hello", at=dt.datetime(2024, 1, 1, 9))
    for n in range(3):
        core.journal.log([double], "email", f"Mail {n}", at=dt.datetime(2025, 1, 1 + n, 9))
    core.journal.log([ana, double], "meeting", "Both", at=dt.datetime(2025, 2, 1, 9))
    core.follow_ups.add(double, dt.datetime(2026, 4, 1, 9), "Send the slides")
    duplicates.dismiss(core, double, bo)
    return ana, double


def _state(context: AppContext, ids: tuple[int, ...]) -> Any:
    """What a merge changes and its undo must give back exactly."""
    core = context.core
    return (
        [core.contacts.get(i) for i in ids],
        [[(e.id, sorted(e.contact_ids)) for e in core.journal.for_contact(i)] for i in ids],
        [core.follow_ups.of_contact(i) for i in ids],
        duplicates.dismissed_pairs(core),
    )


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The problems said (a box would wait for an answer)."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    return told


def _idle() -> bool:
    return not Operation.running_now()


def test_find_duplicates_merges_undoes_and_redoes_a_short_journal_on_the_worker(
    qtbot: QtBot, app_context: AppContext, write_lock: Any, said: list[str]
) -> None:
    ana, double = _ana_twice(app_context)
    ids = (ana, double)
    before = _state(app_context, ids)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    dialog.table.selectRow(0)
    stack = app_context.undo_stack

    lock = write_lock()  # the worker waits for it; the window does not
    dialog.merge_left.click()
    assert dialog.working
    buttons = (dialog.merge_left, dialog.merge_right, dialog.skip, dialog.forget)
    assert not any(button.isEnabled() for button in buttons)
    assert not dialog.undo_action.isEnabled()
    assert app_context.core.contacts.get(double) is not None and stack.count() == 0
    lock.release()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert app_context.core.contacts.get(double) is None and stack.count() == 1
    assert dialog.table.rowCount() == 0
    assert dialog.forget.isEnabled()  # the answer about Bo, now Ana's
    merged = _state(app_context, ids)

    lock = write_lock()
    dialog.undo_action.trigger()
    assert dialog.working and not dialog.redo_action.isEnabled()
    assert app_context.core.contacts.get(double) is None  # not yet: under way
    lock.release()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert _state(app_context, ids) == before
    assert dialog.table.rowCount() == 1 and stack.index() == 0

    dialog.redo_action.trigger()
    assert dialog.working
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert _state(app_context, ids) == merged
    assert dialog.table.rowCount() == 0 and stack.index() == 1
    assert said == []


def test_closing_find_duplicates_while_it_merges_loses_nothing(
    qtbot: QtBot, app_context: AppContext, write_lock: Any, said: list[str]
) -> None:
    """Closed (and let go, as the window does) before the merge was written: the merge lands
    on the undo stack all the same, and its undo, shown over no dialog, gives all back."""
    ana, double = _ana_twice(app_context)
    ids = (ana, double)
    before = _state(app_context, ids)
    dialog = DuplicatesDialog(app_context)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    dialog.table.selectRow(0)
    lock = write_lock()
    dialog.merge_right.click()  # keep the double
    dialog.done(0)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    lock.release()
    stack = app_context.undo_stack
    qtbot.waitUntil(lambda: _idle() and stack.count() == 1, timeout=10000)
    assert app_context.core.contacts.get(ana) is None
    assert stack.text(0) == "Merge Ana Gil into Ana Gil"
    merged = _state(app_context, ids)

    stack.undo()  # from the window's Edit menu: its progress over a dialog deleted
    qtbot.waitUntil(_idle, timeout=10000)
    assert _state(app_context, ids) == before and stack.index() == 0
    stack.redo()
    qtbot.waitUntil(_idle, timeout=10000)
    assert _state(app_context, ids) == merged and stack.index() == 1
    assert said == []


def test_merge_two_contacts_stays_open_and_off_until_the_merge_is_written(
    qtbot: QtBot, app_context: AppContext, write_lock: Any, said: list[str]
) -> None:
    ana, double = _ana_twice(app_context)
    window = QWidget()
    qtbot.addWidget(window)
    opened: list[int] = []
    app_context.changes.open_contact.connect(opened.append)
    dialog = merge_two(app_context, [ana, double], window)
    assert isinstance(dialog, MergeTwoDialog)
    dialog.buttons[ana].click()
    lock = write_lock()
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.merge_button.isEnabled()
    assert not dialog.buttons[double].isEnabled()
    assert opened == [] and app_context.core.contacts.get(double) is not None
    lock.release()
    qtbot.waitUntil(lambda: opened == [ana], timeout=10000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert app_context.core.contacts.get(double) is None
    assert app_context.undo_stack.count() == 1 and said == []


def test_a_merge_refused_on_the_worker_leaves_merge_two_contacts_open_to_try_again(
    qtbot: QtBot, app_context: AppContext, write_lock: Any, said: list[str]
) -> None:
    ana, double = _ana_twice(app_context)
    window = QWidget()
    qtbot.addWidget(window)
    dialog = merge_two(app_context, [ana, double], window)
    assert isinstance(dialog, MergeTwoDialog)
    dialog.buttons[ana].click()
    lock = write_lock()  # held past the worker's wait (5 s): the merge is refused
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    lock.release()
    qtbot.waitUntil(_idle, timeout=10000)
    assert "is locked by another program" in said[0]
    assert dialog.isVisible() and dialog.merge_button.isEnabled()
    assert app_context.core.contacts.get(double) is not None
    assert app_context.undo_stack.count() == 0
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)  # tried again
    qtbot.waitUntil(lambda: app_context.undo_stack.count() == 1, timeout=10000)
    assert len(said) == 1 and app_context.core.contacts.get(double) is None


def test_the_focus_stays_on_the_merge_button_clicked(
    qtbot: QtBot, app_context: AppContext, said: list[str]
) -> None:
    """The button went off while the merge ran and the focus moved on to Close: the next
    Space or Enter closed Find duplicates."""
    _ana_twice(app_context)
    add = app_context.core.contacts.create
    for given in ("Jon", "John"):
        add(Contact(given_name=given, family_name="Smith", emails=[EmailAddress("js@x.org")]))
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    dialog.table.selectRow(0)
    dialog.merge_left.setFocus()
    qtbot.waitUntil(dialog.merge_left.hasFocus)
    QTest.keyClick(dialog.merge_left, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert dialog.table.rowCount() == 1 and dialog.isVisible()
    assert dialog.merge_left.hasFocus()
    assert said == []


def test_the_click_on_merge_reads_no_contact_in_full_on_the_window(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch, said: list[str]
) -> None:
    """The card kept, as it was for the undo, was read as the merge was asked for: 11 ms of
    the window's on the 100,000-contact copy. The merge's first run reads it on the worker."""
    import threading

    from netdesk.core.contacts import ContactService

    ana, double = _ana_twice(app_context)
    before = app_context.core.contacts.get(ana)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    dialog.table.selectRow(0)
    on_window: list[int] = []
    real_get = ContactService.get

    def get(service: ContactService, contact_id: int) -> Contact | None:
        if threading.current_thread() is threading.main_thread():
            on_window.append(contact_id)
        return real_get(service, contact_id)

    monkeypatch.setattr(ContactService, "get", get)
    dialog.merge_left.click()
    assert on_window == []
    monkeypatch.setattr(ContactService, "get", real_get)
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    dialog.undo_action.trigger()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert app_context.core.contacts.get(ana) == before  # the undo had it all the same
    assert app_context.core.contacts.get(double) is not None and said == []
