"""Columns… asks before the choices made among the differences are lost, as Cancel asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.csv_mapping import remember_mapping
from netdesk.ui.import_flow import ImportController
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _preview_with_a_choice(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> tuple[ImportController, ImportPreviewDialog]:
    """A CSV read with remembered columns whose one difference the user ticked."""
    headers = ["Person", "Mail", "Firm"]
    remember_mapping(
        app_context, headers, {"Person": "full_name", "Mail": "email", "Firm": "organization"}
    )
    app_context.core.contacts.create(
        Contact(given_name="Dana", family_name="Lee", organization="Globex",
                emails=[EmailAddress("dana@example.org")])
    )  # fmt: skip
    path = tmp_path / "crm.csv"
    path.write_text("Person,Mail,Firm\nDana Lee,dana@example.org,Initech\n", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None and preview.columns_button is not None
    qtbot.addWidget(preview, before_close_func=lambda d: d.done(0))
    model = preview.conflict_model
    model.setData(model.index(0, model.CHOICE_COLUMN), Qt.CheckState.Checked,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    assert model.changed()
    return controller, preview


def test_columns_with_choices_made_asks_and_back_keeps_them(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Columns… read the file anew at once: the ticks among its differences were gone
    without a word (Cancel asks about just that)."""
    controller, preview = _preview_with_a_choice(qtbot, app_context, tmp_path)
    answers = ModalAnswers("Back to the preview")
    assert preview.columns_button is not None
    preview.columns_button.click()
    answers.stop()
    assert len(answers.seen) == 1
    text, _informative, default = answers.seen[0]
    assert "differences are lost" in text and "columns" in text
    assert default.replace("&", "") == "Back to the preview"
    assert controller.mapping_dialog is None and controller.preview is preview
    assert preview.isVisible() and preview.conflict_model.changed()
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        preview.reject()


def test_columns_with_choices_made_goes_on_when_told(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    controller, preview = _preview_with_a_choice(qtbot, app_context, tmp_path)
    answers = ModalAnswers("Choose the columns")
    assert preview.columns_button is not None
    preview.columns_button.click()
    answers.stop()
    assert len(answers.seen) == 1
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.reject()  # back to the preview
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.reject()


def test_columns_without_choices_asks_nothing(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    controller, preview = _preview_with_a_choice(qtbot, app_context, tmp_path)
    preview.conflict_model.set_all(False)  # as proposed: nothing to lose
    assert not preview.conflict_model.changed()
    answers = ModalAnswers("Back to the preview")
    assert preview.columns_button is not None
    preview.columns_button.click()
    answers.stop()
    assert answers.seen == []
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert dialog is not None
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.reject()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert controller.preview is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.preview.reject()
