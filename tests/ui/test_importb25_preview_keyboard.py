"""The preview by keyboard alone (seen under Xvfb with the demo database): it opened with the
focus on its tab bar, unseen, where Space and the arrows did nothing; and Alt+D, to go back to
the differences from the buttons under them, left the focus on the button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.merging import FieldConflict
from netdesk.core.types import Contact
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _plan(conflicts: bool = True) -> ImportPlan:
    plan = ImportPlan(files=["/d/phone.vcf"])
    plan.cards = [
        PlannedCard(
            Contact(display_name=f"Person {n}"), "/d/phone.vcf", n * 6 + 1, "merge", n + 1,
            changes=[] if conflicts else ["phones"],
            conflicts=[FieldConflict("title", "CTO", "CEO")] if conflicts else [],
        )
        for n in range(3)
    ]  # fmt: skip
    return plan


def _shown(qtbot: QtBot, plan: ImportPlan) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def test_the_preview_opens_in_its_table_and_space_ticks_the_first_difference(
    qtbot: QtBot,
) -> None:
    dialog = _shown(qtbot, _plan())
    assert dialog.tabs.currentWidget() is dialog.conflict_page
    assert QApplication.focusWidget() is dialog.conflict_table
    assert dialog.conflict_table.currentIndex().row() == 0
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert [dialog.conflict_model.is_taken(row) for row in range(3)] == [True, False, False]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert [dialog.conflict_model.is_taken(row) for row in range(3)] == [True, True, False]
    assert dialog.merged() == 2


def test_a_preview_of_merges_opens_in_their_table(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, _plan(conflicts=False))
    assert dialog.tabs.currentWidget() is dialog.merge_table
    assert QApplication.focusWidget() is dialog.merge_table
    assert dialog.merge_table.currentIndex().row() == 0


def test_the_open_tabs_letter_goes_back_into_its_table(qtbot: QtBot) -> None:
    """Alt+D from "Use all the file's values": the focus stayed on the button, and Space
    pressed it again instead of ticking the row."""
    dialog = _shown(qtbot, _plan())
    dialog.take_all_button.setFocus()
    assert QApplication.focusWidget() is dialog.take_all_button
    QTest.keyClick(dialog.take_all_button, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.conflict_table
    QTest.keyClick(dialog.take_all_button, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget() is dialog.problem_table
    assert QApplication.focusWidget() is dialog.problem_table
    QTest.keyClick(dialog.problem_table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.conflict_table


def test_back_from_the_cancel_question_the_preview_hears_its_letters(qtbot: QtBot) -> None:
    """Esc with a choice made asks first; "Back to the preview" left no window active (no
    window manager gives a dialog's parent the keys back), and Alt+P or Alt+I did nothing."""
    dialog = _shown(qtbot, _plan())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # a choice made
    asked: list[object] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box)
        assert box is not None
        QTest.keyClick(box, Qt.Key.Key_Escape)  # Back to the preview

    QTimer.singleShot(0, answer)
    QTest.keyClick(dialog.conflict_table, Qt.Key.Key_Escape)
    assert asked and asked[0] is not dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget() is dialog.problem_table


def test_tab_goes_through_the_buttons_as_they_are_shown(qtbot: QtBot) -> None:
    """Columns…, shown left of Import, came last, after Cancel."""
    dialog = ImportPreviewDialog(_plan(), columns_again=True)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    columns = dialog.columns_button
    assert columns is not None
    shown = sorted(
        [columns, dialog.import_button, dialog.close_button], key=lambda button: button.x()
    )
    reached = []
    widget = dialog.take_all_button.nextInFocusChain()
    while widget is not dialog.take_all_button and len(reached) < 3:
        if widget in shown:
            reached.append(widget)
        widget = widget.nextInFocusChain()
    assert reached == shown
