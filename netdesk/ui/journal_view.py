"""A journal as a list, newest first: one contact's (under the card) or everyone's."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import type_ahead
from netdesk.core.types import Interaction
from netdesk.ui.context import AppContext

if TYPE_CHECKING:  # core.journal imports the store (peewee): not before the first paint
    from netdesk.core.journal import JournalPage, JournalResume
    from netdesk.ui.operations import Operation, Work
from netdesk.ui import undo
from netdesk.ui.errors import show_problem
from netdesk.ui.icons import icon
from netdesk.ui.undo import Cancelled, Progress, _BulkCommand, push
from netdesk.ui.widgets import (
    fill,
    menu_on_shift_f10,
    relative_past,
    section_title,
    tooltip_as_written,
    tr,
)

log = logging.getLogger("netdesk.ui")

PAGE = 100
READ_WAIT_S = 5.0  # a slice is read in well under a second; never wait for ever
OPEN_AT_MOST = 10  # people an entry's menu offers to open
TOOLTIP_LINES, TOOLTIP_CHARS = 15, 800  # of an entry's notes its tooltip shows at most
INTERACTION_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex

Fetch = Callable[[int, int], list[Interaction]]  # (limit, offset) -> entries, newest first
# (limit, where the last page stopped) -> the next page: see core.journal.JournalService.page
PagedFetch = Callable[[int, "JournalResume | None"], "JournalPage"]  # strings: no store import


def kind_labels() -> dict[str, str]:
    return {
        "call": tr("Call"),
        "meeting": tr("Meeting"),
        "message": tr("Message"),
        "email": tr("E-mail"),
        "event": tr("Event"),
        "note": tr("Note"),
    }


def when_text(moment: dt.datetime) -> str:
    """ "Fri 27 Nov 2026, 15:30" in the user's language (strftime's names are always English)."""
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return tr("%1, %2").replace("%1", day).replace("%2", time)


def people_count(entry: Interaction) -> int:
    """How many people an entry has: a list's entry holds its first ones only, and says how
    many there are (core.journal.ListedInteraction)."""
    return max(getattr(entry, "people", 0), len(entry.contact_ids))


def clipped(text: str) -> str:
    """The start of a long text for a tooltip: its first lines, "…" when it goes on (Enter
    or F2 shows an entry whole). 300 pasted lines of notes made a tooltip taller than the
    screen, showing their end, and a long paragraph one that covered the window."""
    lines = text.splitlines()
    if len(lines) <= TOOLTIP_LINES and len(text) <= TOOLTIP_CHARS:
        return text
    return "\n".join(lines[:TOOLTIP_LINES])[:TOOLTIP_CHARS].rstrip() + " …"


class _SliceSignals(QObject):
    """Signals:
    read(object, object): the _SliceRead, and what it read (the JournalPage, or _ReadAgain),
        the exception it raised, or None when it was cancelled before it began (or stopped).
    """

    read = Signal(object, object)


class _SliceRead(QRunnable):
    """One slice of a paged journal read on a worker thread, on that thread's own connection
    (closed when done; WAL lets it read beside the window and any writer), as the merge
    dialog counts shared entries. A slice holding an entry with 97,519 people read each of
    them on the window's thread (~0.1 s of CPU, 0.25-0.3 s on a loaded machine), and a
    search's slices 10-20 ms each, one after another for seconds.

    Args:
        read: what it reads, given a function that says whether it was cancelled meanwhile
            (a read of many slices stops there).
        again: it reads the rows shown again (``JournalModel.refresh``), to replace them.
    """

    def __init__(
        self,
        context: AppContext,
        read: Callable[[Callable[[], bool]], object],
        generation: int,
        *,
        again: bool = False,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the model holds it; Qt must not delete it under Python
        self.context = context
        self.read = read
        self.generation = generation
        self.again = again
        self.signals = _SliceSignals()  # no parent: the list may be gone when the read ends
        self.cancelled = False  # set before it runs: nothing is read (during: it stops)
        self.done = threading.Event()

    def run(self) -> None:
        said: object = None
        try:
            if not self.cancelled:
                said = self.read(lambda: self.cancelled)
        except Exception as error:  # told on the GUI thread, by the model
            said = error
        try:
            self.signals.read.emit(self, said)
        finally:
            try:
                self.context.core.store.close_own()  # this worker thread's own connection
            finally:
                self.done.set()


@dataclass(frozen=True)
class _ReadAgain:
    """The rows of a list read again on the worker (``JournalModel.refresh``): the entries,
    where the next page starts (None: the journal's end), and the names the rows show."""

    entries: list[Interaction]
    resume: JournalResume | None
    names: dict[int, str]


def _read_again(
    context: AppContext, paged: PagedFetch, rows: int, stopped: Callable[[], bool]
) -> _ReadAgain | None:
    """At least ``rows`` rows of a paged list (fewer at the journal's end) and their names,
    slice after slice, on the worker; None if ``stopped()`` meanwhile (read again since)."""
    entries: list[Interaction] = []
    resume: JournalResume | None = None
    while True:  # a page at least each time, as the view would ask for the next one
        page = paged(max(rows - len(entries), PAGE), resume)
        entries += page.entries
        resume = page.resume
        if resume is None or len(entries) >= rows:
            break
        if stopped():
            return None
    people = {c for entry in entries for c in entry.contact_ids[: MOST_NAMES + 1]}
    return _ReadAgain(entries, resume, context.core.contacts.names(list(people)))


class JournalModel(QAbstractListModel):
    """Interactions fetched a page at a time through canFetchMore/fetchMore.

    A paged source (``set_paged_source``) reads the journal in bounded slices, each on a
    worker thread (``_SliceRead``): a filter that matches little may need many, so the model
    asks for the next slice as each one comes back, until it has a page or reaches the end;
    typing and painting go on meanwhile. ``scanning`` is True while the list waits for its
    first rows, and while slices are read for a page a filter has not filled yet.

    Signals:
        scanning_changed(bool): slices are being read for a page, or that has ended; also
            (True) when the first slice came back with nothing and more are read.
        rows_replacing(): the rows read again on the worker (``refresh``) came, and are
            about to replace those shown (the view notes where the user is).
        rows_replaced(): they replaced them (the view puts the user back there).
    """

    scanning_changed = Signal(bool)
    rows_replacing = Signal()
    rows_replaced = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._fetch: Fetch | None = None
        self._paged: PagedFetch | None = None
        self._resume: JournalResume | None = None
        self._wanted = 0  # rows to have before the slices stop
        self.scanning = False
        self._generation = 0  # a slice scheduled for an older source is dropped
        self._reading: _SliceRead | None = None  # the slice on its way from the worker
        self._unfinished: list[_SliceRead] = []  # and any older one still being read
        self._wanted_again = 0  # rows to have once the rows read again (refresh) are shown
        # names changed while the rows were read again: read again once they are shown
        self._renamed: list[Collection[int] | None] = []
        self._entries: list[Interaction] = []
        self._typed_keys: list[str] = []  # the summaries of the rows read, folded: match()
        self._exhausted = True
        self._names: dict[int, str] = {}  # of the people the rows name (MOST_NAMES each)
        # what a screen reader says for an entry: all its row shows (journal_list sets it)
        self.read_out: Callable[[Interaction], str] | None = None
        context.changes.database_replacing.connect(self._database_replacing)

    def _database_replacing(self, replacing: bool) -> None:
        if replacing:  # the worker's connection is closed before the file is replaced
            self.wait_for_slice()

    def set_source(self, fetch: Fetch | None) -> None:
        self._start(fetch, None)

    def set_paged_source(self, fetch: PagedFetch) -> None:
        self._start(None, fetch)

    def _start(self, fetch: Fetch | None, paged: PagedFetch | None, *, read: bool = True) -> None:
        """The list from a new source, its first page asked for (unless not ``read``)."""
        self._generation += 1
        if self._reading is not None:
            self._reading.cancelled = True  # an older list's: a read of many slices stops
        self.beginResetModel()
        self._fetch, self._paged, self._resume = fetch, paged, None
        self._entries = []
        self._typed_keys = []
        self._names = {}
        self._renamed = []
        self._exhausted = fetch is None and paged is None
        self.endResetModel()
        self._set_scanning(False)
        if read and not self._exhausted:
            self.fetchMore(QModelIndex())

    def refresh(self, *, rows: int = 0) -> None:
        """Read the list again, at least ``rows`` rows of it (as far as the user had gone).

        A paged list is read again on the worker (``_read_again``), the rows shown staying
        until the new ones replace them in one piece (``rows_replaced``: the view then puts
        the user back on their row). Read here, a search 500 rows deep held the window up to
        half a second after each change (358 ms on the 100,000-contact journal), and past
        that half second the view lost the user's row. A change while it is being read
        reads again: the rows of the first read are dropped when they come."""
        if self._paged is not None and rows > 0 and not self.context.changes.replacing:
            self._read_again(rows)
            return
        self._start(self._fetch, self._paged)
        if self._paged is not None or self._fetch is None:
            return
        if len(self._entries) < rows and self.canFetchMore(QModelIndex()):
            # the rest in one read: a page a read sorted the contact's whole journal each
            # time (1,700 entries read again 100 at a time: 0.45 s a change)
            wanted = rows - len(self._entries)
            more = self._fetch(wanted, len(self._entries))
            self._exhausted = len(more) < wanted
            self._add(more)

    def _read_again(self, rows: int) -> None:
        """Ask the worker for the list's first ``rows`` rows again (``refresh``)."""
        assert self._paged is not None
        self._generation += 1  # a slice on its way is dropped when it comes
        if self._reading is not None:
            self._reading.cancelled = True
        # a page a search was still filling is filled on once they are shown
        self._wanted_again = max(rows, self._wanted) if self.scanning else rows
        read = _SliceRead(
            self.context,
            functools.partial(_read_again, self.context, self._paged, rows),
            self._generation,
            again=True,
        )
        read.signals.read.connect(self._slice_read, Qt.ConnectionType.QueuedConnection)
        self._reading = read
        self._unfinished = [r for r in self._unfinished if not r.done.is_set()] + [read]
        QThreadPool.globalInstance().start(read)

    def reading_again(self) -> bool:
        """Whether the rows shown are being read again on the worker (``refresh``)."""
        return self.reading() and self._reading is not None and self._reading.again

    @property
    def generation(self) -> int:
        """Which reading of the list this is: it changes with each (a source, a refresh)."""
        return self._generation

    def _replace(self, again: _ReadAgain) -> None:
        """The rows read again take the place of those shown, in one reset."""
        self.rows_replacing.emit()
        self.beginResetModel()
        self._entries, self._resume, self._names = again.entries, again.resume, again.names
        self._typed_keys = []
        self._exhausted = again.resume is None
        self.endResetModel()
        renamed, self._renamed = self._renamed, []
        for ids in renamed:
            self.rename(ids)
        self.rows_replaced.emit()
        self._wanted = self._wanted_again
        self._set_scanning(not self._exhausted and len(self._entries) < self._wanted)
        if self.scanning:
            self._next_slice(self._generation)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: _Index) -> bool:
        if self.context.changes.replacing:  # a restore holds the database: read afterwards
            return False
        return (
            not parent.isValid() and not self._exhausted and not self.scanning
        ) and not self.reading()

    def first_slice_on_its_way(self) -> bool:
        """Whether the list's first slice is being read (nothing of it known yet)."""
        return self.reading() and self._resume is None and not self._entries

    def reading(self) -> bool:
        """Whether a slice of the list as it is now is being read on the worker."""
        return self._reading is not None and self._reading.generation == self._generation

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted or self.scanning:
            return
        if self._paged is not None:
            if self.reading():
                return  # a slice of this list is on its way: it reads on to the page
            self._wanted = len(self._entries) + PAGE
            self._next_slice(self._generation)
            return
        if self._fetch is None:
            return
        more = self._fetch(PAGE, len(self._entries))
        if len(more) < PAGE:
            self._exhausted = True
        self._add(more)

    def _next_slice(self, generation: int) -> None:
        """Ask the worker for the next slice of the list (its answer: ``_slice_read``)."""
        if generation != self._generation or self._paged is None or self._exhausted:
            return
        if self.context.changes.replacing:  # a restore holds the database: the search stops
            self._exhausted = True  # (journal_changed after it reads the journal again)
            self._set_scanning(False)
            return
        paged, limit, after = self._paged, self._wanted - len(self._entries), self._resume
        read = _SliceRead(self.context, lambda _stopped: paged(limit, after), generation)
        read.signals.read.connect(self._slice_read, Qt.ConnectionType.QueuedConnection)
        if self._reading is not None:
            self._reading.cancelled = True  # an older list's: its rows are no longer wanted
        self._reading = read
        self._unfinished = [r for r in self._unfinished if not r.done.is_set()] + [read]
        if not self._entries:
            self._set_scanning(True)  # "Searching…" until the first rows come
        QThreadPool.globalInstance().start(read)

    def _slice_read(self, read: _SliceRead, page: object) -> None:
        """The worker's answer, on the GUI thread."""
        if read is self._reading:
            self._reading = None
        if read.generation != self._generation:
            return  # the list was read again meanwhile (typed on, changed)
        if isinstance(page, Exception):
            # said by the error hook; the list must not stay "Searching…" with nothing asked
            self._exhausted = True
            self._set_scanning(False)
            raise page
        if page is None:  # cancelled before it read (a restore)
            self._exhausted = True
            self._set_scanning(False)
            return
        if isinstance(page, _ReadAgain):
            self._replace(page)
            return
        first = self._resume is None and not self._entries  # (no longer on its way)
        self._took(page)  # type: ignore[arg-type]
        if first and self.scanning and not self._entries:
            self.scanning_changed.emit(True)  # the first slice found nothing: said so
        if self.scanning:
            self._next_slice(read.generation)

    def _took(self, page: JournalPage) -> None:
        """A slice read: its rows shown; ``scanning`` says whether more are wanted."""
        self._resume = page.resume
        self._exhausted = page.resume is None
        self._add(page.entries)
        self._set_scanning(not self._exhausted and len(self._entries) < self._wanted)

    def wait_for_slice(self) -> None:
        """Until the slices on their way have been read (the database is about to be
        replaced: the worker's connection is closed first). The search stops there, as when
        a restore begins between two slices; they are dropped when they come."""
        unfinished, self._unfinished, self._reading = self._unfinished, [], None
        if not unfinished:
            return
        for read in unfinished:
            read.cancelled = True
        for read in unfinished:
            read.done.wait(READ_WAIT_S)
        self._generation += 1
        self._exhausted = True
        self._set_scanning(False)

    def _set_scanning(self, scanning: bool) -> None:
        if scanning != self.scanning:
            self.scanning = scanning
            self.scanning_changed.emit(scanning)

    def _add(self, more: list[Interaction]) -> None:
        if not more:
            return
        # the names a row shows (past the contact whose journal it is), no more: a talk logged
        # with everyone (97,519 people) had every name read on the window's thread with each
        # page that held it, 1.7 s before a card's journal or everyone's showed
        missing = {c for e in more for c in e.contact_ids[: MOST_NAMES + 1] if c not in self._names}
        self._names.update(self.context.core.contacts.names(list(missing)))
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == INTERACTION_ROLE:
            return entry
        if role == Qt.ItemDataRole.AccessibleTextRole and self.read_out is not None:
            return self.read_out(entry)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{kind_labels().get(entry.kind, entry.kind)}: {entry.summary}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_as_written(clipped(entry.body or entry.summary))
        return None

    def match(
        self,
        start: _Index,
        role: int,
        value: object,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Type-ahead (the view's keyboardSearch): the rows from ``start`` on whose summary,
        the line the row shows in bold, starts with ``value``, case and accents aside ("cafe"
        finds "Café"), as the contact list's names. Qt's own match() read the display
        text, "Call: Coffee near the office": typing "coffee" found nothing, and "c" the
        next call, whatever it was about."""
        if (
            int(role) != int(Qt.ItemDataRole.DisplayRole)
            or not isinstance(value, str)
            or not value
            or flags & Qt.MatchFlag.MatchTypeMask != Qt.MatchFlag.MatchStartsWith
            or flags & Qt.MatchFlag.MatchCaseSensitive
            or not start.isValid()
        ):
            return super().match(start, role, value, hits, flags)
        keys = self._typed_keys
        if len(keys) < len(self._entries):  # the pages read since: folded once each
            keys += [type_ahead.folded(e.summary) for e in self._entries[len(keys) :]]
        typed = type_ahead.folded(value)
        rows = (row for row, key in enumerate(keys) if key.startswith(typed))
        met = type_ahead.met_from(rows, start.row(), hits, bool(flags & Qt.MatchFlag.MatchWrap))
        return [self.index(row) for row in met]

    def shows_any(self, ids: Collection[int]) -> bool:
        """Whether an entry on the list involves one of these contacts."""
        # asked when something changed, of the rows read; not kept as a set of everyone on
        # them, built at each page read: 34-94 ms with a talk logged with 100,000 people,
        # at each click on any of them (their card's journal)
        if any(people_count(entry) > len(entry.contact_ids) for entry in self._entries):
            return True  # an entry read in part (everyone not read): it may have them
        if len(ids) > sum(len(entry.contact_ids) for entry in self._entries):
            # many changed (a tag on 100,000): the set of the smaller side
            return not {c for entry in self._entries for c in entry.contact_ids}.isdisjoint(ids)
        changed = ids if isinstance(ids, set | frozenset) else set(ids)
        return any(not changed.isdisjoint(entry.contact_ids) for entry in self._entries)

    def rename(self, ids: Collection[int] | None) -> None:
        """Fetch these contacts' names (None: everyone's) again, in place: the list keeps its
        scroll position. (A deleted contact's entries go with journal_changed.)"""
        if self.reading_again():  # the names on their way may be read from before the change
            self._renamed.append(ids)
        if ids is None:
            known = list(self._names)
        elif len(ids) > len(self._names):
            # a tag put on 100,000: a loop over them took 32 ms; met in C, from the few held
            known = list(self._names.keys() & ids)
        else:
            known = [i for i in ids if i in self._names]
        if not known:
            return
        self._names.update(self.context.core.contacts.names(known))
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def names(self, ids: list[int]) -> list[str]:
        return [self._names.get(i, "?") for i in ids]

    def drop(self, entry_id: int | None) -> None:
        """Take this entry's row out of the list (deleted; the list is read again after)."""
        row = next((r for r, e in enumerate(self._entries) if e.id == entry_id), -1)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        del self._typed_keys[row:]  # folded again from there when next asked (match)
        self.endRemoveRows()

    def entry(self, row: int) -> Interaction:
        return self._entries[row]

    @property
    def entries(self) -> list[Interaction]:
        """The rows read so far, in order (not to be changed)."""
        return self._entries


MOST_NAMES = 30  # named on an entry's line: more than a row's width holds


class JournalDelegate(QStyledItemDelegate):
    """Kind and date, the summary, then the body's first line and who else was there."""

    def __init__(self, model: JournalModel, context: AppContext, *, show_all_people: bool) -> None:
        super().__init__()
        self.journal = model
        self.context = context
        self.show_all_people = show_all_people  # the global journal names everyone involved
        self.focus_contact: int | None = None
        self._font = QFont()
        self._line = QFontMetrics(self._font).height()
        self._counted: dict[tuple[int | None, int], int] = {}  # see _others
        model.modelReset.connect(self._counted.clear)

    def _people(self, entry: Interaction, named: int = MOST_NAMES) -> str:
        """Who else was there: the first ``named`` of them, then how many more."""
        focus = None if self.show_all_people else self.focus_contact
        # the first ones past the contact whose journal it is, and a count: a talk with
        # 100,000 people went through each of them at each paint of its row (~40 ms)
        ids = list(itertools.islice((i for i in entry.contact_ids if i != focus), named))
        if not ids:
            return ""
        # all the names of a talk with 1,000 people made a line of 16,000 characters, ~6 ms
        # to cut to the row's width at each paint of it
        people = ", ".join(self.journal.names(ids))
        more = self._others(entry, focus) - len(ids)
        if more > 0:
            people = fill(tr("%1 and %Ln more", None, more), people)
        return fill(tr("with %1"), people) if not self.show_all_people else people

    def _others(self, entry: Interaction, focus: int | None) -> int:
        """How many people an entry has past ``focus``; counted once for a row (looking
        for the focus among 100,000 people takes ms) until the list is read again."""
        ids, everyone = entry.contact_ids, people_count(entry)
        if focus is None:
            return everyone
        key = (entry.id, focus)
        if key not in self._counted:
            # an entry read in part is one of the focus's own journal: the focus is on it
            self._counted[key] = everyone - (focus in ids or everyone > len(ids))
        return self._counted[key]

    @staticmethod
    def _notes(entry: Interaction) -> str:
        lines = [line for line in entry.body.splitlines() if line.strip()]
        return lines[0] + (" …" if len(lines) > 1 else "") if lines else ""

    def detail(self, entry: Interaction) -> str:
        """The third line: who else was there, and the notes' first line ("…" when the notes
        go on: Enter or F2 shows them all)."""
        return " — ".join(p for p in (self._people(entry), self._notes(entry)) if p)

    def fitted_detail(self, entry: Interaction, metrics: QFontMetrics, width: int) -> str:
        """:meth:`detail` within ``width``: names too many for it go into "and N more"
        rather than being cut off with the count (a talk with everyone showed thirty
        names and "Agniesz…": how many were there was never seen)."""
        line = self.detail(entry)
        if metrics.horizontalAdvance(line) <= width:
            return line
        fits, wider = 0, MOST_NAMES + 1  # names that fit with the count; that do not
        while wider - fits > 1:
            named = (fits + wider) // 2
            if metrics.horizontalAdvance(self._people(entry, named)) <= width:
                fits = named
            else:
                wider = named
        people, notes = self._people(entry, fits), self._notes(entry)
        if not people:  # nobody else there (a card's journal) or none fits: the line cut
            return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        room = width - metrics.horizontalAdvance(f"{people} — ")
        notes = metrics.elidedText(notes, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
        return f"{people} — {notes}" if notes and notes != "…" else people

    def header(self, entry: Interaction) -> str:
        """The first line: kind, when, and how long ago."""
        return (
            f"{kind_labels().get(entry.kind, entry.kind)} · {when_text(entry.occurred_at)}"
            f" · {relative_past(entry.occurred_at, self.context.core.clock.now())}"
        )

    def read_out(self, entry: Interaction) -> str:
        """What a screen reader says for an entry: its three lines, not the kind and summary
        alone (when it was and who was there were seen, never heard)."""
        return " — ".join(p for p in (self.header(entry), entry.summary, self.detail(entry)) if p)

    def has_detail(self, entry: Interaction) -> bool:
        """Whether :meth:`detail` says something, without writing it (asked of every row
        each time the list is laid out)."""
        body = entry.body
        return (bool(body) and not body.isspace()) or any(
            self.show_all_people or i != self.focus_contact for i in entry.contact_ids
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # asked of every row at each layout, and the list lays itself out again for each page
        # it reads: the entry straight from the model and the font's height kept while the
        # font stays (through index.data and a QFontMetrics each, a page read at 10,000 rows
        # held the window ~0.3 s)
        row = index.row()
        entries = self.journal.entries
        entry = entries[row] if 0 <= row < len(entries) else None
        font = option.font
        if font != self._font:
            self._font, self._line = font, QFontMetrics(font).height()
        # everyone's journal names the people of every entry: three lines each, always (so
        # the list may take every row's height from the first)
        detail = self.show_all_people or (entry is not None and self.has_detail(entry))
        return QSize(200, (3 if detail else 2) * (self._line + 2) + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry: Interaction | None = index.data(INTERACTION_ROLE)
        widget = option.widget
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if entry is None:
            return
        rect: QRect = option.rect.adjusted(12, 7, -12, -7)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text)
        muted.setAlphaF(0.62)
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.88)
        line = QFontMetrics(base).height() + 2
        painter.save()
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            self.header(entry),
        )
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text)
        summary = QFontMetrics(bold).elidedText(
            entry.summary, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), rect.top() + line, rect.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            summary,
        )
        extra = self.fitted_detail(entry, QFontMetrics(base), rect.width())
        if extra:
            painter.setFont(base)
            painter.setPen(muted)
            painter.drawText(
                QRect(rect.left(), rect.top() + 2 * line, rect.width(), line),
                Qt.AlignmentFlag.AlignVCenter,
                extra,
            )
        painter.restore()


