"""A search in All contacts sorted by last interaction or next follow-up comes in that order.

Sorted by name, a search lists the best matches first; sorted by a date it kept that same
order, so choosing "Last interaction" while searching "García" changed nothing on the screen
("8 months ago, never, 8 days ago, 2 weeks ago…").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import SortOrder
from netdesk.ui import list_reader
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext


@pytest.fixture(autouse=True)
def _no_reader_left() -> Iterator[None]:
    yield
    list_reader.stop_all()


def _names(panel: ContactListPanel) -> list[str]:
    model = panel.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_a_search_follows_the_date_order_chosen(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    core = app_context.core
    now = core.clock.now()
    ana = person("Ana", "García")  # talked to 8 months ago, due in 3 weeks
    bea = person("Bea", "García")  # 2 days ago, due tomorrow
    carla = person("Carla", "García Díaz")  # never, nothing due
    person("Dora", "Ruiz")  # not found
    core.journal.log([ana], "call", "hi", at=now - dt.timedelta(days=240))
    core.journal.log([bea], "call", "hi", at=now - dt.timedelta(days=2))
    core.follow_ups.add(ana, now + dt.timedelta(days=21), "ask")
    core.follow_ups.add(bea, now + dt.timedelta(days=1), "send")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    qtbot.waitUntil(lambda: not panel.model.partial)
    panel.search.setText("garcía")
    qtbot.waitUntil(lambda: not panel.model.searching and panel.model.rowCount() == 3)
    assert sorted(_names(panel)) == ["Ana García", "Bea García", "Carla García Díaz"]

    # Ana and Carla selected, Carla current: still so in the new order (not its first row)
    view, model = panel.view, panel.model
    view.select_alone(model.index(model.row_of(ana)))
    view.selectionModel().select(
        model.index(model.row_of(carla)), QItemSelectionModel.SelectionFlag.Select
    )
    view.selectionModel().setCurrentIndex(
        model.index(model.row_of(carla)), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    panel.set_sort(SortOrder.LAST_INTERACTION)
    qtbot.waitUntil(lambda: not panel.model.searching)
    assert _names(panel) == ["Bea García", "Ana García", "Carla García Díaz"]
    assert panel.model.ids() == [bea, ana, carla]
    assert panel.current_id() == carla
    assert sorted(panel.selected_ids()) == sorted([ana, carla])

    panel.set_sort(SortOrder.NEXT_DUE)
    qtbot.waitUntil(lambda: not panel.model.searching)
    assert _names(panel) == ["Bea García", "Ana García", "Carla García Díaz"]

    # typing on keeps the order: one more letter, one fewer match
    core.journal.log([carla], "call", "hi", at=now - dt.timedelta(hours=1))
    panel.set_sort(SortOrder.LAST_INTERACTION)
    qtbot.waitUntil(lambda: not panel.model.searching)
    panel.search.setText("garcía d")
    qtbot.waitUntil(lambda: not panel.model.searching and panel.model.rowCount() == 1)
    panel.search.setText("garcía")
    qtbot.waitUntil(lambda: not panel.model.searching and panel.model.rowCount() == 3)
    assert _names(panel) == ["Carla García Díaz", "Bea García", "Ana García"]
