"""The import preview: models for differences and problems, cheap at any size."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.merging import FieldConflict
from netdesk.core.types import Contact
from netdesk.interop.problems import ImportProblem
from netdesk.ui.import_preview import ConflictModel, ImportPreviewDialog, ProblemModel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
CHECK = Qt.ItemDataRole.CheckStateRole


def _plan(conflicts: int, problems: int) -> ImportPlan:
    plan = ImportPlan(files=["/tmp/big.vcf"])
    for n in range(conflicts // 2):
        plan.cards.append(
            PlannedCard(
                contact=Contact(given_name=f"Person {n}", display_name=f"Person {n}"),
                file="/tmp/big.vcf",
                line=n * 6 + 1,
                action="merge",
                existing_id=n + 1,
                conflicts=[
                    FieldConflict("organization", f"Mine {n}", f"Theirs {n}"),
                    FieldConflict("title", "CTO", "CEO"),
                ],
            )
        )
    plan.problems = [
        ImportProblem("/tmp/big.vcf", n, f"bad card {n}", "error" if n % 2 else "warning")
        for n in range(problems)
    ]
    return plan


def test_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    plan = _plan(6, 5)
    conflicts = ConflictModel(plan)
    qtmodeltester.check(conflicts, force_py=True)
    qtmodeltester.check(ProblemModel(plan), force_py=True)
    empty = ImportPlan(files=[])
    qtmodeltester.check(ConflictModel(empty), force_py=True)
    qtmodeltester.check(ProblemModel(empty), force_py=True)


def test_conflict_rows_show_both_values_and_a_choice_defaulting_to_mine() -> None:
    plan = _plan(4, 0)
    model = ConflictModel(plan)
    assert [model.index(2, c).data() for c in range(4)] == [
        "Person 1", "Company", "Mine 1", "Theirs 1"
    ]  # fmt: skip
    choice = model.index(2, model.CHOICE_COLUMN)
    assert choice.data() == "Use the file’s value"
    assert choice.data(CHECK) == Qt.CheckState.Unchecked
    assert model.flags(choice) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(choice, Qt.CheckState.Checked.value, CHECK)
    assert choice.data(CHECK) == Qt.CheckState.Checked
    assert not plan.conflicts[2][1].take_theirs  # only accepting the preview applies it
    model.apply_choices()
    assert [c.take_theirs for _, c in plan.conflicts] == [False, False, True, False]


def test_a_preview_of_20000_differences_builds_no_row_widgets(qtbot: QtBot) -> None:
    plan = _plan(20_000, 30_000)
    started = time.perf_counter()
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    opened = time.perf_counter() - started
    assert len(dialog.findChildren(QWidget)) < 150  # was one QCheckBox per difference
    assert dialog.conflict_model.rowCount() == 20_000
    assert dialog.problem_model.rowCount() == 30_000
    assert dialog.tabs.currentWidget() is dialog.conflict_page
    assert opened < 5  # generous for a loaded CI machine; ~0.1 s here
    model = dialog.conflict_model
    dialog.take_all_button.click()
    assert all(model.is_taken(row) for row in (0, 9_999, 19_999))
    dialog.keep_all_button.click()
    model.setData(model.index(19_999, model.CHOICE_COLUMN), Qt.CheckState.Checked.value, CHECK)
    dialog.import_button.click()  # accepting writes the choices into the plan apply_import reads
    taken = [n for n, (_, conflict) in enumerate(plan.conflicts) if conflict.take_theirs]
    assert taken == [19_999]
    assert plan.cards[-1].writes


def test_cancelling_the_preview_leaves_every_choice_as_it_was(qtbot: QtBot) -> None:
    plan = _plan(4, 0)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.take_all_button.click()
    dialog.reject()
    assert not any(conflict.take_theirs for _, conflict in plan.conflicts)


def test_space_flips_the_choice_of_the_row_the_cursor_is_on(qtbot: QtBot) -> None:
    plan = _plan(4, 0)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.conflict_table
    assert dialog.tabs.currentWidget() is dialog.conflict_page
    view.setFocus()
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(1, 0)).center(),
    )  # on the contact's name, not on the checkbox
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert [dialog.conflict_model.is_taken(r) for r in range(4)] == [False, True, False, False]
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Space)
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert [dialog.conflict_model.is_taken(r) for r in range(4)] == [False, False, True, False]
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Import
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [c.take_theirs for _, c in plan.conflicts] == [False, False, True, False]


def test_a_long_list_says_only_its_first_rows_are_shown(qtbot: QtBot) -> None:
    plan = ImportPlan(files=["/tmp/big.vcf"])
    plan.cards = [
        PlannedCard(Contact(display_name=f"P {n}"), "/tmp/big.vcf", n * 4 + 1, "new")
        for n in range(2001)
    ]
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.new_table.rowCount() == 2000
    assert dialog.summary.text().endswith("The New and To merge tabs list the first 2000.")
