"""Set cadence… says how many contacts it changed, and one that changed nobody leaves no
undo step: "Cadence set for 3 contacts." was said, and "Undo Set cadence of 3 contacts" put
on the Edit menu, when all three kept in touch every month already."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def _cadences(context: AppContext, ids: list[int]) -> list[int | None]:
    return [context.core.contacts.get(i).keep_in_touch_days for i in ids]  # type: ignore[union-attr]


def _choose(monkeypatch: pytest.MonkeyPatch, label: str) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (label, True))


@pytest.mark.parametrize("on_the_worker", [False, True])
def test_set_cadence_counts_and_undoes_only_those_it_changed(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,
    monkeypatch,
    on_the_worker,
) -> None:  # type: ignore[no-untyped-def]
    if on_the_worker:
        monkeypatch.setattr(undo, "BACKGROUND_DELETE", 1)
    ids = [
        person("Ana", keep_in_touch_days=30),
        person("Ben", keep_in_touch_days=7),
        person("Cleo", keep_in_touch_days=30),
        person("Dan", keep_in_touch_days=14),
    ]
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 4)
    main_window.contacts.view.selectAll()
    _choose(monkeypatch, "Every month")
    main_window.cadence_action.trigger()
    said = "Cadence set for 2 contacts; the others had it already. Press Ctrl+Z to undo."
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage() == said)
    assert _cadences(app_context, ids) == [30, 30, 30, 30]
    assert app_context.undo_stack.undoText() == "Set cadence of 2 contacts"
    main_window.undo_action.trigger()
    qtbot.waitUntil(lambda: _cadences(app_context, ids) == [30, 7, 30, 14])


def test_set_cadence_that_changes_nobody_says_so_and_leaves_no_undo(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, person, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    person("Dora", keep_in_touch_days=14)
    ids = [person("Ana", keep_in_touch_days=30), person("Ben", keep_in_touch_days=30)]
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 3)
    steps = app_context.undo_stack.count()
    main_window.contacts.view.clearSelection()
    for row in range(3):
        index = main_window.contacts.model.index(row, 0)
        if main_window.contacts.model.contact_id(row) in ids:
            main_window.contacts.view.selectionModel().select(
                index, main_window.contacts.view.selectionModel().SelectionFlag.Select
            )
    assert sorted(main_window.selected_contact_ids()) == sorted(ids)
    _choose(monkeypatch, "Every month")
    main_window.cadence_action.trigger()
    said = "All 2 contacts already keep in touch at that cadence."
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage() == said)
    assert app_context.undo_stack.count() == steps
    assert _cadences(app_context, ids) == [30, 30]
