"""The preview's New and To merge tables sort by a click on a column's title (names case and
accents aside, File by line), open in the files' order, and keep the selected row's card
selected as the rows move."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.listing import tag_sort_key
from netdesk.core.types import Contact
from netdesk.ui import import_rows
from netdesk.ui.import_preview import ImportPreviewDialog
from netdesk.ui.import_rows import MergeCardModel, NewCardModel, PreviewRows, preview_rows

NAMES = ["Zoë Ward", "ana Ruiz", "Émile Roy", "Bob Lee"]
LINES = [10, 2, 33, 4]  # line 10 came before line 2 as text


def _dialog(qtbot: QtBot) -> ImportPreviewDialog:
    plan = ImportPlan(files=["/home/ana/people.vcf"])
    plan.cards = [
        PlannedCard(Contact(display_name=name), "/home/ana/people.vcf", line, "new")
        for name, line in zip(NAMES, LINES, strict=True)
    ]
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _column(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _click_title(table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))


def test_a_click_on_a_title_sorts_and_the_selected_card_stays_selected(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    table = dialog.new_table
    assert _column(table, 0) == NAMES  # the files' order first
    table.selectRow(1)  # ana Ruiz
    _click_title(table, 0)
    assert _column(table, 0) == ["ana Ruiz", "Bob Lee", "Émile Roy", "Zoë Ward"]
    assert table.currentIndex().row() == 0
    assert [i.data() for i in table.selectionModel().selectedRows()] == ["ana Ruiz"]
    _click_title(table, 0)
    assert _column(table, 0) == ["Zoë Ward", "Émile Roy", "Bob Lee", "ana Ruiz"]
    assert table.currentIndex().data() == "ana Ruiz"
    _click_title(table, NewCardModel.FILE_COLUMN)
    assert _column(table, NewCardModel.FILE_COLUMN) == [
        "people.vcf:2",
        "people.vcf:4",
        "people.vcf:10",
        "people.vcf:33",
    ]


def test_the_sorted_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = NewCardModel(
        [
            PlannedCard(Contact(display_name=name), "/a.vcf", n, "new")
            for n, name in enumerate(NAMES)
        ]
    )
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.sort(0)
    qtmodeltester.check(model)
    model.sort(-1)
    assert [model.index(row, 0).data() for row in range(4)] == NAMES


def _old_key(model: NewCardModel | MergeCardModel, column: int) -> Callable[[PlannedCard], object]:
    """The key the sort had: the text shown case and accents aside, or file and line."""
    if column == model.FILE_COLUMN:
        return lambda card: (card.file, card.line)
    return lambda card: tag_sort_key(model.text(card, column))


def test_a_click_on_a_title_works_out_nothing_on_the_windows_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first click on a title of 100,000 new contacts worked out their keys on the
    window's thread (1-3 s), and each click sorted them there (0.3-1.4 s). The orders are
    worked out with the preview's rows, on the worker as the import flow makes them, and
    are those the sort gave: case and accents aside, equal keys in the files' order both
    ways, File by file then line."""
    keyed_on: set[int] = set()

    def spied_key(text: str) -> str:
        keyed_on.add(threading.get_ident())
        return tag_sort_key(text)

    monkeypatch.setattr(import_rows, "tag_sort_key", spied_key)
    names = ["Zoë Ward", "ana Ruiz", "Émile Roy", "Ana Ruiz", "Bob Lee", "ÁNA RUIZ"]
    files = ["/b.vcf", "/a.vcf", "/b.vcf", "/a.vcf", "/b.vcf", "/a.vcf"]
    lines = [10, 2, 3, 40, 1, 5]
    plan = ImportPlan(files=["/a.vcf", "/b.vcf"])
    plan.cards = [
        PlannedCard(Contact(display_name=name, organization=name[-3:]), file, line, "new")
        for name, file, line in zip(names, files, lines, strict=True)
    ] + [
        PlannedCard(Contact(display_name=name), "/a.vcf", n, "merge", n, changes=changes)
        for n, (name, changes) in enumerate(
            [("Zoë", ["title"]), ("ana", []), ("Ana", ["emails", "title"]), ("Émile", [])]
        )
    ]
    made: list[PreviewRows] = []
    worker = threading.Thread(target=lambda: made.append(preview_rows(plan)))
    worker.start()
    worker.join()
    assert keyed_on == {worker.ident}
    keyed_on.clear()
    dialog = ImportPreviewDialog(plan, rows=made[0])
    qtbot.addWidget(dialog)
    for table, cards in ((dialog.new_table, made[0].new), (dialog.merge_table, made[0].merges)):
        model = table.model()
        assert isinstance(model, NewCardModel | MergeCardModel)
        for column in range(model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                table.sortByColumn(column, order)
                down = order == Qt.SortOrder.DescendingOrder
                by = _old_key(model, column)
                expected = [model.where(c) for c in sorted(cards, key=by, reverse=down)]
                assert _column(table, model.FILE_COLUMN) == expected, (column, order)
    assert keyed_on == set()
    table = dialog.new_table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # one name three ways: files' order
    assert _column(table, 3)[-3:] == ["a.vcf:2", "a.vcf:40", "a.vcf:5"]
