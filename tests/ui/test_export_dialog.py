"""The export dialog writes the selection, a tag or everyone in the chosen format."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_export_selected_as_vcard3_and_a_tag_as_csv(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana", tags=["VIP"]))
    core.contacts.create(Contact(given_name="Ben", tags=["VIP"]))
    core.contacts.create(Contact(given_name="Cara"))
    dialog = ExportDialog(app_context, [ana])
    qtbot.addWidget(dialog)
    assert dialog.selected.isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData("vcard3"))
    out = tmp_path / "ana.vcf"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.export_to(str(out))
    assert dialog.written == 1
    assert "VERSION:3.0" in out.read_text(encoding="utf-8")

    dialog = ExportDialog(app_context, [])
    qtbot.addWidget(dialog)
    assert dialog.everyone.isChecked()
    assert not dialog.selected.isEnabled()
    dialog.by_tag.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.export_to(str(tmp_path / "vip.csv"))
    assert dialog.written == 2
