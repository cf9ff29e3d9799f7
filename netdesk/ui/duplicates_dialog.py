"""Find duplicates: candidate pairs with a score and reasons; merging and "Not the same
person" are undoable, and that answer is remembered in the database (core.duplicates)."""

from __future__ import annotations

import copy
import gc
import heapq
import itertools
import logging
from collections.abc import Callable, Collection, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import Core, duplicates
from netdesk.core.duplicate_groups import (
    GroupMergeRecord,
    dismiss_group,
    group_members,
    merge_group,
    undo_dismiss_group,
    undo_merge_group,
)
from netdesk.core.duplicates import DuplicatePair, MergeRecord, Pair, find_duplicates, rank
from netdesk.core.types import Contact, ContactSummary
from netdesk.gcpause import collector_paused
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.operations import Operation, run_operation
from netdesk.ui.undo import Cancelled, Progress, _BulkCommand, _ContactCommand, push
from netdesk.ui.undo_actions import UndoRedoActions
from netdesk.ui.widgets import (
    fill,
    plain_label,
    relative_past,
    remember_size,
    tab_as_shown,
    tooltip_as_written,
    tr,
    window_room,
)

log = logging.getLogger("netdesk.ui")

SHOWN_PAIRS = 1000
# A merge made without a window to show its progress over (a script) whose other contact has
# more journal entries than this runs on the worker (its undo and redo too): the 1,490 entries
# of one contact of the 100,000-contact copy took 0.8 s to merge and 1 s to undo (each entry
# is linked and unlinked on its own). One made from a window always does (MergeContacts).
BACKGROUND_MERGE = 100


def reason_text(reason: str) -> str:
    """A reason from core (plain English: "same email: ana@x.org", "similar names"), in the
    user's language and the app's words."""
    kind, colon, value = reason.partition(": ")
    if colon and kind == "same email":
        return tr("same e-mail: %1").replace("%1", value)
    if colon and kind == "same phone":
        return tr("same phone: %1").replace("%1", value)
    if colon and kind == "same mobile":
        return tr("same mobile: %1").replace("%1", value)
    if reason == "same name":
        return tr("same name")
    if reason == "similar names":
        return tr("similar names")
    return reason


def describe(contact: Contact, talks: int, last: str) -> str:
    """What tells the two apart: name, job and company, e-mails and phones, the journal."""
    lines = [contact.display_name or tr("(no name)")]
    work = " · ".join(part for part in (contact.title, contact.organization) if part)
    if work:
        lines.append(work)
    reach = [e.value for e in contact.emails[:2]] + [p.raw for p in contact.phones[:2]]
    if reach:
        lines.append(", ".join(reach))
    lines.append(
        fill(tr("%1, last %2"), tr("%Ln journal entries", None, talks), last)
        if talks
        else tr("No journal entries")
    )
    return "\n".join(lines)


def _who(summary: ContactSummary | None) -> str:
    """The name and what tells two namesakes apart: job title and company, as in the list."""
    if summary is None:
        return "?"
    details = " · ".join(part for part in (summary.title, summary.organization) if part)
    return f"{summary.display_name} — {details}" if details else summary.display_name


_OTHERS_SHOWN = 4  # cards of a group the details show beside the first


class _StaysUntilDone(QObject):
    """Keeps a merge's progress dialog up until the merge is done: Escape or closing it hid
    it while the merge went on writing, the window was no longer held (modal), and an edit
    made meanwhile waited for the database (the window frozen up to 5 s) or failed."""

    def __init__(self, operation: Operation) -> None:
        super().__init__(operation.dialog)  # goes with the dialog
        self.operation = operation

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.operation.running:
            return False
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        )


class MergeContacts(_BulkCommand):
    """Merge ``other`` into ``keep`` (``keep`` also takes over ``other``'s "not the same
    person" answers); undo restores ``other`` and ``keep`` as they were. A merge, undo or redo
    the database refuses is said and the stack stays where the data is
    (``undo._ContactCommand``).

    Made from a window (``parent``: Find duplicates, Merge two contacts), the merge, its undo
    and its redo run on the worker behind a progress dialog (``undo._BulkCommand``): on the
    100,000-contact copy one of a few journal entries held the window 50 to 500 ms. Made
    without one (a script), only one of an ``other`` with more than BACKGROUND_MERGE entries.
    """

    def __init__(
        self,
        context: AppContext,
        keep_id: int,
        other_id: int,
        parent: QWidget | None = None,
        take_other: Collection[str] = (),
    ) -> None:
        """``take_other``: the single-valued fields that take ``other``'s value where both
        have one (contacts.merge_into); a redo takes the same."""
        names = context.core.contacts.names([keep_id, other_id])
        # the Edit menu names whom it would part again ("Undo Merge duplicates" did not)
        super().__init__(
            context,
            fill(
                tr("Merge %1 into %2"),
                names.get(other_id) or tr("contact"),
                names.get(keep_id) or tr("contact"),
            ),
        )
        self.keep_id = keep_id
        self.other_id = other_id
        self.take_other = frozenset(take_other)
        self.ids = [keep_id, other_id]
        # read by the first run, on its thread: 11 ms of the window's on 100,000 contacts
        self.keep_before: Contact | None = None
        self.record: MergeRecord | None = None
        self.entries = context.core.journal.count_for(other_id)  # what moves, at most
        self.working = tr("Merging contacts…")
        self.working_undo = tr("Undoing the merge…")
        self.parent_widget = parent  # of its progress
        self.on_worker = parent is not None

    def big(self) -> bool:
        return self.on_worker or self.entries > BACKGROUND_MERGE

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        """The merge or its undo, in one transaction (core calls only: it may run on the
        worker). It cannot stop half-way: the progress dialog offers no Cancel."""
        if not undoing:
            core = self.context.core
            if self.keep_before is None:
                self.keep_before = copy.deepcopy(core.contacts.get(self.keep_id))
            # a redo hands the undone merge's record: the kept item held as it was then
            self.record = duplicates.merge(
                core, self.keep_id, self.other_id, self.record, self.take_other
            )
            return
        assert self.record is not None and self.keep_before is not None
        duplicates.undo_merge(self.context.core, copy.deepcopy(self.keep_before), self.record)

    def _in_background(self, *args: Any, **kwargs: Any) -> Operation:
        if self.parent_widget is not None and not shiboken6.isValid(self.parent_widget):
            # Find duplicates closed since (its merge ended after): an undo from the window
            # showed its progress over a deleted dialog, and raised
            self.parent_widget = None
        operation = super()._in_background(*args, **kwargs)
        operation.dialog.setCancelButton(None)  # work() never looks: Cancel did nothing
        operation.dialog.installEventFilter(_StaysUntilDone(operation))
        return operation

    def finished(self) -> None:
        self._changed()

    def merged_away(self) -> list[int]:
        """The contacts this merge, done and not undone, merged into ``keep_id``."""
        return [self.other_id] if self.record is not None else []

    def _changed(self) -> None:
        self.context.changes.contacts_changed.emit(list(self.ids))
        self.context.changes.journal_changed.emit(list(self.ids))
        self.context.changes.follow_ups_changed.emit()


