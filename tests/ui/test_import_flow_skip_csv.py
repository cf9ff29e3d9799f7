"""A CSV of unknown layout among other files can be left out of the import, alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import remembered_mapping
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_text import problem_line

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n"
EXPENSES = "Date,Amount,Shop\n2026-01-02,12.50,Lidl\n2026-01-03,3.20,Bakery\n"


def _backup_folder(tmp_path: Path) -> Path:
    """A phone's backup folder: its contacts and, beside them, a sheet that is no contacts."""
    folder = tmp_path / "phone backup"
    folder.mkdir()
    (folder / "contacts.vcf").write_text(BEN, encoding="utf-8")
    (folder / "expenses.csv").write_text(EXPENSES, encoding="utf-8")
    (folder / "expenses-february.csv").write_text(EXPENSES, encoding="utf-8")  # alike
    return folder


def test_a_csv_skipped_at_its_columns_leaves_the_other_files_to_import(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """A folder dropped with a sheet of expenses in it: the column question about that sheet
    had Continue (only once a name, e-mail or phone column was chosen: none there) and
    Cancel, which dropped the whole import. The contacts beside it could not be imported
    but by making contacts of the expenses, or by moving the sheet out of the folder."""
    folder = _backup_folder(tmp_path)
    controller = ImportController(app_context, None)
    controller.start([str(folder)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    assert not dialog.continue_button.isEnabled()  # no column that names a person
    assert dialog.skip_button is not None
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert [card.contact.display_name for card in preview.rows.new] == ["Ben Stone"]
    # the sheet with the same columns was not asked about: left out with the one skipped
    february, expenses = str(folder / "expenses-february.csv"), str(folder / "expenses.csv")
    left_out = preview.plan.problems  # said, not errors: the user chose it
    assert sorted((p.file, p.severity) for p in left_out) == [
        (february, "warning"), (expenses, "warning")
    ]  # fmt: skip
    assert problem_line(left_out[0]) == f"{left_out[0].file}: warning: left out: you skipped it"
    assert preview.rows.errors == 0
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        preview.import_button.click()
    assert finished.args[0].new == 1
    assert remembered_mapping(app_context, ["Date", "Amount", "Shop"]) is None
    if controller.summary_box is not None:
        controller.summary_box.done(0)

    # the next import of that folder asks again: skipping is no answer to remember
    controller.start([str(folder)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    again = controller.mapping_dialog
    assert again is not None
    qtbot.addWidget(again, before_close_func=lambda d: d.done(0))
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        again.reject()  # Cancel still cancels the whole import
    assert finished.args == [None]
    assert app_context.core.contacts.count() == 1


def test_a_csv_dropped_alone_is_not_offered_a_skip(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "expenses.csv"
    path.write_text(EXPENSES, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    assert dialog.skip_button is None  # Cancel says it: nothing else is imported
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        dialog.reject()
