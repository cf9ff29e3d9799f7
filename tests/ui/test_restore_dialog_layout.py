"""Restore from backup: its lines stay together at the top, with or without backups, and
Enter on the backup in focus asks to restore it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_restore_dialog import CountedAnswers

from netdesk.core.types import Contact
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation
from netdesk.ui.restore_dialog import RestoreDialog, backup_folder

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def gap(above: QWidget, below: QWidget) -> int:
    return below.geometry().top() - above.geometry().bottom()


def stretched(label: QLabel) -> int:
    """How much taller ``label`` is than its text (which it draws in its middle)."""
    wanted = label.heightForWidth(label.width()) if label.wordWrap() else -1
    return label.height() - (wanted if wanted > 0 else label.sizeHint().height())


def lines(dialog: RestoreDialog) -> list[QLabel]:
    return [label for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_no_backups_the_lines_are_not_spread_over_the_dialog(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    shown = lines(dialog)
    assert len(shown) == 3  # what to do, the folder, "no backups yet"
    # what was seen: a hundred pixels between each line, the list's room shared among the
    # three labels, each drawing its text in its middle
    for label in shown:
        assert stretched(label) <= 2, label.text()
    intro, where, empty = sorted(shown, key=lambda label: label.geometry().top())
    spacing = dialog.layout().spacing()
    assert gap(intro, where) <= 2 * spacing
    assert gap(where, empty) <= 2 * spacing
    assert gap(empty, dialog.buttons) < 4 * empty.height()  # no 380-pixel dialog for 3 lines


def test_with_backups_the_list_takes_the_room(qtbot: QtBot, main_window: MainWindow) -> None:
    core = main_window.context.core
    core.contacts.create(Contact(given_name="Ana"))
    main_window.backup_now()
    folder = backup_folder(main_window.context)
    qtbot.waitUntil(lambda: any(folder.glob("netdesk-*.sqlite3")), timeout=10_000)
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.table.isVisible() and not dialog.empty.isVisible()
    for label in lines(dialog):
        assert stretched(label) <= 2, label.text()
    assert dialog.table.height() > 200


def test_enter_on_the_row_in_focus_asks_to_restore_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    core = main_window.context.core
    core.contacts.create(Contact(given_name="Ana"))
    main_window.backup_now()
    folder = backup_folder(main_window.context)
    qtbot.waitUntil(lambda: any(folder.glob("netdesk-*.sqlite3")), timeout=10_000)
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    with qtbot.waitExposed(dialog):
        dialog.show()
    table = dialog.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    # the newest backup in focus (its dotted frame), none selected: Restore… greyed out
    assert table.currentItem() is table.topLevelItem(0)
    assert not table.selectedItems()
    answers = CountedAnswers("Cancel")
    try:
        QTest.keyClick(table, Qt.Key.Key_Return)  # what was seen: nothing at all
        qtbot.waitUntil(lambda: bool(answers.seen), timeout=5000)
    finally:
        answers.stop()
    assert "In the backup: 1 contact" in answers.texts()  # the question of that backup
    assert dialog.isVisible()  # Cancel: nothing started, the dialog still there
    assert any(folder.glob("netdesk-*.sqlite3"))
