"""The import preview's tables as item models over the plan's cards (plain dataclasses).

Each row is painted from its ``PlannedCard`` when the view asks for it, so a preview of
100,000 new contacts costs what its visible rows cost. :func:`preview_rows` sorts the plan's
cards into the preview's lists; the import flow calls it on the worker thread, with the plan.
"""

from __future__ import annotations

import os
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from netdesk.core import type_ahead
from netdesk.core.import_problems import counted
from netdesk.core.importing import ImportCancelled, ImportPlan, PlannedCard
from netdesk.core.listing import tag_sort_key
from netdesk.core.merging import FieldConflict
from netdesk.core.merging import fold as folded  # (tag_sort_key's fold, cached)
from netdesk.ui.import_text import field_label, problem_text
from netdesk.ui.widgets import tooltip_as_written, tr

if TYPE_CHECKING:
    from netdesk.interop.problems import ImportProblem

_ROOT = QModelIndex()
# made once: Qt asks a cell's flags often (a selection of thousands of rows, each cell), and
# or-ing two flags in Python costs more than the rest of flags()
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = _READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# a sort's layout change, said with its hint: the rows move, the columns do not. The selection
# then follows a row, not each of its cells (without the hint, a click on a title with
# 60,000 rows selected took 14-20 s). The overload is named (PySide's plain emit() takes no
# hint; its stubs do not know signals can be indexed)
_SORTED = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")
_VERTICAL_SORT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_TYPED = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap  # what a view's typing asks


@dataclass
class PreviewRows:
    """The plan's cards sorted into the preview's lists (made once, off the GUI thread: the
    plan's own ``new``/``merged``/``conflicts`` walk every card each time they are read)."""

    new: list[PlannedCard]
    merges: list[PlannedCard]
    unchanged: int
    conflicts: list[tuple[PlannedCard, FieldConflict]]
    errors: int
    # cards of the files that are the same person as an earlier one and went into its
    # contact: without them the counts did not add up to the file's rows
    combined: int = 0
    # the orders a click on a column's title shows the new and merged cards in
    new_orders: CardOrders | None = None
    merge_orders: CardOrders | None = None
    # the names two contacts or more go by, among the merges and among the differences
    merge_namesakes: set[str] | None = None
    conflict_namesakes: set[str] | None = None
    # the differences' texts as the type-ahead looks in them, and their order, a column each
    conflict_keys: dict[int, tuple[list[str], array[int]]] | None = None
    # the problems in the order listed, and their keys likewise
    problems: list[ImportProblem] | None = None
    problem_keys: dict[int, tuple[list[str], array[int]]] | None = None
    # each difference's merge (its place in ``merges``) when that merge adds no field: it
    # writes only if one of its values of the file is ticked (-1: it writes anyway)
    choice_places: array[int] | None = None


# a difference told apart from the others of a plan read again: the stored contact it
# merges into, its field, the value there and the file's
ConflictKey = tuple[int | None, str, str, str]


def conflict_key(card: PlannedCard, conflict: FieldConflict) -> ConflictKey:
    """What tells a difference from the others, whatever its place in the plan (a plan read
    again has its cards where its files now put them)."""
    return card.existing_id, conflict.field, conflict.mine, conflict.theirs


def common_folder(files: list[str]) -> str:
    """The folder the files are named from in the preview: "" when they share one (their
    names are enough), else the deepest folder holding them all."""
    folders = {os.path.dirname(file) for file in files}
    if len(folders) < 2:
        return ""
    try:
        return os.path.commonpath(list(folders))
    except ValueError:  # Windows: files on two drives
        return ""


def shown_file(file: str, folder: str) -> str:
    """``file`` as the preview names it: from ``folder`` (common_folder's) when there is one,
    else by its name. A problem can name a file outside it: on Windows one on another drive
    (an empty folder dropped from D: with files from C:) has no path from it, and relpath's
    ValueError failed the whole preview; it is named by its name."""
    if folder and file:
        try:
            return os.path.relpath(file, folder)
        except ValueError:
            pass
    return os.path.basename(file)


