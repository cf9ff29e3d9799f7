"""A dialog that keeps its size opened the first time at its own size, even past the screen:
the import preview's 820x520 went past the edge of a 1400x900 screen at 200% (700x450),
its Import button out of reach. The first size is now brought within the screen too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController
from netdesk.ui.widgets import FRAME_ALLOWANCE, remember_size

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n"


def test_a_first_size_past_the_screen_is_brought_within_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    dialog.resize(room.width() + 300, room.height() + 200)
    remember_size(dialog, app_context.settings, "lead26_dialog")
    # the title bar and borders a window manager adds left room for too
    frame = FRAME_ALLOWANCE
    assert (dialog.width(), dialog.height()) == (
        room.width() - frame.width(),
        room.height() - frame.height(),
    )


def test_a_dialog_that_set_no_size_is_left_to_its_layout(
    qtbot: QtBot, app_context: AppContext
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    remember_size(dialog, app_context.settings, "lead26_dialog")
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized)


def test_the_import_preview_opens_within_the_screen(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "ben.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview, before_close_func=lambda d: d.done(0) if d.isVisible() else None)
    room = preview.screen().availableGeometry()
    assert room.width() < 820  # the offscreen screen is 800 wide: narrower than its own size
    assert preview.width() <= room.width()
    assert preview.height() <= room.height()
