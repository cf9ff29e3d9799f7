"""The contact list model: the ordered id list from core and a page cache of ContactSummary."""

from __future__ import annotations

import logging
from collections import OrderedDict
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)

from netdesk.core import list_search, type_ahead
from netdesk.core.listing import (
    IdListError,
    ListFilter,
    ReadCancelled,
    SortOrder,
    first_page,
    id_list_read,
    search_read,
)
from netdesk.core.types import ContactSummary
from netdesk.ui import list_reader
from netdesk.ui.context import AppContext
from netdesk.ui.widgets import relative_future, relative_past, tooltip_as_written, tr

if TYPE_CHECKING:
    import datetime as dt

log = logging.getLogger("netdesk.ui")

PAGE_SIZE = 100  # ids of the first page, read before the rest of the list
# Rows are read for painting this many at a time: a screenful or two. Read 100 at a time, a
# search's first paint read 100 contacts to show about 13 (1.9 ms of each keystroke's 11-17,
# at 100,000 contacts; 0.7 ms at 32).
SUMMARY_PAGE = 32
MAX_PAGES = 25  # ~800 rows stay cached (eight screens); scrolling 100,000 keeps memory flat
SEARCH_LIMIT = 1000
# A search inside a filter or tag that matches more contacts than this (in the whole address
# book) is read on the worker: every match of "a" among 100,000 contacts takes 100-250 ms.
MATCHES_AT_ONCE = 2000
# A search's matches past its first page are read once the typing pauses this long: read at
# each key, the worker's read took the interpreter lock from the next keystroke's (the p95 of
# bench_ui's keystrokes went from 6.8 to 9.4 ms on a quiet machine)
MORE_AFTER_MS = 250

_Index = QModelIndex | QPersistentModelIndex


def next_due_when(due: dt.datetime, now: dt.datetime) -> str:
    """When a follow-up not due yet is, as the list sorted by it says: "16:30" later today (as
    Today lists it), else "tomorrow", "in 3 days"... "today" alone, on rows of several times,
    made their order look arbitrary. (A follow-up of a day, not of a time, is due from its
    day's start: later today it has a time.)"""
    if due.date() == now.date():
        return QLocale().toString(QTime(due.hour, due.minute), QLocale.FormatType.ShortFormat)
    return relative_future(due, now)


class Role(IntEnum):
    CONTACT_ID = Qt.ItemDataRole.UserRole + 1
    SUMMARY = Qt.ItemDataRole.UserRole + 2


# Views ask data() and flags() for every visible row on each paint: plain ints and one
# precomputed flag value keep those calls off Python's enum machinery (~8 calls a row).
_CONTACT_ID = int(Role.CONTACT_ID)
_SUMMARY = int(Role.SUMMARY)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_SUMMARY_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _TOOLTIP, _SUMMARY})
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)