def preview_rows(plan: ImportPlan, cancelled: Callable[[], bool] | None = None) -> PreviewRows:
    """The plan's cards sorted into the preview's lists, with their orders.

    Raises:
        ImportCancelled: ``cancelled()`` turned true (the orders of 100,000 cards take seconds).
    """
    new: list[PlannedCard] = []
    merges: list[PlannedCard] = []
    conflicts: list[tuple[PlannedCard, FieldConflict]] = []
    places = array("i")
    unchanged = combined = 0
    for card in plan.cards:
        combined += max(len(card.lines) - 1, 0)
        place = -1
        if card.action == "new":
            new.append(card)
        elif card.action == "merge":
            place = -1 if card.changes else len(merges)
            merges.append(card)
        else:
            unchanged += 1
        conflicts += ((card, conflict) for conflict in card.conflicts)
        places.extend([place] * len(card.conflicts))
    errors, _warnings = counted(plan.problems)  # an "and N more like it" as its N
    namesakes = _namesakes(card for card, _conflict in conflicts)
    problems = ProblemModel.ordered(plan.problems)
    return PreviewRows(
        new, merges, unchanged, conflicts, errors, combined,
        NewCardModel.orders(new, cancelled), MergeCardModel.orders(merges, cancelled),
        _namesakes(merges), namesakes, ConflictModel.keys(conflicts, namesakes, cancelled),
        problems, ProblemModel.keys(problems, cancelled, common_folder(plan.files)), places,
    )  # fmt: skip


class ChoiceTally:
    """Which merges write, as the choices among the differences stand: a merge that adds no
    field writes only when a value of the file is ticked among its differences. With them all
    unticked (the user keeps what netdesk has) the import leaves the contact as it is, and
    its summary says "already up to date": the preview counted it "to be merged"."""

    def __init__(
        self,
        merges: list[PlannedCard],
        conflicts: list[tuple[PlannedCard, FieldConflict]],
        places: array[int] | None = None,
    ) -> None:
        """``places``: ``PreviewRows.choice_places``, worked out on the worker (else here)."""
        if places is None or len(places) != len(conflicts):
            only = {id(card): place for place, card in enumerate(merges) if not card.changes}
            places = array("i", (only.get(id(card), -1) for card, _conflict in conflicts))
        self.places = places
        self.only_differences = {place for place, card in enumerate(merges) if not card.changes}
        self.ticked = array("I", bytes(4 * len(merges)))  # by merge: its values ticked
        self.taking = 0  # merges adding no field that take a value of the file

    def count(self, choices: Sequence[bool]) -> None:
        """Count again from every difference's choice (``choices``, row by row)."""
        ticked = self.ticked = array("I", bytes(4 * len(self.ticked)))
        for place in compress(self.places, choices):
            if place >= 0:
                ticked[place] += 1
        self.taking = sum(1 for place in self.only_differences if ticked[place])

    def chose(self, row: int, take_theirs: bool) -> None:
        """The difference at ``row`` turned to ``take_theirs`` (it was the other way)."""
        place = self.places[row]
        if place < 0:
            return
        was = self.ticked[place]
        now = self.ticked[place] = was + 1 if take_theirs else was - 1
        self.taking += (now > 0) - (was > 0)

    @property
    def kept_whole(self) -> int:
        """How many merges write nothing: every difference of theirs unticked, no field added."""
        return len(self.only_differences) - self.taking

    def writes(self, place: int) -> bool:
        """Whether the merge at ``place`` (in the preview's merges) changes its contact."""
        return bool(self.ticked[place]) or place not in self.only_differences


