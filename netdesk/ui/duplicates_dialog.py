"""Find duplicates: candidate pairs with a score and reasons; merging is undoable."""

from __future__ import annotations

import copy
import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.contacts import DeletedContact
from netdesk.core.duplicates import DuplicatePair, find_duplicates
from netdesk.core.types import ContactSummary
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.operations import Operation, run_operation
from netdesk.ui.undo import _ContactCommand, push
from netdesk.ui.widgets import tr

log = logging.getLogger("netdesk.ui")

SHOWN_PAIRS = 1000


def reason_text(reason: str) -> str:
    """A reason from core (plain English: "same email: ana@x.org", "similar names"), in the
    user's language and the app's words."""
    kind, colon, value = reason.partition(": ")
    if colon and kind == "same email":
        return tr("same e-mail: %1").replace("%1", value)
    if colon and kind == "same phone":
        return tr("same phone: %1").replace("%1", value)
    if reason == "same name":
        return tr("same name")
    if reason == "similar names":
        return tr("similar names")
    return reason


def _who(summary: ContactSummary | None) -> str:
    """The name and what tells two namesakes apart: job title and company, as in the list."""
    if summary is None:
        return "?"
    details = " · ".join(part for part in (summary.title, summary.organization) if part)
    return f"{summary.display_name} — {details}" if details else summary.display_name


class MergeContacts(_ContactCommand):
    """Merge ``other`` into ``keep``; undo restores ``other`` and ``keep`` as they were. A
    merge, undo or redo the database refuses is said and the stack stays where the data is
    (``undo._ContactCommand``)."""

    def __init__(self, context: AppContext, keep_id: int, other_id: int) -> None:
        super().__init__(context, tr("Merge duplicates"))
        self.keep_id = keep_id
        self.other_id = other_id
        self.keep_before = copy.deepcopy(context.core.contacts.get(keep_id))
        self.record: DeletedContact | None = None

    def apply(self) -> None:
        self.record = self.context.core.contacts.merge(self.keep_id, self.other_id)
        self._changed()

    def revert(self) -> None:
        assert self.record is not None and self.keep_before is not None
        self.context.core.contacts.undo_merge(copy.deepcopy(self.keep_before), self.record)
        self._changed()

    def _changed(self) -> None:
        self.context.changes.contacts_changed.emit([self.keep_id, self.other_id])
        self.context.changes.journal_changed.emit([self.keep_id, self.other_id])
        self.context.changes.follow_ups_changed.emit()


class DuplicatesDialog(QDialog):
    """Lists likely duplicates; the user merges a pair (keeping either side) or skips it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pairs: list[DuplicatePair] = []
        self.operation: Operation | None = None
        self.setWindowTitle(tr("Find duplicates"))
        self.resize(780, 480)
        layout = QVBoxLayout(self)
        self.status = QLabel(tr("Looking for duplicates…"))
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Contact"), tr("Looks like"), tr("Score"), tr("Why")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)  # "100%"
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_left = QPushButton(tr("Merge, keep the first"))
        self.merge_right = QPushButton(tr("Merge, keep the second"))
        self.skip = QPushButton(tr("Not the same person"))
        for button in (self.merge_left, self.merge_right, self.skip):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_left.clicked.connect(lambda: self.merge_selected(keep_first=True))
        self.merge_right.clicked.connect(lambda: self.merge_selected(keep_first=False))
        self.skip.clicked.connect(self.skip_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.search()

    def search(self) -> None:
        core = self.context.core
        self.operation = run_operation(
            self.context,
            self,
            tr("Looking for duplicates…"),
            lambda progress, cancelled: find_duplicates(
                core, progress=progress, cancelled=cancelled
            ),
            on_success=self.show_pairs,
            changes=False,
        )

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs[:SHOWN_PAIRS]
        ids = list(dict.fromkeys(i for p in self.pairs for i in (p.keep_id, p.other_id)))
        people = {s.id: s for s in self.context.core.contacts.summaries(ids)}
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            values = [_who(people.get(pair.keep_id)), _who(people.get(pair.other_id))]
            values.append(f"{pair.score}%")
            values.append("; ".join(reason_text(r) for r in pair.reasons))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        if not pairs:
            self.status.setText(tr("No duplicates found."))
        elif len(pairs) > SHOWN_PAIRS:
            self.status.setText(
                tr("%1 possible duplicates; the %2 most likely are shown.")
                .replace("%1", str(len(pairs)))
                .replace("%2", str(SHOWN_PAIRS))
            )
        else:
            self.status.setText(tr("%n possible duplicate(s).", "", len(pairs)))
        if self.pairs:
            self.table.selectRow(0)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        enabled = self._selected_row() is not None
        for button in (self.merge_left, self.merge_right, self.skip):
            button.setEnabled(enabled)

    def merge_selected(self, *, keep_first: bool = True) -> None:
        row = self._selected_row()
        if row is None:
            return
        pair = self.pairs[row]
        keep, other = (pair.keep_id, pair.other_id) if keep_first else (pair.other_id, pair.keep_id)
        command = MergeContacts(self.context, keep, other)
        try:
            push(self.context, command)  # done first: a refused merge leaves no undo entry
        except Exception as error:  # the database refused (locked, full disk): said, kept
            log.exception("merge failed")
            show_problem(self, tr("Not merged"), str(error))
            return
        self._remove_pairs_with(other)

    def skip_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            del self.pairs[row]
            self.table.removeRow(row)

    def _remove_pairs_with(self, gone_id: int) -> None:
        for row in reversed(range(len(self.pairs))):
            if gone_id in (self.pairs[row].keep_id, self.pairs[row].other_id):
                del self.pairs[row]
                self.table.removeRow(row)
