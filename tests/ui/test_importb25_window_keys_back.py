"""Once the import's last box goes (the preview cancelled, the summary closed), the window
hears its keys again: no window was active (no window manager gives a dialog's parent the
keys back, seen under Xvfb), and Ctrl+I, to import the next file, did nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n"


def _previewed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> tuple[QWidget, ImportController]:
    window = QWidget()
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    path = tmp_path / "phone.vcf"
    path.write_text(CARD, encoding="utf-8")
    controller = ImportController(app_context, window)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    return window, controller


def test_the_window_is_active_again_once_the_preview_is_cancelled(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    window, controller = _previewed(qtbot, app_context, tmp_path)
    assert controller.preview is not None
    QTest.keyClick(controller.preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_window_is_active_again_once_the_summary_is_closed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    window, controller = _previewed(qtbot, app_context, tmp_path)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        QTest.keyClick(controller.preview, Qt.Key.Key_Return)
    box = controller.summary_box
    assert box is not None
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: controller.summary_box is None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_the_window_is_active_again_once_the_file_dialog_is_cancelled(
    qtbot: QtBot, app_context: AppContext
) -> None:
    window = _window(qtbot)
    controller = ImportController(app_context, window)
    cancelled: list[QWidget] = []

    def cancel(dialog: QWidget) -> None:
        cancelled.append(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    answers = ModalAnswers("Cancel", cancel)
    try:
        controller.choose_and_import()
    finally:
        answers.stop()
    assert cancelled, "no file dialog was shown"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_window_is_active_again_once_the_column_question_is_cancelled(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    window = _window(qtbot)
    path = tmp_path / "guests.csv"
    path.write_text("Who,Where\nZed Zulu,Paris\n", encoding="utf-8")
    controller = ImportController(app_context, window)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
