"""A file changed between its preview and Import: the preview read again says what the
change did to the import (its counts before), not only which file changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _card(name: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n"


def _preview(
    qtbot: QtBot, controller: ImportController, not_: object = None
) -> ImportPreviewDialog:
    qtbot.waitUntil(lambda: controller.preview not in (None, not_), timeout=10_000)
    assert controller.preview is not None
    return controller.preview


def _saved_later(path: Path, text: str) -> None:
    later = path.stat().st_mtime_ns + 1_000_000_000
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(later, later))


def test_a_card_added_meanwhile_is_told_by_the_counts_before(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Three files previewed, a card added to one before Import: the preview came back with
    "37 new contacts" and the file's name; what had moved was for the user to remember."""
    phone, work = tmp_path / "phone.vcf", tmp_path / "work.vcf"
    phone.write_text(_card("Ana Gil") + _card("Ben Stone"), encoding="utf-8")
    work.write_text(_card("Cleo Park"), encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(phone), str(work)])
    first = _preview(qtbot, controller)
    assert first.summary.text().startswith("3 new contacts")
    _saved_later(work, _card("Cleo Park") + _card("Dan Roe"))
    first.import_button.click()
    again = _preview(qtbot, controller, first)
    assert again.summary.text().startswith("4 new contacts")
    note = again.changed_note.text()
    assert "work.vcf" in note
    assert note.endswith("Before the change: 3 new, 0 to merge.")
    again.reject()


def test_a_change_the_counts_do_not_show_adds_nothing_to_the_note(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(_card("Ana Gil"), encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    first = _preview(qtbot, controller)
    _saved_later(path, _card("Ana Gill"))
    first.import_button.click()
    again = _preview(qtbot, controller, first)
    assert "phone.vcf" in again.changed_note.text()
    assert "Before the change" not in again.changed_note.text()
    again.reject()
