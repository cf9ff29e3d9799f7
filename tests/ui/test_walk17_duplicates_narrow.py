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
