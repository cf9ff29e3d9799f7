"""Everyone's journal: every interaction, filtered by kind, date range and text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.types import Interaction
from netdesk.ui.context import AppContext
from netdesk.ui.date_typing import on_typing_problem, typed_in_full, typing_problem
from netdesk.ui.icons import icon
from netdesk.ui.journal_view import (
    MOST_NAMES,
    JournalDelegate,
    JournalModel,
    journal_list,
    kind_labels,
)
from netdesk.ui.widgets import fill, section_title, tr

SINCE_DAYS = dt.timedelta(days=90)  # the "From" date offered: three months back


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _start_of(day: QDate) -> dt.datetime:
    return dt.datetime(day.year(), day.month(), day.day())


class GlobalJournal(QWidget):
    """Signals:
    open_contact(int): the user activated an entry (opens its first contact).
    open_entry(int, int): the same, with the entry's id (its contact's journal shows it).
    """

    open_contact = Signal(int)
    open_entry = Signal(int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalJournal")
        self.context = context
        self.model = JournalModel(context, self)
        self.list = journal_list(
            context, self.model, JournalDelegate(self.model, context, show_all_people=True), self
        )
        self.list.setObjectName("globalJournalList")
        self.list.setAccessibleName(tr("All interactions"))
        # rows of one height (the delegate gives each three lines): the list lays itself out
        # again for each page it reads, asking every row's height, and at 10,000 rows read
        # that held the window ~0.3 s a page, ~18 s to scroll that far
        self.list.setUniformItemSizes(True)
        self.list.activated.connect(self._activated)
        self.list.new_day.connect(self._new_day)
        self.model.scanning_changed.connect(lambda _scanning: self._update_empty())
        self.model.rowsInserted.connect(lambda *_: self._update_empty())
        self.model.rows_replaced.connect(self._update_empty)  # read again: maybe none left
        self._open_first = False  # Enter was pressed before the search's first entry came
        self.model.rowsInserted.connect(lambda *_: self._first_came())
        self.model.rowsInserted.connect(lambda *_: self._current_where_the_keys_are())
        self.model.scanning_changed.connect(self._search_ended)

        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind"))
        self.kind.addItem(tr("All kinds"), None)
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        today = context.core.clock.now().date()
        # Alt+letters: not the menus' F, E, C, V, H
        self.use_since = QCheckBox(tr("Fro&m"))
        self.since = QDateEdit(_qdate(today - SINCE_DAYS))
        self.use_until = QCheckBox(tr("&to"))
        self.until = QDateEdit(_qdate(today))
        for edit, label in ((self.since, tr("From date")), (self.until, tr("To date"))):
            typed_in_full(edit)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(label)
        self.text = QLineEdit()
        self.text.setObjectName("journalSearch")
        self.text.setPlaceholderText(tr("Search summaries and notes…"))
        self.text.setClearButtonEnabled(True)
        self.text.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.text.setAccessibleName(tr("Search the journal"))
        self.text.installEventFilter(self)  # Down goes from the search to the entries
        self.empty = QLabel()
        self.empty.setObjectName("globalJournalEmpty")
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        self.empty.hide()
        # the first matches show while older entries are still searched (seconds, for a word
        # that is rare in a long journal): said under them, or the list looked complete
        self.searching = QLabel(tr("Searching older entries…"))
        self.searching.setObjectName("globalJournalSearching")
        self.searching.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.searching.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.use_until)
        filters.addWidget(self.until)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 6)
        layout.addWidget(section_title(tr("Journal — every interaction")))
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.searching)

        self._timer = QTimer(self, singleShot=True)
        self._timer.setInterval(120)  # interval= is refused in Turkish
        self._timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        for widget in (self.use_since, self.use_until):
            widget.toggled.connect(lambda _c: self.refresh())
        # picking a date means filtering by it: the box beside it is ticked for the user
        for edit, box in ((self.since, self.use_since), (self.until, self.use_until)):
            edit.dateChanged.connect(lambda _d, box=box: self._date_picked(box))
            # a part typed that does not exist is refused, no date changing: the list was
            # left filtered by the date shown, one nobody typed (see _wrong_date)
            on_typing_problem(edit, lambda _problem: self.refresh())
        self._read = False  # the journal is read the first time the page shows
        self._stale = False  # something changed while the page was hidden
        context.changes.journal_changed.connect(self._journal_changed)
        context.changes.contacts_changed.connect(self._contacts_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field, as in the contact list's: Down, Up and the page keys move
        into the entries (typing, then Down, did nothing), Enter opens the current entry's
        contact, Esc clears what was typed."""
        if watched is self.text and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress:
                key = event.key()
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    if self.model.rowCount():
                        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                        if not self.list.currentIndex().isValid():
                            self.list.setCurrentIndex(self.model.index(0))
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._open_current_or_first()
                    return True
                if key == Qt.Key.Key_Escape and self.text.text():
                    self.text.clear()
                    return True
            elif (
                event.type() == QEvent.Type.ShortcutOverride
                and event.key() == Qt.Key.Key_Escape
                and self.text.text()
            ):
                event.accept()  # Esc clears the search before any window shortcut
        return super().eventFilter(watched, event)

    def _open_current_or_first(self) -> None:
        """Enter in the search: the current entry's contact, or the first match's, as the
        contact list's search opens its first match (typing a word, then Enter, did nothing
        until Down had made an entry current). What was typed is what Enter opens: a search
        still to be made (typed within the pause) or on its way opens its first entry when
        it comes. A first match already shown opens at once, though older entries are still
        searched (it waited for a "first entry" already there: if no other match came, the
        next read of the list opened it out of the blue)."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh()
        index = self.list.currentIndex()
        if index.isValid() and self.list.isVisible():
            self._activated(index)
        elif self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
            self._activated(self.model.index(0))
        elif self.model.reading() or self.model.scanning:
            self._open_first = True

    def _first_came(self) -> None:
        if self._open_first and self.model.rowCount():
            self._open_first = False
            self.list.setCurrentIndex(self.model.index(0))
            self._activated(self.model.index(0))

    def _current_where_the_keys_are(self) -> None:
        """The list has the keyboard and its first entries came: the first is current (not
        selected), as Qt makes it when the keyboard reaches a list that has rows. Ctrl+3 the
        first time gave the list the keyboard before its entries were read (on a worker):
        nothing was current, Enter did nothing and no focus frame said where the keys went."""
        if self.list.hasFocus() and not self.list.currentIndex().isValid():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _search_ended(self, scanning: bool) -> None:
        if not scanning and not self.model.reading():
            self._open_first = False  # nothing found: a later read must not open anyone

    def hideEvent(self, event: QHideEvent) -> None:
        """Another page shown: a match of the search coming meanwhile opens nobody."""
        super().hideEvent(event)
        self._open_first = False

    def _new_day(self) -> None:
        """The dates offered, while not ticked, follow the day: left open overnight, "to"
        still said yesterday, and ticking it hid what was logged since midnight."""
        today = self.context.core.clock.now().date()
        offered = (
            (self.since, self.use_since, today - SINCE_DAYS),
            (self.until, self.use_until, today),
        )
        for edit, box, day in offered:
            if not box.isChecked():
                edit.blockSignals(True)  # not a date picked: the box stays unticked
                edit.setDate(_qdate(day))
                edit.blockSignals(False)

    def _date_picked(self, box: QCheckBox) -> None:
        if box.isChecked():
            self.refresh()
        else:
            box.setChecked(True)  # toggled refreshes

    def showEvent(self, event: QShowEvent) -> None:
        """Read the journal the first time; after that, come back to it where the user left
        it (read again in place if something changed meanwhile): an entry opened the contact,
        and coming back put the list at its top again, far from the entry."""
        super().showEvent(event)
        if not self._read:
            self.refresh()
        elif self._stale:
            self._stale = False
            self.list.reload()
            self._update_empty()

    def _journal_changed(self, _ids: object) -> None:
        self._refresh_if_visible()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.list.reload()
            self._update_empty()
        else:
            self._stale = True

    def _contacts_changed(self, ids: object) -> None:
        """A name on an entry changed (or its contact went): said when next seen."""
        if self.isVisible():
            self.model.rename(ids if isinstance(ids, list) else None)
        elif self._read:
            self._stale = True

    def _filtered(self) -> bool:
        return bool(
            self.kind.currentData()
            or self.use_since.isChecked()
            or self.use_until.isChecked()
            or self.text.text().strip()
        )

    def _wrong_date(self) -> str:
        """What is wrong with a date of the range typed (and ticked), said with what to do;
        "" if nothing. The field then shows a date nobody typed ("2025-02-30" shows the
        3rd, its 0 refused): the list shows nothing rather than the entries up to it."""
        for edit, box in ((self.since, self.use_since), (self.until, self.use_until)):
            problem = typing_problem(edit)
            if problem and box.isChecked():
                if edit is self.since:
                    return fill(tr("%1 Type the “From” date again to see the entries."), problem)
                return fill(tr("%1 Type the “to” date again to see the entries."), problem)
        return ""

    def _dates_reversed(self) -> bool:
        return (
            self.use_since.isChecked()
            and self.use_until.isChecked()
            and self.since.date() > self.until.date()
        )

    def _update_empty(self) -> None:
        # the first slice on its way (read on a worker, ms): the list, blank for the moment,
        # rather than "Searching…" flashing up at each word typed; said once a slice came
        # back with nothing and older entries are still to be searched
        on_its_way = self.model.first_slice_on_its_way() or (
            self.model.scanning and not self._filtered()
        )
        wrong = self._wrong_date()
        empty = self.model.rowCount() == 0 and (
            bool(wrong) or self._dates_reversed() or not on_its_way
        )
        if empty:
            if wrong:  # as the dialogs say it: nothing is read by a date not typed
                self.empty.setText(wrong)
            elif self._dates_reversed():  # said at once: no search finds a day between them
                self.empty.setText(
                    tr("The “From” date is after the “to” date: no day is between them.")
                )
            elif self.model.scanning:  # the journal is still being read for a first match
                self.empty.setText(tr("Searching…"))
            elif self._filtered():
                self.empty.setText(tr("No interaction matches these filters."))
            else:
                self.empty.setText(
                    tr("Nothing logged yet. Press Ctrl+L after a call, a coffee or a message.")
                )
        self.empty.setVisible(empty)
        self.list.setVisible(not empty)
        self.searching.setVisible(self.model.scanning and self.model.rowCount() > 0)

    def refresh(self) -> None:
        self._read, self._stale = True, False
        self._open_first = False  # another search than the one Enter was pressed on
        if self._wrong_date():
            self.model.set_source(None)  # said by _update_empty
            self._update_empty()
            return
        kind = self.kind.currentData()
        since = _start_of(self.since.date()) if self.use_since.isChecked() else None
        last = _start_of(self.until.date())
        # "to" includes its whole day: up to the next one (none after 31 December 9999)
        until = (
            (last + dt.timedelta(days=1) if last.date() < dt.date.max else None)
            if self.use_until.isChecked()
            else None
        )
        text = self.text.text()
        journal = self.context.core.journal
        self.model.set_paged_source(
            lambda limit, after: journal.page(
                kind=kind,
                since=since,
                until=until,
                text=text,
                limit=limit,
                after=after,
                people=MOST_NAMES + 1,  # a row names no more: everyone is read when edited
            )
        )
        self._update_empty()

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry.contact_ids:
            self.open_contact.emit(entry.contact_ids[0])
            if entry.id is not None:
                self.open_entry.emit(entry.contact_ids[0], entry.id)

    def current_entry(self) -> Interaction | None:
        """The entry current in the list (as the list holds it: its first people) while the
        list has the keyboard (its focus frame drawn round it), else None."""
        index = self.list.currentIndex()
        if not self.list.hasFocus() or not index.isValid():
            return None
        return self.model.entry(index.row())

    def focus_search(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
