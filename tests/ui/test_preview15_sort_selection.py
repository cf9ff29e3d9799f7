"""A click on a title of the preview with many rows selected: the selection follows its
cards, a row at a time (not each cell of each row)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.types import Contact
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SIGNATURE = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")


def test_a_sort_with_many_rows_selected_moves_them_a_row_at_a_time(qtbot: QtBot) -> None:
    """100,000 new contacts, rows 5 to 60,000 selected (Shift+Ctrl+End): a click on a title
    took 14-20 s, the selection saved and rebuilt cell by cell (four a row). The sort says
    it moves rows alone (VerticalSortHint), and the selected cards stay selected."""
    plan = ImportPlan(files=["/d/people.vcf"])
    plan.cards = [
        PlannedCard(Contact(display_name=f"P {(n * 7919) % 3000:04}"), "/d/people.vcf", n, "new")
        for n in range(3000)
    ]
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    table, model = dialog.new_table, dialog.new_model
    hints: list[QAbstractItemModel.LayoutChangeHint] = []
    model.layoutAboutToBeChanged[SIGNATURE].connect(lambda _parents, hint: hints.append(hint))
    table.setCurrentIndex(model.index(5, 0))
    selection = QItemSelection(model.index(5, 0), model.index(2000, 3))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen = {model.index(row, 3).data() for row in range(5, 2001)}
    up, down = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    for column, order in ((0, up), (0, down), (3, up), (-1, up)):
        table.sortByColumn(column, order)
        selected = table.selectionModel().selection()
        rows = {row for r in selected for row in range(r.top(), r.bottom() + 1)}
        assert {model.index(row, 3).data() for row in rows} == chosen
        assert all(r.left() == 0 and r.right() == 3 for r in selected)  # whole rows
        assert (
            table.currentIndex().data(Qt.ItemDataRole.DisplayRole)
            == plan.cards[5].contact.display_name
        )
    # (sortByColumn sorts twice when sorting is on)
    assert len(hints) >= 4
    assert set(hints) == {QAbstractItemModel.LayoutChangeHint.VerticalSortHint}
