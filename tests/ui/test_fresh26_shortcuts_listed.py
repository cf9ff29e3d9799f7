"""Help > Keyboard shortcuts lists keys the README promises and netdesk answers, that it left
out: Home and End in the contact list, F2, Enter and Del in Manage tags, Enter on an entry of
a contact's journal (it edits) and of everyone's (it opens the contact; the list said "from
the search field" only). Each row's key is tried here on the real view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenuBar
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.i18n import install_translators
from netdesk.ui.main_window import MainWindow
from netdesk.ui.shortcuts_dialog import ShortcutsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _rows(qtbot: QtBot) -> list[tuple[str, str, str]]:
    bar = QMenuBar()
    qtbot.addWidget(bar)
    dialog = ShortcutsDialog(bar)
    qtbot.addWidget(dialog)
    return dialog.shown_rows()


def test_the_keys_left_out_are_listed(qtbot: QtBot) -> None:
    rows = _rows(qtbot)
    assert (
        "Contact list",
        "Go to the first or the last contact",
        f"{native('Home')} or {native('End')}",
    ) in rows
    assert ("Manage tags", "Rename the selected tag", f"F2 or {native('Return')}") in rows
    assert ("Manage tags", "Delete the selected tag", native("Del")) in rows
    assert ("Journal", "Change the current entry, in a contact's journal", native("Return")) in rows
    assert (
        "Journal",
        "Open the current entry's contact, in everyone's journal",
        native("Return"),
    ) in rows


def test_the_rows_read_in_spanish(qtbot: QtBot, qapp: QApplication) -> None:
    installed = install_translators(qapp, QLocale("es_ES"))
    try:
        rows = _rows(qtbot)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    whats = {what for _section, what, _keys in rows}
    assert "Ir al primer o al último contacto" in whats
    assert "Renombrar la etiqueta seleccionada" in whats
    assert "Abrir el contacto de la entrada actual, en el diario de todos" in whats


def test_home_and_end_go_to_the_first_and_last_contact(
    qtbot: QtBot, active_main_window: MainWindow, person: Callable[..., int]
) -> None:
    window = active_main_window
    first, _middle, last = person("Ana", "Abad"), person("Ben", "Bravo"), person("Zoe", "Zapata")
    window.context.changes.contacts_changed.emit(None)
    view = window.contacts.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.contacts.current_id() == last)
    QTest.keyClick(view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.contacts.current_id() == first)


def test_enter_on_an_entry_of_everyones_journal_opens_its_contact(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ana = person("Ana", "Ruiz")
    app_context.core.journal.log([ana], "call", "Talked", at=dt.datetime(2026, 1, 10, 9))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    with qtbot.waitSignal(view.open_contact) as opened:
        QTest.keyClick(view.list, Qt.Key.Key_Return)
    assert opened.args == [ana]
