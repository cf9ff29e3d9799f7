"""The preview's Problems tab names files as its other tabs do."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ANA = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García\r\nEND:VCARD\r\n"
NOBODY = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nothing else\r\nEND:VCARD\r\n"


def test_problems_name_the_file_as_the_new_contacts_do(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """A folder of folders: New said "laptop/contacts.vcf:1", Problems the whole path
    ("/home/ana/Downloads/export/phone/contacts.vcf", cut at its left to fit), which took
    the room of the reason beside it, and typing a file's first letters found nothing."""
    for folder, cards in (("laptop", ANA + NOBODY), ("phone", NOBODY)):
        (tmp_path / "export" / folder).mkdir(parents=True)
        (tmp_path / "export" / folder / "contacts.vcf").write_text(cards, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(tmp_path / "export")])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    new = preview.new_model
    assert new.data(new.index(0, new.FILE_COLUMN)) == "laptop/contacts.vcf:1"
    problems = preview.problem_model
    assert problems.rowCount() == 2
    shown = [problems.data(problems.index(row, 0)) for row in range(2)]
    assert shown == ["laptop/contacts.vcf", "phone/contacts.vcf"]
    whole = str(tmp_path / "export" / "phone" / "contacts.vcf")
    assert whole in str(problems.data(problems.index(1, 0), Qt.ItemDataRole.ToolTipRole))
    view = preview.problem_table
    view.setCurrentIndex(problems.index(0, 0))
    view.keyboardSearch("ph")  # type-ahead on the names shown
    assert view.currentIndex().row() == 1
