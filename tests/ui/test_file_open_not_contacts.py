"""`netdesk notes.txt` (or a text file opened from the desktop): the import says the file is
no contact file, naming it, and asks nothing about its columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_text_file_opened_is_refused_in_the_preview_without_asking_its_columns(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Buy milk\nCall mom\nIdeas for the talk: one, two, three\n", "utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(notes)])
    qtbot.waitUntil(
        lambda: controller.preview is not None or controller.mapping_dialog is not None,
        timeout=10_000,
    )
    assert controller.mapping_dialog is None  # "which column holds what" of a note
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    (found,) = preview.plan.problems
    assert (found.file, found.severity) == (str(notes), "error")
    assert found.reason.startswith("not a contact file")
    assert app_context.core.contacts.stats().contacts == 0
