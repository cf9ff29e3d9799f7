"""The import preview: models for differences and problems, cheap at any size."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView, QTableWidget, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from translation_helpers import compile_catalogue

from netdesk.core import Core
from netdesk.core.importing import ImportPlan, PlannedCard, plan_import
from netdesk.core.merging import FieldConflict
from netdesk.core.types import Contact, EmailAddress
from netdesk.interop.problems import ImportProblem
from netdesk.ui.import_preview import ConflictModel, ImportPreviewDialog, ProblemModel
from netdesk.ui.import_rows import MergeCardModel, NewCardModel, preview_rows

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


def test_conflict_rows_show_both_values_and_a_choice_defaulting_to_mine(qapp: QApplication) -> None:
    plan = _plan(4, 0)
    model = ConflictModel(plan)
    assert [model.index(2, c).data() for c in range(4)] == [
        "Person 1", "Company", "Mine 1", "Theirs 1"
    ]  # fmt: skip
    choice = model.index(2, model.CHOICE_COLUMN)
    assert choice.data() == "Theirs 1"  # the file's value is what is ticked to take it
    assert choice.data(CHECK) == Qt.CheckState.Unchecked
    assert model.flags(choice) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    mine = model.index(2, 2)
    assert choice.data(Qt.ItemDataRole.FontRole).strikeOut()  # not stored
    assert mine.data(Qt.ItemDataRole.FontRole) is None
    assert model.setData(choice, Qt.CheckState.Checked.value, CHECK)
    assert choice.data(CHECK) == Qt.CheckState.Checked
    assert mine.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert choice.data(Qt.ItemDataRole.FontRole) is None
    assert not plan.conflicts[2][1].take_theirs  # only accepting the preview applies it
    model.apply_choices()
    assert [c.take_theirs for _, c in plan.conflicts] == [False, False, True, False]


def test_a_preview_of_20000_differences_builds_no_row_widgets(qtbot: QtBot) -> None:
    plan = _plan(20_000, 30_000)
    # the window's thread's CPU time, not the wall clock's: on a loaded machine the ~0.1 s it
    # takes stretched past 5 s of wall time (two runs in three here, under a load of 9)
    started = time.thread_time()
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    opened = time.thread_time() - started
    assert len(dialog.findChildren(QWidget)) < 150  # was one QCheckBox per difference
    assert dialog.conflict_model.rowCount() == 20_000
    assert dialog.problem_model.rowCount() == 30_000
    assert dialog.tabs.currentWidget() is dialog.conflict_page
    assert opened < 5, f"the preview took {opened:.1f} s of CPU to open"  # ~0.1 s
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


def _big_plan(new: int, merges: int) -> ImportPlan:
    plan = ImportPlan(files=["/home/ana/big.vcf"])
    plan.cards = [
        PlannedCard(
            Contact(
                display_name=f"P {n}", organization="Acme", emails=[EmailAddress(f"p{n}@x.org")]
            ),
            "/home/ana/big.vcf",
            n * 4 + 1,
            "new",
        )
        for n in range(new)
    ]
    plan.cards += [
        PlannedCard(
            Contact(display_name=f"M {n}"),
            "/home/ana/big.vcf",
            n,
            "merge",
            n + 1,
            ["title", "emails"],
        )
        for n in range(merges)
    ]
    plan.cards.append(
        PlannedCard(Contact(display_name="Same"), "/home/ana/big.vcf", 9, "unchanged")
    )
    return plan


def test_every_new_contact_and_merge_is_listed_from_a_model_not_row_widgets(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    plan = _big_plan(10_000, 5_000)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert not dialog.findChildren(QTableWidget)  # was 4 items a row, built before showing
    assert dialog.new_table.model() is dialog.new_model
    assert dialog.merge_table.model() is dialog.merge_model
    assert dialog.new_model.rowCount() == 10_000  # was the first 2,000 only
    assert dialog.merge_model.rowCount() == 5_000
    new_row = [dialog.new_model.index(9_999, c).data() for c in range(4)]
    assert new_row == ["P 9999", "Acme", "p9999@x.org", "big.vcf:39997"]
    merge_row = [dialog.merge_model.index(4_999, c).data() for c in range(3)]
    assert merge_row == ["M 4999", "Job title, E-mails", "big.vcf:4999"]
    assert dialog.summary.text().startswith(
        "10000 new contacts, 5000 to be merged into existing contacts, 1 already up to date"
    )  # and no "lists the first 2000"
    assert dialog.tabs.tabText(0) == f"&New ({QLocale().toString(10_000)})"  # as %Ln writes it
    small = _big_plan(3, 2)
    qtmodeltester.check(NewCardModel(small.cards[:3]), force_py=True)
    qtmodeltester.check(MergeCardModel(small.cards[3:5]), force_py=True)
    qtmodeltester.check(NewCardModel([]), force_py=True)


def test_preview_rows_sorts_the_plan_once_for_the_preview() -> None:
    plan = _plan(6, 3)
    plan.cards += _big_plan(2, 0).cards
    rows = preview_rows(plan)
    assert [card.contact.display_name for card in rows.new] == ["P 0", "P 1"]
    assert len(rows.merges) == 3
    assert rows.unchanged == 1
    assert rows.conflicts == plan.conflicts
    assert rows.errors == 1
    dialog = ImportPreviewDialog(plan, rows=rows)
    assert dialog.conflict_model.conflicts is rows.conflicts  # not worked out again
    assert dialog.new_model.cards is rows.new
    dialog.deleteLater()


SPANISH_PROBLEMS = {
    "{property}: {value} is not a date; kept unchanged as an extra property": (
        "{property}: {value} no es una fecha; se guarda tal cual como propiedad adicional"
    ),
    "card has no END:VCARD (file cut short?); not imported": (
        "la tarjeta no tiene END:VCARD (¿archivo cortado?); no se importa"
    ),
    "the same person as line {line}; merged into one contact": (
        "la misma persona que la línea {line}; unidas en un contacto"
    ),
}


def _problem_file(tmp_path: Path) -> Path:
    path = tmp_path / "phone.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEMAIL:ana@example.org\r\nBDAY:someday\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut",
        encoding="utf-8",
    )
    return path


def _problems_tab_texts(qtbot: QtBot, plan: ImportPlan) -> list[str]:
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    views = [
        dialog.tabs.widget(i)
        for i in range(dialog.tabs.count())
        if isinstance(dialog.tabs.widget(i), QTableView)
        and dialog.tabs.widget(i).model() is dialog.problem_model  # type: ignore[attr-defined]
    ]
    assert len(views) == 1
    model = views[0].model()
    return [model.index(row, 3).data() for row in range(model.rowCount())]


def test_the_problems_tab_shows_reasons_in_the_users_language(
    qtbot: QtBot, qapp: QApplication, core: Core, tmp_path: Path
) -> None:
    plan = plan_import(core, [str(_problem_file(tmp_path))])
    translator = compile_catalogue(tmp_path, "ImportProblem", SPANISH_PROBLEMS)
    qapp.installTranslator(translator)
    try:
        texts = _problems_tab_texts(qtbot, plan)
    finally:
        qapp.removeTranslator(translator)
    assert texts == [
        "la tarjeta no tiene END:VCARD (¿archivo cortado?); no se importa",  # errors first
        "BDAY: 'someday' no es una fecha; se guarda tal cual como propiedad adicional",
        "la misma persona que la línea 1; unidas en un contacto",
    ]


def test_the_problems_tab_shows_english_reasons_without_a_translation(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    plan = plan_import(core, [str(_problem_file(tmp_path))])
    assert _problems_tab_texts(qtbot, plan) == [
        "card has no END:VCARD (file cut short?); not imported",  # errors first
        "BDAY: 'someday' is not a date; kept unchanged as an extra property",
        "the same person as line 1; merged into one contact",
    ]


def test_a_tabs_columns_are_sized_when_it_first_shows(qtbot: QtBot) -> None:
    plan = _plan(4, 0)  # differences: the preview opens on them
    long_name = "Maximiliana de la Santísima Trinidad Fernández-Ordóñez"
    plan.cards.append(PlannedCard(Contact(display_name=long_name), "/tmp/big.vcf", 99, "new"))
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()  # sized as it shows, at the size it shows at
    qtbot.waitExposed(dialog)
    new_view = dialog.new_table
    unsized = new_view.horizontalHeader().defaultSectionSize()
    assert dialog.tabs.currentWidget() is dialog.conflict_page
    assert dialog.conflict_table.columnWidth(0) != unsized
    assert new_view.columnWidth(0) == unsized  # sizing every tab was half the opening time
    dialog.tabs.setCurrentWidget(new_view)
    # as wide as the name, or a third of the table at most (the name whole in its tooltip)
    wanted = new_view.fontMetrics().horizontalAdvance(long_name)
    cap = max(new_view.viewport().width() // 3, 120)
    assert new_view.columnWidth(0) >= min(wanted, cap) and new_view.columnWidth(0) != unsized


def test_a_tab_sized_when_it_first_shows_still_fills_its_width(qtbot: QtBot) -> None:
    plan = _plan(4, 0)  # opens on the differences; the merges' tab is sized when picked
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    with qtbot.waitExposed(dialog):
        dialog.show()
    view = dialog.merge_table
    dialog.tabs.setCurrentWidget(view)  # as a click on "To merge" does
    QApplication.processEvents()
    header = view.horizontalHeader()
    widths = sum(header.sectionSize(i) for i in range(header.count()))
    assert widths == view.viewport().width()  # its last column ended mid-table


def test_tab_leaves_the_table_for_the_buttons(qtbot: QtBot) -> None:
    """Keyboard only: Tab goes from the differences to the buttons under them; it went from
    cell to cell and never reached Import or Cancel."""
    dialog = ImportPreviewDialog(_plan(4, 0))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    view = dialog.conflict_table
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.waitUntil(view.hasFocus)
    reached = []
    for _ in range(6):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert dialog.keep_all_button in reached or dialog.take_all_button in reached
    assert dialog.import_button in reached


def test_each_tabs_table_is_named_as_its_tab_for_a_screen_reader(qtbot: QtBot) -> None:
    from test_accessibility import nameless_controls

    dialog = ImportPreviewDialog(_plan(4, 2))
    qtbot.addWidget(dialog)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert nameless_controls(dialog) == [], dialog.tabs.tabText(tab)
    assert dialog.tabs.tabText(2) == "&Differences (4)"  # Alt+D
    assert dialog.conflict_table.accessibleName() == "Differences (4)"  # read without the "&"


def test_one_fields_differences_are_answered_at_once(qtbot: QtBot) -> None:
    """'The file's job titles, my companies' took a click per row: among 6,671 differences
    of 5,000 merges, by keyboard, never done."""
    plan = _plan(6, 0)  # three people: a company and a job title each
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    combo = dialog.field_choice
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All fields (6)", "Company (3)", "Job title (3)"
    ]  # fmt: skip
    QTest.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # &For:
    assert dialog.focusWidget() is combo
    QTest.keyClick(combo, Qt.Key.Key_End)  # Job title
    QTest.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Use all the file's
    model = dialog.conflict_model
    qtbot.waitUntil(lambda: [model.is_taken(r) for r in range(6)] == [False, True] * 3)
    QTest.keyClick(combo, Qt.Key.Key_Home)  # All fields
    dialog.keep_all_button.click()
    assert not any(model.is_taken(r) for r in range(6))


def test_space_flips_every_selected_row_to_the_same_choice(qtbot: QtBot) -> None:
    plan = _plan(8, 0)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.conflict_table
    model = dialog.conflict_model
    model.set_rows([2], True)  # already the file's: still the file's after Space below
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view, Qt.Key.Key_Space)  # the current row (4) was mine: all take the file's
    assert [model.is_taken(r) for r in range(8)] == [
        False,
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert not any(model.is_taken(r) for r in range(8))


def test_the_problems_are_listed_errors_first_then_by_file_and_line(qapp: QApplication) -> None:
    plan = ImportPlan(files=[])
    plan.problems = [
        ImportProblem("/d/b.vcf", 5, "cut short", "warning"),
        ImportProblem("/d/secret.vcf", None, "cannot read the file", "error"),
        ImportProblem("/d/b.vcf", 1, "no name", "warning"),  # found while matching, later
        ImportProblem("/d/a.vcf", 9, "no END", "error"),
    ]
    model = ProblemModel(plan)
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(4)]
    assert rows == [("a.vcf", "9"), ("secret.vcf", ""), ("b.vcf", "1"), ("b.vcf", "5")]


def test_cards_of_a_folder_of_folders_are_named_with_their_subfolder(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    """A dropped backup folder with phone/contacts.vcf and laptop/contacts.vcf listed both
    as 'contacts.vcf:1'."""
    for device, name in (("phone", "Ana Phone"), ("laptop", "Ben Laptop")):
        (tmp_path / "backup" / device).mkdir(parents=True)
        (tmp_path / "backup" / device / "contacts.vcf").write_text(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n", encoding="utf-8"
        )
    dialog = ImportPreviewDialog(plan_import(core, [str(tmp_path / "backup")]))
    qtbot.addWidget(dialog)
    model = dialog.new_model
    where = sorted(model.index(r, 3).data() for r in range(model.rowCount()))
    assert where == [
        os.path.join("laptop", "contacts.vcf:1"),
        os.path.join("phone", "contacts.vcf:1"),
    ]
    alone = tmp_path / "backup" / "phone" / "contacts.vcf"
    single = ImportPreviewDialog(plan_import(core, [str(alone)]))
    qtbot.addWidget(single)
    assert single.new_model.index(0, 3).data() == "contacts.vcf:1"  # one folder: the name


def test_cancelling_after_choosing_asks_before_the_choices_are_lost(qtbot: QtBot) -> None:
    """One Esc threw away the choices made among thousands of differences, unasked."""
    from modal_answers import ModalAnswers

    plan = _plan(6, 0)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing chosen yet: cancelled at once
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.take_all_button.click()
    answers = ModalAnswers("&Back to the preview")
    try:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # back, the choices as they were
        assert dialog.conflict_model.is_taken(0)
        answers.wanted = "&Cancel the import"
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    finally:
        answers.stop()
    assert [text for text, _details, _default in answers.seen] == [
        "Cancel this import? The choices you made among its differences are lost."
    ] * 2
    assert answers.seen[0][2] == "&Back to the preview"  # the default: Enter goes back
    assert not dialog.isVisible()
    assert not any(conflict.take_theirs for _, conflict in plan.conflicts)


def test_a_long_name_does_not_push_the_other_columns_out_of_sight(qtbot: QtBot) -> None:
    long = "Internationale Gesellschaft für Zusammenarbeit und Entwicklung GmbH, Abteilung 7"
    plan = ImportPlan(files=["/tmp/some.vcf"])
    plan.cards.append(
        PlannedCard(
            contact=Contact(
                given_name="Ana " + long,
                display_name="Ana " + long,
                organization=long,
                emails=[EmailAddress("ana@example.org")],
            ),
            file="/tmp/some.vcf",
            line=1,
            action="new",
        )
    )
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    table = dialog.new_table
    dialog.tabs.setCurrentWidget(table)
    dialog._size_columns()
    right_edge = table.columnViewportPosition(3)  # File, the last column
    assert 0 < right_edge < table.viewport().width()
    name = table.model().index(0, 0)
    assert table.model().data(name, Qt.ItemDataRole.ToolTipRole)  # the whole of it


def test_the_selected_problems_are_copied_whole(qtbot: QtBot) -> None:
    """Ctrl+C in the problems copies each selected row as one line with file, line, kind and
    reason; a table copies only the current cell (the file's name, not why)."""
    plan = ImportPlan(files=["/d/a.csv"])
    plan.problems = [
        ImportProblem("/d/a.csv", 7, "row has no name", "warning"),
        ImportProblem("/d/a.csv", None, "cannot read the file", "error"),
        ImportProblem("/d/a.csv", 3, "not a date", "warning"),
    ]
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.problem_table)
    table = dialog.problem_table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "/d/a.csv: error: cannot read the file\n"
    QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == (
        "/d/a.csv: error: cannot read the file\n"
        "/d/a.csv:3: warning: not a date\n"
        "/d/a.csv:7: warning: row has no name\n"
    )
    table.clearSelection()
    table.setCurrentIndex(table.model().index(2, 3))
    (copy,) = table.actions()  # its context menu's Copy
    copy.trigger()
    assert QApplication.clipboard().text() == "/d/a.csv:7: warning: row has no name\n"


def test_selecting_thousands_of_differences_asks_the_model_little(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+A then Space over 10,000 differences: every repaint of the column titles asked
    the flags of each selected row (seconds each time), and Space read the selection cell by
    cell; both now cost what the visible rows cost."""
    from netdesk.ui import import_rows

    asked = [0]
    real_flags = import_rows.ConflictModel.flags

    def counted(self: ConflictModel, index: object) -> Qt.ItemFlag:
        asked[0] += 1
        return real_flags(self, index)  # type: ignore[arg-type]

    monkeypatch.setattr(import_rows.ConflictModel, "flags", counted)
    dialog = ImportPreviewDialog(_plan(10_000, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.conflict_table
    table.setFocus()
    QApplication.processEvents()
    asked[0] = 0
    QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    table.horizontalHeader().viewport().repaint()
    QTest.keyClick(table, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert dialog.conflict_model.choices == [True] * 10_000
    assert asked[0] < 2_000