class _FlatTable(QAbstractTableModel):
    """A flat, read-mostly table: ``rows`` items under ``headers`` (no children). Typing in
    its view goes to the first row from the current one whose text in the current column
    starts with what was typed, case and accents aside (see match())."""

    headers: list[str]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed_keys: dict[int, list[str]] = {}  # a column's keys, by place (see _text)
        self._typed_orders: dict[int, Sequence[int]] = {}  # their places sorted by key, if made
        self.modelReset.connect(self._typed_keys.clear)
        self.modelReset.connect(self._typed_orders.clear)

    def _row_count(self) -> int:
        raise NotImplementedError

    def _text(self, place: int, column: int) -> str:
        """What ``column`` shows of the item at ``place`` in the model's list."""
        raise NotImplementedError

    def match(
        self,
        start: QModelIndex | QPersistentModelIndex,
        role: int,
        value: object,
        hits: int = 1,
        flags: Qt.MatchFlag = _TYPED,
    ) -> list[QModelIndex]:
        """Type-ahead (the view's keyboardSearch): the rows from ``start`` on whose text in
        its column starts with ``value``, case and accents aside ("jose" finds "José").

        Qt's own match() asked data() of each row until one matched: over 100,000 new
        contacts a letter no name starts with held the window 1-3 s, and the next letter,
        typed meanwhile, began a search of its own ("zo" went to "Olivia")."""
        rows = None
        if (
            int(role) == _DISPLAY
            and isinstance(value, str)
            and value
            and flags & Qt.MatchFlag.MatchTypeMask == Qt.MatchFlag.MatchStartsWith
            and not flags & Qt.MatchFlag.MatchCaseSensitive
            and start.isValid()
        ):
            rows = self._rows_starting_with(start.column(), value)
        if rows is None:
            return super().match(start, role, value, hits, flags)
        wrap = bool(flags & Qt.MatchFlag.MatchWrap)
        met = type_ahead.met_from(rows, start.row(), hits, wrap)
        return [self.createIndex(row, start.column()) for row in met]

    def _rows_starting_with(self, column: int, prefix: str) -> Iterable[int] | None:
        """The rows whose text in ``column`` starts with ``prefix``, case and accents aside,
        among the column's keys worked out at its first type-ahead (None: Qt's own search)."""
        order = self._typed_orders.get(column)
        return type_ahead.keys_starting_with(self._keys_of(column), prefix, order)

    def _keys_of(self, column: int) -> list[str]:
        keys = self._typed_keys.get(column)
        if keys is None:
            text = self._text
            keys = [tag_sort_key(text(place, column)) for place in range(self._row_count())]
            self._typed_keys[column] = keys
        return keys

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.headers[section]
        return None


class CardOrders:
    """The orders a click on a column's title shows a list of cards in, each way, worked out
    at once with the list: the import flow makes them on the worker thread, with the plan. A
    first click on a title of 100,000 new contacts worked out its keys on the window's thread
    (1-3 s), and every click sorted them there (0.3-1.4 s); a click now only picks its order.

    Each order is a pair of arrays: the row's card (its index in the list), and the card's row.
    """

    def __init__(
        self, cards: list[PlannedCard], text: Callable[[PlannedCard, int], str], columns: int,
        file_column: int, cancelled: Callable[[], bool] | None = None,
    ) -> None:  # fmt: skip
        """``text(card, column)``: what the column shows of the card (but the File column,
        which sorts by file and line).

        Raises:
            ImportCancelled: ``cancelled()`` turned true; asked between each order's steps
            (Cancel went unheard for the seconds 100,000 cards take, and the preview opened).
        """
        self.count = count = len(cards)
        self._orders: dict[tuple[int, bool], tuple[array[int], array[int]]] = {}
        # each text column's keys, by card: the type-ahead finds what was typed among them;
        # the File column's, by file and line (see file_starting_with)
        self._keys: dict[int, list[str]] = {}
        self._file_column = -1
        self._files: list[str] = []
        self._lines = 1
        self._file_keys = array("Q")
        for column in range(columns):
            _check(cancelled)
            keys: list[str] | list[int]
            if column == file_column:
                keys, self._files, self._lines = _file_keys(cards)
                self._file_column = column
                self._file_keys = array("Q", keys)
            else:
                keys = self._keys[column] = _text_keys(
                    [text(card, column) for card in cards], cancelled
                )
            for down in (False, True):  # equal keys stay in the files' order, both ways
                _check(cancelled)
                order = array("I", sorted(range(count), key=keys.__getitem__, reverse=down))
                _check(cancelled)
                rank = array("I", bytes(order.itemsize * count))
                for row, index in enumerate(order):
                    rank[index] = row
                self._orders[column, down] = (order, rank)

    def get(self, column: int, down: bool) -> tuple[array[int], array[int]]:
        return self._orders[column, down]

    def starting_with(self, column: int, prefix: str) -> Sequence[int] | None:
        """The cards (their places in the list) whose text in ``column`` starts with
        ``prefix``, case and accents aside, found by bisection; None for the File column."""
        keys = self._keys.get(column)
        if keys is None:
            return None
        return type_ahead.keys_starting_with(keys, prefix, self._orders[column, False][0])

    def file_starting_with(self, name: Callable[[str], str], prefix: str) -> Sequence[int]:
        """The cards whose place in the files, "{name(file)}:{line}", starts with ``prefix``
        (``name``: folded): a file's cards, or those of its lines starting with the digits
        after its name and ":", found by bisection among the cards by file and line."""
        low = type_ahead.folded(prefix)
        order, lines, keys = self._orders[self._file_column, False][0], self._lines, self._file_keys
        found = array("I")
        for number, file in enumerate(self._files):
            folded = name(file)
            if folded.startswith(low):
                spans = [(0, lines)]
            elif low.startswith(folded + ":") and low[len(folded) + 1 :].isdigit():
                digits = low[len(folded) + 1 :]  # lines 12, 120-129, 1200-1299… for "12"
                spans = [
                    (int(digits) * 10**more, (int(digits) + 1) * 10**more)
                    for more in range(len(str(lines)) - len(digits) + 1)
                ]
                if digits.startswith("0"):  # no line is written with a 0 first, but 0
                    spans = [(0, 1)] if digits == "0" else []
            else:
                continue
            for first, end in spans:
                low_key, end_key = (number * lines + min(line, lines) for line in (first, end))
                start = bisect_left(order, low_key, key=keys.__getitem__)
                stop = bisect_left(order, end_key, lo=start, key=keys.__getitem__)
                found.extend(order[start:stop])
        return range(self.count) if len(found) == self.count else found


