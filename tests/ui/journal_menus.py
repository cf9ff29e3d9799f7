"""Opening a journal entry's right-click menu in a test."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu

from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import JournalView


def menu_at_row(view: JournalView | GlobalJournal, row: int) -> QMenu:
    """The entry's right-click menu (closed as soon as it shows; its actions stay)."""
    shown: list[QMenu] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append(menu)
            menu.close()
        else:
            QTimer.singleShot(10, close_menu)

    QTimer.singleShot(0, close_menu)
    view.list.customContextMenuRequested.emit(view.list.visualRect(view.model.index(row)).center())
    (menu,) = shown
    return menu
