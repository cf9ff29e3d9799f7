"""Find duplicates > Merge… on three cards, by keyboard alone: Tab goes down the dialog as it
reads, each card's Include box in turn, then the rows of whose value stays, then Merge. The
last card's Include came after Cancel: Tab from the second's went on to the rows, leaving
the third included with no way to reach it but going round."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.merge_group_dialog import MergeGroupDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _tab_walk(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
    return seen


def test_tab_reaches_every_include_box_before_the_rows_and_buttons(
    qtbot: QtBot, app_context: AppContext
) -> None:
    contacts = app_context.core.contacts
    mail = [EmailAddress("dan@example.org")]
    dan = contacts.create(Contact(given_name="Dan", family_name="Kurtz", title="CTO", emails=mail))
    daniel = contacts.create(
        Contact(given_name="Daniel", family_name="Kurtz", title="CEO", emails=mail)
    )
    initial = contacts.create(Contact(given_name="D.", family_name="Kurtz", emails=mail))
    dialog = MergeGroupDialog(app_context, [dan, daniel, initial], None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    kept = dialog.keep_id
    others = [i for i in dialog.ids if i != kept]
    rows = [next(b for b in row.values() if b.isChecked()) for row in dialog.rows.values()]
    assert rows  # the first names and the job titles differ
    walk = _tab_walk(qtbot, dialog.buttons[kept], 3 + len(rows))
    assert walk == [
        dialog.buttons[kept],
        *(dialog.included[i] for i in others),
        *rows,
        dialog.merge_button,
    ]
