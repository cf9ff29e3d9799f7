"""The left pane: search field, quick filters, sort order and the contact list."""

from __future__ import annotations

import datetime as dt
import logging
from itertools import compress
from operator import sub

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.listing import ListFilter, SortOrder, tags_by_name, tags_read
from netdesk.core.types import Tag
from netdesk.ui import list_reader
from netdesk.ui import settings as s
from netdesk.ui.contact_list_model import ContactListModel, Role
from netdesk.ui.contact_rows import ContactRowDelegate, contact_table
from netdesk.ui.context import AppContext
from netdesk.ui.icons import icon
from netdesk.ui.widgets import WrappingLabel, fill, tr

log = logging.getLogger("netdesk.ui")

# Core search takes ~2-6 ms: a zero timer runs it once the queued keys are handled, with the
# text as it is then, so a burst of keys costs one query and no stale result is ever shown.
SEARCH_DEBOUNCE_MS = 0
# How often the database is asked whether another program (netdesk-cli, a cron import) wrote
# to it: one PRAGMA, while the window is on screen (and at once when it is activated).
OUTSIDE_WRITES_MS = 3000
# A change of more contacts than this has the filter menu's counts read on the worker: read
# here, they took 25-45 ms of the window after a change of 1,000 at 100,000 contacts.
MENU_READ_HERE_MAX = 100
# The list is read again when time alone changes it (a follow-up falls due, midnight ends
# "Imported today"); at least this often, so a clock moved or a machine woken up is caught.
TIME_RELOAD_MAX_S = 3600


def filter_labels() -> list[tuple[ListFilter, str]]:
    return [
        (ListFilter.ALL, tr("All contacts")),
        (ListFilter.DUE, tr("Due")),
        (ListFilter.COBWEBS, tr("Cobwebs")),
        (ListFilter.ORIGIN_UNKNOWN, tr("Origin unknown")),
        (ListFilter.ARCHIVED, tr("Archived")),
        (ListFilter.IMPORTED_TODAY, tr("Imported today")),
    ]


# The filter menu's item data. Strings, not tuples: QComboBox.findData compares Python objects
# by identity, so a tuple built again never found its item.
def _filter_key(list_filter: ListFilter) -> str:
    return f"filter:{list_filter.value}"


def _tag_key(name: str) -> str:
    return f"tag:{name}"


# Filters restored at the next start ("Imported today" would list other contacts, or none)
_RESTORED_FILTERS = {f.value for f in ListFilter if f is not ListFilter.IMPORTED_TODAY}


def sort_labels() -> list[tuple[SortOrder, str]]:
    return [
        (SortOrder.NAME, tr("Name")),
        (SortOrder.LAST_INTERACTION, tr("Last interaction")),
        (SortOrder.NEXT_DUE, tr("Next follow-up")),
    ]