class JournalCommand(_BulkCommand):
    """A change to one journal entry, on the worker when it has many people: ``finished()``
    names who changed, so the operation does not also say "every contact changed" (each view
    then read everything again: the contact list counted all 100,000, the window held for
    0.2-0.4 s after each undo or redo of an entry with 1,000 people)."""

    def _in_background(
        self, label: str, work: Work, on_success: Callable[[Any], None], *, busy: bool = False
    ) -> Operation:
        operation = super()._in_background(label, work, on_success, busy=busy)
        operation.changes = False  # read when it ends
        return operation


class DeleteInteraction(JournalCommand):
    """Delete one journal entry; undo puts it back. One the database refuses is said and the
    stack stays where the data is (``undo._ContactCommand``). With more than BACKGROUND_DELETE
    people, the delete, its undo and redo run on the worker (``_BulkCommand``): an entry with
    1,000 people held the window 0.5 s each way (their search index)."""

    def __init__(self, context: AppContext, entry: Interaction) -> None:
        super().__init__(context, tr("Delete journal entry"))
        self.entry = entry
        self.ids = list(entry.contact_ids)
        self.working = tr("Deleting the journal entry…")  # said if it fails
        self.working_undo = tr("Restoring the journal entry…")
        self.deleted = False  # the latest delete found the entry and deleted it

    def big(self) -> bool:
        # a list's entry holds its first people only: its count says how many there are
        return people_count(self.entry) > undo.BACKGROUND_DELETE

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        journal = self.context.core.journal  # core only: this may run on the worker
        if undoing:
            if self.deleted:
                journal.restore(self.entry, progress=progress, cancelled=cancelled)
            return
        assert self.entry.id is not None
        stored = journal.delete(self.entry.id, progress=progress, cancelled=cancelled)
        # None: deleted elsewhere meanwhile (netdesk-cli). Nothing to undo: a list's copy
        # holds only its first people, and putting it back made the entry with some of them
        self.deleted = stored is not None
        # the entry as stored, not as a list showed it: someone put back since (the undo of
        # their delete) is on it again, and its undo must keep them
        if stored is not None:
            self.entry = stored
            self.ids = list(stored.contact_ids)

    def changed_nothing(self) -> bool:
        return not self.deleted

    def finished(self) -> None:
        widget = self.parent_widget
        view = widget if isinstance(widget, JournalList) and shiboken6.isValid(widget) else None
        if view is not None and self.deleted and not self.undoing:
            # gone from the list at once, the next entry current: everyone's journal is read
            # again on the worker, and meanwhile the entry stayed, current, for a second
            # Delete to find it already deleted
            view.drop(self.entry.id)
        self.context.changes.journal_changed.emit(list(self.entry.contact_ids))
        self.context.changes.contacts_changed.emit(list(self.entry.contact_ids))
        self.context.changes.follow_ups_changed.emit()  # their keep-in-touch clocks moved
        if self.undoing and view is not None:
            # back where it was deleted from: the entry put back is the current one again
            # (the one after it stayed current, scrolled half out of sight, and the next
            # Delete took it)
            view.show_entry(self.entry.id)


