"""Another sort order keeps the contacts selected: a Tag… or Delete after a sort took the
current contact alone, though the others looked selected a moment before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from pytestqt.qtbot import QtBot

from netdesk.core.listing import SortOrder
from netdesk.ui import contact_list_model
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext


def test_a_sort_keeps_the_selection_and_the_current_contact(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", 10)  # each order read in two steps
    core = app_context.core
    ids = [person(f"P{n:03d}") for n in range(25)]
    for n, contact_id in enumerate(ids):  # P024 talked to last: the new order is reversed
        core.journal.log(
            [contact_id], "call", "hi", at=core.clock.now() - dt.timedelta(days=50 - n)
        )
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    panel.load()
    model, view = panel.model, panel.view
    panel.select_contact(ids[3])
    wanted = QItemSelection()
    for row in (3, 4, 5, 20):
        wanted.select(model.index(row), model.index(row))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(wanted, flags)
    assert sorted(panel.selected_ids()) == sorted(ids[i] for i in (3, 4, 5, 20))
    panel.set_sort(SortOrder.LAST_INTERACTION)
    qtbot.waitUntil(lambda: not model.partial)
    assert model.ids() == ids[::-1]
    assert sorted(panel.selected_ids()) == sorted(ids[i] for i in (3, 4, 5, 20))
    assert panel.current_id() == ids[3]
    current = view.visualRect(view.currentIndex())
    assert view.viewport().rect().intersects(current)  # the view went to the current one
    panel.set_sort(SortOrder.NAME)  # and back
    assert sorted(panel.selected_ids()) == sorted(ids[i] for i in (3, 4, 5, 20))
