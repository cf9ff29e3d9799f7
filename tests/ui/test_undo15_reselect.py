"""Undoing a Delete or an Archive of several contacts selects them again, as they were before
(one of them, or nobody, was selected: the next Tag… took the wrong contacts); its redo leaves
the next contact current, as the delete itself did."""

from __future__ import annotations

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from pytestqt.qtbot import QtBot

from netdesk.ui import contact_list_model, undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NAMES = ("Ana", "Berta", "Carla", "Dora", "Eva", "Fran", "Gil", "Hugo")


def _select_rows(window: MainWindow, rows: list[int]) -> None:
    panel = window.contacts
    panel.select_contact(panel.model.contact_id(rows[0]))
    wanted = QItemSelection()
    for row in rows:
        wanted.select(panel.model.index(row), panel.model.index(row))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    panel.view.selectionModel().select(wanted, flags)


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    model = window.contacts.model
    qtbot.waitUntil(lambda: not model.partial and not model.reading, timeout=10_000)
    qtbot.wait(10)


@pytest.mark.parametrize("big", [False, True])
@pytest.mark.parametrize("action", ["delete", "archive"])
def test_undo_selects_the_contacts_again_and_redo_moves_on(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    big: bool,
    action: str,
) -> None:  # type: ignore[no-untyped-def]
    if big:  # on the worker, and a list read in two steps
        monkeypatch.setattr(undo, "BACKGROUND_DELETE", 1)
        monkeypatch.setattr(contact_list_model, "PAGE_SIZE", 3)
    ids = dict(zip(NAMES, (person(n) for n in NAMES), strict=True))
    app_context.changes.contacts_changed.emit(None)
    _settled(qtbot, main_window)
    _select_rows(main_window, [1, 2, 5])  # Berta (current), Carla, Fran
    chosen = [ids["Berta"], ids["Carla"], ids["Fran"]]
    assert main_window.selected_contact_ids() == chosen
    if action == "delete":
        answers = ModalAnswers("Delete")
        main_window.delete_action.trigger()
        answers.stop()
    else:
        main_window.archive_action.trigger()
    _settled(qtbot, main_window)
    assert main_window.contacts.current_id() == ids["Dora"]  # where Berta was
    main_window.undo_action.trigger()
    _settled(qtbot, main_window)
    assert main_window.contacts.model.ids() == list(ids.values())
    assert main_window.selected_contact_ids() == chosen
    assert main_window.contacts.current_id() == ids["Berta"]
    main_window.redo_action.trigger()
    _settled(qtbot, main_window)
    assert main_window.contacts.current_id() == ids["Dora"]  # as after the delete itself
    assert main_window.selected_contact_ids() == [ids["Dora"]]


def test_untagging_in_the_tags_list_moves_on_and_undo_selects_them_again(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Listing the tag, an Untag… takes the contacts out of the list as an archive does:
    nobody was left current (the card stayed on a contact no longer listed), and its undo
    brought them back unselected."""
    from PySide6.QtWidgets import QInputDialog

    from netdesk.core.listing import ListFilter

    ids = dict(zip(NAMES[:5], (person(n, tags=["vip"]) for n in NAMES[:5]), strict=True))
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.set_filter(ListFilter.ALL, tag="vip")
    _settled(qtbot, main_window)
    _select_rows(main_window, [1, 2])  # Berta (current), Carla
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("vip", True))
    main_window.untag_action.trigger()
    _settled(qtbot, main_window)
    assert main_window.contacts.model.ids() == [ids["Ana"], ids["Dora"], ids["Eva"]]
    assert main_window.contacts.current_id() == ids["Dora"]  # where Berta was
    main_window.undo_action.trigger()
    _settled(qtbot, main_window)
    assert main_window.selected_contact_ids() == [ids["Berta"], ids["Carla"]]
    assert main_window.contacts.current_id() == ids["Berta"]
    main_window.redo_action.trigger()
    _settled(qtbot, main_window)
    assert main_window.contacts.current_id() == ids["Dora"]