class MergeGroup(MergeContacts):
    """Merge every one of ``other_ids`` into ``keep_id`` (core.duplicate_groups.merge_group),
    one step on the undo stack; its undo puts them all back. Run as MergeContacts runs.

    ``take_from``: contact id -> the single-valued fields taken from that one."""

    def __init__(
        self,
        context: AppContext,
        keep_id: int,
        other_ids: list[int],
        parent: QWidget | None = None,
        take_from: dict[int, frozenset[str]] | None = None,
    ) -> None:
        super().__init__(context, keep_id, other_ids[0], parent)
        name = context.core.contacts.names([keep_id]).get(keep_id) or tr("contact")
        self.setText(fill(tr("Merge %Ln contacts into %1", "", len(other_ids)), name))
        self.other_ids = list(other_ids)
        self.take_from = dict(take_from or {})
        self.ids = [keep_id, *other_ids]
        self.entries = sum(context.core.journal.count_for(i) for i in other_ids)
        self.group_record: GroupMergeRecord | None = None

    def merged_away(self) -> list[int]:
        return list(self.other_ids) if self.group_record is not None else []

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        core = self.context.core
        if not undoing:
            # a redo hands the undone merges' records, as MergeContacts does
            self.group_record = merge_group(
                core, self.keep_id, self.other_ids, self.take_from, self.group_record
            )
            return
        assert self.group_record is not None
        undo_merge_group(core, self.group_record)


class NotTheSamePerson(_ContactCommand):
    """Remember that two contacts are not the same person; undo forgets it. The contacts
    themselves do not change: an open dialog follows the undo stack (``indexChanged``)."""

    def __init__(self, context: AppContext, first_id: int, second_id: int) -> None:
        super().__init__(context, tr("Not the same person"))
        self.first_id = first_id
        self.second_id = second_id

    def apply(self) -> None:
        duplicates.dismiss(self.context.core, self.first_id, self.second_id)

    def revert(self) -> None:
        duplicates.undo_dismiss(self.context.core, self.first_id, self.second_id)


class NotTheSamePeople(_ContactCommand):
    """Remember that no two contacts of a group are the same person; undo forgets it."""

    def __init__(self, context: AppContext, ids: Collection[int]) -> None:
        super().__init__(context, tr("Not the same person"))
        self.group_ids = sorted(ids)
        self.answers: list[Pair] = []

    def apply(self) -> None:
        self.answers = dismiss_group(self.context.core, self.group_ids)

    def revert(self) -> None:
        undo_dismiss_group(self.context.core, self.answers)


