"""Contact > Manage tags at its first size: a handful of tags shows whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.tags_dialog import TagsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEN = ["client", "conference", "design", "former colleague", "friend", "investor", "madrid",
       "mentor", "open source", "recruiter"]  # fmt: skip


def test_the_demos_ten_tags_show_without_a_half_row(qtbot: QtBot, app_context: AppContext) -> None:
    """The demo's ten tags opened with the tenth, "recruiter", cut in half behind a
    scroll bar for half a row."""
    app_context.core.contacts.create(Contact(given_name="Ana", tags=TEN))
    dialog = TagsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    last = table.model().index(len(TEN) - 1, 0)
    # the scroll bar goes once the table has laid itself out in the new size
    qtbot.waitUntil(lambda: not table.verticalScrollBar().isVisible())
    assert table.visualRect(last).bottom() < table.viewport().height()


def test_many_tags_leave_the_dialog_within_the_screen(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Hundreds of tags scroll in the table: the dialog does not grow past the screen."""
    app_context.core.contacts.create(
        Contact(given_name="Ana", tags=[f"tag {n:03}" for n in range(300)])
    )
    dialog = TagsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height()
    assert dialog.height() <= 640
