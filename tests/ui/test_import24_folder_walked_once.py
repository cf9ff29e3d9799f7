"""A folder dropped is listed once for its import: its files were listed for the column
question, then again for the preview (a folder of 100,000 files, or one on a network share,
twice over), and a file skipped at the question had it listed a third time."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ANA = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n"


def test_a_folder_is_listed_once_and_what_listing_it_found_is_said_once(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "phone"
    (folder / "backup").mkdir(parents=True)
    (folder / "backup" / "ana.vcf").write_text(ANA, encoding="utf-8")
    (folder / "gone.vcf").symlink_to(tmp_path / "moved.vcf")  # a link to nothing: a problem
    walked: list[str] = []
    real_walk = os.walk

    def walk(top: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        walked.append(str(top))  # the real listing, counted
        return real_walk(top, *args, **kwargs)

    monkeypatch.setattr(os, "walk", walk)
    controller = ImportController(app_context, None)
    controller.start([str(folder)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert walked == [str(folder)]
    assert [card.contact.display_name for card in preview.rows.new] == ["Ana García"]
    reasons = [p.reason for p in preview.plan.problems]
    assert reasons == [f"a link to {tmp_path / 'moved.vcf'}, which is not there"]
    preview.reject()
