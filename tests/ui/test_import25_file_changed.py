"""A file that changed between its preview and Import: a touch changes nothing, a real change
reads the import again with the answers given (files skipped, choices among differences)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui import operations
from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ANA = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;Ana;;;\r\nFN:Ana García\r\n"
    "EMAIL:ana@acme.example\r\nTITLE:CTO\r\nEND:VCARD\r\n"
)
BEN = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nTITLE:Lead\r\n"
    "END:VCARD\r\n"
)
CLEO = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cleo Park\r\nEND:VCARD\r\n"
EXPENSES = "Date,Amount,Shop\n2026-01-02,12.50,Lidl\n"


def _preview(
    qtbot: QtBot, controller: ImportController, not_: object = None
) -> ImportPreviewDialog:
    qtbot.waitUntil(lambda: controller.preview not in (None, not_), timeout=10_000)
    assert controller.preview is not None
    return controller.preview


def _saved_later(path: Path, text: str | None = None) -> None:
    """``path`` written with ``text`` (None: only touched), its time a second later."""
    later = path.stat().st_mtime_ns + 1_000_000_000
    if text is not None:
        path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(later, later))


def test_a_file_only_touched_after_its_preview_is_imported_as_previewed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync client setting the file's time (its bytes the same) threw the preview away."""
    said: list[str] = []
    monkeypatch.setattr(operations, "show_problem", lambda _p, _t, text: said.append(text))
    path = tmp_path / "phone.vcf"
    path.write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    preview = _preview(qtbot, controller)
    _saved_later(path)  # touched
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        preview.import_button.click()
    assert said == []
    assert finished.args[0] is not None and finished.args[0].new == 1
    assert controller.summary_box is not None
    controller.summary_box.close()


def test_the_bytes_decide_what_changed(tmp_path: Path) -> None:
    from netdesk.ui.import_flow import changed_files, file_states

    same, grown, edited, gone = (tmp_path / f"{name}.vcf" for name in ("a", "b", "c", "d"))
    for path in (same, grown, edited, gone):
        path.write_text(BEN, encoding="utf-8")
    states = file_states([str(p) for p in (same, grown, edited, gone, tmp_path / "e.vcf")])
    _saved_later(same, BEN)  # saved again as it was
    _saved_later(grown, BEN + CLEO)
    _saved_later(edited, BEN.replace("Lead", "Leaf"))  # as long as it was
    gone.unlink()
    (tmp_path / "e.vcf").write_text(CLEO, encoding="utf-8")  # came meanwhile
    assert changed_files(states) == [str(p) for p in (grown, edited, gone, tmp_path / "e.vcf")]


def _stored(app_context: AppContext) -> None:
    contacts = app_context.core.contacts
    contacts.create(
        Contact(given_name="Ana", family_name="García", title="CEO",
                emails=[EmailAddress("ana@acme.example")])
    )  # fmt: skip
    contacts.create(
        Contact(given_name="Ben", family_name="Stone", title="Engineer",
                emails=[EmailAddress("ben@example.org")])
    )  # fmt: skip