class ForgetNotTheSame(_ContactCommand):
    """Forget every "not the same person" answer; undo remembers them again."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, tr("Forget “not the same” answers"))
        self.forgotten: list[Pair] = []

    def apply(self) -> None:
        forgotten = duplicates.forget_dismissed(self.context.core)
        if forgotten or not self.forgotten:  # a redo after a failed undo finds none left
            self.forgotten = forgotten

    def revert(self) -> None:
        duplicates.remember_dismissed(self.context.core, self.forgotten)


class Found:
    """A search's pairs as the dialog walks them, built on the worker: their keys (is a pair
    one of them) and the pairs of each contact (which to ask again of the one a merge kept;
    a pass over 250,000 pairs for it took 130 ms on the window's thread)."""

    def __init__(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.keys = {(p.keep_id, p.other_id) for p in pairs}
        self.of_contact: dict[int, list[DuplicatePair]] = {}
        for pair in pairs:
            self.of_contact.setdefault(pair.keep_id, []).append(pair)
            self.of_contact.setdefault(pair.other_id, []).append(pair)
        self.froze_alone = False
        self.people: dict[int, ContactSummary] = {}
        # each contact of a group of three or more: the group's contacts
        self.group_of: dict[int, tuple[int, ...]] = {}
        # each group's pairs' reasons, most certain first: a row says those of the pairs
        # whose two contacts are still in it (a card deleted since lends it none)
        self.group_reasons: dict[tuple[int, ...], dict[Pair, list[str]]] = {}

    def join_groups(self, answered: Collection[Pair]) -> None:
        """The groups of three or more the pairs not ``answered`` make (core.duplicate_groups),
        worked out on the worker: the dialog shows each as one row."""
        for members in group_members(self.pairs, answered):
            self.group_of.update(dict.fromkeys(members, members))
        group_of = self.group_of
        if not group_of:
            return
        for pair in self.pairs:  # (most certain first)
            group = group_of.get(pair.keep_id)
            if group is not None and group is group_of.get(pair.other_id):
                said = self.group_reasons.setdefault(group, {})
                said.setdefault((pair.keep_id, pair.other_id), pair.reasons)

    def read_people(self, core: Core) -> None:
        """The summaries of the contacts of the first pairs to be shown, read on the worker:
        2,000 of them took the window's thread 0.1 s as the list was first filled."""
        answered = duplicates.dismissed_pairs(core)
        self.join_groups(answered)
        first = itertools.islice(
            (p for p in self.pairs if (p.keep_id, p.other_id) not in answered), SHOWN_PAIRS
        )
        ids = list(dict.fromkeys(i for p in first for i in (p.keep_id, p.other_id)))
        self.people = {s.id: s for s in core.contacts.summaries(ids)}

    def freeze(self) -> None:
        """Keep the collector off the pairs while the dialog shows them (as the import does
        with its plan): each later full collection walked them again. Frozen objects are
        still freed when the dialog lets them go."""
        self.froze_alone = gc.get_freeze_count() == 0
        gc.freeze()

    def thaw(self) -> None:
        """Undo :meth:`freeze`, unless something else (start-up) froze objects too."""
        if self.froze_alone:
            gc.unfreeze()
        self.froze_alone = False


# One side of a pair as the details show it: the contact in full, its summary (when last
# talked), its journal entries
Side = tuple[Contact | None, ContactSummary | None, int]


class _SidesSignals(QObject):
    """Signals:
    read(object): (the request's number, the two sides or None when the read failed)."""

    read = Signal(object)


class _ReadSides(QRunnable):
    """Reads the two sides of a pair on a worker, on a SQLite connection of its own closed
    when done: on the window's thread each pair selected took 30-50 ms of the 100,000-contact
    copy (two contacts read in full), and holding the Down arrow stuttered."""

    def __init__(self, core: Core, ids: tuple[int, ...], number: int) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it until its result is heard
        self.core, self.ids, self.number = core, ids, number
        self.signals = _SidesSignals()  # no parent: the dialog may be gone when it ends

    def run(self) -> None:
        sides: list[Side] | None = None
        core = self.core
        try:
            summaries = {s.id: s for s in core.contacts.summaries(list(self.ids))}
            sides = [
                (core.contacts.get(i), summaries.get(i), core.journal.count_for(i))
                for i in self.ids
            ]
        except Exception:  # the details then say nothing; the pair can still be answered
            log.exception("the contacts %s were not read", self.ids)
        finally:
            core.store.close_own()  # this worker thread's own connection
        try:
            self.signals.read.emit((self.number, sides))
        except RuntimeError:  # its signals gone with the application, at quit
            log.info("the contacts %s were read after the window had gone", self.ids)


_pool: QThreadPool | None = None


def sides_pool() -> QThreadPool:
    """The thread reading a pair's two sides (``_ReadSides``), made on first use. The app's,
    not the dialog's own: a restore waits for a read under way (``wait_for_reads``), which
    has the database open; the dialog's own pool was known to neither the restore nor the
    tests' end, and a restore could refuse the file as in use by another program."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # one read at a time, the latest asked next
    return _pool


def wait_for_reads() -> None:
    """Until no pair's read runs or waits: a restore is about to replace the database."""
    if _pool is not None:
        _pool.waitForDone()


_Index = QModelIndex | QPersistentModelIndex


class PairRows(QAbstractTableModel):
    """The pairs shown; a row's four texts made when the view first asks for them, its
    tooltips when one is asked for. A QTableWidget made 4,000 items with their texts and
    tooltips for 1,000 pairs: 0.2 s on the window's thread each time the list was filled,
    for 100,000 contacts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []
        self.people: dict[int, ContactSummary] = {}
        self._texts: dict[Pair, list[str]] = {}
        self.headers = [tr("Contact"), tr("Looks like"), tr("Score"), tr("Why")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def texts(self, row: int) -> list[str]:
        pair = self.pairs[row]
        key = (pair.keep_id, pair.other_id)
        values = self._texts.get(key)
        if values is None:
            people = self.people
            others = pair.group[1:] if pair.group else (pair.other_id,)
            values = self._texts[key] = [
                _who(people.get(pair.keep_id)),
                ", ".join(_who(people.get(i)) for i in others),
                f"{pair.score}%",
                "; ".join(reason_text(r) for r in pair.reasons),
            ]
            if pair.group:  # "3 contacts: ..."
                values[1] = fill(tr("%Ln others: %1", "", len(others)), values[1])
        return values

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # whole, however narrow the column
            return tooltip_as_written(self.texts(index.row())[index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def show(self, pairs: list[DuplicatePair], people: dict[int, ContactSummary]) -> None:
        """Bring the rows to ``pairs`` (their contacts' summaries in ``people``), removing
        and inserting only the rows that changed: answering one pair of 1,000 shown removes
        one row, and the selection stays on the others."""
        self.people = people
        self._texts.clear()  # a name may have changed: made again as the view asks
        if not self.pairs or not pairs:
            self.beginResetModel()
            self.pairs = list(pairs)
            self.endResetModel()
            return
        wanted = {(p.keep_id, p.other_id) for p in pairs}
        for row in reversed(range(len(self.pairs))):
            if (self.pairs[row].keep_id, self.pairs[row].other_id) not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.pairs[row]
                self.endRemoveRows()
        # what is left is in the order of ``pairs``: insert in between
        for row, pair in enumerate(pairs):
            if row < len(self.pairs):
                shown = self.pairs[row]
                if (shown.keep_id, shown.other_id) == (pair.keep_id, pair.other_id):
                    self.pairs[row] = pair  # its reasons may be a carried pair's
                    continue
            self.beginInsertRows(QModelIndex(), row, row)
            self.pairs.insert(row, pair)
            self.endInsertRows()
        if self.pairs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.pairs) - 1, 3))


class PairsView(QTableView):
    """The list of pairs (a view of :class:`PairRows`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair_rows = PairRows(self)
        self.setModel(self.pair_rows)

    def rowCount(self) -> int:
        """How many pairs the list shows."""
        return self.pair_rows.rowCount()


def score_width(table: QTableView) -> int:
    """The Score column's width: its header's label (translated) or "100%", the widest score,
    as the view draws a cell (the text's margins and the grid line)."""
    style = table.style()
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    cell = table.fontMetrics().horizontalAdvance("100%") + margins + 1
    return max(cell, table.horizontalHeader().sectionSizeHint(2))


class DuplicatesDialog(QDialog):
    """Lists likely duplicates; the user merges a pair (keeping either side) or says they are
    not the same person, which is remembered. Ctrl+Z and Ctrl+Shift+Z work the app's undo
    stack from here too (the main window's shortcuts do not reach a modal dialog); the table
    follows the stack, so an undone answer or merge brings its pair back at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.found: list[DuplicatePair] = []  # every pair found, answered ones too
        self._found: Found | None = None
        self._found_keys: set[Pair] = set()
        self._of_contact: dict[int, list[DuplicatePair]] = {}
        self._group_of: dict[int, tuple[int, ...]] = {}  # Found.group_of
        self._group_reasons: dict[tuple[int, ...], dict[Pair, list[str]]] = {}  # Found's
        self._refresh_due = False
        self._details_of: tuple[int, ...] | None = None  # the pair (group) the details show
        self._details_pair: DuplicatePair | None = None  # ... as asked (its reasons)
        self._details_asked = 0  # numbers each request: a read of an older one is not shown
        self._reading: _ReadSides | None = None  # one read at a time, the latest asked next
        self._reader = sides_pool()
        self._filling = False
        self._people: dict[int, ContactSummary] = {}  # the summaries of the rows shown
        # contacts changed while a search read their summaries (None: every one)
        self._stale_people: set[int] | None = set()
        self.pairs: list[DuplicatePair] = []  # the rows shown
        self.searched = False
        self.operation: Operation | None = None
        self.working = False  # a change runs on the worker (changes.undo_busy)
        self._focus_before: QWidget | None = None  # as it began: its button is off meanwhile
        self.setWindowTitle(tr("Find duplicates"))
        # within a small screen (1400x900 at 200% is 700x450): its buttons were below the edge
        self.resize(QSize(780, 480).boundedTo(window_room(self)))
        remember_size(self, context.settings, "duplicates_dialog")
        layout = QVBoxLayout(self)
        self.status = QLabel(tr("Looking for duplicates…"))
        # "Forget my answers" beside the count, not beside the merge buttons: that row held
        # the dialog 808 pixels wide at least (over 1,000 in Spanish), past the edge of a
        # 1280x800 screen at 125%
        self.forget = QPushButton()
        self.forget.setAutoDefault(False)  # Enter in the list must not forget every answer
        self.forget.clicked.connect(self.forget_answers)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.forget)
        layout.addLayout(top)
        self.table = PairsView()
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the buttons (the arrows move in it): a table's Tab went from
        # cell to cell, and Merge or "Not the same person" could not be reached by keyboard
        self.table.setTabKeyNavigation(False)
        self.status.setBuddy(self.table)  # a screen reader names the list "37 possible dup…"
        self.table.installEventFilter(self)  # Enter in the list merges nothing
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # as wide as its widest text, measured once. Sized to its contents, the column was
        # measured on every row the view is not sure it shows: off screen (a search that ends
        # after the dialog closed runs on), all 1,000 rows' data, 62 ms on the 100,000-contact
        # copy, for a column whose widest cell reads "100%"
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, score_width(self.table))
        layout.addWidget(self.table, 1)
        # the selected pair's reasons whole, wrapped to the dialog's width: the Why column,
        # one of three to share it, showed "same e-mail: leonor.silva@kitedesign.example; same …"
        self.why = plain_label("")
        self.why.setObjectName("pairWhy")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.why)
        # room kept for the lines the details and losses usually take: sized to each pair,
        # the list grew and shrank under the arrow keys from one pair to the next
        line = self.why.fontMetrics().lineSpacing()
        self.why.setMinimumHeight(line)
        # the selected pair side by side: e-mails, phones and journal decide it more often than
        # the names the table shows
        sides = QHBoxLayout()
        self.details = (plain_label(""), plain_label(""))
        for label in self.details:
            label.setObjectName("pairSide")
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            label.setMinimumHeight(4 * line)  # name, work, e-mails and phones, journal
            sides.addWidget(label, 1)
        layout.addLayout(sides)
        # what each merge button would not keep (the other's own job title, birthday): the
        # merge kept one side's value without a word, where Merge two contacts says it
        self.not_kept = plain_label("")
        self.not_kept.setObjectName("notKept")
        self.not_kept.setWordWrap(True)
        # one line for each quick merge button, one for what Merge… offers instead
        self.not_kept.setMinimumHeight(3 * line)
        layout.addWidget(self.not_kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._keep_first = tr("Merge, keep the &first")
        self.merge_left = QPushButton(self._keep_first)
        self.merge_right = QPushButton(tr("Merge, keep the &second"))
        # the merge dialog for the pair: which to keep and, where both have their own job
        # title (a birthday), whose stays. The quick buttons stay beside it: most pairs are
        # one card imported twice, one side empty where the other is not, with nothing to
        # choose, and walking hundreds of them is one Alt+F or Alt+S each
        self.merge_choosing = QPushButton(tr("&Merge…"))
        self.merge_choosing.setObjectName("mergeChoosing")
        self.merge_choosing.setToolTip(
            tr("Choose which to keep and, where both have their own, whose value stays")
        )
        self.skip = QPushButton(tr("&Not the same person"))
        merges = (self.merge_left, self.merge_right, self.merge_choosing)
        for button in (*merges, self.skip):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_left.clicked.connect(lambda: self.merge_selected(keep_first=True))
        self.merge_right.clicked.connect(lambda: self.merge_selected(keep_first=False))
        self.merge_choosing.clicked.connect(self.merge_choosing_fields)
        self.skip.clicked.connect(self.skip_selected)
        buttons.rejected.connect(self.reject)
        tab_as_shown(buttons)  # Tab reached Close, made first, before the merge buttons
        layout.addWidget(buttons)
        self._add_undo_actions()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self._update_buttons()
        self._update_forget()
        self.table.setFocus()  # not the Forget button above it, first in the window
        self.search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list of pairs does nothing: it went to the dialog's default button and
        merged the pair, keeping the first, without a word. Which one to keep is asked for by
        its own button (Alt+F, Alt+S; Alt+M to choose field by field)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return True
        return super().eventFilter(watched, event)

    def _add_undo_actions(self) -> None:
        stack = self.context.undo_stack
        self.undo_redo = UndoRedoActions(self.context, self)
        self.undo_action, self.redo_action = self.undo_redo.undo, self.undo_redo.redo
        stack.indexChanged.connect(self._stack_moved)
        # a change run on the worker (a big undo) is written when it ends, not when the stack
        # moves: its contacts_changed says so
        self.context.changes.contacts_changed.connect(self._contacts_changed)
        # no answer while a merge (or an undo) runs on the worker: a second click on Merge,
        # before its progress showed, merged the pair again and was refused with an error
        self.context.changes.undo_busy.connect(self._busy)

    def done(self, result: int) -> None:
        """Closed: stop following the app's stack (the dialog may outlive this: the window
        releases it once a search still running has ended)."""
        stack, changes = self.context.undo_stack, self.context.changes
        self.undo_redo.detach()
        for signal, slot in (
            (stack.indexChanged, self._stack_moved),
            (changes.contacts_changed, self._contacts_changed),
            (changes.undo_busy, self._busy),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already disconnected (done twice)
                pass
        self._details_of, self._details_pair = None, None
        self._details_asked += 1  # a read under way is not shown
        self._reader.waitForDone()  # (one pair's contacts: its connection closed with it)
        if self._found is not None:
            self._found.thaw()
        # let go at once, not when the dialog is: a quarter of a million pairs for 100,000
        # contacts (100 MB), while a search closed before it ended runs on
        self._found, self.found, self.pairs = None, [], []
        self._found_keys, self._of_contact, self._group_of = set(), {}, {}
        self._group_reasons = {}
        self._people.clear()
        self.table.pair_rows.show([], {})
        super().done(result)

    def _stack_moved(self, _index: int) -> None:
        if self.working:
            # a merge's undo or redo on the worker moves the stack as it starts: the list is
            # read again once it has written (``_busy``), not now and then
            self._refresh_due = True
            return
        self.refresh()

    def _contacts_changed(self, ids: object) -> None:
        """Refreshed once the change is done: a merge or its undo says contacts_changed while
        it is still under way, and then moves the stack (each refresh of 1,000 rows over the
        pairs of 100,000 contacts is tens of milliseconds)."""
        if isinstance(ids, list):
            for contact_id in ids:
                self._people.pop(contact_id, None)
        else:
            self._people.clear()
        searching = self.operation is not None and self.operation.running
        if searching and self._stale_people is not None:  # it read some: read them again
            self._stale_people = self._stale_people.union(ids) if isinstance(ids, list) else None
        if not self._refresh_due:
            self._refresh_due = True
            QTimer.singleShot(0, self._refresh_if_due)

    def _refresh_if_due(self) -> None:
        if self._refresh_due:
            self.refresh()

    def search(self) -> None:
        core = self.context.core

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> Found | None:
            # a quarter of a million pairs for 100,000 contacts: the full collections their
            # making set off walked them all holding the interpreter lock (the window stood
            # still 0.1 to 0.5 s at a time); they make no cycles
            def searching(done: int, total: int) -> None:
                # the bar ends with the list made: at 100% as the search's loops ended, it
                # stood full 2 s on 100,000 contacts while the pairs were sorted and indexed
                progress(done * 90 // max(total, 1), 100)

            with collector_paused():
                pairs = find_duplicates(
                    core, progress=searching, cancelled=cancelled, include_dismissed=True
                )
                if cancelled():
                    return None  # what was found so far is not "every duplicate"
                found = Found(pairs)
                progress(97, 100)
                found.read_people(core)
                # frozen before the collector is back: its first pass walked them all (0.26 s)
                found.freeze()
            # what the details of the first pair need (what each merge button loses),
            # loaded here and not as the list arrives: 75 ms of the window's time
            import netdesk.ui.merge_dialog  # noqa: F401

            progress(100, 100)
            return found

        self.operation = run_operation(
            self.context,
            self,
            tr("Looking for duplicates…"),
            work,
            on_success=self.show_pairs,
            changes=False,
        )
        # said by the operation; the dialog would stay "Looking for duplicates…" for good
        self.operation.failed.connect(self.reject)

    def show_pairs(self, found: Found | None) -> None:
        """The search's result, answered pairs included: shown are those not answered whose
        contacts both still exist. A search the user cancelled closes the dialog: a part of
        the pairs, or none, would read as all there are."""
        if found is None:
            self.reject()
            return
        if self._found is not None:
            self._found.thaw()
        self._found = found
        if not self.isVisible():
            found.thaw()  # done() thaws them, and a dialog never shown is never done
        self.found, self._found_keys, self._of_contact = found.pairs, found.keys, found.of_contact
        self._group_of, self._group_reasons = found.group_of, found.group_reasons
        self.searched = True
        self._people = found.people
        found.people = {}
        stale, self._stale_people = self._stale_people, set()
        if stale is None:
            self._people.clear()
        for contact_id in stale or ():
            self._people.pop(contact_id, None)
        self.table.pair_rows.show([], {})  # a new search may order the pairs differently
        self.refresh()

    def refresh(self) -> None:
        """Show the pairs found that are still open questions, keeping the selection."""
        self._refresh_due = False
        self._details_of = None  # a merge or an undo changed what they say
        if not self.searched:
            return
        answered = duplicates.dismissed_pairs(self.context.core)
        selected = self._selected_row()
        before = [(p.keep_id, p.other_id) for p in self.pairs]
        open_pairs, count = self._open_pairs(answered)
        self.pairs, people, gone = self._still_there(open_pairs)
        self._filling = True  # the rows removed move the selection: shown once, at the end
        try:
            self._fill(people)
        finally:
            self._filling = False
        self._update_status(count - gone)
        self._update_forget(len(answered))
        self._reselect(before, selected)

    def _merged_away(self) -> dict[int, int]:
        """Contacts merged into another by a merge in effect now (done, not undone), from
        this dialog or Merge two contacts: the contact merged away -> the one kept."""
        stack = self.context.undo_stack
        moved: dict[int, int] = {}
        for index in range(stack.index()):
            command = stack.command(index)
            if isinstance(command, MergeContacts):
                moved.update(dict.fromkeys(command.merged_away(), command.keep_id))
        return moved

    def _open_pairs(self, answered: set[Pair]) -> tuple[Iterator[DuplicatePair], int]:
        """The pairs still to be answered, in order, and how many there are. A pair with a
        contact merged away since the search is asked of the one it was merged into: after
        A~B and B~C, merging B into A leaves A~C (C shares B's phone, which A has now).

        Walked lazily: after each answer only the first rows shown are looked at, not the
        quarter of a million pairs 100,000 contacts can have (150 ms, three times per click)."""
        moved = self._merged_away()

        def kept(contact_id: int) -> int:
            seen = {contact_id}
            while contact_id in moved and moved[contact_id] not in seen:
                contact_id = moved[contact_id]
                seen.add(contact_id)
            return contact_id

        touched: dict[Pair, DuplicatePair] = {}
        for contact_id in moved:
            for pair in self._of_contact.get(contact_id, ()):
                touched[(pair.keep_id, pair.other_id)] = pair
        carried: dict[Pair, DuplicatePair] = {}
        for pair in sorted(touched.values(), key=rank):
            a, b = kept(pair.keep_id), kept(pair.other_id)
            key = (min(a, b), max(a, b))
            if a == b or key in answered or key in carried:
                continue
            if key in self._found_keys and key not in touched:
                continue  # asked already as found
            carried[key] = DuplicatePair(key[0], key[1], pair.score, list(pair.reasons))
        # (answered & found) first: ``&`` binds looser than ``-``, and found - touched copied the
        # quarter of a million keys of 100,000 contacts after each answer (50 ms)
        answered_found = len((answered & self._found_keys) - touched.keys())
        count = len(self.found) - answered_found - len(touched) + len(carried)
        untouched = (
            p
            for p in self.found
            if (p.keep_id, p.other_id) not in answered and (p.keep_id, p.other_id) not in touched
        )
        return heapq.merge(untouched, carried.values(), key=rank), count

    def _still_there(
        self, open_pairs: Iterator[DuplicatePair]
    ) -> tuple[list[DuplicatePair], dict[int, ContactSummary], int]:
        """The first SHOWN_PAIRS of ``open_pairs`` whose contacts both exist (a merge or an
        undone "Add" may have deleted one), their summaries, and how many were left out.
        The summaries are kept until their contacts change: reading those of 1,000 pairs
        again after each answer took a third of its time."""
        shown: list[DuplicatePair] = []
        people = self._people
        gone = 0
        group_of = self._group_of
        # a group's row, or None where it is no longer one (fewer than three left, an answer)
        group_rows: dict[tuple[int, ...], DuplicatePair | None] = {}
        answered: set[Pair] | None = None
        while len(shown) < SHOWN_PAIRS:
            window = list(itertools.islice(open_pairs, SHOWN_PAIRS - len(shown)))
            if not window:
                break
            ids = list(dict.fromkeys(i for p in window for i in (p.keep_id, p.other_id)))
            ids += [m for i in ids if i in group_of for m in group_of[i]]
            people.update(
                (s.id, s)
                for s in self.context.core.contacts.summaries(
                    list({i for i in ids if i not in people})
                )
            )
            for pair in window:
                if pair.keep_id not in people or pair.other_id not in people:
                    gone += 1
                    continue
                group = group_of.get(pair.keep_id)
                if group is None or group is not group_of.get(pair.other_id):
                    shown.append(pair)
                    continue
                if group not in group_rows:
                    if answered is None:
                        answered = duplicates.dismissed_pairs(self.context.core)
                    group_rows[group] = row = self._group_row(group, pair, people, answered)
                    shown.append(row or pair)
                elif group_rows[group] is None:
                    shown.append(pair)
                else:
                    gone += 1  # said by its group's row
        return shown, people, gone

    def _group_row(
        self,
        group: tuple[int, ...],
        first: DuplicatePair,
        people: dict[int, ContactSummary],
        answered: set[Pair],
    ) -> DuplicatePair | None:
        """The row of a group of three or more (its best pair ``first``), its contacts those
        still there; None where fewer than three are, or two were answered not one person."""
        members = tuple(i for i in group if i in people)
        if len(members) < 3:
            return None
        if any((a, b) in answered for n, a in enumerate(members) for b in members[n + 1 :]):
            return None
        # (its reasons found on the worker: its pairs' own, and those of pairs carried to
        # it; of pairs whose two contacts are still there)
        inside = set(members)
        reasons = dict.fromkeys(first.reasons if {first.keep_id, first.other_id} <= inside else ())
        for (a, b), said in self._group_reasons.get(group, {}).items():
            if a in inside and b in inside:
                reasons.update(dict.fromkeys(said))
        return DuplicatePair(members[0], members[1], first.score, list(reasons), members)

    def _fill(self, people: dict[int, ContactSummary]) -> None:
        """Bring the list to ``self.pairs``."""
        self.table.pair_rows.show(self.pairs, people)

    def _update_status(self, total: int) -> None:
        if not total:
            self.status.setText(tr("No duplicates found."))
        elif total > SHOWN_PAIRS:
            locale = QLocale()
            self.status.setText(
                fill(
                    tr("%1 possible duplicates; the %2 most likely are shown."),
                    locale.toString(total),
                    locale.toString(SHOWN_PAIRS),
                )
            )
        else:
            self.status.setText(tr("%Ln possible duplicate(s).", "", total))

    def _reselect(self, before: list[Pair], selected: int | None) -> None:
        """A pair that came back (an undo) is selected; otherwise the same pair as before, or
        the one that took the place of the pair just answered or merged."""
        keys = [(p.keep_id, p.other_id) for p in self.pairs]
        shown = set(before)
        back = [row for row, key in enumerate(keys) if key not in shown]
        if len(before) >= SHOWN_PAIRS:
            # a full list takes the next pairs in at its end as one leaves: none came back
            # (the selection jumped to the last row after each answer)
            last = max((row for row, key in enumerate(keys) if key in shown), default=-1)
            back = [row for row in back if row < last]
        if len(back) == 1 and before:
            row = back[0]
        elif selected is not None and selected < len(before) and before[selected] in keys:
            row = keys.index(before[selected])
        elif selected is not None:
            row = min(selected, len(keys) - 1)
        else:
            row = 0
        if keys:
            self.table.selectRow(row)
        self._update_buttons()
        self._show_details()  # the same row may hold another pair now

    def _update_forget(self, answered: int | None = None) -> None:
        if answered is None:
            answered = duplicates.dismissed_count(self.context.core)
        self.forget.setText(
            tr("Forget my “not the same” &answers (%1)").replace("%1", str(answered))
        )
        # off while a merge runs: forgetting would wait for its writes, the window still
        self.forget.setEnabled(answered > 0 and not self.working)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _busy(self, busy: bool) -> None:
        if busy and not self.working:
            self._focus_before = self.focusWidget()
        self.working = busy
        if not busy and self._refresh_due:
            self.refresh()
        self._update_buttons()
        self._update_forget()
        if busy:
            return
        before, self._focus_before = self._focus_before, None
        if before is not None and shiboken6.isValid(before) and before.isEnabled():
            # the Merge clicked went off while it ran, and the focus on to Close: the next
            # Enter or Space closed the dialog
            before.setFocus()

    def _update_buttons(self) -> None:
        row = self._selected_row()
        enabled = row is not None and not self.working
        for button in (self.merge_left, self.merge_right, self.merge_choosing, self.skip):
            button.setEnabled(enabled)
        group = row is not None and row < len(self.pairs) and bool(self.pairs[row].group)
        if group:  # which of the others is "the second"? Merge… chooses
            self.merge_right.setEnabled(False)
        self.merge_left.setText(tr("Merge all, keep the &first") if group else self._keep_first)

    def _show_details(self) -> None:
        """The selected pair's two contacts in full: e-mails, phones, journal, last talked,
        read on a worker (``_ReadSides``); shown as the read ends, the pair still selected."""
        if self._filling:
            return
        row = self._selected_row()
        pair = self.pairs[row] if row is not None and row < len(self.pairs) else None
        ids = (pair.group or (pair.keep_id, pair.other_id)) if pair is not None else None
        if ids is not None and ids == self._details_of:
            return  # shown already (a refresh selects its row, then makes sure)
        self._details_of, self._details_pair = ids, pair
        self._details_asked += 1
        if ids is None:
            for label in self.details:
                label.clear()
            self.not_kept.clear()
            self.why.clear()
            return
        if self._reading is None:  # else read once the one under way ends
            self._read_sides(ids)

    def _read_sides(self, ids: tuple[int, ...]) -> None:
        if self.context.changes.replacing:  # a restore has the database (and waited for reads)
            self._details_of = None  # asked again as its end refreshes the list
            return
        reading = self._reading = _ReadSides(self.context.core, ids, self._details_asked)
        reading.signals.read.connect(self._sides_read, Qt.ConnectionType.QueuedConnection)
        self._reader.start(reading)

    def _sides_read(self, result: tuple[int, list[Side] | None]) -> None:
        if not shiboken6.isValid(self):
            return
        self._reading = None
        number, sides = result
        if number != self._details_asked:  # another pair asked for since, or read again
            if self._details_of is not None:
                self._read_sides(self._details_of)
            return
        pair = self._details_pair
        now = self.context.core.clock.now()
        contacts = []
        texts: list[str] = []
        for contact, summary, talks in sides or [(None, None, 0)] * 2:
            if contact is None or contact.id is None:
                texts.append("")
                continue
            contacts.append(contact)
            last = relative_past(summary.last_interaction if summary else None, now)
            texts.append(describe(contact, talks, last))
        if len(texts) > 2:
            # a group: the first on the left, the others on the right, a paragraph each (a
            # card's lines "·"-joined): four lines a card held nine cards 40 lines tall, and
            # the list shrank under the arrow keys from a pair to a group
            others = [text.replace("\n", " · ") for text in texts[1:] if text]
            if len(others) > _OTHERS_SHOWN:
                more = len(others) - _OTHERS_SHOWN + 1
                others[_OTHERS_SHOWN - 1 :] = [tr("…and %Ln more (Merge… shows all)", "", more)]
            texts[1:] = ["\n".join(others)]
        for label, text in zip(self.details, texts, strict=True):
            label.setText(text)
        if pair is not None and pair.group:
            self.not_kept.setText(self._group_not_kept(contacts))
        else:
            self.not_kept.setText(self._not_kept(*contacts) if len(contacts) == 2 else "")
        reasons = "; ".join(reason_text(r) for r in pair.reasons) if pair and contacts else ""
        self.why.setText(fill(tr("Why: %1"), reasons) if reasons else "")

    @staticmethod
    def _group_not_kept(contacts: list[Contact]) -> str:
        """What "Merge all, keep the first" loses of the others (their own job title,
        birthday...), as the pairs' buttons say theirs: it merged them without a word."""
        from netdesk.ui.merge_group_dialog import lost_in_group, merged_group  # (imports this)

        lines = []
        if len(contacts) > 2:
            first, others = contacts[0], contacts[1:]
            lost = lost_in_group(others, merged_group(first, others, {}))
            if lost:
                lines.append(fill(tr("Merge all loses: %1."), "; ".join(lost)))
        lines.append(
            tr("Merge… lets you choose which to keep and, field by field, whose value stays.")
        )
        return "\n".join(lines)

    @staticmethod
    def _not_kept(first: Contact, second: Contact) -> str:
        """What each quick merge button loses of the side it does not keep, and that
        Merge… keeps either's: said alone, the losses read as what any merge must lose."""
        from netdesk.ui.merge_dialog import not_kept  # it imports this module

        lines = []
        lost = not_kept(first, second)
        if lost:
            lines.append(fill(tr("Keeping the first loses: %1."), "; ".join(lost)))
        lost = not_kept(second, first)
        if lost:
            lines.append(fill(tr("Keeping the second loses: %1."), "; ".join(lost)))
        if lines:
            lines.append(tr("Merge… lets you choose, field by field, whose to keep."))
        return "\n".join(lines)

    def _selected_pair(self) -> DuplicatePair | None:
        """The pair selected, if both its contacts are still there. Another program (netdesk-cli,
        a script) may have deleted one since the list was made: merging said "merge needs two
        different stored contacts", and "Not the same person" left an undo entry for nothing.
        The pair then leaves the list."""
        row = self._selected_row()
        if row is None:
            return None
        pair = self.pairs[row]
        ids = list(pair.group or (pair.keep_id, pair.other_id))
        if len(self.context.core.contacts.summaries(ids)) == len(ids):
            return pair
        for contact_id in ids:
            self._people.pop(contact_id, None)  # read again: gone
        self.refresh()
        return None

    def merge_selected(self, *, keep_first: bool = True) -> None:
        pair = self._selected_pair()
        if pair is None:
            return
        if pair.group:  # every other one into the first
            group = list(pair.group)
            self._push(MergeGroup(self.context, group[0], group[1:], self), tr("Not merged"))
            return
        keep, other = (pair.keep_id, pair.other_id) if keep_first else (pair.other_id, pair.keep_id)
        # on the worker, over this dialog, its buttons off until it is done (``_busy``)
        self._push(MergeContacts(self.context, keep, other, self), tr("Not merged"))

    def merge_choosing_fields(self) -> None:
        """The merge dialog for the selected pair (Contact > Merge…'s): which to keep and,
        field by field, whose value stays. Its merge is the same undoable MergeContacts, run
        over this dialog: the pair leaves the list and the next is selected, as after the
        quick buttons; Cancel leaves the pair as it was, selected."""
        from netdesk.ui.merge_dialog import merge_two  # it imports this module

        pair = self._selected_pair()
        if pair is None:
            return
        if pair.group:
            from netdesk.ui.merge_group_dialog import merge_group_of

            merge_group_of(self.context, list(pair.group), self)
            return
        # the one kept is not opened in the window behind: the user goes on to the next pair
        merge_two(self.context, [pair.keep_id, pair.other_id], self, open_kept=False)

    def skip_selected(self) -> None:
        """ "Not the same person": remembered, and the pair leaves the list (undoable)."""
        pair = self._selected_pair()
        if pair is None:
            return
        if pair.group:  # none of them is another's card: every pair of them answered
            self._push(NotTheSamePeople(self.context, pair.group), tr("Not saved"))
            return
        self._push(NotTheSamePerson(self.context, pair.keep_id, pair.other_id), tr("Not saved"))

    def forget_answers(self) -> None:
        """Bring back every pair answered "Not the same person", once the user confirms."""
        count = duplicates.dismissed_count(self.context.core)
        if not count:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Forget answers"),
            tr(
                "Forget that you said %Ln pair(s) of contacts are not the same person? "
                "They may be proposed as duplicates again.",
                "",
                count,
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        forget = box.addButton(tr("&Forget"), QMessageBox.ButtonRole.AcceptRole)  # C: Cancel
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is forget:
            self._push(ForgetNotTheSame(self.context), tr("Not saved"))

    def _push(self, command: _ContactCommand, title: str) -> None:
        """Do ``command`` and put it on the undo stack; one the database refuses (locked, a
        full disk) is said, writes nothing and leaves no undo entry, and the pair stays."""
        stack = self.context.undo_stack
        at = (stack.index(), stack.count())
        try:
            push(self.context, command)  # done first: a refused change leaves no undo entry
        except Exception as error:
            log.exception("%s failed", command.text())
            show_problem(self, title, str(error))
        if command.operation is not None and command.operation.running:
            return  # the stack moves when it is done (a failure is said by the operation)
        if (stack.index(), stack.count()) == at or self._refresh_due:
            self.refresh()  # the stack did not move when it failed, nor for an answer given twice