class ContactListPanel(QWidget):
    """Search over filters over the list.

    Signals:
        current_changed(object): the current contact id, or None.
        selection_changed(object): the selected contact ids, a list (an object: as list, each
            of 97,519 ids selected by Ctrl+A became a QVariant and back for each receiver,
            ~140 ms of the GUI thread).
        activated(int): Enter or double click on a contact.
    """

    current_changed = Signal(object)
    selection_changed = Signal(object)
    activated = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ContactListModel(context, self)
        self._current_id: int | None = None
        self._restore_id: int | None = None
        # The current contact is past the first page of a list whose rest is on its way: it
        # is made current again when the list has come (listed), unless the user moved on.
        self._waiting_for: int | None = None
        self._first_if_none = False  # and when it is not listed, the first row is (a filter)
        self.explicit = False  # True while select_contact() moves the current row

        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(tr("Search name, company, e-mail, phone, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(tr("Search contacts"))
        self.search.installEventFilter(self)

        self.filter_box = QComboBox(self)
        self._empty_tag: str | None = None  # a tag with nobody, kept while it is chosen
        self._move_on_row: int | None = None  # see move_on_when_gone
        self._move_on_once_listed: int | None = None  # the same, for a list still coming
        self._select_once_listed: list[int] | None = None  # see select_contacts
        self._read_at: tuple[int, int] | None = None  # data_stamp of a reload this turn
        # a reload of the same list (a change made anywhere): what the user looked at, kept
        # across its reset (see _remember_view)
        self._keeping_view = False
        self._keeping_selection = False  # a new order of the same list (_apply_sort)
        # a new order of a search, read on the worker: its result keeps the selection too
        self._sorting_search = False
        self._kept_view: tuple[list[int], int | None, int, bool] | None = None
        self._filters_read = False  # the filter menu was rebuilt at that stamp
        # that stamp's write was first announced as a change of contacts (their tags may have
        # changed), not of follow-ups or a journal alone (see _on_change)
        self._contacts_first = False
        self._outside_write = False  # see check_outside_writes
        self._menu_tags: list[Tag] | None = None  # the tags the filter menu was built from
        self._tags_job: list_reader.ListJob[list[Tag]] | None = None  # see _refresh_filters_later
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setAccessibleName(tr("Show"))
        self.filter_box.setToolTip(tr("Which contacts to show"))
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("sortBox")
        for box in (self.filter_box, self.sort_box):
            # as wide as the list makes them, the current choice cut with "…" if need be: sized
            # to their longest item (a long tag, "Próximo seguimiento" at 14 pt) they made the
            # list 460 pixels wide at least, and the window too wide for an 800-pixel screen
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(6)
        self.sort_box.setAccessibleName(tr("Sort by"))
        self.sort_box.setToolTip(tr("Sort order"))
        for order, label in sort_labels():
            self.sort_box.addItem(label, order.value)

        self.view = contact_table(self)
        self.view.setModel(self.model)
        self._delegate = ContactRowDelegate(context, self.view)
        self.view.setItemDelegate(self._delegate)
        self.view.installEventFilter(self)

        # a search that finds nobody says so where the rows would be (the list stood blank,
        # "0 matches" small at its foot)
        # plain text (the query as typed), broken inside a word too long for the list: an
        # e-mail address searched for was cut off at the list's edge
        self.no_match = WrappingLabel(self.view.viewport())
        self.no_match.setObjectName("noMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.no_match.hide()
        self.view.viewport().installEventFilter(self)  # resized: the message with it

        self.count_label = QLabel(self)
        self.count_label.setObjectName("contactCount")
        self.count_label.setAccessibleName(tr("Contacts listed"))
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.filter_box, 3)
        controls.addWidget(self.sort_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self, singleShot=True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)  # interval= is refused in Turkish
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_edited)
        self.filter_box.activated.connect(self._apply_filter)
        self.sort_box.activated.connect(self._apply_sort)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(self._selected_now())
        )
        self.view.activated.connect(lambda index: self.activated.emit(index.data(Role.CONTACT_ID)))
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._after_reset)
        self.model.listed.connect(self._on_listed)
        self.model.searched.connect(self._on_searched)
        self.model.grown.connect(self._on_grown)
        self._kept_sight: tuple[int | None, int, bool] | None = None  # see _keep_sight
        self.model.rowsAboutToBeMoved.connect(self._keep_sight)
        self.model.rowsMoved.connect(self._sight_kept)
        self.model.rowsAboutToBeInserted.connect(self._keep_sight)
        self.model.rowsInserted.connect(self._sight_kept)
        self.model.rowsInserted.connect(self._current_inserted)  # (after the sight kept)
        self._unlisted_current: int | None = None  # see _show_current_back
        context.changes.contacts_changed.connect(self._on_contacts_changed)
        context.changes.journal_changed.connect(self._on_journal_changed)
        context.changes.follow_ups_changed.connect(self._on_follow_ups_changed)
        list_reader.hub().finished.connect(self._tags_came)
        context.changes.tag_renamed.connect(self._follow_tag)
        self._known_version: int | None = None  # PRAGMA data_version the views were read at
        self._outside_timer = QTimer(self)
        self._outside_timer.setInterval(OUTSIDE_WRITES_MS)  # interval= is refused in Turkish
        self._outside_timer.timeout.connect(self.check_outside_writes)
        self._outside_timer.start()
        self._time_timer = QTimer(self, singleShot=True)
        # when time alone changes the list next (see _plan_time_reload)
        self._time_change_at: dt.datetime | None = None
        self._time_timer.timeout.connect(self._time_passed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

        saved = context.settings.get(s.SORT_ORDER)
        try:
            self.model.sort_order = SortOrder(saved)
        except ValueError:
            self.model.sort_order = SortOrder.NAME
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(self.model.sort_order.value)))
        self._delegate.next_due_shown = self.model.sort_order is SortOrder.NEXT_DUE
        self._restore_filter(context.settings.get(s.LIST_FILTER))
        self.refresh_filters()

    def _restore_filter(self, key: str) -> None:
        """The filter chosen at the last exit, set on the model before its first page is read."""
        kind, _, value = key.partition(":")
        if kind == "tag" and value:
            self.model.tag = value
        elif kind == "filter" and value in _RESTORED_FILTERS:
            self.model.list_filter = ListFilter(value)

    def _follow_tag(self, old: str, new: str) -> None:
        """Listing the tag renamed: list it by its new name (the menu is rebuilt next)."""
        # the tag listed: its name as SQLite matches it (ASCII case alone). casefold() took
        # "ÉMIGRÉ" for "Émigré", two tags an older netdesk could make, and the list followed
        # the other one's rename
        if self.model.tag and self.model.tag.encode().lower() == old.encode().lower():
            self.model.tag = new
            self.context.settings.set(s.LIST_FILTER, _tag_key(new))

    def _query_key(self) -> str:
        """The filter menu's key for what the model lists."""
        return _tag_key(self.model.tag) if self.model.tag else _filter_key(self.model.list_filter)

    # -- loading ----------------------------------------------------------------------------

    def load(self, *, first_page_only: bool = False) -> None:
        """List the contacts; with ``first_page_only`` the rest is read by ``model.complete()``."""
        if first_page_only:
            self.model.load_first_page()
        else:
            self.model.reload()
        if self.context.core_open:
            self._known_version = self.context.core.store.data_stamp()[0]
            self._plan_time_reload()
        self._update_count()

    def refresh_filters(self, chosen: str | None = None) -> None:
        """Rebuild the filter menu: the quick filters, then one entry per tag. ``chosen``: the
        key of a tag about to be listed, offered even when nobody listed carries it."""
        if self._tags_job is not None:  # read here, now: an older read may not overwrite it
            self._tags_job.cancel()
            self._tags_job = None
        if self._known_version is None and self.model.loaded and self.context.core_open:
            # start-up, the database just opened: what another program writes from now on
            self._known_version = self.context.core.store.data_stamp()[0]
            self._plan_time_reload()
        tags = self.context.core.contacts.tags() if self.model.loaded else None
        self._fill_filters(tags, chosen)

    def _refresh_filters_later(self) -> None:
        """Read the tags' counts on the worker and rebuild the menu if they changed: after a
        follow-up done or snoozed, or an interaction logged, which leave them as they were.
        Read here, they cost ~20 ms of the window's time for 100,000 contacts each time."""
        if self._tags_job is not None:
            self._tags_job.cancel()
        self._tags_job = None
        if not self.context.core_open or self.context.changes.replacing:
            return
        self._tags_job = list_reader.start(tags_read(self.context.core.store.path))

    def _tags_came(self, job: list_reader.ListJob[list[Tag]]) -> None:
        if job is not self._tags_job:
            return  # the list's, or a read replaced by a newer one
        self._tags_job = None
        if job.result is None:  # failed or cancelled: the next change reads them again
            if job.error is not None:
                log.info("the tags were not read on the worker: %s", job.error)
            return
        if job.result != self._menu_tags:
            self._fill_filters(job.result)

    def _fill_filters(self, tags: list[Tag] | None, chosen: str | None = None) -> None:
        """The filter menu: the quick filters, then the tags (None: not read yet)."""
        current = self._query_key()
        kept = (current, chosen)
        self._menu_tags = tags
        self.filter_box.clear()
        for list_filter, label in filter_labels():
            self.filter_box.addItem(label, _filter_key(list_filter))
        tags = tags or []
        # a tag nobody listed carries (left by an undo, or only on archived contacts) is not
        # offered; the one being filtered by stays until the user picks another
        # by name as Manage tags lists them, accents aside: "Ávila" among the A's, not after "zeta"
        tags = tags_by_name(t for t in tags if t.count or _tag_key(t.name) in kept)
        self._empty_tag = next((_tag_key(t.name) for t in tags if not t.count), None)
        if tags:
            self.filter_box.insertSeparator(self.filter_box.count())
            for tag in tags:
                self.filter_box.addItem(
                    icon("tag"),
                    f"{tag.name} ({QLocale().toString(tag.count)})",
                    _tag_key(tag.name),
                )
        elif self.model.tag and not self.model.loaded:
            # start-up: the tag chosen last time, until the tags are read after the first paint
            self.filter_box.addItem(self.model.tag, current)
        found = self.filter_box.findData(current)
        if chosen is not None and self.filter_box.findData(chosen) >= 0:
            found = self.filter_box.findData(chosen)  # (set_filter applies it)
        self.filter_box.setCurrentIndex(max(0, found))
        if found < 0 and self.model.loaded:  # the tag is gone: list what the menu now says
            self._apply_filter()

    def set_filter(self, list_filter: ListFilter, tag: str | None = None) -> None:
        key = _tag_key(tag) if tag else _filter_key(list_filter)
        index = self.filter_box.findData(key)
        if index < 0 and tag:
            # a tag only archived contacts carry (Manage tags' Show contacts) is listed all the
            # same, and the list says why it is empty: the list stayed as it was, unexplained
            self.refresh_filters(chosen=key)
            index = self.filter_box.findData(key)
        if index >= 0:
            self.filter_box.setCurrentIndex(index)
        self._apply_filter()

    def _apply_filter(self, *_args: object) -> None:
        key: str = self.filter_box.currentData() or _filter_key(ListFilter.ALL)
        if self._empty_tag is not None and key != self._empty_tag:
            # the empty tag kept while it was chosen: off the menu once the user leaves it
            stale, self._empty_tag = self.filter_box.findData(self._empty_tag), None
            if stale >= 0:
                with QSignalBlocker(self.filter_box):
                    self.filter_box.removeItem(stale)
        self.context.settings.set(s.LIST_FILTER, key)
        self._select_once_listed = None  # another list: the user chose what to see
        self._kept_view = None  # (a reload's, waiting for a search's rest: not this list's)
        kind, _, value = key.partition(":")
        text = self._pending_search()
        self._sorting_search = False  # another list: not the same matches
        if kind == "tag":
            self.model.set_query(list_filter=ListFilter.ALL, tag=value, search_text=text)
        else:
            self.model.set_query(list_filter=ListFilter(value), tag=None, search_text=text)
        self._update_count()
        self._select_first_if_none()

    def _pending_search(self) -> str | None:
        """The search field's text when its query is still waiting for the typing pause (a
        search just cleared to open someone it hid): applied with the filter, not after it."""
        if not self._search_timer.isActive():
            return None
        self._search_timer.stop()
        return self.search.text()

    def _apply_sort(self, *_: object) -> None:
        order = SortOrder(self.sort_box.currentData())
        self.context.settings.set(s.SORT_ORDER, order.value)
        self._delegate.next_due_shown = order is SortOrder.NEXT_DUE
        # the contacts selected stay selected in the new order (Tag… or Delete after a sort
        # took the current one alone); the view goes to the current one, not to where it was
        self._keeping_selection = True
        try:
            self.model.set_query(sort=order, search_text=self._pending_search())
        finally:
            self._keeping_selection = False
        self._sorting_search = self.model.searching
        self._update_count()

    def set_sort(self, order: SortOrder) -> None:
        self.sort_box.setCurrentIndex(self.sort_box.findData(order.value))
        self._apply_sort()

    def _search_edited(self, _text: str) -> None:
        self._search_timer.start()  # restarts: only the last text of a burst is queried

    def _apply_search(self) -> None:
        text = self.search.text()
        if text == self.model.search_text:  # typed and erased before the query ran
            return
        self._sorting_search = False  # typed: its first match becomes current
        self._select_once_listed = None
        # a reload's view, kept for a search's rest still on its way: another search now
        # (one whose first page is the same resets nothing, and the old selection came back)
        self._kept_view = None
        self.model.set_query(search_text=text)
        self._update_count()
        if text.strip():
            self._select_row(0)

    def _on_searched(self) -> None:
        """A search inside a filter, read on the worker, has come: as when typed (below)."""
        self._update_count()
        if self._select_once_listed is not None:  # an undo's contacts, back among them
            self._sorting_search = False
            self._select_waiting()
            return
        if self._sorting_search:  # the same matches in another order: the same selected
            self._sorting_search = False
            return
        if self.model.search_text.strip() and not self.view.hasFocus():
            self._select_row(0)  # (the user who went down the list meanwhile stays there)

    def _on_grown(self) -> None:
        """The rest of a search's matches has come (listed under its first page once the
        view scrolls there): counted. A reload of the same search (a card saved, an undo)
        that left the current contact, the selection or the view's place among them, or
        contacts to select there, lists it now and restores them, as a whole list's arrival
        does (_on_listed); after a keystroke nothing waits for it."""
        self._update_count()
        waiting = self._waiting_for is not None and not self.view.currentIndex().isValid()
        if waiting or self._kept_view is not None or self._select_once_listed is not None:
            self.model.complete()
            self._on_listed()

    def _update_count(self) -> None:
        if self.model.searching:  # the rows of the query before stay until it comes
            self.no_match.hide()
            return
        rows = self.model.matches
        tip = ""
        if self.model.reading and self.model.more_coming:  # the rest is a moment away
            text = tr("%Ln+ matches", None, rows)
        elif self.model.search_text.strip() and self.model.capped:
            text = tr("%Ln+ matches", None, rows)  # a Select all takes these, not every match
            tip = tr("Only the best %Ln are listed: type more to narrow the search.", None, rows)
        elif self.model.search_text.strip():
            text = tr("%Ln matches", None, rows)
        else:
            text = tr("%Ln contacts", None, rows)
        self.count_label.setText(text)
        self.count_label.setToolTip(tip)
        message = self._why_empty() if not rows and self.model.loaded else ""
        if message:
            self.no_match.setText(message)
            self._place_no_match()
            self.no_match.show()
        else:
            self.no_match.hide()

    def _why_empty(self) -> str:
        """What an empty list says where its rows would be: a search that found nobody (and
        whether archived contacts match it), or a filter nobody is in. The list stood blank."""
        model = self.model
        query = " ".join(model.search_text.split())
        in_list = model.tag or dict(filter_labels()).get(model.list_filter, "")
        if query and model.list_filter is ListFilter.ALL and not model.tag:
            archived = len(self.context.core.contacts.matching(query, include_archived=True))
            if archived:  # the search leaves them out: "nobody" would be wrong
                return fill(
                    tr(
                        "No contact matches “%1”, but %Ln archived contact(s) do.\n"
                        "Choose Archived above to see them.",
                        None,
                        archived,
                    ),
                    query,
                )
            return fill(tr("No contact matches “%1”.\nPress Esc to clear the search."), query)
        if query:
            return fill(
                tr("No contact in “%2” matches “%1”.\nPress Esc to clear the search."),
                query,
                in_list,
            )
        if model.tag:
            archived = self.context.core.contacts.count(ListFilter.ARCHIVED, tag=model.tag)
            if archived:
                return fill(
                    tr(
                        "Only archived contacts are tagged “%1” (%Ln).\n"
                        "Archived contacts are listed under Archived.",
                        None,
                        archived,
                    ),
                    model.tag,
                )
            return fill(tr("Nobody is tagged “%1”."), model.tag)
        everyone = (ListFilter.ALL, ListFilter.COBWEBS, ListFilter.ORIGIN_UNKNOWN)
        contacts = self.context.core.contacts
        if model.list_filter in everyone and (
            model.list_filter is ListFilter.ALL or not contacts.count(ListFilter.ALL)
        ):
            # nobody listed at all: "every contact is archived", "in touch with everyone
            # lately" or "you know how you met them all" said of an empty address book (a
            # first run's Ctrl+N) or of one whose contacts are all archived
            if not contacts.count(ListFilter.ARCHIVED):
                return tr("No contacts yet.\nA contact you add or import is listed here.")
            return tr("Every contact is archived.\nChoose Archived above to see them.")
        if model.list_filter is ListFilter.IMPORTED_TODAY and contacts.count(ListFilter.ARCHIVED):
            # those imported today may be there ("Nobody was imported today", said right
            # after archiving everyone imported, was false); which ones, the store cannot say
            return tr(
                "Nobody imported today is listed.\n"
                "Contacts imported today and archived since are under Archived."
            )
        return {
            ListFilter.DUE: tr(
                "Nobody is due.\nWhen a keep-in-touch cadence or a follow-up comes due, the "
                "contact is listed here."
            ),
            ListFilter.COBWEBS: tr("No cobwebs: you have been in touch with everyone lately."),
            ListFilter.ORIGIN_UNKNOWN: tr(
                "Every contact has an origin: you know how you met them all."
            ),
            ListFilter.ARCHIVED: tr(
                "No archived contacts.\nAn archived contact is kept, but left out of the list "
                "and the reminders."
            ),
            ListFilter.IMPORTED_TODAY: tr("Nobody was imported today."),
        }[model.list_filter]

    def _place_no_match(self) -> None:
        self.no_match.setGeometry(self.view.viewport().rect().adjusted(12, 24, -12, 0))

    def _on_follow_ups_changed(self) -> None:
        self._on_change(None, contacts=False)

    def _on_journal_changed(self, ids: object) -> None:
        self._on_change(ids, contacts=False)

    def _on_contacts_changed(self, ids: object) -> None:
        self._on_change(ids, contacts=True)

    def _on_change(self, _ids: object, *, contacts: bool) -> None:
        # A write is announced by several signals in a row (an import: contacts_changed, then
        # follow_ups_changed); the list is read once for them, unless the data moved between.
        stamp = self.context.core.store.data_stamp()
        self._known_version = stamp[0]
        if stamp != self._read_at:
            if self._read_at is None:
                QTimer.singleShot(0, self._forget_read_stamp)
            self._read_at, self._filters_read = stamp, False
            # a change of thousands (Select all, Archive) has its counts read on the worker:
            # read here, after such a write, they held the window 0.3-0.6 s at 100,000
            many = isinstance(_ids, list) and len(_ids) > MENU_READ_HERE_MAX
            self._contacts_first = contacts and not self._outside_write and not many
            self._keeping_view = True
            try:
                self.model.contacts_changed(_ids)
            finally:
                self._keeping_view = False
            self._plan_time_reload()
        elif _ids is not None or self._filters_read:
            return  # read already, with nothing written since
        if not self._filters_read and (
            _ids is None or self.filter_box.count() <= len(filter_labels()) + 1
        ):
            # A change of contacts (tagged, archived, deleted: the counts move) is in the menu
            # at once. One announced first as a change of follow-ups or of a journal (Done,
            # Snooze, Ctrl+L) leaves tags as they were: checked on the worker.
            if self._contacts_first:
                self.refresh_filters()
            else:
                self._refresh_filters_later()
            self._filters_read = True
        self._update_count()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_outside_writes()

    def check_outside_writes(self) -> None:
        """Another program wrote to the database (``netdesk-cli add``, a cron import): every
        view reads again, as after a restore. The window showed what it had read until the
        next change made in it, however long that was.

        Skipped while the window is hidden (checked once it is back), while an operation of
        this window writes on a worker (it says what changed when it is done) and while a
        restore replaces the file."""
        context = self.context
        if not context.core_open or context.changes.replacing or not self.window().isVisible():
            return
        from netdesk.ui.operations import Operation  # loaded by the window long before

        if Operation.running_now():  # its writes are announced by the operation itself
            return
        changes_at = self._time_change_at
        if changes_at is not None and context.core.clock.now() >= changes_at:
            # woken from a suspend past it: the timer counts the time awake alone, and the
            # list said "Due" of yesterday (and "yesterday" of today) up to an hour longer
            self._time_passed()
        version = context.core.store.data_stamp()[0]
        known, self._known_version = self._known_version, version
        if known is not None and version != known:
            log.info("the database was changed by another program: every view reads it again")
            # the filter menu's counts then come from the worker: read here, after another
            # program's write (SQLite's cache of the file dropped), they held the window ~200
            # ms at 100,000 contacts, at each write of a script or a cron job
            self._outside_write = True
            try:
                context.changes.everything()
            finally:
                self._outside_write = False

    def took_in_own_write(self, before: int, after: int) -> None:
        """This netdesk wrote on a worker what no view shows (the reminders' record of what
        was announced, netdesk.ui.notifier), moving the data version from ``before`` to
        ``after``: not another program's write, for which every view read all again."""
        if self._known_version == before:
            self._known_version = after

    def _plan_time_reload(self) -> None:
        """Read the list again when time alone changes it: the next follow-up falling due
        (Due lists it, its row says "due") or midnight (Imported today, Cobwebs, "3 weeks
        ago"). The list stayed as it was read until something was written."""
        if self.context.changes.replacing:
            return
        core = self.context.core
        now = core.clock.now()
        moment = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        due = core.follow_ups.next_due_after(now)
        if due is not None:
            moment = min(moment, due)
        self._time_change_at = moment
        wait = min(max((moment - now).total_seconds(), 0.0), TIME_RELOAD_MAX_S)
        self._time_timer.start(int(wait * 1000) + 500)  # (just past it: never a moment early)

    def _time_passed(self) -> None:
        if not self.context.core_open or self.context.changes.replacing:
            return
        self._keeping_view = True
        try:
            self.model.contacts_changed(None)  # the filter's list read anew, not the kept one
        finally:
            self._keeping_view = False
        self.view.viewport().update()  # the rows' "due" and "3 weeks ago" as of now
        self._update_count()
        self._plan_time_reload()

    def _forget_read_stamp(self) -> None:
        self._read_at = None  # the next turn of the event loop reads afresh (a new day...)

    # -- selection --------------------------------------------------------------------------

    def _remember_current(self) -> None:
        index = self.view.currentIndex()
        restore = index.data(Role.CONTACT_ID) if index.isValid() else None
        self._restore_id = self._current_id if restore is None else restore
        # current though not listed (the card stayed on them): in sight if they come back
        self._unlisted_current = self._current_id if not index.isValid() else None
        self._waiting_for = None  # the reset's own list decides now
        self._kept_view = self._remember_view() if self._keeping_view else None
        if self._keeping_selection or self._sorting_search:
            self._kept_view = (self._remember_view()[0], None, 0, False)

    def _remember_view(self) -> tuple[list[int], int | None, int, bool]:
        """The selected contacts (among the rows known), the contact at the top of the view
        and how far it is scrolled past, and whether the current row is in sight."""
        known = self.model.known_rows
        selection = self.view.selectionModel().selection()
        selected: list[int] = []
        for i in range(selection.count()):
            span = selection.at(i)
            selected += self.model.ids_between(span.top(), min(span.bottom(), known - 1))
        return (selected, *self._sight())

    def _sight(self) -> tuple[int | None, int, bool]:
        """The contact at the top of the view and how far it is scrolled past, and whether
        the current row is in sight."""
        top = self.view.rowAt(0)
        top_id = self.model.contact_id(top) if 0 <= top < self.model.known_rows else None
        offset = -self.view.rowViewportPosition(top) if top_id is not None else 0
        current = self.view.visualRect(self.view.currentIndex())
        in_sight = current.isValid() and self.view.viewport().rect().intersects(current)
        return top_id, offset, in_sight

    def _restore_view(self) -> None:
        """After a reload of the same list: the contacts selected are again (a change saved
        elsewhere, an undo, another program's write kept only the current one, and the next
        Tag… took that one alone) and the view shows the same contacts (it jumped to the
        current row, wherever the user had scrolled to)."""
        kept, self._kept_view = self._kept_view, None
        if kept is None:
            return
        selected, top_id, offset, in_sight = kept
        if len(selected) > 1:
            self._add_to_selection(self._runs_of(selected))
        self._show_sight(top_id, offset, in_sight)

    def _keep_sight(self, *_: object) -> None:
        """A row moves or comes (one contact changed, ``model.contacts_changed``): the view
        is to show what it showed (Qt keeps the selection and the current row with it)."""
        self._kept_sight = self._sight()

    def _sight_kept(self, *_: object) -> None:
        kept, self._kept_sight = self._kept_sight, None
        if kept is not None:
            self._show_sight(*kept)

    def _show_sight(self, top_id: int | None, offset: int, in_sight: bool) -> None:
        """The contact that was at the top of the view is again, the current row in sight if
        it was (a row moved or added above had shifted them by one)."""
        model, view = self.model, self.view
        top = model.known_row_of(top_id) if top_id is not None else -1
        if top >= 0:
            height = view.verticalHeader().defaultSectionSize()
            view.verticalScrollBar().setValue(top * height + offset)
            current = view.currentIndex()
            if in_sight and current.isValid():
                view.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    def _show_current_back(self) -> None:
        """The contact the card stayed on while the list left them out is listed again (the
        undo of the edit or the log that took them out, a search that finds them): their
        row is scrolled into sight. The view kept across the reload showed the rows it
        showed, and the row came back above or below them, out of sight."""
        back, self._unlisted_current = self._unlisted_current, None
        index = self.view.currentIndex()
        if back is not None and index.isValid() and index.data(Role.CONTACT_ID) == back:
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _current_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """One contact's row came (``model._changed_in_place``): the contact current though
        unlisted, whose card stayed, is current on their row again and in sight. It came
        unselected (Qt had no current row to keep), wherever the view was scrolled."""
        if self._current_id is None or self.view.currentIndex().isValid():
            return
        for row in range(first, last + 1):
            if self.model.contact_id(row) == self._current_id:
                self._select_row(row)
                return

    def _runs_of(self, ids: list[int]) -> list[tuple[int, int]]:
        """The rows of these contacts among those known, in list order, as runs of
        neighbours (first, last). Looked up in C: a Python loop over the 100,000 rows, and
        another over the rows found, took 60-80 ms after the undo of Archive all."""
        wanted = set(ids)
        known = self.model.ids_between(0, self.model.known_rows - 1)
        if len(wanted) >= len(known) and wanted.issuperset(known):
            return [(0, len(known) - 1)] if known else []  # everyone listed: one range
        rows = list(compress(range(len(known)), map(wanted.__contains__, known)))
        if not rows:
            return []
        # where a row does not follow the one before it, a run ends and the next begins
        breaks = list(compress(range(1, len(rows)), map((1).__ne__, map(sub, rows[1:], rows))))
        firsts = [rows[0], *(rows[b] for b in breaks)]
        lasts = [*(rows[b - 1] for b in breaks), rows[-1]]
        return list(zip(firsts, lasts, strict=True))

    def _add_to_selection(self, runs: list[tuple[int, int]]) -> None:
        """Select these runs of rows (first, last) too, one range each."""
        model = self.model
        selection = QItemSelection()
        for first, last in runs:
            selection.select(model.index(first), model.index(last))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(selection, flags)

    def select_contacts(self, ids: list[int]) -> None:
        """Select these contacts, those listed, the first of them in the list current: an
        undo of a delete or an archive of several brings them back, and only the one current
        after the delete (or nobody) was selected, so the next Tag… took someone else. A
        list still coming (past its first page, a search on the worker) is waited for."""
        self._select_once_listed = list(ids)
        if self.model.more_coming and not self.model.reading:
            self.model.complete()  # a search's rest, come and not listed yet: listed now
        if not (self.model.partial or self.model.reading or self.model.searching):
            self._select_waiting()

    def _select_waiting(self) -> None:
        ids, self._select_once_listed = self._select_once_listed, None
        if not ids:
            return
        runs = self._runs_of(ids)
        if runs:
            (first, last), *rest = runs
            self._select_row(first)  # the first of them current
            self._add_to_selection([(first + 1, last), *rest] if last > first else rest)

    def move_on_when_gone(self, moving: bool = True) -> None:
        """The current contact is about to leave the list (archived): once it has, the one now
        in its place becomes current, as a mail program moves on to the next message. (Left
        current, its card stayed with nothing selected, and the next Delete did nothing.)
        ``moving`` False: it did not leave after all (refused, cancelled)."""
        index = self.view.currentIndex()
        self._move_on_row = index.row() if moving and index.isValid() else None

    def _after_reset(self) -> None:
        try:
            self._restore_current()
        finally:
            # else once the whole list has come (_on_listed), or a search's rest (_on_grown)
            if not self.model.partial and not (
                self.model.more_coming and self._kept_view is not None
            ):
                self._restore_view()
                self._show_current_back()
                self._say_if_none_selected()

    def _say_if_none_selected(self) -> None:
        """A reset that left no row selected says so: it clears the selection without
        selectionChanged, and the window's actions stayed enabled on a list left empty."""
        if not self.view.selectionModel().hasSelection():
            self.selection_changed.emit(self._selected_now())

    def _restore_current(self) -> None:
        if self.model.partial or (self.model.more_coming and self._kept_view is not None):
            # (a search's rest: the view at the end of its first page would fetch it inside
            # Qt's layout, waiting for the worker, and the place kept be cut to the page)
            self._keep_to_known_rows()
        restore = self._restore_id
        move_on, self._move_on_row = self._move_on_row, None
        if restore is None:
            return
        # among the rows known: a contact further down waits for the rest of the list,
        # rather than this reset waiting for it (~75 ms on 100,000 contacts)
        row = self.model.known_row_of(restore)
        if row >= 0:
            self._select_row(row)
        elif self.model.partial or self.model.more_coming:
            # a list of more than a page: whether the contact left is known once it has come
            self._waiting_for = restore
            self._move_on_once_listed = move_on
        elif move_on is not None and self.model.rowCount():
            self._select_row(min(move_on, self.model.rowCount() - 1))
        elif move_on is not None:
            self._let_go(restore)
        else:
            self._forget_if_gone(restore)
            if self._first_if_none:  # a filter's list came in full, without the current one
                self._first_if_none = False
                self._select_first_if_none()

    def _keep_to_known_rows(self) -> None:
        """Scrolled further down than the first page: back to the top, so that painting does
        not wait for the rest of the list (a row past the page waits for its id)."""
        bar = self.view.verticalScrollBar()
        if bar.value() + self.view.viewport().height() > self.model.known_rows * (
            self.view.verticalHeader().defaultSectionSize()
        ):
            self.view.scrollToTop()

    def _on_listed(self) -> None:
        """The whole list has come: the contact that was current is again, if listed, and
        the view of a reload of the same list shows what it showed."""
        kept = self._kept_view  # a selection counted by selected_count() meanwhile: told again
        counted = kept is not None and len(kept[0]) > 1
        try:
            self._current_once_listed()
        finally:
            self._restore_view()
            self._show_current_back()
            self._select_waiting()
            self._say_if_none_selected()
            if counted and self.view.selectionModel().hasSelection():
                # some of those kept may have left the list (archived): no row came back
                self.selection_changed.emit(self._selected_now())

    def _current_once_listed(self) -> None:
        waited, self._waiting_for = self._waiting_for, None
        first, self._first_if_none = self._first_if_none, False
        move_on, self._move_on_once_listed = self._move_on_once_listed, None
        if waited is None or self.view.currentIndex().isValid():
            return
        row = self.model.known_row_of(waited)
        if row >= 0:
            self._select_row(row)
            return
        if move_on is not None and self.model.rowCount():  # archived, deleted: the next one
            self._select_row(min(move_on, self.model.rowCount() - 1))
            return
        if move_on is not None:
            self._let_go(waited)
            return
        self._forget_if_gone(waited)
        if first:
            self._select_first_if_none()

    def _let_go(self, contact_id: int) -> None:
        """The current contact left the list by the user's own doing (archived) and none is
        left to move on to: no contact is current, as after a delete. Its card stayed, open
        to edits, beside a list saying every contact is archived."""
        if contact_id == self._current_id:
            self._current_id = None
            self.current_changed.emit(None)

    def _forget_if_gone(self, contact_id: int) -> None:
        """The contact current before a reset is not listed: still current (its card stays)
        when it only left the filter, not when it is gone (deleted): the next Tag or Ctrl+L
        went to a contact that no longer exists. Not listed, the actions leave it alone
        (``_current_listed``)."""
        if contact_id == self._current_id and not self.context.core.contacts.names([contact_id]):
            self._current_id = None
            self.current_changed.emit(None)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact_id = current.data(Role.CONTACT_ID) if current.isValid() else None
        if current.isValid():
            self._waiting_for, self._first_if_none = None, False  # moved on meanwhile
        if contact_id != self._current_id:
            self._current_id = contact_id
            self.current_changed.emit(contact_id)

    def _select_first_if_none(self) -> None:
        if self._waiting_for is not None:
            self._first_if_none = True  # once the list says whether the current one is in it
            return
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        """This row alone current and selected (``ContactTable.select_alone``). The view's own
        setCurrentIndex() read the keys held at the time: Ctrl (a contact saved with Ctrl+S,
        then shown) added the row to the selection, and the next Ctrl+L or Delete also took
        the contact selected before."""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row)
            self.view.select_alone(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_contact(self, contact_id: int) -> bool:
        """Make this contact current (the card shows it at once); False when not listed."""
        row = self.model.row_of(contact_id)
        if row < 0:
            return False
        self.explicit = True
        try:
            if contact_id == self._current_id:  # already current, its card maybe still pending
                self.current_changed.emit(contact_id)
            self._select_row(row)
        finally:
            self.explicit = False
        return True

    def focus_contact(self, contact_id: int | None) -> None:
        """The keyboard back in the list, on ``contact_id`` (Escape on its card): current and
        in view, the selection kept when it is current already (several contacts selected,
        and the card of the current one edited, stay selected)."""
        if contact_id is not None and contact_id != self._current_id:
            self.select_contact(contact_id)
        index = self.view.currentIndex()
        if index.isValid():  # scrolled away with the wheel meanwhile
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_id(self) -> int | None:
        return self._current_id

    def lists_nobody(self) -> bool:
        """Nobody is listed, and no list is on its way (a search read on the worker)."""
        model = self.model
        return not model.rowCount() and not (model.partial or model.reading or model.searching)

    def keep_current(self, contact_id: int) -> None:
        """``contact_id`` current though not listed, as its card stays: after a search typed
        on to nobody (its first letters' first match had been made current), or at start-up
        for the last contact shown, out of the restored filter."""
        self._current_id = contact_id

    def selected_ids(self) -> list[int]:
        if self._selection_waits():
            # a selection kept across a reload is selected again once the whole list has
            # come: waited for, as every lookup past the first page is (else Tag… right after
            # a sort took the current contact alone)
            self.model.complete()
        return self._selected_now()

    def selected_count(self) -> int:
        """How many contacts are selected, from the selection's rows (the current one alone
        when none is and it is listed), without their ids: the window's actions ask after
        each change, and a selection kept across a reload is selected again once the rest of
        the list has come, which selected_ids() waits for (49.5 ms blocked at 100,000)."""
        if self._selection_waits():
            return len(self._kept_view[0])  # type: ignore[index]  # (not None: waits)
        rows = sum(bottom - top + 1 for top, bottom in self._selected_spans())
        return rows or int(self._current_listed())

    def _selection_waits(self) -> bool:
        """A selection kept across a reload is to be selected again once the rest of the
        list has come."""
        kept = self._kept_view
        return (
            kept is not None and len(kept[0]) > 1 and (self.model.partial or self.model.more_coming)
        )

    def _selected_now(self) -> list[int]:
        # The selection's ranges, not selectedRows(): a QModelIndex made for every selected
        # row (and flags() asked of each) made Ctrl+A over 97,519 contacts take 1.7 s.
        ids: list[int] = []
        for top, bottom in self._selected_spans():
            ids += self.model.ids_between(top, bottom)
        if not ids and self._current_listed():
            ids = [self._current_id]  # type: ignore[list-item]  # (not None: listed)
        return ids

    def _selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as ranges (top, bottom) in list order, those that overlap or
        touch made one: ranges of one selection may overlap (Ctrl+Shift+click), and the ids
        of all the rows were deduplicated, 21 ms for 100,000 after an undo of Archive all."""
        selection = self.view.selectionModel().selection()
        spans = sorted(
            (selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.count())
        )
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(bottom, merged[-1][1]))
            else:
                merged.append((top, bottom))
        return merged

    def _current_listed(self) -> bool:
        """The current contact is a row of the list (or may be: the rest of the list is on
        its way). Nothing selected, the actions take it only then: one that left the list
        (everyone in "Imported today" archived, a filter nobody is in) was still what Delete,
        Tag… and Export took, with the list empty and no row selected."""
        if self._current_id is None:
            return False
        index = self.view.currentIndex()
        if index.isValid():
            return index.data(Role.CONTACT_ID) == self._current_id
        return self._waiting_for == self._current_id

    # -- keyboard ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._place_no_match()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    self.view.setFocus()
                    if not self.view.currentIndex().isValid():
                        self._select_row(0)
                    else:
                        self.view.keyPressEvent(event)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if self._search_timer.isActive():  # typed with the keys before it ("bea⏎"
                        self._search_timer.stop()  # queued together): not the last text's
                        self._apply_search()
                    if self.model.searching:  # what was typed is what Enter opens
                        self.model.complete()
                    index = self.view.currentIndex()
                    if index.isValid():
                        self.activated.emit(index.data(Role.CONTACT_ID))
                    return True
            elif watched is self.view and key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.search.setFocus()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