def _typed_keys(
    texts: Sequence[Callable[[Any], str]],
    items: Sequence[Any],
    cancelled: Callable[[], bool] | None = None,
) -> dict[int, tuple[list[str], array[int]]]:
    """Each column's keys (``texts[column](item)`` folded) and their order, by item: what
    the type-ahead finds what was typed in by bisection."""
    typed = {}
    for column, text in enumerate(texts):
        keys = _text_keys([text(item) for item in items], cancelled)
        _check(cancelled)
        typed[column] = keys, array("I", sorted(range(len(keys)), key=keys.__getitem__))
    return typed


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _text_keys(texts: list[str], cancelled: Callable[[], bool] | None = None) -> list[str]:
    """Each text's key (case and accents aside), worked out once a text (a company, a name,
    the fields a merge adds: often the same). ``cancelled`` is asked at every 20,000 texts
    (100,000 e-mails take half a second)."""
    unique = list(set(texts))
    known: dict[str, str] = {}
    for start in range(0, len(unique), 20_000):
        _check(cancelled)
        known.update((text, _sort_key(text)) for text in unique[start : start + 20_000])
    return list(map(known.__getitem__, texts))


def _sort_key(text: str) -> str:
    """``tag_sort_key(text)``; an accented text's (the store's fold) from the fold cache the
    plan's matching filled with the cards' names (merging.fold): folding 5,000 accented names
    again was some 60 M instructions of a 10,000-card preview."""
    return tag_sort_key(text) if text.isascii() else folded(text)


def _file_keys(cards: list[PlannedCard]) -> tuple[list[int], list[str], int]:
    """Each card's key in the order of its file's path, then its line: numbers, which sort
    three times as fast as (file, line) pairs; with the files in that order, and the number
    a file's place is multiplied by (one more than the last line)."""
    names = sorted({card.file for card in cards})
    files = {file: place for place, file in enumerate(names)}
    lines = max((card.line for card in cards), default=0) + 1
    return [files[card.file] * lines + card.line for card in cards], names, lines