class _Place(NamedTuple):
    """Where the user is in a list: the current row and its entry, the scroll position, and
    the entry at the top of what is seen and how far above the top its row begins (``y``)."""

    row: int = -1
    current: int | None = None
    scroll: int = 0
    top: int | None = None
    y: int = 0


# entries whose delete runs on the worker: the list shows them until it is done
_being_deleted: set[int] = set()


def delete_entry(context: AppContext, entry: Interaction, parent: QWidget) -> None:
    """Delete ``entry``, undoably; one the database refuses is said and leaves no undo entry."""
    if entry.id in _being_deleted:
        return  # Delete again (held down) before the worker is done: the same entry
    command = DeleteInteraction(context, entry)
    command.parent_widget = parent
    try:
        push(context, command)
    except Exception as error:  # locked by another program, a full disk
        log.exception("deleting a journal entry failed")
        show_problem(parent, tr("Not deleted"), str(error))
        return
    running = command.operation
    said = deleted_text(context, entry)

    def say() -> None:
        # one deleted elsewhere meanwhile (another view, netdesk-cli) changed nothing here:
        # "Press Ctrl+Z to undo" offered an undo that was not there
        _say(parent, said if command.deleted else gone_text(entry))

    if entry.id is not None and running is not None and running.running:
        _being_deleted.add(entry.id)
        running.ended.connect(lambda: _being_deleted.discard(entry.id))
        # through the command: say() holds it, and kept by the operation (which the command
        # keeps), it kept the command after the undo stack had dropped it, until quit
        command.connect_until_end(running.succeeded, lambda _result: say())
    else:
        say()


