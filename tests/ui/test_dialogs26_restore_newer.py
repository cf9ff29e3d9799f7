"""File > Restore from backup…: a backup a newer netdesk made is marked in the list and
cannot be picked there. It was listed as an ordinary "Backup" and refused only once chosen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.ui.main_window import MainWindow
from netdesk.ui.restore_dialog import PATH_ROLE, RestoreDialog, backup_folder


def _newer_copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA user_version = 999")
    connection.close()
    return target


def test_a_newer_netdesks_backup_is_marked_and_cannot_be_picked(
    qtbot: QtBot, main_window: MainWindow, person
) -> None:  # type: ignore[no-untyped-def]
    person("Ana")
    folder = backup_folder(main_window.context)
    ours = backups.backup_to(folder / "netdesk-20260301-090000.sqlite3")
    newer = _newer_copy(ours, folder / "netdesk-20260302-080000.sqlite3")  # the newest
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    rows = {
        dialog.table.topLevelItem(r).data(0, PATH_ROLE): dialog.table.topLevelItem(r)
        for r in range(dialog.table.topLevelItemCount())
    }
    qtbot.waitUntil(lambda: all(row.text(2) == "1" for row in rows.values()))  # counted
    marked, sound = rows[str(newer)], rows[str(ours)]
    assert marked.text(1) == "Made by a newer netdesk"
    assert "update netdesk to restore it" in marked.toolTip(1)
    assert not marked.flags() & Qt.ItemFlag.ItemIsEnabled
    assert sound.text(1) == "Backup" and sound.flags() & Qt.ItemFlag.ItemIsEnabled
    # a click on it selects nothing, and Restore… stays off; the sound one can be picked
    table = dialog.table
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(marked).center()
    )
    assert not marked.isSelected() and not dialog.restore_button.isEnabled()
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(sound).center()
    )
    assert sound.isSelected() and dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_newer_backup_selected_before_it_was_told_is_let_go(
    qtbot: QtBot, main_window: MainWindow, person
) -> None:  # type: ignore[no-untyped-def]
    """Picked in the moment before the worker told it (a click at once): Restore… goes off."""
    person("Ana")
    folder = backup_folder(main_window.context)
    ours = backups.backup_to(folder / "netdesk-20260301-090000.sqlite3")
    newer = _newer_copy(ours, folder / "netdesk-20260302-080000.sqlite3")
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.counter.newer.disconnect(dialog._newer)  # told later, below
    qtbot.waitUntil(lambda: not dialog.listing.reading())
    item = dialog.table.topLevelItem(0)
    assert item.data(0, PATH_ROLE) == str(newer)
    dialog.table.setCurrentItem(item)
    assert dialog.restore_button.isEnabled()
    dialog._newer(str(newer))
    assert not item.isSelected() and not dialog.restore_button.isEnabled()
    dialog.reject()


def test_enter_at_once_takes_the_newest_backup_that_can_be_restored(
    qtbot: QtBot, main_window: MainWindow, person
) -> None:  # type: ignore[no-untyped-def]
    """The newest row is in focus as the list opens, for Enter to take it: when a newer
    netdesk made it, Enter asked for it and was refused; it asks for the one below."""
    person("Ana")
    folder = backup_folder(main_window.context)
    ours = backups.backup_to(folder / "netdesk-20260301-090000.sqlite3")
    _newer_copy(ours, folder / "netdesk-20260302-080000.sqlite3")
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.setFocus()
    qtbot.waitUntil(lambda: not dialog.listing.reading())
    marked = dialog.table.topLevelItem(0)
    qtbot.waitUntil(lambda: marked.text(1) == "Made by a newer netdesk")
    assert dialog.table.currentItem() is dialog.table.topLevelItem(1)
    answers = ModalAnswers("Cancel")
    try:
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(answers.seen))
    finally:
        answers.stop()
    assert "Replace all your contacts" in answers.texts()
    assert "Sun 1 Mar 2026" in answers.texts()  # the backup of 1 March, not the newer one
    assert "newer netdesk" not in answers.texts()
    dialog.reject()
