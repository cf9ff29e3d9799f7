"""The card's photo menu is released once closed: one was made at each click and each
stayed, a child of the card, until the card went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext


def test_each_photo_menu_goes_once_closed(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(person("Ana"))
    seen: list[list[str]] = []
    menus_before = len(card.findChildren(QMenu))  # (its fields' own)

    def close_it() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions()])
            menu.close()
        else:
            QTimer.singleShot(10, close_it)

    for _ in range(3):
        QTimer.singleShot(0, close_it)
        card._photo_menu()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert seen == [["&Choose photo…", "&Remove photo"]] * 3
    assert len(card.findChildren(QMenu)) == menus_before
