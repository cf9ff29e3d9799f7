"""A preview with nothing to import opens on the problems that say why."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

EMPTY = "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"
ANA = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Gil\r\nEND:VCARD\r\n"


def _opened_tab(qtbot: QtBot, app_context: AppContext, path: Path) -> tuple[str, bool]:
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    shown = preview.tabs.tabText(preview.tabs.currentIndex())
    on_problems = preview.tabs.currentWidget() is preview.problem_table
    preview.reject()
    return shown, on_problems


def test_a_file_of_empty_cards_opens_on_its_warnings(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Every card empty (a broken export): the preview opened on its New tab, empty, with
    "There is nothing to import" above it and the warnings saying why a click away."""
    path = tmp_path / "broken.vcf"
    path.write_text(EMPTY * 3, encoding="utf-8")
    shown, on_problems = _opened_tab(qtbot, app_context, path)
    assert on_problems, shown
    assert shown == "&Problems (3)"


def test_warnings_beside_new_contacts_leave_the_new_tab_first(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "people.vcf"
    path.write_text(ANA + EMPTY, encoding="utf-8")
    shown, on_problems = _opened_tab(qtbot, app_context, path)
    assert not on_problems
    assert shown == "&New (1)"
