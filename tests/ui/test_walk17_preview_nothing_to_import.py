"""A file with nothing to import (imported before): the preview offers Close, and Enter closes
it. It offered Cancel beside a greyed-out Import, and Enter did nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.types import Contact
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _shown(qtbot: QtBot, action: str) -> ImportPreviewDialog:
    plan = ImportPlan(files=["/d/phone.vcf"])
    existing = 1 if action != "new" else None
    plan.cards = [PlannedCard(Contact(display_name="Ana García"), "/d/phone.vcf", 1, action,
                              existing)]  # fmt: skip
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


STANDARD = QDialogButtonBox.StandardButton


def _buttons(dialog: ImportPreviewDialog) -> set[object]:
    """The box's buttons: Import by itself, the others as the standard buttons they are."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return {
        "Import" if button is dialog.import_button else box.standardButton(button)
        for button in box.buttons()
    }


def test_nothing_to_import_offers_close_and_enter_closes(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, "unchanged")
    assert "There is nothing to import." in dialog.summary.text()
    assert _buttons(dialog) == {"Import", STANDARD.Close}
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.isDefault()
    dialog.new_table.setFocus()
    with qtbot.waitSignal(dialog.finished) as finished:
        QTest.keyClick(dialog.new_table, Qt.Key.Key_Return)
    assert finished.args == [QDialog.DialogCode.Rejected.value]


def test_something_to_import_offers_cancel_and_enter_imports(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, "new")
    assert _buttons(dialog) == {"Import", STANDARD.Cancel}
    assert dialog.import_button.isDefault() and dialog.import_button.isEnabled()
    dialog.new_table.setFocus()
    with qtbot.waitSignal(dialog.finished) as finished:
        QTest.keyClick(dialog.new_table, Qt.Key.Key_Return)
    assert finished.args == [QDialog.DialogCode.Accepted.value]
