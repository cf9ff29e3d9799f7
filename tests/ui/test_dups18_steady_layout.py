"""Walking the pairs with the arrow keys, the list keeps its height: the details under it
took as many lines as each pair had to say ("Keeping the first loses: …" or nothing), and
the list and everything below it jumped from one pair to the next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_list_keeps_its_height_from_pair_to_pair(qtbot: QtBot, app_context: AppContext) -> None:
    core = app_context.core
    # a pair whose merge loses a job title either way, listed first (more reasons agree) ...
    for title in ("CTO", "CEO"):
        core.contacts.create(
            Contact(given_name="Ana", family_name="Ruiz", title=title,
                    emails=[EmailAddress("ana@x.org")])
        )  # fmt: skip
    # ... and one whose merge loses nothing, with no e-mail or phone to show
    core.contacts.create(Contact(given_name="Zoe", family_name="Park", organization="Acme"))
    core.contacts.create(Contact(given_name="Zoe", family_name="Park", organization="Acme"))
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: dialog.not_kept.text() != "")
    QApplication.processEvents()  # the layout settles
    heights = {dialog.table.height()}
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.not_kept.text() == "")
    QApplication.processEvents()
    heights.add(dialog.table.height())
    assert "Zoe Park" in dialog.details[0].text()
    assert len(heights) == 1
