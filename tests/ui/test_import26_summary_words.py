"""The summary box after an import says what its warnings are about: most leave nothing out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_phone_kept_as_written_is_not_said_to_be_left_out(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """A Thunderbird CSV of the corpus (tb_plain.csv) holds "pager" as a pager number: kept
    as written, with a warning; the box said "something was left out or two cards were
    combined", neither of which happened."""
    path = tmp_path / "people.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Gil\r\nTEL;TYPE=PAGER:pager\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        preview.import_button.click()
    box = controller.summary_box
    assert box is not None
    qtbot.addWidget(box)
    counts, warnings = box.text().splitlines()
    assert counts.startswith("1 new contact")
    assert "kept as written" in warnings
    assert "two cards were combined" not in warnings
    assert "by file and line" in warnings
    (detail,) = box.detailedText().splitlines()
    assert (
        detail
        == f"{path}:4: warning: TEL: 'pager' is not a phone number (no digits); kept as written"
    )
