"""The summary's "Show imported contacts" lists every contact the import made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\nEND:VCARD\r\n"
    for name, email in (
        ("Ana Nueva", "ana.nueva@example.org"),
        ("Ben Stone", "ben@example.org"),
        ("Cara Diaz", "cara@example.org"),
    )
)


def test_show_imported_contacts_lists_them_all_whatever_was_searched_before(
    qtbot: QtBot, main_window: MainWindow, person, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A search typed before the import ("ana") stayed: Show imported contacts listed the
    one new contact it matched, and the summary's "tag them all at once" (Ctrl+A, Ctrl+T)
    tagged that one of the three."""
    person("Ana", "Vieja")
    main_window.context.changes.contacts_changed.emit(None)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    contacts = main_window.contacts
    contacts.search.setText("ana")
    qtbot.waitUntil(lambda: contacts.model.search_text == "ana")
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    controller = main_window.import_files([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.import_button.click()
    box = controller.summary_box
    show = next(b for b in box.findChildren(QPushButton) if b.text() == "&Show imported contacts")
    show.click()
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3)
    assert contacts.search.text() == ""
    QTest.keyClick(contacts.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(contacts.selected_ids()) == 3
