"""An import without a preview (the smoke test's) counts the new contacts "Imported today"
lists as the preview's import does: those that come archived are not among them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter
from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _card(name: str, *, archived: bool = False) -> str:
    email = name.split()[0].lower() + "@example.org"
    flag = "X-NETDESK-ARCHIVED:1\r\n" if archived else ""
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\n{flag}END:VCARD\r\n"


def test_archived_new_contacts_are_not_counted_in_imported_today_without_a_preview(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "netdesk-export.vcf"
    path.write_text(
        _card("Ana Nueva") + _card("Ben Old", archived=True) + _card("Cy Old", archived=True),
        encoding="utf-8",
    )
    controller = ImportController(app_context, None)
    caplog.set_level("INFO", "netdesk.ui")
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.start([str(path)], preview=False)
    summary = finished.args[0]
    assert summary.new == 3 and summary.archived_new == 2
    listed = app_context.core.contacts.count(ListFilter.IMPORTED_TODAY)
    assert listed == 1
    assert (controller.imported_today, controller.archived_new) == (listed, 2)
    assert "3 new (2 archived)" in caplog.text
    assert controller.summary_box is None  # nobody to read one


def test_the_preview_and_the_import_without_one_count_alike(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.vcf", tmp_path / "b.vcf"
    first.write_text(_card("Ana Nueva") + _card("Ben Old", archived=True), encoding="utf-8")
    second.write_text(_card("Dee New") + _card("Eve Old", archived=True), encoding="utf-8")
    controller = ImportController(app_context, None)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.start([str(first)], preview=False)
    without = (controller.imported_today, controller.archived_new)
    controller.start([str(second)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.import_button.click()
    assert controller.summary_box is not None
    controller.summary_box.close()
    assert without == (controller.imported_today, controller.archived_new) == (1, 1)
    assert app_context.core.contacts.count(ListFilter.IMPORTED_TODAY) == 2