class _CardModel(_FlatTable):
    """Planned cards, one a row, read-only; subclasses say what each column shows. A click
    on a column's title sorts by it (names and companies case and accents aside, File by
    file and line); the file's order is the first."""

    FILE_COLUMN: int
    COLUMNS: int

    def __init__(
        self,
        cards: list[PlannedCard],
        parent: QObject | None = None,
        orders: CardOrders | None = None,
    ) -> None:
        """``orders``: ``self.orders(cards)``, worked out on the worker thread; else at the
        first click on a title."""
        super().__init__(parent)
        self.cards = cards  # in the files' order
        self._orders = orders
        self._order: array[int] | None = None  # row -> card's index in cards (None: the same)
        self._rank: array[int] | None = None  # card's index in cards -> row
        self._file_names: dict[str, str] = {}
        self.folder = ""  # files in several folders: each named from here (see where())

    @classmethod
    def orders(
        cls, cards: list[PlannedCard], cancelled: Callable[[], bool] | None = None
    ) -> CardOrders:
        return CardOrders(cards, cls.text, cls.COLUMNS, cls.FILE_COLUMN, cancelled)

    @staticmethod
    def text(card: PlannedCard, column: int) -> str:
        """What ``column`` shows of ``card``, but the File column (see where())."""
        raise NotImplementedError

    def _row_count(self) -> int:
        return len(self.cards)

    def _text(self, place: int, column: int) -> str:
        return self._cell(self.cards[place], column)

    def _rows_starting_with(self, column: int, prefix: str) -> Iterable[int] | None:
        """Found among the keys the orders were worked out from, on the worker (a column's
        without orders: worked out at its first type-ahead)."""
        orders = self._orders
        cards: Iterable[int] | None = None
        if orders is not None and orders.count == len(self.cards):
            if column == self.FILE_COLUMN:
                cards = orders.file_starting_with(
                    lambda file: type_ahead.folded(self._file_name(file)), prefix
                )
            else:
                cards = orders.starting_with(column, prefix)
        if cards is None:
            cards = type_ahead.keys_starting_with(self._keys_of(column), prefix)
        rank = self._rank
        if rank is None or isinstance(cards, range):  # (a range: every card, every row)
            return cards
        return map(rank.__getitem__, cards)

    def card(self, row: int) -> PlannedCard:
        return self.cards[row if self._order is None else self._order[row]]

    def clear(self) -> None:
        """No rows any more (the list given is left as it is, for its owner to empty)."""
        self.beginResetModel()
        self.cards = []
        self._orders = self._order = self._rank = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by ``column`` (-1: as in the files); the selection and current row follow
        their cards. 10,000 new contacts were listed in the files' order alone, with no way
        to see them by name or company."""
        if self._orders is None or self._orders.count != len(self.cards):
            self._orders = self.orders(self.cards)
        self.layoutAboutToBeChanged[_SORTED].emit([], _VERTICAL_SORT)  # type: ignore[index]
        held = self.persistentIndexList()
        now = self._order
        indexes = [index.row() if now is None else now[index.row()] for index in held]
        if column < 0 or column >= len(self.headers):
            self._order = self._rank = None  # the list given itself, as it opened
        else:
            down = order == Qt.SortOrder.DescendingOrder
            self._order, self._rank = self._orders.get(column, down)
        rank = self._rank
        self.changePersistentIndexList(  # createIndex: index() asks rowCount() of each
            held,
            [
                self.createIndex(card if rank is None else rank[card], index.column())
                for card, index in zip(indexes, held, strict=True)
            ],
        )
        self.layoutChanged[_SORTED].emit([], _VERTICAL_SORT)  # type: ignore[index]

    def _cell(self, card: PlannedCard, column: int) -> str:
        return self.where(card) if column == self.FILE_COLUMN else self.text(card, column)

    def where(self, card: PlannedCard) -> str:
        """ "phone.vcf:12": the file's name (no folder) and the card's line; from a folder
        of folders, the path under ``folder`` ("laptop/contacts.vcf:12"): two subfolders'
        contacts.vcf were both "contacts.vcf"."""
        return f"{self._file_name(card.file)}:{card.line}"

    def _file_name(self, file: str) -> str:
        name = self._file_names.get(file)
        if name is None:
            name = self._file_names[file] = shown_file(file, self.folder)
        return name

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        if not index.isValid() or role not in (_DISPLAY, _TOOLTIP):
            return None
        text = self._cell(self.card(index.row()), index.column())
        return text if role == _DISPLAY else tooltip_as_written(text)


class NewCardModel(_CardModel):
    """The contacts the import makes: name, company, first e-mail, where in the file."""

    FILE_COLUMN = 3
    COLUMNS = 4

    def __init__(
        self,
        cards: list[PlannedCard],
        parent: QObject | None = None,
        orders: CardOrders | None = None,
    ) -> None:
        super().__init__(cards, parent, orders)
        self.headers = [tr("Name"), tr("Company"), tr("E-mail"), tr("File")]

    @staticmethod
    def text(card: PlannedCard, column: int) -> str:
        contact = card.contact
        if column == 0:
            return contact.display_name
        if column == 1:
            return contact.organization
        return contact.emails[0].value if contact.emails else ""


class MergeCardModel(_CardModel):
    """The cards merged into existing contacts: whom (namesakes with their company or e-mail,
    as among the differences), the fields they add, where in the file."""

    FILE_COLUMN = 2
    COLUMNS = 3

    def __init__(
        self,
        cards: list[PlannedCard],
        parent: QObject | None = None,
        orders: CardOrders | None = None,
        namesakes: set[str] | None = None,
        tally: ChoiceTally | None = None,
    ) -> None:
        """``namesakes``: ``_namesakes(cards)``, worked out on the worker thread. ``tally``:
        which merges write as the choices among the differences stand (None: all)."""
        super().__init__(cards, parent, orders)
        self.headers = [tr("Existing contact"), tr("What the file adds"), tr("File")]
        self.namesakes = _namesakes(cards) if namesakes is None else namesakes
        self.tally = tally
        self._kept_text = tr("(only differences, none ticked: nothing changes)")
        self._kept_colour = QGuiApplication.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )

    def clear(self) -> None:
        super().clear()
        self.namesakes = set()
        self.tally = None

    def choices_changed(self) -> None:
        """The choices among the differences changed: the rows say again what they write."""
        if self.cards:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.cards) - 1, 1))

    def _kept_whole(self, row: int) -> bool:
        """Whether the merge at ``row`` writes nothing, its differences all unticked."""
        place = row if self._order is None else self._order[row]
        return self.tally is not None and not self.tally.writes(place)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        if index.isValid() and self.tally is not None and self._kept_whole(index.row()):
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._kept_colour  # left as it is: greyed, as the count leaves it out
            if role in (_DISPLAY, _TOOLTIP) and index.column() == 1:
                return self._kept_text
        return super().data(index, role)

    def _cell(self, card: PlannedCard, column: int) -> str:
        if column == 0:  # sorted by the name alone: namesakes stay in the files' order
            return _told_apart(card, self.namesakes)
        return super()._cell(card, column)

    @staticmethod
    def text(card: PlannedCard, column: int) -> str:
        if column == 0:
            return card.contact.display_name
        return ", ".join(field_label(name) for name in card.changes) or tr("(only differences)")


class ConflictModel(_FlatTable):
    """One row per differing field: contact, field, your value and the file's value, which is
    ticked to use it (unticked: keep mine; the value not used is struck through). Choices
    reach the plan only through :meth:`apply_choices`, so cancelling the preview changes
    nothing.

    Signals:
        choices_changed(): a choice was made (the merges that write are counted in ``tally``).
    """

    choices_changed = Signal()

    CHOICE_COLUMN = 3  # the file's value: a tick there takes it

    def __init__(
        self,
        plan: ImportPlan,
        parent: QObject | None = None,
        conflicts: list[tuple[PlannedCard, FieldConflict]] | None = None,
        namesakes: set[str] | None = None,
        keys: dict[int, tuple[list[str], array[int]]] | None = None,
        tally: ChoiceTally | None = None,
    ) -> None:
        """``conflicts``, ``namesakes`` and ``keys``: the preview's rows', worked out on the
        worker. ``tally``: kept counting, as choices are made, the merges that write."""
        super().__init__(parent)
        for column, (texts, order) in (keys or {}).items():
            self._typed_keys[column] = texts
            self._typed_orders[column] = order
        self.conflicts = plan.conflicts if conflicts is None else conflicts
        self.choices = [conflict.take_theirs for _, conflict in self.conflicts]
        # what the plan proposed, which changed() compares with: a preview made again after
        # a failed import (its choices applied) is given the first one's (see restore)
        self.proposed = list(self.choices)
        self.tally = tally
        if tally is not None:
            tally.count(self.choices)
        if namesakes is None:
            namesakes = _namesakes(card for card, _conflict in self.conflicts)
        self.namesakes = namesakes
        self.headers = [tr("Contact"), tr("Field"), tr("Yours"), tr("In the file (tick to use)")]
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def _row_count(self) -> int:
        return len(self.conflicts)

    @classmethod
    def keys(
        cls,
        conflicts: list[tuple[PlannedCard, FieldConflict]],
        namesakes: set[str],
        cancelled: Callable[[], bool] | None = None,
    ) -> dict[int, tuple[list[str], array[int]]]:
        """Each column's texts as the type-ahead looks in them, and their order, worked out
        with the preview's rows on the worker: at the first letter typed, 100,000
        differences' took seconds, and a walk over them 0.1-0.2 s a letter."""
        texts: list[Callable[[tuple[PlannedCard, FieldConflict]], str]] = [
            lambda pair: _told_apart(pair[0], namesakes),
            lambda pair: field_label(pair[1].field),
            lambda pair: pair[1].mine,
            lambda pair: pair[1].theirs,
        ]
        return _typed_keys(texts, conflicts, cancelled)

    def clear(self) -> None:
        """No rows any more (the list given is left as it is, for its owner to empty)."""
        self.beginResetModel()
        self.conflicts = []
        self.choices = []
        self.proposed = []
        self.namesakes = set()
        self.endResetModel()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHECKABLE if index.column() == self.CHOICE_COLUMN else _READ_ONLY

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == self.CHOICE_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.choices[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column in (2, self.CHOICE_COLUMN):
            # the value that will not be stored
            return self._struck if self.choices[row] == (column == 2) else None
        if role == _TOOLTIP:
            return tooltip_as_written(str(self.data(index)))
        if role == _DISPLAY:
            return self._text(row, column)
        return None

    def _text(self, place: int, column: int) -> str:
        card, conflict = self.conflicts[place]
        if column == 0:
            return _told_apart(card, self.namesakes)
        if column == 1:
            return field_label(conflict.field)
        return conflict.mine if column == 2 else conflict.theirs

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = 0
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != self.CHOICE_COLUMN
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))  # type: ignore[call-overload]
        self._choose(index.row(), state == Qt.CheckState.Checked)
        self.dataChanged.emit(self.index(index.row(), 2), index)
        self.choices_changed.emit()
        return True

    def _choose(self, row: int, take_theirs: bool) -> None:
        if self.choices[row] != take_theirs:
            self.choices[row] = take_theirs
            if self.tally is not None:
                self.tally.chose(row, take_theirs)

    def recount(self) -> None:
        """Count the merges that write again, ``choices`` having been set from outside (a
        preview made again as the last one was left)."""
        if self.tally is not None:
            self.tally.count(self.choices)
        self.choices_changed.emit()

    def is_taken(self, row: int) -> bool:
        return self.choices[row]

    def changed(self) -> bool:
        """True when a choice differs from what the plan proposed."""
        return self.choices != self.proposed

    def set_all(self, take_theirs: bool, field: str | None = None) -> None:
        """Use the file's value for every difference (of ``field`` only, when given), or keep
        every one of mine."""
        if not self.choices:
            return
        if field is None:
            self.choices = [take_theirs] * len(self.choices)
        else:
            for row, (_card, conflict) in enumerate(self.conflicts):
                if conflict.field == field:
                    self.choices[row] = take_theirs
        self.dataChanged.emit(
            self.index(0, 2), self.index(len(self.choices) - 1, self.CHOICE_COLUMN)
        )
        self.recount()

    def set_rows(self, rows: list[int], take_theirs: bool) -> None:
        """Use the file's value, or keep mine, for the differences in ``rows``."""
        if not rows:
            return
        for row in rows:
            self._choose(row, take_theirs)
        self.dataChanged.emit(self.index(min(rows), 2), self.index(max(rows), self.CHOICE_COLUMN))
        self.choices_changed.emit()

    def fields(self) -> list[tuple[str, int]]:
        """The fields that differ, with how many differences each, in the order first met."""
        counts: dict[str, int] = {}
        for _card, conflict in self.conflicts:
            counts[conflict.field] = counts.get(conflict.field, 0) + 1
        return list(counts.items())

    def apply_choices(self) -> None:
        for (_, conflict), choice in zip(self.conflicts, self.choices, strict=True):
            conflict.take_theirs = choice