def _folder_previewed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> tuple[ImportController, ImportPreviewDialog, Path]:
    """A folder of ana.vcf, ben.vcf and a sheet skipped at its column question, previewed,
    both job titles taken from the files and the Problems tab open."""
    _stored(app_context)
    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "ana.vcf").write_text(ANA, encoding="utf-8")
    (folder / "ben.vcf").write_text(BEN, encoding="utf-8")
    (folder / "expenses.csv").write_text(EXPENSES, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(folder)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None and dialog.skip_button is not None
    dialog.skip_button.click()
    preview = _preview(qtbot, controller)
    model = preview.conflict_model
    assert sorted(model._text(row, 2) for row in range(model.rowCount())) == ["CEO", "Engineer"]
    model.set_all(True)  # the files' titles
    preview.tabs.setCurrentWidget(preview.problem_table)
    return controller, preview, folder


def test_a_changed_file_is_read_again_with_the_other_answers_kept(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It began again from the files: the sheet skipped was asked about again, and the
    choices made among the differences were lost."""
    said: list[str] = []
    monkeypatch.setattr(operations, "show_problem", lambda _p, _t, text: said.append(text))
    controller, preview, folder = _folder_previewed(qtbot, app_context, tmp_path)
    _saved_later(folder / "ben.vcf", BEN + CLEO)  # Cleo added; Ben's card as it was

    preview.import_button.click()
    again = _preview(qtbot, controller, not_=preview)
    assert controller.mapping_dialog is None  # the sheet stays skipped, unasked
    assert said == []  # no "Importing contacts failed" box: the preview says it
    assert app_context.core.contacts.count() == 2  # nothing written
    assert [card.contact.display_name for card in again.rows.new] == ["Cleo Park"]
    assert any(p.file.endswith("expenses.csv") for p in again.plan.problems)  # left out
    model = again.conflict_model
    assert model.rowCount() == 2 and all(model.is_taken(row) for row in range(2))
    assert again.tabs.currentWidget() is again.problem_table  # where it was left
    assert again.changed_note.isVisibleTo(again)
    note = again.changed_note.text()
    assert "read again: ben.vcf. This is what the import would do now" in note
    assert "ana.vcf" not in note
    assert "not kept" not in again.changed_note.text()

    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        again.import_button.click()
    assert finished.args[0].new == 1 and finished.args[0].merged == 2
    contacts = app_context.core.contacts
    found = [contacts.get(i) for i in finished.args[0].contact_ids]
    titles = {c.display_name: c.title for c in found if c is not None}
    assert titles == {"Ana García": "CTO", "Ben Stone": "Lead", "Cleo Park": ""}
    assert controller.summary_box is not None
    controller.summary_box.close()


def test_a_choice_on_a_value_the_file_changed_is_not_kept_and_said(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operations, "show_problem", lambda _p, _t, _text: None)
    controller, preview, folder = _folder_previewed(qtbot, app_context, tmp_path)
    _saved_later(folder / "ben.vcf", BEN.replace("Lead", "Director"))
    preview.import_button.click()
    again = _preview(qtbot, controller, not_=preview)
    model = again.conflict_model
    taken = {model._text(row, 3): model.is_taken(row) for row in range(model.rowCount())}
    assert taken == {"CTO": True, "Director": False}  # a new value: mine kept until ticked
    assert again.changed_note.text().endswith(
        "Choices among the differences not kept, as the file’s value changed: 1."
    )
    again.reject()
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)


GUESTS = "Person,Mail\nCleo Park,cleo@example.org\n"


def _sheet_previewed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> tuple[ImportController, ImportPreviewDialog, Path]:
    """A folder of guests.csv (its columns chosen at its question) and ben.vcf, previewed."""
    folder = tmp_path / "event"
    folder.mkdir()
    (folder / "guests.csv").write_text(GUESTS, encoding="utf-8")
    (folder / "ben.vcf").write_text(BEN, encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(folder)])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    dialog.set_field("Person", "full_name")
    dialog.set_field("Mail", "email")
    dialog.continue_button.click()
    preview = _preview(qtbot, controller)
    assert sorted(c.contact.display_name for c in preview.rows.new) == ["Ben Stone", "Cleo Park"]
    return controller, preview, folder


def test_a_sheet_with_new_rows_is_read_again_with_its_columns(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    controller, preview, folder = _sheet_previewed(qtbot, app_context, tmp_path)
    _saved_later(folder / "guests.csv", GUESTS + "Dee Lane,dee@example.org\n")
    preview.import_button.click()
    again = _preview(qtbot, controller, not_=preview)
    assert controller.mapping_dialog is None  # the same columns: not asked again
    names = sorted(c.contact.display_name for c in again.rows.new)
    assert names == ["Ben Stone", "Cleo Park", "Dee Lane"]
    assert "read again: guests.csv." in again.changed_note.text()
    again.reject()
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)


def test_a_sheet_whose_columns_changed_is_asked_about_again_alone(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    controller, preview, folder = _sheet_previewed(qtbot, app_context, tmp_path)
    _saved_later(folder / "guests.csv", "Mail,Person\ndee@example.org,Dee Lane\n")
    preview.import_button.click()
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    intro = dialog.findChild(QLabel)
    assert intro is not None and intro.text().startswith("Which column of guests.csv holds")
    # starting from the fields chosen for its columns, which moved
    assert dialog.mapping() == {"Mail": "email", "Person": "full_name"}
    dialog.continue_button.click()
    again = _preview(qtbot, controller, not_=preview)
    assert sorted(c.contact.display_name for c in again.rows.new) == ["Ben Stone", "Dee Lane"]
    again.reject()
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)
