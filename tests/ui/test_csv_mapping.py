"""The column-mapping dialog for a CSV of unknown layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.interop.csvfile import FIELD_KEYS, guess_mapping, read_csv_file, sniff_csv
from netdesk.ui.csv_mapping import FIELD_LABELS, CsvMappingDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_continue_needs_a_column_that_makes_a_contact(qtbot: QtBot) -> None:
    headers = ["Foo", "Bar", "Notes"]
    dialog = CsvMappingDialog("odd.csv", headers, {"Notes": "notes"}, ["1", "2", "hi"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.continue_button.isEnabled()  # every row would be skipped
    assert dialog.hint.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == 0 and dialog.isVisible()
    foo = dialog.choosers[0]
    foo.setFocus()
    QTest.keyClick(foo, Qt.Key.Key_Home)
    for _ in range(foo.findData("email")):  # down the list with the keyboard, to "E-mail"
        QTest.keyClick(foo, Qt.Key.Key_Down)
    assert foo.currentData() == "email"
    assert dialog.continue_button.isEnabled()
    assert not dialog.hint.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        dialog.continue_button.click()
    assert dialog.mapping() == {"Foo": "email", "Bar": "ignore", "Notes": "notes"}


def test_the_files_columns_and_examples_are_not_editable(qtbot: QtBot) -> None:
    dialog = CsvMappingDialog("odd.csv", ["Person"], {"Person": "full_name"}, ["Dana Lee"])
    qtbot.addWidget(dialog)
    for column in (0, 1):
        item = dialog.table.item(0, column)
        assert not item.flags() & Qt.ItemFlag.ItemIsEditable


def test_every_field_is_marked_for_translation() -> None:
    # the combo's labels come from interop (no Qt); unmarked ones stayed English in Spanish
    assert FIELD_LABELS == FIELD_KEYS


def test_tab_walks_the_field_menus_then_leaves_the_table(qtbot: QtBot) -> None:
    headers = ["Person", "Mail", "Phone"]
    dialog = CsvMappingDialog("odd.csv", headers, {"Person": "full_name"}, ["Dana", "d@x", "1"])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.table.setFocus()
    seen = []
    for _ in range(8):
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    assert seen[: len(headers)] == dialog.choosers  # each field menu in turn
    assert dialog.continue_button in seen  # then out of the table, to Continue


def test_two_columns_named_alike_each_keep_the_field_chosen_for_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # the mapping was keyed by the name alone: both "Phone" columns took the last choice,
    # and setting the second to "(ignore this column)" dropped the first one's numbers too
    path = tmp_path / "people.csv"
    path.write_text("Name,Phone,Phone,Email\nAnn Lee,555-1,555-2,ann@x.com\n")
    headers = sniff_csv(path).headers
    dialog = CsvMappingDialog("people.csv", headers, guess_mapping(headers), ["", "", "", ""])
    qtbot.addWidget(dialog)
    dialog.choosers[1].setCurrentIndex(dialog.choosers[1].findData("work_phone"))
    dialog.choosers[2].setCurrentIndex(dialog.choosers[2].findData("ignore"))
    assert [c.accessibleName() for c in dialog.choosers[1:3]] == [
        "Field for column Phone", "Field for column Phone (2)"
    ]  # fmt: skip
    mapping = dialog.mapping()
    assert mapping == {
        "Name": "full_name", "Phone": "work_phone", "Phone (2)": "ignore", "Email": "email"
    }  # fmt: skip
    contact = read_csv_file(path, mapping=mapping).cards[0].contact
    assert [(p.raw, p.label) for p in contact.phones] == [("555-1", "work")]
    dialog.set_field("Phone (2)", "home_phone")
    contact = read_csv_file(path, mapping=dialog.mapping()).cards[0].contact
    assert [(p.raw, p.label) for p in contact.phones] == [("555-1", "work"), ("555-2", "home")]


def test_empty_columns_past_the_last_one_used_are_not_listed(qtbot: QtBot) -> None:
    """A spreadsheet's "Name;Email;;;": no name and no value, nothing to choose for them."""
    headers = ["Name", "Email", "", "", ""]
    samples = ["Ana Gil", "ana@x.org", "", "kept: it holds a value", ""]
    dialog = CsvMappingDialog("sheet.csv", headers, guess_mapping(headers), samples)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [row for row in range(len(headers)) if not dialog.table.isRowHidden(row)]
    assert shown == [0, 1, 3]
    assert dialog.mapping() == {
        "Name": "full_name", "Email": "email", "": "ignore", " (2)": "ignore",
        " (3)": "ignore",
    }  # fmt: skip
