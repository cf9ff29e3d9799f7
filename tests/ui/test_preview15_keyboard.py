"""The preview by keyboard: Enter presses the button in focus, else imports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.merging import FieldConflict
from netdesk.core.types import Contact
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _dialog(qtbot: QtBot) -> tuple[ImportPlan, ImportPreviewDialog]:
    plan = ImportPlan(files=["/d/phone.vcf"])
    plan.cards = [
        PlannedCard(
            Contact(display_name=f"Person {n}"), "/d/phone.vcf", n * 6 + 1, "merge", n + 1,
            conflicts=[FieldConflict("title", "CTO", "CEO"), FieldConflict("department", "A", "B")],
        )
        for n in range(3)
    ]  # fmt: skip
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return plan, dialog


def _tab_to(dialog: ImportPreviewDialog, wanted: object) -> None:
    """Tab from the differences' table until ``wanted`` has the focus, as a user would."""
    dialog.conflict_table.setFocus()
    for _ in range(10):
        if dialog.focusWidget() is wanted:
            return
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted}")


def test_enter_on_a_bulk_button_presses_it_and_then_enter_in_the_table_imports(
    qtbot: QtBot,
) -> None:
    """Tab to "Use all the file's values", Enter: the import ran at once, every one of mine
    kept, the opposite of what was asked."""
    plan, dialog = _dialog(qtbot)
    _tab_to(dialog, dialog.take_all_button)
    QTest.keyClick(dialog.take_all_button, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not imported
    assert [dialog.conflict_model.is_taken(row) for row in range(6)] == [True] * 6
    _tab_to(dialog, dialog.field_choice)  # "For: Job title (3)", then Keep all mine
    dialog.field_choice.setCurrentIndex(1)
    _tab_to(dialog, dialog.keep_all_button)
    QTest.keyClick(dialog.keep_all_button, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert dialog.isVisible()
    assert [c.field for _, c in dialog.conflict_model.conflicts][::2] == ["title"] * 3
    assert [dialog.conflict_model.is_taken(row) for row in range(6)] == [False, True] * 3
    QTest.keyClick(dialog.keep_all_button, Qt.Key.Key_Tab)  # on to the next button
    assert dialog.focusWidget() is dialog.take_all_button
    QTest.keyClick(dialog.take_all_button, Qt.Key.Key_Backtab)
    QTest.keyClick(dialog.keep_all_button, Qt.Key.Key_Backtab)  # the list of fields
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.field_choice, Qt.Key.Key_Return)  # Import, the default
    assert [c.take_theirs for _, c in plan.conflicts] == [False, True] * 3
