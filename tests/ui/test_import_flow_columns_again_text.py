"""The column question asked again from the preview says what it is asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import remember_mapping
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _intro(controller: ImportController) -> str:
    dialog = controller.mapping_dialog
    assert dialog is not None
    return next(label.text() for label in dialog.findChildren(QLabel) if "crm.csv" in label.text())


def test_columns_asked_again_from_the_preview_are_not_said_to_be_unknown(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """The preview's Columns… opened the question with "netdesk does not know the layout of
    crm.csv", of a file it had just read with the columns remembered for it."""
    headers = ["Person", "Mail", "Firm"]
    remember_mapping(
        app_context, headers, {"Person": "full_name", "Mail": "email", "Firm": "title"}
    )
    path = tmp_path / "crm.csv"
    path.write_text("Person,Mail,Firm\nDana Lee,dana@example.org,Initech\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None and preview.columns_button is not None
    preview.columns_button.click()
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    intro = _intro(controller)
    assert "does not know" not in intro
    assert "crm.csv" in intro and "remembered" in intro
    dialog.reject()  # back to the preview, which ends the import
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.reject()

    other = tmp_path / "other" / "crm.csv"  # columns never answered: said unknown, as before
    other.parent.mkdir()
    other.write_text("Who,Where\nEli Moss,Lisbon\n", encoding="utf-8")
    controller.start([str(other)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    unknown = controller.mapping_dialog
    assert unknown is not None
    qtbot.addWidget(unknown, before_close_func=lambda d: d.done(0))
    assert "does not know the layout of crm.csv" in _intro(controller)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        unknown.reject()