def _summary_start(entry: Interaction) -> str:
    """The entry's summary, or its start cut between words when it is long."""
    summary = entry.summary
    if len(summary) > 40:  # a line's start, cut between words
        start = summary[:39]
        summary = (start.rsplit(" ", 1)[0] if " " in start else start).rstrip(" ,;:") + "…"
    return summary


def gone_text(entry: Interaction) -> str:
    """What Delete says of an entry it found already deleted (elsewhere, meanwhile)."""
    return fill(tr("“%1” was already deleted; there is nothing to undo."), _summary_start(entry))


def deleted_text(context: AppContext, entry: Interaction) -> str:
    """What Delete says: which entry went and who it was with. One key took a talk shared
    with others out of every one of their journals, unsaid, the way back (Ctrl+Z) unknown."""
    from netdesk.ui.log_dialog import people_text  # it builds on this module

    ids = entry.contact_ids
    names = context.core.contacts.names(ids[:3])  # people_text names three at most
    who = people_text([names.get(i, "?") for i in ids[:3]], people_count(entry))
    summary = _summary_start(entry)
    if not ids:
        return fill(tr("Deleted “%1”. Press Ctrl+Z to undo."), summary)
    return fill(tr("Deleted “%1”, logged with %2. Press Ctrl+Z to undo."), summary, who)


