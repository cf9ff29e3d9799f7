"""The main window: contact list and card, Today, the journal; menus, toolbar, drops, state."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from netdesk.core.listing import ListFilter
from netdesk.ui import settings as s
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext
from netdesk.ui.first_paint import after_next_paint
from netdesk.ui.icons import app_icon, icon
from netdesk.ui.widgets import FRAME_ALLOWANCE, menu_on_shift_f10, open_folder, tr, window_room

if TYPE_CHECKING:  # built after the first paint: their modules load the database layer
    import datetime as dt

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialog, QMenu

    from netdesk.ui.contact_card import ContactCard
    from netdesk.ui.empty_state import EmptyState
    from netdesk.ui.journal_view import JournalView
    from netdesk.ui.shortcuts_dialog import ShortcutsDialog

log = logging.getLogger("netdesk.ui")

# The card and journal follow the list's current contact once it settles: moving through the
# list or typing a search (which selects the first match) does not load a card per step.
CARD_DELAY_MS = 120
# While a search is being typed the card waits for the typing to pause: at 120 ms the card and
# journal of each first match loaded between the keystrokes of someone typing at an everyday
# pace (~200 ms apart), on the window's thread, and the next keystroke's list update waited.
TYPING_CARD_DELAY_MS = 400
# The status bar's "N follow-ups due" is counted again when the next item falls due, and at
# least this often (a computer woken from sleep, a clock set forward).
STATUS_RECOUNT_S = 300.0
# An entry logged with at most this many people is checked for a later talk with each (the
# status bar says whether it restarted their keep-in-touch clocks); a bigger one is not read.
LOGGED_PEOPLE_READ = 100


# Widgets whose editing keys may claim a menu shortcut (see MainWindow.eventFilter), asked of
# Qt's meta-objects by name: their Python types (and their enums) were made for it at the
# search field's first focus, before the first paint
_TEXT_FIELDS = ("QLineEdit", "QAbstractSpinBox", "QTextEdit", "QPlainTextEdit")


def _is_text_field(widget: QObject) -> bool:
    return any(widget.inherits(name) for name in _TEXT_FIELDS)


# The first page is painted before anything else happens; should no paint come (a window
# covered at once), the rest of start-up does not wait for it longer than this.
FIRST_PAINT_WAIT_MS = 1000


# The window is not made smaller than this, on a screen that has room for it
SMALLEST = QSize(760, 480)


def droppable_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """Local .vcf/.csv files or folders in a drag, in order."""
    from netdesk.ui.drag import may_import  # told by name: no look at a disk that may hang

    if getattr(event.mimeData(), "from_contact_list", False):
        # our own contacts, never an import: not rendered to a file just for passing over
        return []
    paths = []
    for url in event.mimeData().urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if may_import(str(path)):
            paths.append(str(path))
    return paths


def release_closed(dialog: QDialog) -> None:
    """Let a closed dialog go: the window, its parent, kept every one (Find duplicates with
    its table of pairs) until it quit. One whose work still runs on the worker (closed before
    its progress showed) goes when that ends, as the work reports to it."""
    operation = getattr(dialog, "operation", None)
    if operation is not None and operation.running:
        operation.ended.connect(dialog.deleteLater)
    else:
        dialog.deleteLater()


class MainWindow(QMainWindow):
    """The one window. ``before_close`` (set by the tray) may turn a close into a hide.

    Start-up paints the first page of the list before anything else: the database is opened,
    the card and journal are built and the rest of the list is read after that paint.

    Signals:
        first_page_painted(): the first page of contacts is on screen (emitted once).
        core_failed(object): the exception that kept the database from opening after the
            first paint; nothing else happens after it (the app says why and quits).
        started_up(): the card, the whole list, the filters and the due count are in place.
    """

    first_page_painted = Signal()
    core_failed = Signal(object)
    started_up = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.before_close: Callable[[QCloseEvent], bool] | None = None
        self._loaded = False
        self._status_counted: tuple[object, ...] = ()  # _status_key of the last count
        self._first_paint_done = False
        self._core_failed = False
        self._restore_after_paint: int | None = None
        self._quitting = False
        self._importer: Any = None
        self._shortcuts: ShortcutsDialog | None = None  # Help > Keyboard shortcuts, while open
        self._drop_window: QObject | None = None  # the QWindow watched for dropped files
        self._dragging_files = False  # the drag over the window carries files to import
        self.list_menu: QMenu | None = None  # the list's context menu, built when first asked
        self._field_keys: list[QKeySequence] | None = None
        self._pending_contact: int | None = None
        self._deleting: set[int] = set()  # contacts a delete running now takes away
        self._card_timer = QTimer(self, singleShot=True)
        self._card_timer.setInterval(CARD_DELAY_MS)  # interval= is refused in Turkish
        self._typed_at = float("-inf")  # time.monotonic() of the last key typed in the search
        self._card_timer.timeout.connect(self._selection_settled)
        self.setWindowTitle("netdesk")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setUnifiedTitleAndToolBarOnMac(True)

        self.contacts = ContactListPanel(context)
        self.contacts.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.contacts.view.customContextMenuRequested.connect(self._list_menu)
        menu_on_shift_f10(self.contacts.view)
        self._card: ContactCard | None = None
        self._journal: JournalView | None = None
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("cardSplitter")
        self.right.addWidget(QWidget())  # the card and the journal take these places once
        self.right.addWidget(QWidget())  # the first page is painted (_build_card)
        # the card is where the editing happens: at 3:2 it showed ~270 px at 1280x800 (170 px,
        # "Met through" cut, at 1024x600), beside a journal that may hold one line
        self.right.setStretchFactor(0, 7)
        self.right.setStretchFactor(1, 3)
        self.right.setSizes([700, 300])
        self.right.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("mainSplitter")
        self.split.addWidget(self.contacts)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([340, 840])
        self.split.setChildrenCollapsible(False)
        # made smaller, the card's title read "D…" and its rhythm wrapped a word a line (the
        # window went down to 573x392); this still fits a 1024x600 screen (a smaller one:
        # _restore_geometry)
        self.setMinimumSize(SMALLEST)

        self._empty_state: EmptyState | None = None  # built when first shown (empty_state)
        self.today = QWidget()  # built on first show: the Today view queries all follow-ups
        self._today_built = False
        self.global_journal = QWidget()  # built on first show, as Today
        self._global_journal_built = False
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for page in (self.split, self.today, self.global_journal):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.status_selected = QLabel()  # "3 contacts selected" when more than one is
        self.status_selected.setObjectName("selectedCount")
        self.status_selected.setContentsMargins(0, 0, 12, 0)  # apart from the count of due
        self.status_selected.hide()
        self.statusBar().addPermanentWidget(self.status_selected)
        self.status_due = QLabel()
        self.status_due.setAccessibleName(tr("Follow-ups due"))
        self.statusBar().addPermanentWidget(self.status_due)
        # the count also changes as time passes (an item, or a snooze, falls due): counted
        # again then, or every few minutes at the latest (a suspended laptop, a clock change)
        self.status_timer = QTimer(self, singleShot=True)
        self.status_timer.timeout.connect(self._update_status)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._restore_geometry()

    # -- construction -----------------------------------------------------------------------

    @property
    def card(self) -> ContactCard:
        """The contact card, built on first use (start-up builds it after the first paint)."""
        if self._card is None:
            self._build_card()
        assert self._card is not None
        return self._card

    @property
    def journal(self) -> JournalView:
        """The current contact's journal, built with the card."""
        if self._journal is None:
            self._build_card()
        assert self._journal is not None
        return self._journal

    @property
    def empty_state(self) -> EmptyState:
        """What an empty database shows instead of the list, built when first asked: laying
        out its paragraph and buttons took ~25 million instructions before every first paint,
        for a page most starts never show."""
        if self._empty_state is None:
            from netdesk.ui.empty_state import EmptyState

            page = EmptyState()
            self.pages.addWidget(page)
            page.import_requested.connect(self.choose_import)
            page.add_requested.connect(self.new_contact)
            page.show_shortcuts(self.import_action, self.new_action)
            self._empty_state = page
        return self._empty_state

    def _build_card(self) -> None:
        from netdesk.ui.contact_card import ContactCard
        from netdesk.ui.journal_view import JournalView

        self._card = ContactCard(self.context)
        self._journal = JournalView(self.context)
        for index, widget in enumerate((self._card, self._journal)):
            placeholder = self.right.replaceWidget(index, widget)
            if placeholder is not None:
                placeholder.deleteLater()
        self._card.created.connect(self._on_created)
        self._card.saved.connect(lambda _id: self.statusBar().showMessage(tr("Saved."), 5000))
        self._card.dirty_changed.connect(self._unsay_saved)
        self._card.new_cancelled.connect(self._on_new_cancelled)
        self._card.log_requested.connect(lambda cid: self.log_interaction([cid]))
        self._card.back_to_list.connect(self._back_to_list)
        self._journal.back_to_list.connect(self._back_to_list)
        self._journal.log_requested.connect(lambda cid: self.log_interaction([cid]))

    def _unsay_saved(self, dirty: bool) -> None:
        """Typing again after a Save takes its "Saved." (or "Nothing changed") away: it stood
        beside the card's "Not saved: …" of the next, refused, Save, and said the card was as
        stored while it held an edit."""
        said = (tr("Saved."), tr("Nothing changed: the card is as it was."))
        if dirty and self.statusBar().currentMessage() in said:
            self.statusBar().clearMessage()

    def _list_menu(self, pos: QPoint) -> None:
        """Right-click on the list: what can be done to the selected contacts."""
        view = self.contacts.view
        if not view.indexAt(pos).isValid():
            return
        menu = self.list_menu
        if menu is None:
            from PySide6.QtWidgets import QMenu

            menu = self.list_menu = QMenu(self)
            menu.addAction(self.log_action)
            menu.addSeparator()
            menu.addActions([self.tag_action, self.untag_action, self.cadence_action])
            menu.addSeparator()
            menu.addActions([self.export_action, self.merge_action])
            menu.addSeparator()
            menu.addActions([self.archive_action, self.delete_action])
        menu.popup(view.viewport().mapToGlobal(pos))

    def _card_dirty(self) -> bool:
        return self._card is not None and self._card.dirty

    def _today_page(self) -> QWidget:
        try:
            from netdesk.ui import today_view  # the reminders engineer's full view
        except ImportError:
            today_view = None  # type: ignore[assignment]
        if today_view is not None:
            try:
                # read in steps once shown: the click switches page at once
                return today_view.TodayView(self.context, self, read_at_once=False)
            except Exception:
                log.exception("TodayView could not be built; using the basic Today page")
        from netdesk.ui.today_basic import TodayBasic

        return TodayBasic(self.context, self)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            tr("&New contact"),
            self.new_contact,
            "Ctrl+N",
            "contact-new",
            tr("Add a contact by hand"),
        )
        self.import_action = self._action(
            tr("&Import…"), self.choose_import, "Ctrl+I", "import", tr("Import vCard or CSV files")
        )
        self.export_action = self._action(
            tr("&Export…"), self.export, "Ctrl+E", "export", tr("Export contacts to vCard or CSV")
        )
        self.calendar_action = self._action(
            tr("Export &calendar…"),
            self.export_calendar,
            None,
            "export",
            tr("Save follow-ups and birthdays as an iCalendar (.ics) file"),
        )
        self.backup_action = self._action(
            tr("&Back up now"),
            self.backup_now,
            None,
            "backup",
            tr("Copy the database to the backups folder"),
        )
        self.restore_action = self._action(
            tr("&Restore from backup…"),
            self.restore_backup,
            None,
            "restore",
            tr("Put a backup in place of the current data"),
        )
        self.quit_action = self._action(
            tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit, "quit"
        )
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        from netdesk.ui.undo_actions import UndoRedoActions

        undo_redo = UndoRedoActions(self.context, self)
        self.undo_action, self.redo_action = undo_redo.undo, undo_redo.redo
        undo_redo.say_with(lambda text: self.statusBar().showMessage(text, 6000))
        self.undo_action.setIcon(icon("undo"))
        self.redo_action.setIcon(icon("redo"))
        self.find_action = self._action(
            tr("&Find"), self.find_contacts, "Ctrl+F", "search", tr("Search contacts")
        )
        self.preferences_action = self._action(
            tr("&Preferences…"), self.preferences, "Ctrl+,", "preferences"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.log_action = self._action(
            tr("&Log interaction…"),
            self.log_interaction,
            "Ctrl+L",
            "log-interaction",
            tr("Log a call, meeting or message"),
        )
        self.archive_action = self._action(
            tr("&Archive"),
            self.toggle_archive,
            QKeySequence(Qt.Key.Key_Delete),
            "archive",
            tr("Archive (or unarchive) the selected contacts"),
        )
        self.delete_action = self._action(
            tr("&Delete…"),
            self.delete_contacts,
            "Shift+Delete",
            "delete",
            tr("Delete the selected contacts (undoable)"),
        )
        self.tag_action = self._action(tr("&Tag…"), self.tag_contacts, "Ctrl+T", "tag")
        self.untag_action = self._action(tr("&Untag…"), self.untag_contacts, "Ctrl+Shift+T")
        self.cadence_action = self._action(
            tr("Set &cadence…"),
            self.set_cadence,
            "Ctrl+K",
            "cadence",
            tr("How often to keep in touch"),
        )
        self.duplicates_action = self._action(
            tr("Find du&plicates…"), self.find_duplicates, "Ctrl+Shift+D", "duplicates"
        )
        self.tags_action = self._action(
            tr("Manage ta&gs…"),
            self.manage_tags,
            "Ctrl+Shift+G",
            None,
            tr("Rename or delete tags, and give a tag a keep-in-touch rhythm"),
        )
        self.merge_action = self._action(
            tr("&Merge two contacts…"),
            self.merge_contacts,
            "Ctrl+Shift+M",
            None,
            tr("Make two selected contacts one"),
        )
        self.merge_action.setEnabled(False)  # until two contacts are selected
        self.view_group = QActionGroup(self)
        self.contacts_view_action = self._action(
            tr("&Contacts"), self.show_contacts, "Ctrl+1", "contacts"
        )
        self.today_view_action = self._action(
            tr("&Today"), self.show_today, "Ctrl+2", "today", tr("Who to get back to today")
        )
        self.journal_view_action = self._action(
            tr("&Journal"), self.show_journal, "Ctrl+3", "journal", tr("Every interaction")
        )
        for action in (self.contacts_view_action, self.today_view_action, self.journal_view_action):
            action.setCheckable(True)
            self.view_group.addAction(action)
        self.contacts_view_action.setChecked(True)
        self.shortcuts_action = self._action(
            tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
            None,
            tr("Every key netdesk answers"),
        )
        self.log_folder_action = self._action(
            tr("Open &log folder"),
            self.open_log_folder,
            None,
            None,
            tr("The folder of netdesk's log, to send with a problem report"),
        )
        self.about_action = self._action(tr("&About netdesk"), self.about, None, "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.contact_actions = [
            self.log_action,
            self.archive_action,
            self.delete_action,
            self.tag_action,
            self.untag_action,
            self.cadence_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(tr("&File"))
        file.addActions([self.new_action, self.import_action, self.export_action])
        file.addAction(self.calendar_action)
        file.addSeparator()
        file.addActions([self.backup_action, self.restore_action])
        file.addSeparator()
        file.addAction(self.quit_action)
        edit = bar.addMenu(tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(self.find_action)
        edit.addSeparator()
        edit.addAction(self.preferences_action)
        contact = bar.addMenu(tr("&Contact"))
        contact.addAction(self.log_action)
        contact.addSeparator()
        contact.addActions([self.tag_action, self.untag_action, self.cadence_action])
        contact.addAction(self.tags_action)
        contact.addSeparator()
        contact.addActions([self.archive_action, self.delete_action])
        contact.addSeparator()
        contact.addActions([self.merge_action, self.duplicates_action])
        view = bar.addMenu(tr("&View"))
        view.addActions(
            [self.contacts_view_action, self.today_view_action, self.journal_view_action]
        )
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.log_folder_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions(
            [self.contacts_view_action, self.today_view_action, self.journal_view_action]
        )
        bar.addSeparator()
        bar.addActions([self.new_action, self.log_action])
        bar.addSeparator()
        bar.addAction(self.import_action)
        self.addToolBar(bar)

    def _connect(self) -> None:
        self.contacts.current_changed.connect(self._on_current_changed)
        self.contacts.search.textEdited.connect(self._search_typed)
        self.contacts.selection_changed.connect(lambda _ids: self._update_actions())
        self.contacts.activated.connect(self._edit_card)
        changes = self.context.changes
        changes.open_contact.connect(self.open_contact)
        # bound methods, not lambdas: PySide disconnects them when the window goes, while the
        # context (its changes and undo stack) may outlive it
        changes.contacts_changed.connect(self._contacts_changed)
        changes.follow_ups_changed.connect(self._recount_status)
        self.context.undo_stack.indexChanged.connect(self._undo_index_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # a text field of this window: its editing keys must not hide the menus' shortcuts
        if new is not None and _is_text_field(new) and self.isAncestorOf(new):
            new.installEventFilter(self)  # Qt keeps one filter per object however often

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A menu shortcut pressed in a text field runs the menu's action.

        On X11 a line edit claims Ctrl+E (end of line, as End does): Ctrl+E (Export) did
        nothing while the search field or a card field had the focus, which is most of the
        time. Undo, redo, Delete and Shift+Delete stay the field's.

        Contact files dragged over the window are imported wherever they are dropped: over the
        search field or a card's field, the field took them as text ("file:///…/phone.vcf"
        typed into it) and nothing was imported. Other drags go on to the widget under them.
        """
        if watched is self._drop_window and isinstance(event, QDropEvent):
            # the files looked at once, as the drag enters: not at each step of the pointer
            # (a look at each of a thousand files on a network share, every move)
            if event.type() == QEvent.Type.DragEnter:
                self._dragging_files = bool(droppable_paths(event))
            if not self._dragging_files:
                return False
            if event.type() == QEvent.Type.Drop:
                self._dragging_files = False
                self.dropEvent(event)
            else:  # entering or moving
                event.acceptProposedAction()
            return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in self._menu_keys_over_fields()
        ):
            event.ignore()  # not claimed: the shortcut map runs the action
            return True
        return super().eventFilter(watched, event)

    def _menu_keys_over_fields(self) -> list[QKeySequence]:
        if self._field_keys is None:
            editing = {self.undo_action, self.redo_action, self.archive_action, self.delete_action}
            self._field_keys = [
                key
                for action in self.actions()
                if action not in editing
                for key in action.shortcuts()
                if key.count() == 1
            ]
        return self._field_keys

    # -- loading and state ------------------------------------------------------------------

    def load(self) -> None:
        """Fill the list and make the last contact current; called once the window is on screen.

        Only the first page of the list is on the way to the first paint (read without the
        ORM when the database is not open yet): the database, the card, the journal, the rest
        of the list, the tag filters and the due count follow that paint, in that order.
        """
        if self._loaded:
            return
        self._loaded = True
        self.contacts.load(first_page_only=True)
        last = self.context.settings.get(s.LAST_CONTACT)
        row = self.contacts.model.known_row_of(last) if last else -1
        if row >= 0:
            self.contacts._select_row(row)
        elif last:
            # further down (found once the list is read), or out of the list's filter (logged
            # with while the list showed those due): its card, once the database is open
            self._restore_after_paint = last
        else:
            self.contacts._select_first_if_none()
        self._after_data_change(status=False)
        if self.isVisible():
            after_next_paint(self.contacts.view.viewport(), self._after_first_paint)
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._after_first_paint)
        else:
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Open the database, then (each step in its own turn of the event loop) the rest."""
        if self._first_paint_done:
            return
        self._first_paint_done = True
        self.first_page_painted.emit()
        if self.context.changes.stopping:  # stand_down(): another netdesk writes the database
            return
        try:
            self.context.core  # noqa: B018  (opens the database when it is not open yet)
        except Exception as error:
            log.exception("the database could not be opened")
            self._core_failed = True
            self._card_timer.stop()
            self.core_failed.emit(error)
            return
        if self._restore_after_paint is not None:
            last, self._restore_after_paint = self._restore_after_paint, None
            if self.contacts.current_id() is None and not self.contacts.select_contact(last):
                self._restore_unlisted(last)
        QTimer.singleShot(0, self, self._fill_card)

    def _restore_unlisted(self, contact_id: int) -> None:
        """The contact the window showed at the last exit, though the list's filter leaves
        them out now (a call logged with them while it listed those due): their card as it
        was left, the filter kept, no row selected (the first contact listed had taken their
        place). Deleted since (netdesk-cli): the first listed is current."""
        if self.context.core.contacts.summaries([contact_id]):
            self._card_stays_on(contact_id)
        else:
            self.contacts._select_first_if_none()

    def _card_stays_on(self, contact_id: int) -> None:
        """The card shows ``contact_id``, current though the list does not show them."""
        self.contacts.keep_current(contact_id)
        self._pending_contact = contact_id

    def _fill_card(self) -> None:
        # each step goes on when one before met a database damaged past the list's pages (the
        # error box says so): start-up stopped there, and the session had no tray, no day's
        # backup (whose box offers Restore) and no handling of the session ending
        try:
            if self._card is None:
                self._build_card()
            self.show_pending_contact()  # the restored contact: no reason to wait
        finally:
            QTimer.singleShot(0, self, self._finish_start)

    def _finish_start(self) -> None:
        try:
            self.contacts.model.complete_later()  # 100,000 ids: ~75 ms, off the GUI thread
            self.contacts.refresh_filters()
            self._update_status()
        finally:
            self.started_up.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and handle is not self._drop_window:
            handle.installEventFilter(self)  # drags reach it before any widget: eventFilter
            self._drop_window = handle
        if not self._loaded:
            # the first page costs a few ms to read: the window's first paint shows it, rather
            # than an empty list and a second paint
            self.load()

    def _is_empty(self) -> bool:
        """No contact at all, archived or not (the welcome page). A list left empty by its
        filter asks for one of each by their indexes: it counted everything instead (the
        statistics, a million interactions among them), 77-270 ms on the window's thread
        after every change while a filter listed nobody."""
        if self.contacts.model.rowCount():  # something is listed
            return False
        contacts = self.context.core.contacts
        # the archived first, by their small index: with everyone archived, the active list
        # walks its whole name index to find nobody (15-43 ms at 100,000)
        return not contacts.list_ids(ListFilter.ARCHIVED, limit=1) and not contacts.list_ids(
            ListFilter.ALL, limit=1
        )

    def _after_data_change(self, *, status: bool = True) -> None:
        if not self._loaded:
            return
        empty = self._is_empty()
        if empty and self.pages.currentWidget() is self.split:
            self.pages.setCurrentWidget(self.empty_state)
        elif not empty and self.pages.currentWidget() is self._empty_state:  # (None: unbuilt)
            self.pages.setCurrentWidget(self.split)
            self.contacts._select_first_if_none()
        self._update_actions()
        if status:
            self._recount_status()

    def _recount_status(self) -> None:
        """``_update_status`` after a change of data, once for the signals of one change:
        Changes.everything() (netdesk-cli wrote, a restore) emits contacts_changed and
        follow_ups_changed, and each counted the due follow-ups (~8 ms on 100,000)."""
        if self._loaded and self._status_key() != self._status_counted:
            self._update_status()

    def _status_key(self) -> tuple[object, ...]:
        """What the count depends on: the data (store.data_stamp) and the clock's second. Equal
        stamps of two connections say nothing (a restore's new one starts its own again):
        the connections made so far are part of it too."""
        core = self.context.core
        store = core.store
        return (
            *store.data_stamp(),
            store.connections_made(),
            core.clock.now().replace(microsecond=0),
        )

    def _update_status(self) -> None:
        if not self._loaded:
            return
        self._status_counted = self._status_key()
        follow_ups = self.context.core.follow_ups
        due = follow_ups.count_due()
        # overdue ones included, as the tray and Today count them: not "due today"
        self.status_due.setText(tr("%Ln follow-up(s) due", None, due) if due else tr("Nothing due"))
        now = self.context.core.clock.now()
        upcoming = follow_ups.next_due_after(now)
        wait = (upcoming - now).total_seconds() if upcoming is not None else STATUS_RECOUNT_S
        self.status_timer.start(int(min(max(wait, 1.0), STATUS_RECOUNT_S) * 1000))

    def _contacts_changed(self, _ids: object) -> None:
        self._after_data_change()

    def _undo_index_changed(self, _index: int) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        # how many, not who: the ids of a selection kept across a reload wait for the rest
        # of the list (Archive 1,000 and its undo: 55-127 ms); an action reads them when run
        selected = self._selected_contact_count()
        for action in self.contact_actions:
            action.setEnabled(bool(selected))
        self.log_action.setEnabled(True)  # with nobody selected, the quick entry asks who
        self.merge_action.setEnabled(selected == 2)
        # what Delete, Tag… or Archive will act on: the list shows only some of the rows
        if selected > 1:
            self.status_selected.setText(tr("%Ln contacts selected", None, selected))
        self.status_selected.setVisible(selected > 1)
        archived = selected and self.contacts.model.list_filter is ListFilter.ARCHIVED
        self.archive_action.setText(tr("Un&archive") if archived else tr("&Archive"))

    def _restore_geometry(self) -> None:
        screen = self.screen()
        if screen is not None:
            # never more than the screen's free area (a small screen at 200%: 1400x900 is
            # 700x450): held at 760x480, the window ran off it, the card's right side and
            # the status bar out of reach
            self.setMinimumSize(SMALLEST.boundedTo(window_room(self)))
        settings = self.context.settings
        geometry = settings.geometry("main_window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._first_size())
        elif screen is not None:
            # saved on a larger screen (or the same one at 100%): restored as it was, it ran
            # off this one's edges
            free = screen.availableGeometry()
            self.resize(self.size().boundedTo(window_room(self)))
            place = self.geometry()  # (not shown yet: no frame, it is the window's place)
            # the frame's borders within the free area too, the title bar above the top
            border = FRAME_ALLOWANCE.width() // 2
            place.moveRight(min(place.right(), free.right() - border))
            place.moveBottom(min(place.bottom(), free.bottom() - border))
            place.moveTop(max(place.top(), free.top() + FRAME_ALLOWANCE.height() - border))
            self.move(place.topLeft())
        for name, splitter in (("main_splitter", self.split), ("card_splitter", self.right)):
            state = settings.geometry(name)
            if state is not None:
                splitter.restoreState(state)

    def _first_size(self) -> QSize:
        """1180x760, or 90% of the free area of a smaller screen (a laptop at 125%)."""
        wanted = QSize(1180, 760)
        screen = self.screen()
        if screen is None:
            return wanted
        free = screen.availableGeometry().size()
        return wanted.boundedTo(QSize(int(free.width() * 0.9), int(free.height() * 0.9)))

    def save_state(self) -> None:
        settings = self.context.settings
        settings.save_geometry("main_window", self.saveGeometry())
        settings.save_geometry("main_splitter", self.split.saveState())
        settings.save_geometry("card_splitter", self.right.saveState())
        current = self.contacts.current_id()
        settings.set(s.LAST_CONTACT, current or 0)
        settings.flush()  # quitting, or the session ending: on disk now, not in SYNC_DELAY_MS

    # -- navigation -------------------------------------------------------------------------

    def _on_current_changed(self, contact_id: object) -> None:
        typing = (
            not self.contacts.explicit
            and time.monotonic() - self._typed_at < TYPING_CARD_DELAY_MS / 1000
        )
        # a search being typed selects its first match at each key: the card's unsaved edits
        # are saved (or asked about) once the typing pauses, not at the first letter, where a
        # box about them took the rest of what was typed
        if not typing and not self._keep_or_leave_card(contact_id):
            return
        self._pending_contact = contact_id if isinstance(contact_id, int) else None
        if self.contacts.explicit:  # chosen by the program (a link, undo, the tray): at once
            self.show_pending_contact()
        else:  # restarts while the user moves or types
            self._card_timer.start(TYPING_CARD_DELAY_MS if typing else CARD_DELAY_MS)
        self._update_actions()

    def _search_typed(self) -> None:
        self._typed_at = time.monotonic()
        if self._card_timer.isActive():  # a card still waiting: the typing goes on
            self._card_timer.start(TYPING_CARD_DELAY_MS)

    def _keep_or_leave_card(self, contact_id: object) -> bool:
        """False when the card's unsaved edits keep the previous contact current."""
        if not self._card_dirty():  # (before the card is built: nothing to keep)
            return True
        card_id = self.card.contact_id()
        if card_id != contact_id and card_id not in self._deleting and not self._leave_card():
            previous = self.card.contact_id()
            if previous is not None:
                # listed again, or found as open_contact finds one the list leaves out (a
                # search typed meanwhile): the list and the card show the same contact again
                QTimer.singleShot(0, self, lambda: self.open_contact(previous))
            return False
        return True

    def _selection_settled(self) -> None:
        # before the first paint, start-up's _fill_card shows the contact; none while start-up
        # hands over to another netdesk (hold_still)
        if self._first_paint_done and not self._core_failed and not self.context.changes.stopping:
            self._keep_card_over_nobody()
            self.show_pending_contact()

    def _keep_card_over_nobody(self) -> None:
        """A search typed on to nobody leaves the card where it was: the first match of its
        first letters (made current as they were typed) showed once the typing paused, beside
        a list saying nobody matches."""
        if self._card is None or self._card.is_new:
            return
        shown, pending = self._card.contact_id(), self._pending_contact
        if shown is None or pending is None or pending == shown:
            return
        if self.contacts.lists_nobody():
            self._card_stays_on(shown)

    def show_pending_contact(self) -> None:
        """Load the current contact into the card and the journal (the debounce's slot)."""
        self._card_timer.stop()
        if self.context.changes.replacing:  # a restore holds the database: show_restored()
            return
        contact_id = self._pending_contact
        if not self._keep_or_leave_card(contact_id):  # edited while the timer ran
            return
        shown = self.card.contact_id() == contact_id and not self.card.is_new
        if (not self.card.is_new or contact_id is not None) and (contact_id is None or not shown):
            self.card.show_contact(contact_id)
        self.journal.set_contact(contact_id)
        self._update_actions()  # a new contact's card may have given way: the actions are back

    def _edit_card(self, contact_id: int) -> None:
        """Enter on a contact: their card at once, its first field with the keyboard. (The
        card followed the list after its pause: what was typed meanwhile went into the card
        of the contact before, and was saved to them.)"""
        if self._card_timer.isActive():
            self.show_pending_contact()
        if self.card.contact_id() == contact_id:  # (not when the edits before were kept)
            # selected whole, as Tab and Alt+N give it: what is typed next replaces the name,
            # not added before it (the cursor stood at its start)
            self.card.given_name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _back_to_list(self) -> None:
        """Escape on the card: back to the list, on the card's contact. Unsaved edits are
        saved, or asked about, as when another contact is chosen; Cancel stays on the card."""
        card = self.card
        if card.is_new and not card.dirty:
            card.revert()  # a blank new card given up: back to the list's contact
        elif card.dirty and not self._leave_card():
            return
        self.contacts.focus_contact(card.contact_id())

    def _leave_card(self) -> bool:
        """Unsaved edits: saved when valid; otherwise the user chooses. True to move on."""
        from netdesk.ui import card_leaving

        return card_leaving.leave_card(self)

    def open_contact(self, contact_id: int) -> None:
        """Show this contact (from the tray, Today, a notification or the journal)."""
        self.show_contacts()
        if self.isHidden() or self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if self.context.changes.replacing:  # a restore holds the database (a click on a
            return  # notification meanwhile): the restored data is shown, maybe without them
        if not self._loaded:
            self.load()
        if not self.contacts.select_contact(contact_id):
            found = self.context.core.contacts.summaries([contact_id])
            if not found:  # deleted meanwhile (a stale journal row, netdesk-cli): the list
                # keeps its search and filter, and the status bar says why nothing opened
                self.statusBar().showMessage(tr("That contact was deleted meanwhile."), 5000)
                return
            # not in the current filter or search: widen to everything, archived included
            self.contacts.search.clear()
            target = ListFilter.ARCHIVED if found[0].archived else ListFilter.ALL
            self.contacts.set_filter(target)
            self.contacts.select_contact(contact_id)

    def _show_opened_entry(self, contact_id: int, entry_id: int) -> None:
        """An entry opened from everyone's journal (its contact just opened): that entry is
        made current in the journal under the card, where the talk was found."""
        if self.pages.currentWidget() is not self.split or self.contacts.current_id() != contact_id:
            return  # not opened (deleted meanwhile, a restore holds the database)
        if self._card_timer.isActive():  # the card and journal follow at once
            self.show_pending_contact()
        if self.journal.contact_id == contact_id:
            self.journal.show_entry(entry_id)

    def _set_page(self, page: QWidget, action: QAction) -> None:
        action.setChecked(True)
        self.pages.setCurrentWidget(page)
        self._update_actions()

    def show_contacts(self) -> None:
        page = self.empty_state if self._loaded and self._is_empty() else self.split
        self._set_page(page, self.contacts_view_action)

    def show_today(self) -> None:
        if not self._today_built:
            self._today_built = True
            placeholder, self.today = self.today, self._today_page()
            self.pages.insertWidget(self.pages.indexOf(placeholder), self.today)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self._set_page(self.today, self.today_view_action)

    def show_journal(self) -> None:
        if not self._global_journal_built:
            from netdesk.ui.global_journal import GlobalJournal

            self._global_journal_built = True
            placeholder = self.global_journal
            journal = GlobalJournal(self.context)
            journal.open_contact.connect(self.open_contact)
            journal.open_entry.connect(self._show_opened_entry)
            self.global_journal = journal
            self.pages.insertWidget(self.pages.indexOf(placeholder), journal)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self._set_page(self.global_journal, self.journal_view_action)

    def find_contacts(self) -> None:
        if self.pages.currentWidget() is self.global_journal and self._global_journal_built:
            self.global_journal.focus_search()  # type: ignore[attr-defined]
            return
        self.show_contacts()
        self.contacts.focus_search()

    def selected_contact_ids(self) -> list[int]:
        """The contacts selected in the list; none while another page (Today, Journal) or a new
        contact's card shows: Delete, Ctrl+T or Ctrl+L must not act on someone the user cannot
        see selected."""
        if self.pages.currentWidget() is not self.split or (self._card and self._card.is_new):
            return []
        return self.contacts.selected_ids()

    def _selected_contact_count(self) -> int:
        """How many contacts ``selected_contact_ids()`` gives, without reading who they are."""
        if self.pages.currentWidget() is not self.split or (self._card and self._card.is_new):
            return 0
        return self.contacts.selected_count()

    def _today_row_contact(self) -> list[int]:
        """The person of the Today row that has the keyboard (the row or one of its buttons,
        its focus frame drawn round it): Ctrl+L there is about them, as Enter opens them.
        The quick entry opened with nobody ("choose below")."""
        if not self._today_built or self.pages.currentWidget() is not self.today:
            return []
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self.today:
            if widget.objectName() == "todayRow":
                contact_id = getattr(widget, "contact_id", None)
                return [contact_id] if isinstance(contact_id, int) else []
            widget = widget.parentWidget()
        return []

    def _journal_entry_people(self) -> list[int]:
        """The people of the entry current in everyone's journal, its list having the
        keyboard: Ctrl+L there logs the next talk with them, as on a Today row. Read whole
        (a row holds only its first people) up to LOGGED_PEOPLE_READ; more, nobody (reading
        100,000 held the window ~0.1 s, for a quick entry nobody logs with all of them). The
        quick entry opened with nobody."""
        if not self._global_journal_built or self.pages.currentWidget() is not self.global_journal:
            return []
        entry = self.global_journal.current_entry()  # type: ignore[attr-defined]
        if entry is None or entry.id is None:
            return []
        from netdesk.ui.journal_view import people_count

        everyone = people_count(entry)
        if everyone <= len(entry.contact_ids):
            return list(entry.contact_ids)  # the row holds them all
        if everyone > LOGGED_PEOPLE_READ:  # a talk with thousands: not read, nor meant again
            return []
        stored = self.context.core.journal.get(entry.id)
        return list(stored.contact_ids) if stored is not None else []

    # -- contacts ---------------------------------------------------------------------------

    def new_contact(self) -> None:
        if self._card_dirty() and not self._leave_card():
            return
        self._set_page(self.split, self.contacts_view_action)
        self.contacts.view.clearSelection()
        # a contact moved to just before is not shown over the new card once the pause ends
        self._card_timer.stop()
        self._pending_contact = None
        self.card.new_contact()
        self.journal.set_contact(None, new=True)
        self._update_actions()

    def _on_new_cancelled(self) -> None:
        """Back to where the user was: the welcome page of an empty database, else the
        contact current in the list."""
        current = self.contacts.current_id()
        if self.pages.currentWidget() is self.split and self._is_empty():
            self.show_contacts()
        elif current is None or not self.contacts.select_contact(current):
            self.card.show_contact(current)

    def _on_created(self, contact_id: int) -> None:
        self.pages.setCurrentWidget(self.split)
        if not self.contacts.select_contact(contact_id):
            self.contacts.search.clear()
            self.contacts.set_filter(ListFilter.ALL)
            self.contacts.select_contact(contact_id)
        self.statusBar().showMessage(tr("Contact added. Press Ctrl+Z to undo."), 5000)

    def toggle_archive(self) -> None:
        from netdesk.ui import contact_actions

        contact_actions.toggle_archive(self)

    def delete_contacts(self) -> None:
        from netdesk.ui import contact_actions

        contact_actions.delete_contacts(self)

    def tag_contacts(self) -> None:
        from netdesk.ui import contact_actions

        contact_actions.tag_contacts(self)

    def untag_contacts(self) -> None:
        from netdesk.ui import contact_actions

        contact_actions.untag_contacts(self)

    def set_cadence(self) -> None:
        from netdesk.ui import contact_actions

        contact_actions.set_cadence(self)

    def log_interaction(self, contact_ids: list[int] | None = None, summary: str = "") -> None:
        """Open the quick entry for these contacts (default: the selection)."""
        from netdesk.ui.log_dialog import LogInteractionDialog

        if contact_ids is None and self._new_card_typed():
            # the person just typed in, met a moment ago: saved, as Ctrl+S does, to be chosen
            if not self.card.save():
                return  # the card says what keeps it from being saved; what was typed stays
            created = self.card.contact_id()
            contact_ids = [created] if created is not None else []
        if contact_ids is None:
            contact_ids = (
                self.selected_contact_ids()
                or self._today_row_contact()
                or self._journal_entry_people()
            )
        if not contact_ids and self._loaded and self._is_empty():
            # nobody to log with: the quick entry's "choose below" offered no one, and Save
            # said "Choose who the interaction was with." (what was typed then thrown away)
            self.show_contacts()
            self.statusBar().showMessage(
                tr("Nobody to log an interaction with yet: add or import a contact first."),
                10000,
            )
            self.empty_state.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        dialog = LogInteractionDialog(self.context, contact_ids, self, summary=summary)
        logged = dialog.exec()
        people, when = dialog.all_contact_ids(), dialog.chosen_when()
        release_closed(dialog)
        if logged:
            from netdesk.ui.journal_edit import record_logged

            record_logged(self.context, dialog.interaction_id)  # Ctrl+Z takes it back
            self.statusBar().showMessage(self._logged_said(people, when), 5000)

    def _new_card_typed(self) -> bool:
        """A new contact's card is shown with something typed in it, not saved yet."""
        card = self._card
        return (
            card is not None
            and card.is_new
            and card.dirty
            and self.pages.currentWidget() is self.split
        )

    def _logged_said(self, people: list[int], when: dt.datetime) -> str:
        """What the status bar says of an entry just logged: an entry dated before a later
        talk with each of its people restarted no clock (it said so all the same), and
        neither did one with people who have no keep-in-touch rhythm (no cadence of their
        own or from their tags, or "Never") or who are archived (never reminded). Read for a
        meeting of a few, as most are; a big one is taken as logged now."""
        if len(people) <= LOGGED_PEOPLE_READ:
            summaries = self.context.core.contacts.summaries(people)
            # archived contacts are never reminded (Today, Due and the tray leave them out)
            active = [row for row in summaries if not row.archived]
            if summaries and not active:
                return tr("Logged. Archived contacts are never reminded to keep in touch.")
            kept = [row for row in active if self._keeps_in_touch(row.id)]
            if active and not kept:  # "none — set a cadence to be reminded" on their cards
                return tr(
                    "Logged. No keep-in-touch cadence is set, so there is no clock to restart."
                )
            if kept and all(
                row.last_interaction is not None and row.last_interaction > when for row in kept
            ):
                return tr("Logged. A later interaction still sets when to keep in touch.")
            if len(active) < len(summaries):
                return tr(
                    "Logged. The keep-in-touch clock restarted, except for archived contacts, "
                    "who are never reminded."
                )
        return tr("Logged. The keep-in-touch clock restarted.")

    def _keeps_in_touch(self, contact_id: int) -> bool:
        """Whether the contact has a keep-in-touch rhythm (its own or its tags'): then it
        has an open keep-in-touch follow-up, which a talk moves on."""
        follow_ups = self.context.core.follow_ups.of_contact(contact_id)
        return any(item.from_cadence for item in follow_ups)

    # -- files ------------------------------------------------------------------------------

    def import_files(self, paths: list[str], *, preview: bool = True) -> object:
        """Import files or folders; returns the ImportController (signal ``finished``)."""
        controller = self._import_controller()
        controller.start(paths, preview=preview)  # type: ignore[attr-defined]
        return controller

    def choose_import(self) -> None:
        self._import_controller().choose_and_import()  # type: ignore[attr-defined]

    def _import_controller(self) -> object:
        """One controller per window, so files arriving during an import wait their turn."""
        if self._importer is None:
            from netdesk.ui.import_flow import ImportController  # the import engineer's

            self._importer = ImportController(self.context, self)
            self._importer.show_imported.connect(self._show_imported)
        return self._importer

    def _show_imported(self) -> None:
        self.show_contacts()
        # every one of them: a search typed before the import listed those it matched, and
        # "tag them all at once" (Ctrl+A, Ctrl+T) tagged those alone
        self.contacts.search.clear()
        self.contacts.set_filter(ListFilter.IMPORTED_TODAY)
        self.contacts.view.setFocus()  # Ctrl+A then selects them (the summary says to tag them)

    def export(self) -> None:
        from netdesk.ui.export_dialog import ExportDialog

        tag = self.contacts.model.tag  # the tag the list shows is offered first
        dialog = ExportDialog(self.context, self.selected_contact_ids(), self, tag=tag)
        dialog.exec()
        release_closed(dialog)

    def export_calendar(self) -> None:
        """File > Export calendar…: follow-ups and birthdays to one .ics file."""
        from netdesk.ui import file_actions

        file_actions.export_calendar(self)

    def merge_contacts(self) -> None:
        """Contact > Merge two contacts…: the two selected, whether or not they look alike."""
        from netdesk.ui.merge_dialog import merge_two

        ids = self.selected_contact_ids()
        # unsaved card edits first: a save after the merge would write the card's old values
        # over what the merge brought in (or the contact merged away would take them along)
        if self._card_dirty() and not self._leave_card():
            return
        merge_two(self.context, ids, self)

    def find_duplicates(self) -> None:
        from netdesk.ui.duplicates_dialog import DuplicatesDialog

        if self._card_dirty() and not self._leave_card():
            return  # as for Merge two contacts: a merge must not meet unsaved card edits
        dialog = DuplicatesDialog(self.context, self)
        dialog.exec()
        release_closed(dialog)

    def manage_tags(self) -> None:
        """Contact > Manage tags; "Show contacts" there lists the tag's contacts."""
        from netdesk.ui.tags_dialog import TagsDialog

        if self._card_dirty() and not self._leave_card():
            return  # a rename must not meet a card still holding the old name, unsaved
        dialog = TagsDialog(self.context, self, current=self.contacts.model.tag or "")
        dialog.show_tag.connect(self._show_tag)
        dialog.exec()
        dialog.deleteLater()

    def _show_tag(self, name: str) -> None:
        self.show_contacts()
        self.contacts.search.clear()
        self.contacts.set_filter(ListFilter.ALL, tag=name)

    def backup_now(self) -> None:
        """File > Back up now: on a worker thread, with progress and Cancel."""
        from netdesk.ui import file_actions

        file_actions.backup_now(self)

    def restore_backup(self) -> None:
        """File > Restore from backup… (netdesk.ui.restore_dialog); unsaved card edits first."""
        from netdesk.ui.restore_dialog import open_restore

        if self._card_dirty() and not self._leave_card():
            return
        open_restore(self)

    def backup_failed(self, reason: str) -> None:
        """The daily start-up backup could not be made: say so without interrupting."""
        self.statusBar().showMessage(tr("The daily backup failed: %1").replace("%1", reason), 15000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if droppable_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = droppable_paths(event)
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.import_files(paths))

    # -- dialogs ----------------------------------------------------------------------------

    def preferences(self) -> None:
        from netdesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.context, self)
        dialog.exec()
        release_closed(dialog)

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1): one list beside the window, raised if open."""
        if self._shortcuts is None:
            from netdesk.ui.shortcuts_dialog import ShortcutsDialog

            self._shortcuts = ShortcutsDialog(self.menuBar(), self)
            self._shortcuts.finished.connect(self._shortcuts_closed)
        self._shortcuts.show()
        self._shortcuts.raise_()
        self._shortcuts.activateWindow()
        self._shortcuts.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _shortcuts_closed(self) -> None:
        if self._shortcuts is not None:  # made again next time: the menus' keys may differ
            self._shortcuts.deleteLater()
            self._shortcuts = None

    def open_log_folder(self) -> bool:
        return open_folder(self, self.context.log_file.parent)

    def about(self) -> None:
        from netdesk.ui.about import show_about

        show_about(self.context, self)

    # -- closing ----------------------------------------------------------------------------

    def quit(self) -> None:
        """Ctrl+Q: really quit, even when closing would only hide to the tray."""
        if self._importer is not None and not self._importer.may_quit():  # an import running
            return
        self._quitting = True
        if self.isVisible():
            if not self.close():
                self._quitting = False
            return
        if self._card_dirty() and not self._leave_card():  # hidden in the tray with edits
            self._quitting = False
            return
        self._finish()

    def stop_now(self, _signum: int = 0) -> None:
        """The system asks netdesk to stop (a shutdown, ``kill``, Ctrl+C in its terminal):
        nobody can be asked, so what can be saved is, and netdesk quits (quitting closes the
        windows: none may ask to hide in the tray or to keep an edit)."""
        self._quitting = self.context.changes.stopping = True
        self._save_card_unasked()
        self._finish()

    def hold_still(self, holding: bool) -> None:
        """While start-up hands over to another netdesk found on the folder (its first page
        on screen, the database unopened): no card, no database, no click or key, until it
        stands down, or goes on when the hand-over fails (that netdesk quit meanwhile)."""
        self.context.changes.stopping = holding
        if holding:
            self._card_timer.stop()
        self.setEnabled(not holding)

    def stand_down(self) -> None:
        """Another netdesk took the data folder while this one started (before its first
        page was on screen): this one quits before it opens the database, which that one
        writes, and saves nothing (nothing was edited, and the settings are that one's)."""
        self.hold_still(True)
        self._quitting = True
        self.hide()
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)

    def commit_data(self, _session: object = None) -> None:
        """The desktop session ending: the card and the window's state saved, unasked."""
        self._save_card_unasked()
        self.save_state()

    def _save_card_unasked(self) -> None:
        """The card's edit saved when it is valid; one that is not is named in the log."""
        from netdesk.ui import card_leaving

        card_leaving.save_card_unasked(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context.changes.stopping:  # stop_now saved what it could and quits
            event.accept()
            return
        if self._card_dirty() and not self._leave_card():
            event.ignore()
            self._quitting = False
            return
        if not self._quitting and self.before_close is not None and self.before_close(event):
            return
        event.accept()
        self._finish()

    def _finish(self) -> None:
        self.save_state()
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)

    def open_from_elsewhere(self) -> None:
        """Another launch handed over: bring this window forward."""
        if self.isHidden() or self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
