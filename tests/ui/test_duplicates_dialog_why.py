"""Find duplicates: why a pair was proposed is readable whole, however narrow its column."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress, PhoneNumber
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

EMAIL = "charlotte.johnson@quantumleap-consulting.example"
PHONE = "+44 20 7946 0958"


def test_the_selected_pairs_reasons_are_shown_whole(qtbot: QtBot, app_context: AppContext) -> None:
    core = app_context.core
    for title in ("Recruiter", "CEO"):
        core.contacts.create(
            Contact(
                given_name="Charlotte",
                family_name="Johnson",
                organization="Quantum Leap Consulting",
                title=title,
                emails=[EmailAddress(EMAIL)],
                phones=[PhoneNumber(PHONE)],
            )
        )
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: dialog.why.text() != "")
    why = dialog.table.model().index(0, 3).data()
    assert EMAIL in why and "same phone" in why
    # the column, a quarter of the dialog, cannot hold it (what was seen: "same …")
    column = dialog.table.columnWidth(3)
    assert QFontMetrics(dialog.table.font()).horizontalAdvance(why) > 2 * column

    shown = dialog.why
    assert shown.text() == f"Why: {why}"
    assert shown.isVisible()
    # wrapped to the dialog's width, all of it fits in the room the layout gave it
    assert shown.width() > column
    assert shown.height() >= shown.heightForWidth(shown.width())


def test_no_pair_selected_no_reasons(qtbot: QtBot, app_context: AppContext) -> None:
    core = app_context.core
    for given in ("Ana", "Anna"):
        core.contacts.create(
            Contact(given_name=given, family_name="Ruiz", emails=[EmailAddress("ana@x.org")])
        )
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: dialog.why.text() != "")
    with qtbot.waitSignal(app_context.changes.contacts_changed):
        dialog.merge_left.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert dialog.why.text() == ""