def _say(parent: QWidget, text: str) -> None:
    """``text`` in the status bar of ``parent``'s window (a main window's)."""
    window = parent.window() if shiboken6.isValid(parent) else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)


def edit(context: AppContext, entry: Interaction, parent: QWidget) -> bool:
    """Edit ``entry``'s kind, time, summary and notes in a dialog, undoably."""
    from netdesk.ui.journal_edit import edit_entry  # it builds on this module

    return edit_entry(context, entry, parent)


DAY_CHECK_MS = 60_000


class JournalList(QListView):
    """The list of entries; F2 edits the current one, Delete removes it (both undoable).

    The key is claimed before the window's Delete shortcut sees it: that one archives the
    contact selected in the contact list, which is not what a journal entry's Delete means.
    """

    new_day = Signal()  # the clock passed midnight: "today" and "3 days ago" are repainted

    def __init__(self, context: AppContext, model: JournalModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.journal = model
        # Left open overnight, yesterday's entries said "today" until each row was painted
        # again (hovered: a list of both). A look at the clock once a minute (a timer to
        # midnight would come late after a suspend) repaints them once the day turns.
        self.shown_day = context.core.clock.now().date()
        self.day_check = QTimer(self)
        self.day_check.setObjectName("journalDayCheck")
        self.day_check.setInterval(DAY_CHECK_MS)
        self.day_check.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.day_check.timeout.connect(self.look_at_the_clock)
        self.day_check.start()
        # where the user was when the rows read again on the worker came (reload)
        self._place = _Place()
        # an entry to make current once they come, and the reading it is for (show_entry)
        self._show_after: tuple[int, int | None] | None = None
        model.rows_replacing.connect(self._note_place)
        model.rows_replaced.connect(self._back_in_place)

    def look_at_the_clock(self) -> None:
        today = self.context.core.clock.now().date()
        if today != self.shown_day:
            self.shown_day = today
            self.viewport().update()
            self.new_day.emit()

    def _is_delete(self, event: QEvent) -> bool:
        return (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.currentIndex().isValid()
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_delete(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_delete(event):
            self.delete_current()
            return
        if event.key() == Qt.Key.Key_F2 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.edit_current()
            return
        super().keyPressEvent(event)

    def reload(self) -> None:
        """Read the entries again where the user is: deleting one far down the list must not
        throw them back to the top (a new entry, when they are at the top, shows up there).
        Everyone's journal is read again on the worker: the user is put back when the rows
        come (``_back_in_place``), on the row they are on then."""
        self._note_place()
        self.journal.refresh(rows=self.journal.rowCount())
        if not self.journal.reading_again():
            self._back_in_place()

    def _note_place(self) -> None:
        row = self.currentIndex().row()
        top = self.indexAt(QPoint(1, 1))  # the entry at the top of the list as seen
        self._place = _Place(
            row,
            self.journal.entry(row).id if row >= 0 else None,
            self.verticalScrollBar().value(),
            self.journal.entry(top.row()).id if top.isValid() else None,
            self.visualRect(top).top() if top.isValid() else 0,
        )

    def _row_of(self, entry_id: int | None) -> int:
        return next((r for r, e in enumerate(self.journal.entries) if e.id == entry_id), -1)

    def _back_in_place(self) -> None:
        """The current row and the scroll position as noted, after the rows were read again:
        the same entry, wherever it is now; gone (deleted), the one now in its place. An
        entry asked for meanwhile (``show_entry``: the one an undo put back) comes first.
        Scrolled down, the entry at the top stays where it was on the screen: an entry
        logged meanwhile (elsewhere, netdesk-cli) pushed every row a line down under the
        user's eyes. At the top, the list stays there: a new entry shows up above."""
        place, self._place = self._place, _Place()
        wanted, self._show_after = self._show_after, None
        if wanted and wanted[0] == self.journal.generation and self.show_entry(wanted[1]):
            return
        count = self.journal.rowCount()
        if place.row >= 0 and count:
            found = self._row_of(place.current)
            at = found if found >= 0 else min(place.row, count - 1)
            self.setCurrentIndex(self.journal.index(at))
        self.executeDelayedItemsLayout()  # once: setCurrentIndex may have done it
        bar = self.verticalScrollBar()
        bar.setValue(place.scroll)
        top = self._row_of(place.top) if place.scroll > 0 else -1
        if top >= 0:
            bar.setValue(bar.value() + self.visualRect(self.journal.index(top)).top() - place.y)

    def drop(self, entry_id: int | None) -> None:
        """Take this (deleted) entry's row out, the rows around it staying where they are on
        the screen: the next entry, made current as the row went, was scrolled into sight
        first, from where it was before the row went: the list moved a line."""
        bar = self.verticalScrollBar()
        scroll = bar.value()
        self.journal.drop(entry_id)
        self.executeDelayedItemsLayout()
        bar.setValue(scroll)

    def show_entry(self, entry_id: int | None) -> bool:
        """Make this entry the current row, in sight, if the list holds it (returns whether
        it does). Rows being read again (``reload``): also once they come, where it is then
        (an undo puts an entry back, then the list is read again with it)."""
        if self.journal.reading_again():
            self._show_after = (self.journal.generation, entry_id)
        row = self._row_of(entry_id)
        if row < 0:
            return False
        index = self.journal.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def delete_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            delete_entry(self.context, self.journal.entry(index.row()), self)

    def edit_current(self) -> bool:
        index = self.currentIndex()
        return index.isValid() and edit(self.context, self.journal.entry(index.row()), self)


def journal_list(
    context: AppContext, model: JournalModel, delegate: JournalDelegate, parent: QWidget
) -> JournalList:
    view = JournalList(context, model, parent)
    view.setModel(model)
    view.setItemDelegate(delegate)
    model.read_out = delegate.read_out
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setAlternatingRowColors(True)

    def menu(position: QPoint) -> None:
        index = view.indexAt(position)
        if not index.isValid():
            return
        entry = model.entry(index.row())
        popup = QMenu(view)
        change = popup.addAction(tr("&Edit entry…"), lambda: edit(context, entry, view))
        change.setShortcut(QKeySequence(Qt.Key.Key_F2))  # shown in the menu, as a hint
        delete = popup.addAction(
            icon("delete"),
            tr("&Delete entry"),
            lambda: delete_entry(context, entry, view),
        )
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))  # shown in the menu, as a hint
        # everyone else who was there, one click away ("with Bob" named him, nothing opened him)
        others = [i for i in entry.contact_ids if i != delegate.focus_contact][:OPEN_AT_MOST]
        if others:
            popup.addSeparator()
        for contact_id, name in zip(others, model.names(others), strict=True):
            popup.addAction(
                fill(tr("Open %1"), name.replace("&", "&&")),  # "&": a shortcut mark
                functools.partial(context.changes.open_contact.emit, contact_id),
            )
        popup.exec(view.viewport().mapToGlobal(position))

    view.customContextMenuRequested.connect(menu)
    menu_on_shift_f10(view)
    return view


# An entry opened from everyone's journal is looked for this deep in its contact's (three
# pages, read on the window's thread: 1,000 rows held it ~0.3 s): deeper, it opens at its top.
SHOW_ENTRY_READ = 300


class JournalView(QWidget):
    """One contact's journal, newest first, with a "Log interaction" button.

    Signals:
        log_requested(int): the contact to log an interaction with.
        back_to_list(): Escape was pressed in the journal (as on the card above it).
    """

    log_requested = Signal(int)
    back_to_list = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalView")
        self.context = context
        self.contact_id: int | None = None
        self._new = False
        self.model = JournalModel(context, self)
        self.delegate = JournalDelegate(self.model, context, show_all_people=False)
        self.list = journal_list(context, self.model, self.delegate, self)
        self.list.setObjectName("journalList")
        self.list.setAccessibleName(tr("Journal"))
        # Enter or a double click on an entry edits it (in everyone's journal, it opens the
        # contact: here the contact is open already)
        self.list.activated.connect(lambda _index: self.list.edit_current())
        self.title = section_title(tr("Journal"))
        self.empty = QLabel()
        self.empty.setObjectName("journalEmpty")
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.log_button = QPushButton(icon("log-interaction"), tr("Log interaction…"))
        self.log_button.clicked.connect(
            lambda: self.contact_id and self.log_requested.emit(self.contact_id)
        )
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.log_button)
        self.log_button.hide()  # the card's header has the same button right above
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addStretch()  # takes the room the hidden list leaves: the message stays on top
        context.changes.journal_changed.connect(self._on_journal_changed)
        context.changes.contacts_changed.connect(self._on_contacts_changed)
        self.set_contact(None)

    def show_entry(self, entry_id: int, *, read_at_most: int = SHOW_ENTRY_READ) -> bool:
        """Make this entry of the contact's the current row, in sight, reading on as far as
        it is (``read_at_most`` rows: a page is one query); returns whether it was found."""
        while not self.list.show_entry(entry_id):
            if self.model.rowCount() >= read_at_most or not self.model.canFetchMore(QModelIndex()):
                return False
            self.model.fetchMore(QModelIndex())
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape goes back to the contact list, as it does on the card above: the journal
        is the card's other half, and a keyboard user who stepped into it had no key back."""
        if event.matches(QKeySequence.StandardKey.Cancel):
            event.accept()
            self.back_to_list.emit()
            return
        super().keyPressEvent(event)

    def set_contact(self, contact_id: int | None, *, new: bool = False) -> None:
        """Show ``contact_id``'s entries; None: no contact, or a ``new`` one not saved yet."""
        self.contact_id = contact_id
        self._new = new
        self.delegate.focus_contact = contact_id
        journal = self.context.core.journal
        if contact_id is None:
            self.model.set_source(None)
        else:
            self.model.set_source(
                # each entry's first people (and how many): a row names no more, and all
                # of a talk with 97,000 took 0.25-0.4 s to read at each click on one of them
                lambda limit, offset: journal.for_contact(
                    contact_id, limit=limit, offset=offset, people=MOST_NAMES + 1
                )
            )
        self.log_button.setEnabled(contact_id is not None)
        self._update_empty()

    def _update_empty(self) -> None:
        """An empty journal says why (nothing logged yet, not saved yet, nobody chosen)
        instead of showing a blank list."""
        has_rows = self.model.rowCount() > 0
        if self.contact_id is not None:
            text = tr("Nothing logged yet. Press Ctrl+L after a call, a coffee or a message.")
        elif self._new:
            text = tr("Calls, meetings and messages can be logged here once the contact is saved.")
        else:
            text = tr("Choose a contact to see their journal.")
        self.empty.setText(text)
        self.empty.setVisible(not has_rows)
        self.list.setVisible(has_rows)

    def _on_journal_changed(self, ids: Collection[int] | None) -> None:
        # also when someone else on the list changed: deleting Bob takes him off Ana's entries
        if self.contact_id is not None and (
            ids is None or self.contact_id in ids or self.model.shows_any(ids)
        ):
            self.list.reload()
            self._update_empty()

    def _on_contacts_changed(self, ids: Collection[int] | None) -> None:
        """Someone named on an entry ("with Bob") was renamed or deleted."""
        if self.contact_id is not None:
            self.model.rename(ids)
            self._update_empty()