def _namesakes(cards: Iterable[PlannedCard]) -> set[str]:
    """The names that two contacts or more of ``cards`` go by."""
    first_named: dict[str, int | None] = {}  # each name's first contact
    namesakes = set()
    for card in cards:
        name = card.contact.display_name
        if first_named.setdefault(name, card.existing_id) != card.existing_id:
            namesakes.add(name)
    return namesakes


def _told_apart(card: PlannedCard, namesakes: set[str]) -> str:
    """The contact's name, with its company or e-mail when another contact of the list has
    that name: two rows "Amelia Davies · Job title" could not be told apart."""
    contact = card.contact
    name = contact.display_name
    if name not in namesakes:
        return name
    telling = contact.organization or (contact.emails[0].value if contact.emails else "")
    return f"{name} ({telling})" if telling else name


class ProblemModel(_FlatTable):
    """The plan's problems (file, line, error or warning, reason), read-only: errors first
    (a few cards that could not be imported were lost among thousands of warnings), then by
    file and line (a file's problems were apart, those found matching after all read)."""

    LINE_COLUMN = 1

    def __init__(
        self,
        plan: ImportPlan,
        parent: QObject | None = None,
        problems: list[ImportProblem] | None = None,
        keys: dict[int, tuple[list[str], array[int]]] | None = None,
    ) -> None:
        """``problems`` (``ordered(plan.problems)``) and ``keys``: the preview's rows',
        worked out on the worker."""
        super().__init__(parent)
        self.problems = self.ordered(plan.problems) if problems is None else problems
        self.headers = [tr("File"), tr("Line"), tr("Kind"), tr("Problem")]
        self.kinds = _kinds()
        # files named as the other tabs name them ("phone.vcf", "laptop/contacts.vcf"); the
        # whole path, which it showed, is the cell's tooltip and what Copy writes
        self.folder = common_folder(plan.files)
        for column, (texts, order) in (keys or {}).items():
            self._typed_keys[column] = texts
            self._typed_orders[column] = order

    @staticmethod
    def ordered(problems: list[ImportProblem]) -> list[ImportProblem]:
        return sorted(problems, key=lambda p: (p.severity != "error", p.file, p.line or 0))

    @classmethod
    def keys(
        cls,
        problems: list[ImportProblem],
        cancelled: Callable[[], bool] | None = None,
        folder: str = "",
    ) -> dict[int, tuple[list[str], array[int]]]:
        """Each column's texts as the type-ahead looks in them, and their order, worked out
        with the preview's rows on the worker (100,000 warnings: 0.3-0.8 s at the first
        letter typed, then a 0.1 s walk a letter)."""
        kinds = _kinds()
        return _typed_keys(
            [partial(_problem_cell, column=c, kinds=kinds, folder=folder) for c in range(4)],
            problems,
            cancelled,
        )

    def _row_count(self) -> int:
        return len(self.problems)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        if role == _TOOLTIP:  # the file's whole path, a value quoted in the reason
            if index.column() == 0:
                return tooltip_as_written(self.problems[index.row()].file)
            return tooltip_as_written(str(self.data(index)))
        if role != _DISPLAY:
            return None
        return self._text(index.row(), index.column())

    def _text(self, place: int, column: int) -> str:
        return _problem_cell(self.problems[place], column, self.kinds, self.folder)


def _kinds() -> dict[str, str]:
    return {"error": tr("error"), "warning": tr("warning")}


def _problem_cell(
    problem: ImportProblem, column: int, kinds: dict[str, str], folder: str = ""
) -> str:
    if column == 0:  # as the cards name it (_CardModel._file_name)
        return shown_file(problem.file, folder)
    if column == 1:
        return str(problem.line) if problem.line is not None else ""
    if column == 2:
        return kinds["error" if problem.severity == "error" else "warning"]
    return problem_text(problem)
