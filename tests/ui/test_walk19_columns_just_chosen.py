"""The preview's Columns… also goes back to the columns chosen at this import's question."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import CsvMappingDialog, remembered_mapping
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _asked(qtbot: QtBot, controller: ImportController) -> CsvMappingDialog:
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None  # (answered below; the controller deletes it)
    return dialog


def _preview(qtbot: QtBot, controller: ImportController) -> ImportPreviewDialog:
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    return preview


def test_a_column_left_out_at_the_question_is_chosen_again_from_the_preview(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """The name column left at "(ignore this column)": the preview listed the contacts by
    their company and e-mail, and offered no way back to the question but Cancel and a new
    import. Columns… asks again, starting from the answer given, for every file alike."""
    headers = "Persona;Empresa;Correo electrónico\n"
    first = tmp_path / "equipo.csv"
    first.write_text(headers + "Marta Ibáñez;Cedro Labs;marta@cedro.example\n", encoding="utf-8")
    second = tmp_path / "otros.csv"  # the same columns: answered once, for both
    second.write_text(headers + "Jorge Ruiz;;jorge@example.org\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(first), str(second)])
    dialog = _asked(qtbot, controller)
    assert dialog.mapping()["Persona"] == "ignore"  # not a header netdesk knows
    dialog.continue_button.click()
    preview = _preview(qtbot, controller)
    assert {row.contact.display_name for row in preview.rows.new} == {
        "Cedro Labs",
        "jorge@example.org",
    }
    assert preview.columns_button is not None and preview.columns_button.isVisible()
    preview.columns_button.click()

    again = _asked(qtbot, controller)
    assert again is not dialog
    # the answer given, not the guess again; no other question for the file alike
    assert again.mapping() == {
        "Persona": "ignore",
        "Empresa": "organization",
        "Correo electrónico": "email",
    }
    again.set_field("Persona", "full_name")
    again.continue_button.click()
    preview = _preview(qtbot, controller)
    assert controller.mapping_dialog is None
    assert {row.contact.display_name for row in preview.rows.new} == {"Marta Ibáñez", "Jorge Ruiz"}
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        preview.import_button.click()
    if controller.summary_box is not None:
        controller.summary_box.close()
    names = app_context.core.contacts.names(finished.args[0].contact_ids)
    assert sorted(names.values()) == ["Jorge Ruiz", "Marta Ibáñez"]
    assert remembered_mapping(app_context, headers.strip().split(";"))["Persona"] == "full_name"
