"""A bulk redo that does not happen leaves the list as it was; a delete names whom it unlinks."""

from __future__ import annotations

import threading

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from pytestqt.qtbot import QtBot

from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation, run_operation


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    model = window.contacts.model
    qtbot.waitUntil(lambda: not model.partial and not model.reading, timeout=10_000)


def test_a_cancelled_redo_of_a_delete_does_not_move_the_list_on_later(
    qtbot: QtBot,
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The redo armed "move on to the next row when they leave": cancelled, it stayed armed,
    and choosing a tag filter later made the row at the old place current (Eva, not Dora)."""
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 1)
    person("Ana")
    berta, carla = person("Berta"), person("Carla")
    dora = person("Dora", tags=["t"])
    person("Eva", tags=["t"])
    app_context.changes.contacts_changed.emit(None)
    _settled(qtbot, main_window)
    panel = main_window.contacts
    panel.select_contact(berta)
    rows = QItemSelection(panel.model.index(2), panel.model.index(2))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    panel.view.selectionModel().select(rows, flags)
    assert main_window.selected_contact_ids() == [berta, carla]
    answers = ModalAnswers("Delete")
    main_window.delete_action.trigger()
    answers.stop()
    _settled(qtbot, main_window)
    main_window.undo_action.trigger()
    _settled(qtbot, main_window)
    assert panel.current_id() == berta
    release = threading.Event()  # the worker busy: the redo waits in line, then is cancelled
    before = run_operation(app_context, None, "Busy", lambda _p, _c: release.wait(10))
    main_window.redo_action.trigger()
    [redoing] = [o for o in Operation.running_now() if o is not before]
    redoing.cancel()
    release.set()
    _settled(qtbot, main_window)
    assert app_context.core.contacts.get(berta) is not None  # nothing deleted
    panel.set_filter(panel.model.list_filter, tag="t")
    _settled(qtbot, main_window)
    assert panel.current_id() == dora  # the first of the list, as after any filter change


def test_deleting_whom_a_contact_met_through_reloads_that_contacts_card(
    qtbot: QtBot,
    main_window: MainWindow,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    """Ana met through Berta. Deleting Berta (Ana's card open, Ana not among those deleted)
    clears Ana's link, and its undo puts it back: neither named Ana, and her card went on
    showing what it no longer held."""
    berta = person("Berta")
    ana = person("Ana", met_through_id=berta)
    app_context.changes.contacts_changed.emit(None)
    _settled(qtbot, main_window)
    named: list[object] = []
    app_context.changes.contacts_changed.connect(named.append)
    command = undo.DeleteContacts(app_context, [berta])
    app_context.undo_stack.push(command)
    _settled(qtbot, main_window)
    assert app_context.core.contacts.get(ana).met_through_id is None  # type: ignore[union-attr]
    assert any(ids is not None and ana in ids for ids in named)
    named.clear()
    app_context.undo_stack.undo()
    _settled(qtbot, main_window)
    assert app_context.core.contacts.get(ana).met_through_id == berta  # type: ignore[union-attr]
    assert any(ids is not None and ana in ids for ids in named)
