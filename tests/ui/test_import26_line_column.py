"""The preview's Problems tab shows every line number whole, not only the first rows'."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_rows import ProblemModel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_line_column_holds_the_longest_line_number(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """300,000 empty cards: the column was as wide as the first 50 rows' lines (1 to 148)
    needed, and the lines past 999 read "2…"."""
    extras = "".join(f"X-PADDING-{n}:x\r\n" for n in range(100))
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\n" + extras + "END:VCARD\r\n"
    path = tmp_path / "broken.vcf"
    path.write_text(card * 300, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    view = preview.problem_table
    preview.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view in preview.sized, timeout=5_000)
    model = view.model()
    last = model.index(model.rowCount() - 1, ProblemModel.LINE_COLUMN).data()
    assert last == str(299 * 103 + 1)  # the last card's BEGIN line: five digits
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    shown = view.columnWidth(ProblemModel.LINE_COLUMN) - 2 * (margin + 1)
    assert view.fontMetrics().horizontalAdvance(last) <= shown
    preview.reject()
