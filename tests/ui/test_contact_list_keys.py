"""The contact list from the keyboard: type-ahead in the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from netdesk.ui import contact_list_model
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_list_model import ContactListModel
from netdesk.ui.context import AppContext


def type_in(widget: object, text: str) -> None:
    """Keys as a keyboard sends them, letters outside ASCII too (QTest's are ASCII only)."""
    for char in text:
        key = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QCoreApplication.sendEvent(widget, key)  # type: ignore[arg-type]


def current_name(panel: ContactListPanel) -> str:
    return str(panel.view.currentIndex().data())


@pytest.fixture
def panel(qtbot: QtBot, app_context: AppContext) -> ContactListPanel:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    return panel


def test_type_ahead_ignores_accents_and_case(panel: ContactListPanel, person) -> None:  # type: ignore[no-untyped-def]
    for given, family in [("Ana", "Ruiz"), ("Álvaro", "Gómez"), ("Bea", "Ortiz"), ("Óscar", "Paz")]:
        person(given, family)
    panel.load()
    panel.view.setFocus()
    type_in(panel.view, "o")
    assert current_name(panel) == "Óscar Paz"
    model = panel.model
    after_oscar = model.index(model.rowCount() - 1)
    found = model.match(after_oscar, Qt.ItemDataRole.DisplayRole, "A", 3)  # from there, wrapping
    assert [i.data() for i in found] == ["Álvaro Gómez", "Ana Ruiz"]
    found = model.match(model.index(1), Qt.ItemDataRole.DisplayRole, "á", 1)
    assert [i.data() for i in found] == ["Ana Ruiz"]


def test_type_ahead_in_a_long_list_reads_no_rows_but_the_one_it_lands_on(
    panel: ContactListPanel, person, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Qt's own match() asked every row's name until one matched: typing "z" in a list of
    100,000 read 1,000 pages of rows and held the window 14 s."""
    monkeypatch.setattr(contact_list_model, "SUMMARY_PAGE", 5)
    for n in range(60):
        person(f"Name{n:02d}")
    zoe = person("Zoë", "Zapata")
    panel.load()
    panel.model.complete()
    pages: list[int] = []
    real = ContactListModel.summary

    def counting(self: ContactListModel, row: int):  # type: ignore[no-untyped-def]
        page = row // contact_list_model.SUMMARY_PAGE
        if page not in self._pages:
            pages.append(page)
        return real(self, row)

    monkeypatch.setattr(ContactListModel, "summary", counting)
    panel.view.setFocus()
    type_in(panel.view, "zo")
    assert panel.current_id() == zoe
    assert len(pages) <= 3  # the page painted where it landed, not the twelve before it
