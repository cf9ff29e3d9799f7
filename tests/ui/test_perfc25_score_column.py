"""The Score column of Find duplicates has a fixed width, measured from its widest text: sized
to its contents, the header asked every listed pair for its data each time the list changed
(8,000 data() calls, 62 ms, as the 1,000 pairs of the 100,000-contact copy first showed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog, PairRows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PAIRS = 60


def _pairs(app_context: AppContext, count: int) -> None:
    create = app_context.core.contacts.create
    for n in range(count):
        email = [EmailAddress(f"person{n}@x.org")]
        create(Contact(given_name=f"Person{n}", family_name="Long", emails=email))
        create(Contact(given_name=f"Person{n}", family_name="Long", emails=email))


def test_a_search_ending_after_the_dialog_closed_reads_no_rows(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closed before its search ended (Escape), the dialog still takes the pairs in; its list,
    not on screen, was measured row by row for the Score column: every row's data asked."""
    _pairs(app_context, PAIRS)
    asked: set[int] = set()
    data = PairRows.data

    def data_heard(
        rows: PairRows, index: QModelIndex | QPersistentModelIndex, role: int = 0
    ) -> object:
        asked.add(index.row())
        return data(rows, index, role)

    monkeypatch.setattr(PairRows, "data", data_heard)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reject()  # before the search's result is heard
    shown: list[int] = []
    rows = dialog.table.model()
    rows.modelReset.connect(lambda: shown.append(rows.rowCount()))
    assert dialog.operation is not None
    with qtbot.waitSignal(dialog.operation.ended, timeout=20000):
        pass
    QApplication.processEvents()
    assert max(shown) > 50  # the pairs were listed (then let go)
    assert not asked
    assert dialog.table.horizontalHeader().sectionResizeMode(2) == QHeaderView.ResizeMode.Fixed


def test_the_score_column_shows_its_widest_text_and_its_header_whole(
    qtbot: QtBot, app_context: AppContext
) -> None:
    _pairs(app_context, 3)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=20000)
    table = dialog.table
    header = table.horizontalHeader()
    width = header.sectionSize(2)
    assert width >= table.fontMetrics().horizontalAdvance("100%")
    label = str(table.model().headerData(2, Qt.Orientation.Horizontal))
    assert width >= header.fontMetrics().horizontalAdvance(label)
    # what sizing the column to its rows and header gave
    assert width >= max(table.sizeHintForColumn(2), header.sectionSizeHint(2))
