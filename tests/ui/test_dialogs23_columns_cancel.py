"""Cancel at the column question the preview's Columns… opened goes back to that preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import remember_mapping
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADERS = ["Person", "Mail", "Firm"]


def _crm(app_context: AppContext, tmp_path: Path) -> Path:
    """A CSV of two people whose columns were chosen at an earlier import."""
    remember_mapping(
        app_context, HEADERS, {"Person": "full_name", "Mail": "email", "Firm": "organization"}
    )
    path = tmp_path / "crm.csv"
    path.write_text(
        "Person,Mail,Firm\nDana Lee,dana@example.org,Initech\nEli Moss,eli@example.org,Acme\n",
        encoding="utf-8",
    )
    return path


def test_cancel_at_the_columns_asked_again_goes_back_to_the_preview(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Columns…, a look at the columns, Cancel: the whole import was dropped, the preview
    gone with it, and the files had to be chosen and read again."""
    controller = ImportController(app_context, None)
    controller.start([str(_crm(app_context, tmp_path))])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None and preview.columns_button is not None
    preview.tabs.setCurrentIndex(1)  # where the user was looking
    preview.columns_button.click()
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    ended: list[object] = []
    controller.finished.connect(ended.append)
    dialog.reject()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    again = controller.preview
    assert again is not None
    qtbot.addWidget(again, before_close_func=lambda d: d.done(0))
    qtbot.waitUntil(again.isVisible, timeout=10_000)
    assert not ended and controller.busy
    assert again.new_model.rowCount() == 2  # the same two people, as they were shown
    assert again.tabs.currentIndex() == 1

    # and Import from there imports them, with the columns remembered
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        again.import_button.click()
    summary = finished.args[0] if finished.args else None
    assert summary is not None and summary.new == 2
    found = [app_context.core.contacts.get(i) for i in summary.contact_ids]
    assert sorted(c.display_name for c in found if c is not None) == ["Dana Lee", "Eli Moss"]
    if controller.summary_box is not None:
        controller.summary_box.done(0)


def test_cancel_at_the_columns_asked_again_keeps_the_choices_among_differences(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """A difference ticked before Columns… is still ticked when Cancel comes back."""
    from netdesk.core.types import Contact, EmailAddress

    dana_id = app_context.core.contacts.create(
        Contact(given_name="Dana", family_name="Lee", organization="Globex",
                emails=[EmailAddress("dana@example.org")])
    )  # fmt: skip
    controller = ImportController(app_context, None)
    controller.start([str(_crm(app_context, tmp_path))])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None and preview.columns_button is not None
    model = preview.conflict_model
    assert model.rowCount() == 1
    index = model.index(0, model.CHOICE_COLUMN)
    model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.changed()
    answers = ModalAnswers("Choose the columns")  # the choices may go: asked first
    preview.columns_button.click()
    answers.stop()
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.reject()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    again = controller.preview
    assert again is not None
    qtbot.addWidget(again, before_close_func=lambda d: d.done(0))
    assert again.conflict_model.rowCount() == 1 and again.conflict_model.changed()
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        again.import_button.click()
    dana = app_context.core.contacts.get(dana_id)
    assert dana is not None and dana.organization == "Initech"  # the file's, as ticked
    if controller.summary_box is not None:
        controller.summary_box.done(0)


def test_a_column_changed_then_cancelled_is_not_what_the_import_remembers(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Columns chosen at this import, Columns…, one changed, Cancel, Import: the preview was
    read with the first choice, which is the one remembered for the next file alike."""
    from netdesk.ui.csv_mapping import remembered_mapping

    path = tmp_path / "sheet.csv"
    path.write_text("Who,Mail,Firm\nDana Lee,dana@example.org,Initech\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    first = controller.mapping_dialog
    assert first is not None
    qtbot.addWidget(first, before_close_func=lambda d: d.done(0))
    first.set_field("Who", "full_name")
    first.set_field("Mail", "email")
    first.set_field("Firm", "organization")
    used = first.mapping()
    first.accept()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None and preview.columns_button is not None
    preview.columns_button.click()
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    asked = controller.mapping_dialog
    assert asked is not None and asked is not first
    qtbot.addWidget(asked, before_close_func=lambda d: d.done(0))
    asked.set_field("Firm", "title")
    asked.reject()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    again = controller.preview
    assert again is not None
    qtbot.addWidget(again, before_close_func=lambda d: d.done(0))
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        again.import_button.click()
    assert remembered_mapping(app_context, ["Who", "Mail", "Firm"]) == used
    if controller.summary_box is not None:
        controller.summary_box.done(0)


def test_a_file_skipped_then_cancelled_is_asked_again_at_the_next_columns(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Two sheets, Columns…, Skip this file on the first, Cancel on the second: the preview
    came back read with both, and the next Columns… left the first out unasked."""
    remember_mapping(app_context, ["Who", "Mail"], {"Who": "full_name", "Mail": "email"})
    remember_mapping(app_context, ["Name", "Phone"], {"Name": "full_name", "Phone": "phone"})
    folder = tmp_path / "sheets"
    folder.mkdir()
    (folder / "a.csv").write_text("Who,Mail\nDana Lee,dana@example.org\n", encoding="utf-8")
    (folder / "b.csv").write_text("Name,Phone\nEli Moss,+1 555 0100\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(folder)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None and preview.columns_button is not None
    preview.columns_button.click()
    asked: list[str] = []
    for answer in ("skip", "cancel"):
        qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
        dialog = controller.mapping_dialog
        assert dialog is not None and dialog.skip_button is not None
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
        asked.append(dialog.windowTitle() + " " + " ".join(dialog.headers))
        if answer == "skip":
            dialog.skip_button.click()
        else:
            dialog.reject()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    again = controller.preview
    assert again is not None and again.columns_button is not None
    assert again.new_model.rowCount() == 2  # read with both sheets
    again.columns_button.click()
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    first = controller.mapping_dialog
    assert first is not None
    qtbot.addWidget(first, before_close_func=lambda d: d.done(0))
    assert first.headers == ["Who", "Mail"]  # asked again, not left out as skipped
    first.reject()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.reject()
