"""Find duplicates fits a narrow screen: "Forget my “not the same” answers" sits beside the
count, not in the row of merge buttons, which held the dialog 808 pixels wide at least
(over 1,000 in Spanish), past the edge of a 1280x800 screen at 125%."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_forget_button_does_not_widen_the_row_of_merge_buttons(
    qtbot: QtBot, app_context: AppContext
) -> None:
    mail = [EmailAddress("ana@x.org")]
    app_context.core.contacts.create(Contact(given_name="Ana", family_name="García", emails=mail))
    app_context.core.contacts.create(Contact(given_name="Ana", family_name="Garcia", emails=mail))
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    # beside the count, above the list; the merge buttons' row no wider than its buttons
    assert dialog.forget.geometry().bottom() < dialog.table.geometry().top()
    assert abs(dialog.forget.geometry().center().y() - dialog.status.geometry().center().y()) < 8
    margins = dialog.layout().contentsMargins()
    least = dialog.minimumSizeHint().width()
    assert least <= buttons.minimumSizeHint().width() + margins.left() + margins.right()
    assert least < dialog.forget.sizeHint().width() + buttons.minimumSizeHint().width()


def test_the_list_has_the_focus_as_it_opens_with_answers_to_forget(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The Forget button, first in the window now, took the focus as the dialog opened
    whenever it was on (answers given before): Space forgot them (asked first)."""
    from PySide6.QtWidgets import QApplication

    from netdesk.core import duplicates

    add = app_context.core.contacts.create
    mail = [EmailAddress("ana@x.org")]
    ana, other = add(Contact(given_name="Ana", emails=mail)), add(Contact(given_name="Ana"))
    add(Contact(given_name="Bea", family_name="Roca", emails=[EmailAddress("bea@x.org")]))
    add(Contact(given_name="Bea", family_name="Roca", emails=[EmailAddress("bea@x.org")]))
    duplicates.dismiss(app_context.core, ana, other)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    # activated once the search is over: on a loaded machine its progress showed (after
    # 0.4 s) and, closed, left no window active on the offscreen platform
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.forget.isEnabled()
    assert QApplication.focusWidget() is dialog.table
