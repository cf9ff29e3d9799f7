"""The status bar says how many contacts are selected when more than one is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_status_bar_counts_the_contacts_selected(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana, berta, carla = person("Ana"), person("Berta"), person("Carla")
    person("Dora")
    app_context.changes.contacts_changed.emit(None)
    with qtbot.waitExposed(main_window):
        main_window.show()
    main_window.contacts.select_contact(ana)
    shown = main_window.status_selected
    assert shown.isHidden()  # one contact: the card says who
    view = main_window.contacts.view
    model = main_window.contacts.model
    for contact_id in (berta, carla):
        index = model.index(model.row_of(contact_id), 0)
        view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    assert sorted(main_window.selected_contact_ids()) == sorted([ana, berta, carla])
    assert not shown.isHidden()
    assert shown.text() == "3 contacts selected"  # nothing said how many Delete would take
    due = main_window.status_due
    qtbot.waitUntil(lambda: shown.isVisible() and due.isVisible())
    text_end = shown.geometry().left() + shown.fontMetrics().horizontalAdvance(shown.text())
    assert due.geometry().left() - text_end >= 12  # not "3 contacts selected 15 follow-ups due"
    main_window.show_today()
    assert shown.isHidden()  # Delete acts on nobody there
    main_window.show_contacts()
    assert shown.text() == "3 contacts selected"
    main_window.contacts.select_contact(ana)
    assert shown.isHidden()