class ContactListModel(QAbstractListModel):
    """Rows are contact ids in display order; summaries are fetched a page at a time.

    The id list (ints) is cheap to hold even for 100,000 contacts, but not to read (~75 ms): a
    reload reads the first page and the count here and the whole list on a worker
    (``netdesk.ui.list_reader``). Until it arrives the model is ``partial``: every lookup
    past the page (``row_of``, ``ids_between``, ``contact_id``, ``ids``, a row's data) waits
    for the whole list, so nothing acts on a part of it. A reload that finds the same first
    page and count (a contact saved) keeps the rows shown, and the worker's list confirms
    them (or resets the model) a moment later. One contact changed (a card saved) is read
    alone and its row moved to its new place, or added, in the list as it is
    (``_changed_in_place``). ContactSummary rows are only built for the pages a view paints,
    and old pages are dropped.

    A search inside a filter or tag that matches many contacts is read on the worker too
    (``searching``): the rows shown stay until its result replaces them (``searched``).

    A search of everyone that matches more than a screenful ("m": the best 1,000) lists its
    first PAGE_SIZE matches at once, read here, and the rest is read on the worker
    (``more_coming``; ``grown`` when it has come, ``matches`` counts them): the keystroke reads
    a tenth of it. The rest is listed under the first when the view scrolls to their end
    (``fetchMore``) or any lookup needs it (``complete``): added at once, the list was laid out
    and painted a second time for every keystroke.

    Signals:
        listed(): a reload's whole list has come (from the worker, or waited for).
        searched(): a search read on the worker has come and is shown.
        grown(): the rest of a search's matches has come (``matches`` counts them).
    """

    listed = Signal()
    searched = Signal()
    grown = Signal()

    def __init__(self, context: AppContext, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.context = context
        self.list_filter = ListFilter.ALL
        self.sort_order = SortOrder.NAME
        self.tag: str | None = None
        self.search_text = ""
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ContactSummary | None]] = OrderedDict()
        self.capped = False  # the search found more than SEARCH_LIMIT: only the best are listed
        # the unsearched list for the current filter, sort and tag: clearing the search field
        # shows it again without asking core for 100,000 ids (~75 ms) on that keystroke
        self._listed_ids: list[int] | None = None
        # load_first_page(): only the first ids are known, the count says how many rows there
        # are; the rest is read on first need (or right after the first paint)
        self._row_count: int | None = None
        self._job: list_reader.ListJob[list[int]] | None = None  # the rest of the list, on its way
        self._search_job: list_reader.ListJob[list[int]] | None = (
            None  # a search in a filter, on its way
        )
        # the matches of a search after its first page: on their way, then come (all of them,
        # the first page's too) and listed once the view scrolls to them
        self._more_job: list_reader.ListJob[list[int]] | None = None
        self._more: list[int] | None = None
        self._more_timer = QTimer(self, singleShot=True)  # the read, once the typing pauses
        self._more_timer.setInterval(MORE_AFTER_MS)  # (interval= is refused in Turkish)
        self._more_timer.timeout.connect(self._read_more)
        self._more_query: tuple[str, bool] = ("", False)  # text, archived
        self.loaded = False
        list_reader.hub().finished.connect(self._read_finished)
        context.changes.database_replacing.connect(self._database_replacing)

    # -- what is listed ---------------------------------------------------------------------

    def set_query(
        self,
        *,
        list_filter: ListFilter | None = None,
        sort: SortOrder | None = None,
        tag: str | bool | None = False,
        search_text: str | None = None,
    ) -> None:
        """Change any of filter, sort, tag (None clears, False keeps) and search; then reload."""
        same_list = True
        if list_filter is not None and list_filter is not self.list_filter:
            self.list_filter = list_filter
            self._forget_lists()
            same_list = False
        if tag is not False and tag != self.tag:
            self.tag = tag if isinstance(tag, str) and tag else None
            self._forget_lists()
            same_list = False
        if sort is not None and sort is not self.sort_order:
            self.sort_order = sort
            self._listed_ids = None
            same_list = False
        if search_text is not None:
            self.search_text = search_text
        self._reload(keep_rows=same_list)

    def _forget_lists(self) -> None:
        self._listed_ids = None

    def _query_ids(self) -> list[int] | None:
        """The ids listed for the query, or None when they are read on the worker."""
        contacts = self.context.core.contacts
        text = self.search_text.strip()
        if not text:
            if self._listed_ids is None:
                self._listed_ids = contacts.list_ids(
                    self.list_filter, self.sort_order, tag=self.tag
                )
            return self._listed_ids
        archived = self.list_filter is ListFilter.ARCHIVED
        everyone = self.list_filter is ListFilter.ALL and not self.tag
        if everyone and self.sort_order is SortOrder.NAME:
            # the best SEARCH_LIMIT first (self.capped says there were more): a screenful of
            # them now, the rest from the worker (_more_job)
            found, whole = contacts.search_first(
                text, first=PAGE_SIZE, limit=SEARCH_LIMIT + 1, include_archived=archived
            )
            self.capped = whole and len(found) > SEARCH_LIMIT
            if not whole:
                self._more_query = (text, archived)
                self._more_timer.start()
            return found[:SEARCH_LIMIT]
        # Inside a filter or tag, or sorted by a date, every match of it, in the list's order:
        # the best 1,000 of the whole address book, then filtered, left out people of the
        # filter who match, and sorted by last interaction they stayed in the best-first order
        # (the chosen order did nothing). Every contact's ids are read on the worker.
        self.capped = False
        if (everyone and self._listed_ids is None) or list_search.matches_more_than(
            text, MATCHES_AT_ONCE
        ):
            self._search_on_worker()
            return None
        if self._listed_ids is None:  # kept while the filter stays, so typing stays cheap
            self._listed_ids = contacts.list_ids(self.list_filter, self.sort_order, tag=self.tag)
        matching = contacts.matching(text, include_archived=archived)
        return [i for i in self._listed_ids if i in matching]

    def load_first_page(self) -> None:
        """Start-up: list the first page and count the rest (~1 ms instead of ~75 ms for all
        100,000 ids). ``complete()`` reads the whole list; every lookup past the page does.

        Before the database is opened (``context.core_open``) the page is read straight from
        the file by ``netdesk.core.listing``, without the ORM; when that is not possible (a new
        or older database) the core is opened here.
        """
        if self.search_text.strip() or self._listed_ids is not None:
            self.reload()
            return
        if not self.context.core_open:
            page = first_page(
                self.context.paths,
                self.context.clock,
                self.list_filter,
                self.sort_order,
                tag=self.tag,
                limit=PAGE_SIZE,
            )
            if page is not None:
                self._show_first_page(page.ids, page.total, page.summaries)
                return
        contacts = self.context.core.contacts
        first = contacts.list_ids(self.list_filter, self.sort_order, tag=self.tag, limit=PAGE_SIZE)
        total = (
            len(first) if len(first) < PAGE_SIZE else contacts.count(self.list_filter, tag=self.tag)
        )
        self._show_first_page(first, total, None)

    def _show_first_page(
        self, ids: list[int], total: int, summaries: list[ContactSummary] | None
    ) -> None:
        self.loaded = True
        self.beginResetModel()
        self._ids = ids
        self._row_count = total if total > len(ids) else None
        self._pages.clear()
        if summaries is not None:  # read with the ids: the first paint asks core for nothing
            # (all PAGE_SIZE rows: a window taller than one screenful of SUMMARY_PAGE, a
            # portrait or 4K screen, opened the database on the first paint to read the rest)
            read = {s.id: s for s in summaries}
            for start in range(0, len(ids), SUMMARY_PAGE):
                chunk = ids[start : start + SUMMARY_PAGE]
                self._pages[start // SUMMARY_PAGE] = {i: read.get(i) for i in chunk}
        self.endResetModel()

    def complete(self) -> None:
        """Know every id of the list now: the worker's read is waited for; without one (the
        start-up's first page, a read that failed) the list is read here."""
        if self.more_coming:
            self._list_more()
        search, self._search_job = self._search_job, None
        if search is not None:
            self._searched(search.wait())
        if not self.partial:
            return
        job, self._job = self._job, None
        ids = job.wait() if job is not None else None
        if ids is None:
            try:
                ids = self.context.core.contacts.list_ids(
                    self.list_filter, self.sort_order, tag=self.tag
                )
            except Exception:
                if not self.context.changes.replacing:
                    raise
                # a restore holds the file: what is known is shown, and read once it is back
                log.info("the contact list is read once the restore is done")
                return
        self._take(ids)

    def complete_later(self) -> None:
        """Read the rest of a list started with its first page on the worker (start-up): the
        list is whole when ``listed`` is emitted, or at once when complete() is called."""
        if self.partial and self._job is None:
            self._read_rest()

    def reload(self) -> None:
        """Ask core for the list again; a reset only when the rows shown change.

        Without a search only the first page and the count are read here (a few ms); the
        whole list comes from a worker (``listed``). A search (at most SEARCH_LIMIT ids) and
        the unsearched list kept from before are shown at once.
        """
        self._reload(keep_rows=True)

    def _reload(self, *, keep_rows: bool) -> None:
        """``keep_rows``: the same filter, sort and tag, so rows shown may stay while the
        worker checks them (after another filter or order they are never taken as its)."""
        self._drop_read()
        self.loaded = True
        if self.search_text.strip() or self._listed_ids is not None:
            ids = self._query_ids()
            if ids is not None:
                self._show(ids)
            return
        contacts = self.context.core.contacts
        first = contacts.list_ids(self.list_filter, self.sort_order, tag=self.tag, limit=PAGE_SIZE)
        total = (
            len(first) if len(first) < PAGE_SIZE else contacts.count(self.list_filter, tag=self.tag)
        )
        if total <= len(first):
            self._listed_ids = first
            self._show(first)
            return
        if keep_rows and self.rowCount() == total and self._ids[: len(first)] == first:
            # most likely the same list (a contact saved): the rows (and the selection) stay
            # as they are, repainted, and the worker's list confirms them or resets the model.
            # Meanwhile the selection's ids are those of the rows the user sees.
            self._pages.clear()
            self.dataChanged.emit(self.index(0), self.index(total - 1))
        else:
            self._show_first_page(first, total, None)
        self._read_rest()

    def _show(self, ids: list[int]) -> None:
        """The whole list: a reset unless it is the one shown."""
        was_partial = self.partial
        self._row_count = None
        if ids == self._ids:
            self._ids = ids  # the very list kept (_listed_ids): a contact changed moves in both
            self._pages.clear()
            if ids:
                self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))
        else:
            self.beginResetModel()
            self._ids = ids  # may be _listed_ids: only _changed_in_place changes it in place
            self._pages.clear()
            self.endResetModel()
        if was_partial:
            self.listed.emit()

    def _take(self, ids: list[int]) -> None:
        """The whole unsearched list, read after its first page: the rows shown stay when it
        begins with them (no reset: selection and scrolling are kept)."""
        self._listed_ids = ids
        shown = len(self._ids)
        if len(ids) == self.rowCount() and ids[:shown] == self._ids:
            self._ids = ids
            self._row_count = None
            if shown < len(ids):  # painted blank until now
                self.dataChanged.emit(self.index(shown), self.index(len(ids) - 1))
        else:  # the database moved between the first page and the list
            self.beginResetModel()
            self._ids = ids
            self._row_count = None
            self._pages.clear()
            self.endResetModel()
        self.listed.emit()

    # -- the rest of the list, on a worker --------------------------------------------------

    def _read_rest(self) -> None:
        if self.context.changes.replacing:  # read once the restore is over (or by complete())
            return
        core = self.context.core
        read = id_list_read(
            core.store.path, core.clock, self.list_filter, self.sort_order, tag=self.tag
        )
        self._job = list_reader.start(read)

    def _drop_read(self) -> None:
        """A newer query: the read on its way is cancelled, and its result ignored if it
        arrives all the same."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if self._search_job is not None:
            self._search_job.cancel()
            self._search_job = None
        if self._more_job is not None:
            self._more_job.cancel()
            self._more_job = None
        self._more_timer.stop()
        self._more = None

    def _search_on_worker(self) -> None:
        """Read the filter's matches on the worker; the rows shown meanwhile are all known
        (a first page alone is shown as it is: its rest is not read for a list replaced)."""
        if self.partial:
            self._show(self._ids)
        core = self.context.core
        read = id_list_read(
            core.store.path,
            core.clock,
            self.list_filter,
            self.sort_order,
            tag=self.tag,
            search=self.search_text,
        )
        self._search_job = list_reader.start(read)

    def _searched(self, ids: list[int] | None) -> None:
        if ids is None:  # the read failed (the file held): read here
            archived = self.list_filter is ListFilter.ARCHIVED
            if self._listed_ids is None:
                self._listed_ids = self.context.core.contacts.list_ids(
                    self.list_filter, self.sort_order, tag=self.tag
                )
            matching = self.context.core.contacts.matching(
                self.search_text.strip(), include_archived=archived
            )
            ids = [i for i in self._listed_ids if i in matching]
        self._show(ids)
        self.searched.emit()

    def _read_more(self) -> None:
        """Read every match of a search whose first page is shown, on the worker."""
        if self.context.changes.replacing:  # none now: the restore's reload lists them
            return
        text, archived = self._more_query
        read = search_read(
            self.context.core.store.path, text, limit=SEARCH_LIMIT + 1, include_archived=archived
        )
        self._more_job = list_reader.start(read)

    def _arrived(self, ids: list[int] | None) -> None:
        """Every match of the search whose first page is listed: kept until the view scrolls
        to them, when they begin with the rows listed (else listed now, the database having
        changed between the two reads)."""
        if ids is None:  # the read failed (the file held): read here
            ids = self.context.core.contacts.search(
                self.search_text,
                limit=SEARCH_LIMIT + 1,
                include_archived=self.list_filter is ListFilter.ARCHIVED,
            )
        self.capped = len(ids) > SEARCH_LIMIT
        ids = ids[:SEARCH_LIMIT]
        if len(ids) > len(self._ids) and ids[: len(self._ids)] == self._ids:
            self._more = ids
        elif ids != self._ids:
            self._show(ids)
        self.grown.emit()

    def _list_more(self) -> None:
        """The rest of a search's matches listed under the rows shown, which stay (and the
        selection, and the view's place); the read on its way is waited for."""
        if self._more_timer.isActive():  # not asked for yet: read here, as a failed read is
            self._more_timer.stop()
            self._arrived(None)
        job, self._more_job = self._more_job, None
        if job is not None:
            self._arrived(job.wait())
        ids, self._more = self._more, None
        if ids is not None:
            self.beginInsertRows(QModelIndex(), len(self._ids), len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more_coming

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """The view scrolled to the end of a search's first page: the rest of its matches."""
        if not parent.isValid() and self.more_coming:
            self._list_more()

    @property
    def more_coming(self) -> bool:
        """The rows are the first page of a search's matches: the rest is on its way, or has
        come (``grown``) and is listed once the view scrolls to it or ``complete()``."""
        return self._more_job is not None or self._more is not None or self._more_timer.isActive()

    @property
    def matches(self) -> int:
        """How many rows the list has, those of a search's matches not listed yet counted."""
        return len(self._more) if self._more is not None else self.rowCount()

    @property
    def searching(self) -> bool:
        """A search inside a filter or tag is being read on the worker (the rows shown are
        those of the query before it)."""
        return self._search_job is not None

    def _read_finished(self, job: list_reader.ListJob[list[int]]) -> None:
        if job is self._more_job:
            self._more_job = None
            if job.result is None:
                log.info("a search's matches were not read on the worker: %s", job.error)
            self._arrived(job.result)
            return
        if job is self._search_job:
            self._search_job = None
            if job.result is None:
                log.info("a search was not read on the worker: %s", job.error)
            self._searched(job.result)
            return
        if job is not self._job:
            return  # another model's, or a query older than the one shown
        self._job = None
        if job.result is None:
            # failed (the file gone or held): complete() reads it on the GUI thread if needed
            log.info("the contact list was not read on the worker: %s", job.error)
            return
        self._take(job.result)

    def _database_replacing(self, replacing: bool) -> None:
        """A restore is about to replace the file: every worker's connection is closed first
        (the restore needs the file alone); afterwards a list still partial is read again."""
        if replacing:
            self._drop_read()
            list_reader.stop_all()
        elif self.partial and self._job is None and self.loaded:
            self._read_rest()

    def contacts_changed(self, ids: object) -> None:
        """Slot for context.changes.contacts_changed / journal_changed."""
        if isinstance(ids, list) and len(ids) == 1 and self._changed_in_place(ids[0]):
            return
        self._forget_lists()
        self.reload()

    def _changed_in_place(self, contact_id: int) -> bool:
        """One contact changed (a card saved, an interaction logged): its row is read again
        and moved where the list's order now puts it, or added when the list's filter now
        takes it, or taken out when it left, the other rows as they were. False when the
        list must be read again: a search or a read on its way, or a list that is no longer
        the file's.

        A reload read the first page and the count here, then the whole list on the worker,
        and every row shown again: ~100 ms of this thread at 100,000 contacts, for a save."""
        if (
            not self.loaded
            or self.partial
            or self._job is not None
            or self._search_job is not None
            or self.search_text.strip()
            or self._listed_ids is not self._ids
            or self.context.changes.replacing
        ):
            return False
        row = self.known_row_of(contact_id)
        core = self.context.core
        read = id_list_read(
            core.store.path, core.clock, self.list_filter, self.sort_order, tag=self.tag
        )
        try:
            place = read.place(contact_id, self._ids, row).run()
        except (IdListError, ReadCancelled) as error:
            log.info("a contact's row was not placed: %s", error)
            return False
        if place is None:
            return False
        if place < 0:
            if row >= 0:  # left the list (archived, deleted, out of the filter)
                # a reset, as a reload made it: the panel moves on from it, or keeps it
                # current unlisted, as it always did (ContactListPanel._restore_current)
                self.beginResetModel()
                del self._ids[row]
                self._repage(None, contact_id)
                self.endResetModel()
            return True
        summaries = core.contacts.summaries([contact_id])
        if not summaries:
            return False  # deleted since
        if row < 0:
            self.beginInsertRows(QModelIndex(), place, place)
            self._ids.insert(place, contact_id)  # (the same list as _listed_ids)
            self.endInsertRows()
        elif place != row:
            # Qt's destination: the row it goes before, counted with it still in its place
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), place + (place > row))
            del self._ids[row]
            self._ids.insert(place, contact_id)
            self.endMoveRows()
        summary = summaries[0]
        if place == row:
            for page in self._pages.values():
                if contact_id in page:
                    page[contact_id] = summary
        else:
            self._repage(summary, contact_id)
        index = self.index(place)
        self.dataChanged.emit(index, index)
        return True

    def _repage(self, summary: ContactSummary | None, contact_id: int) -> None:
        """The page cache after one contact's row moved, came or went (``summary`` None):
        each page kept holds the ids of its rows now, with the summaries read before (one
        that lacks a summary is dropped, read again when painted)."""
        known = {i: s for page in self._pages.values() for i, s in page.items()}
        if summary is None:
            known.pop(contact_id, None)
        else:
            known[contact_id] = summary
        pages = list(self._pages)  # least recently used first
        self._pages.clear()
        for number in pages:
            start = number * SUMMARY_PAGE
            chunk = self._ids[start : start + SUMMARY_PAGE]
            if chunk and all(i in known for i in chunk):
                self._pages[number] = {i: known[i] for i in chunk}

    # -- lookups ----------------------------------------------------------------------------

    def ids(self) -> list[int]:
        self.complete()
        return list(self._ids)

    def ids_between(self, top: int, bottom: int) -> list[int]:
        """The ids of rows ``top`` to ``bottom``, both included: the whole list is read (or
        waited for) only when they go past what is known (at start, the first page: selecting
        its first row must not open the database before the first paint)."""
        if bottom >= len(self._ids):
            self.complete()
        return self._ids[top : bottom + 1]

    def contact_id(self, row: int) -> int:
        if row >= len(self._ids):
            self.complete()
        return self._ids[row]

    def row_of(self, contact_id: int) -> int:
        """The row of a contact, or -1 when it is not listed.

        A scan (~1 ms for 100,000 ids, in C) rather than an id->row dict that would hold
        another ~10 MB for the whole list.
        """
        row = self.known_row_of(contact_id)
        if row >= 0 or not (self.partial or self.more_coming):
            return row
        self.complete()
        return self.known_row_of(contact_id)

    def known_row_of(self, contact_id: int) -> int:
        """The row of a contact among the ids known so far (the first page after a reload
        until the rest arrives), or -1."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    @property
    def partial(self) -> bool:
        """Only the first page of the list is known (``complete()`` reads or waits for the
        rest; ``listed`` says when it has come)."""
        return self._row_count is not None

    @property
    def known_rows(self) -> int:
        """How many leading rows are known (every row unless ``partial``)."""
        return len(self._ids)

    @property
    def reading(self) -> bool:
        """The rest of the list (or of a search's matches) is being read on a worker."""
        return self._job is not None or self._more_job is not None or self._more_timer.isActive()

    def summary(self, row: int) -> ContactSummary | None:
        if row >= len(self._ids):
            self.complete()
        page_number = row // SUMMARY_PAGE
        page = self._pages.get(page_number)
        contact_id = self._ids[row]
        # a page read before the rest of the list's ids came lacks the rows after them
        if page is None or contact_id not in page:
            if self.context.changes.replacing:  # a restore holds the database: painted blank
                return None
            start = page_number * SUMMARY_PAGE
            chunk = self._ids[start : start + SUMMARY_PAGE]
            page = dict.fromkeys(chunk)  # None for a contact gone since: not read again
            page.update((s.id, s) for s in self.context.core.contacts.summaries(chunk))
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[contact_id]

    def painted(self, row: int) -> ContactSummary | None:
        """data(index, Role.SUMMARY) for the list's delegate, without the way through Qt
        (the role's conversions and the checks of an index the view made)."""
        if not 0 <= row < self.rowCount():
            return None
        return self.summary(row)

    def cached_rows(self) -> int:
        """How many ContactSummary rows the page cache holds now (bounded by MAX_PAGES)."""
        return sum(len(page) for page in self._pages.values())

    # -- QAbstractItemModel -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._ids) if self._row_count is None else self._row_count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        role = int(role)
        if role != _CONTACT_ID and role not in _SUMMARY_ROLES:
            return None  # most roles a view asks for: answered before any other work
        row = index.row()
        if not index.isValid() or not 0 <= row < self.rowCount():
            return None
        if row >= len(self._ids):
            self.complete()  # the panel keeps the view on the first page while it is read
        if role == _CONTACT_ID:
            return self._ids[row]
        summary = self.summary(row)
        if summary is None:
            return None
        if role == _SUMMARY:
            return summary
        if role == _TOOLTIP:
            return tooltip_as_written(
                " · ".join(
                    p for p in (summary.display_name, summary.title, summary.organization) if p
                )
            )
        if role == _ACCESSIBLE:
            return self._read_out(summary)
        return summary.display_name

    def _read_out(self, summary: ContactSummary) -> str:
        """What a screen reader says for a row: all the row shows, not the name alone (the
        organization, when they were last in touch and "due" were seen, never heard)."""
        now = self.context.clock.now()
        parts = [
            summary.display_name or tr("(no name)"),
            " · ".join(p for p in (summary.title, summary.organization) if p),
            tr("last interaction: %1").replace("%1", relative_past(summary.last_interaction, now)),
        ]
        if summary.next_due is not None and summary.next_due <= now and not summary.archived:
            parts.append(tr("due"))
        elif (
            summary.next_due is not None
            and not summary.archived
            and self.sort_order is SortOrder.NEXT_DUE  # as the row shows it, sorted so
        ):
            parts.append(
                tr("next follow-up: %1").replace("%1", next_due_when(summary.next_due, now))
            )
        if summary.archived:
            parts.append(tr("archived"))
        return ", ".join(p for p in parts if p)

    def match(
        self,
        start: _Index,
        role: int,
        value: object,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Type-ahead (the view's keyboardSearch): the rows from ``start`` on whose name starts
        with ``value``, case and accents ignored, found by one query on the names.

        Qt's own match() asked data() of every row until one matched: typing "z" in a list
        of 100,000 read ~1,000 pages of rows and held the window 14 s; "a" did not find
        "Álvaro".
        """
        kind = flags & Qt.MatchFlag.MatchTypeMask
        if (
            int(role) != _DISPLAY
            or not isinstance(value, str)
            or not value
            or kind != Qt.MatchFlag.MatchStartsWith
            or flags & Qt.MatchFlag.MatchCaseSensitive
            or not start.isValid()
        ):
            return super().match(start, role, value, hits, flags)
        self.complete()
        named = type_ahead.named_starting_with(value)
        ids = self._ids
        first = min(start.row(), len(ids))  # (complete() may have changed the list)
        spans = [range(first, len(ids))]
        if flags & Qt.MatchFlag.MatchWrap:
            spans.append(range(first))
        found: list[QModelIndex] = []
        for span in spans if named else []:
            for row in span:
                if ids[row] in named:
                    found.append(self.index(row))
                    if len(found) == hits:
                        return found
        return found

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def mimeTypes(self) -> list[str]:
        return ["text/vcard", "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = list(dict.fromkeys(self.contact_id(i.row()) for i in indexes if i.isValid()))
        return self.mime_data_for(ids)

    def mime_data_for(self, ids: list[int]) -> QMimeData:
        """What a drag of these contacts carries (see :meth:`mimeData`)."""
        try:
            from netdesk.ui import drag  # the import engineer's module
        except ImportError:
            drag = None  # type: ignore[assignment]
        if drag is not None:
            return drag.vcard_mime_data(self.context, ids)
        data = QMimeData()
        names = self.context.core.contacts.names(ids)
        data.setText("\n".join(names[i] for i in ids if i in names))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
