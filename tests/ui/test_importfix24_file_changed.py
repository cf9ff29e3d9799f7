"""A file saved again between its preview and Import is read again, not imported as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui import operations
from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEND:VCARD\r\n"
CLEO = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cleo Park\r\nEND:VCARD\r\n"


def _preview(qtbot: QtBot, controller: ImportController) -> ImportPreviewDialog:
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    return controller.preview


def test_a_file_saved_again_after_its_preview_is_read_again(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(operations, "show_problem", lambda _p, _t, text: said.append(text))
    path = tmp_path / "phone.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(tmp_path)])  # the folder: it is listed again too
    preview = _preview(qtbot, controller)
    assert preview.new_model.rowCount() == 1  # Ben: Cleo is missing

    path.write_text(BEN + CLEO, encoding="utf-8")  # added, the preview still open
    later = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(later, later))
    preview.import_button.click()
    qtbot.waitUntil(lambda: controller.preview not in (None, preview), timeout=10_000)
    assert said == []  # said in the preview read again, not in a "failed" box
    assert app_context.core.contacts.count() == 0  # nothing of what it was
    again = controller.preview
    assert again is not None and "read again: phone.vcf." in again.changed_note.text()
    assert again is not None and again.new_model.rowCount() == 2  # Ben and Cleo, as it is now
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        again.import_button.click()
    assert controller.summary_box is not None
    controller.summary_box.close()
    assert app_context.core.contacts.count() == 2 and said == []


def test_an_unchanged_file_is_imported_as_previewed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    preview = _preview(qtbot, controller)
    os.utime(path, ns=(path.stat().st_atime_ns + 5, path.stat().st_mtime_ns))  # read, not saved
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        preview.import_button.click()
    assert finished.args[0] is not None and finished.args[0].new == 1
    assert controller.summary_box is not None
    controller.summary_box.close()
