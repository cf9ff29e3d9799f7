"""A file of more problems of one kind than the plan keeps: the preview and the summary count
them all ("1,005 warnings"), not the 1,000 listed plus the one saying how many more."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.import_problems import SHOWN_OF_A_KIND, BoundedProblems, counted
from netdesk.interop.problems import problem
from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import _count
from tests.ui.test_importb25_counts_follow_choices import (
    _imported,
    _said_by_preview,
    _said_by_summary,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

EMPTY = "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"  # nothing to import: a warning each
MORE = SHOWN_OF_A_KIND + 5


def test_the_preview_and_the_summary_count_what_was_not_listed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "broken.vcf"
    path.write_text(EMPTY * MORE + "BEGIN:VCARD\r\nFN:Ana Gil\r\nEND:VCARD\r\n")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert len(preview.plan.problems) == SHOWN_OF_A_KIND + 1  # listed, then "and 5 more"
    promised = _said_by_preview(preview)
    assert (promised["new"], promised["warnings"], promised["errors"]) == (1, MORE, 0)
    problems_tab = [
        preview.tabs.tabText(i)
        for i in range(preview.tabs.count())
        if preview.tabs.tabText(i).startswith("&Problems")
    ]
    assert problems_tab == [f"&Problems ({_count(MORE)})"]  # (grouped as the locale does)
    said = _said_by_summary(_imported(qtbot, controller, preview))
    assert (said["new"], said["warnings"]) == (1, MORE)


def test_counted_takes_an_and_n_more_as_its_n() -> None:
    problems = BoundedProblems(
        problem("a.vcf", line, "no such thing", "warning") for line in range(MORE)
    )
    problems.append(problem("a.vcf", 1, "refused", "error"))
    problems.close()
    assert len(problems) == SHOWN_OF_A_KIND + 2
    assert counted(problems) == (1, MORE)
    assert counted([]) == (0, 0)
