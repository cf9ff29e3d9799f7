"""An entry deleted (by netdesk-cli, a script, the contact's deletion) while its edit dialog
is open: Save says so in words and keeps what was typed, to copy; nothing goes on the undo
stack."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_saving_an_entry_deleted_meanwhile_says_so_and_keeps_what_was_typed(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    entry = core.journal.get(core.journal.log([ana], "call", "Call", body="short"))
    assert entry is not None and entry.id is not None
    dialog = EditEntryDialog(app_context, entry)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    dialog.show()
    dialog.body.setPlainText("Two pages of careful notes")
    core.journal.delete(entry.id)
    with qtbot.waitSignal(app_context.changes.journal_changed):  # the lists catch up
        dialog.accept()
    said = dialog.problem.text()
    assert dialog.isVisible() and "deleted" in said and "no journal entry" not in said
    assert dialog.body.toPlainText() == "Two pages of careful notes"
    assert app_context.undo_stack.count() == 0 and dialog.edited is None
    assert core.journal.get(entry.id) is None  # not written back
