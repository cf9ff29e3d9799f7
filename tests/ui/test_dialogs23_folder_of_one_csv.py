"""A folder holding one CSV of unknown layout is asked about as that CSV alone would be."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_folder_of_one_csv_is_not_offered_a_skip(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """An "Export" folder with one sheet in it (and a picture): the column question offered
    "Skip this file" ("Import the other files without this one"), of no other file, and the
    skip led to a preview with nothing to import. A CSV dropped alone is offered none."""
    folder = tmp_path / "Export"
    folder.mkdir()
    (folder / "people.csv").write_text("Who,Mail\nDana Lee,dana@example.org\n", encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    controller = ImportController(app_context, None)
    controller.start([str(folder)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    assert dialog.skip_button is None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        dialog.reject()


def test_a_folder_of_a_csv_and_a_vcard_is_offered_the_skip(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "Export"
    folder.mkdir()
    (folder / "people.csv").write_text("Who,Mail\nDana Lee,dana@example.org\n", encoding="utf-8")
    (folder / "phone.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEND:VCARD\r\n", encoding="utf-8"
    )
    controller = ImportController(app_context, None)
    controller.start([str(folder)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    assert dialog.skip_button is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        dialog.reject()
