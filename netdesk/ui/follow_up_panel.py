"""The contact card's follow-ups: the open ones with their actions, and "Add follow-up…"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import reminders
from netdesk.core.types import FollowUp
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpActions
from netdesk.ui.today_view import ClockCheck, Row, describe_follow_up, discard
from netdesk.ui.widgets import fill, tr

# rows shown before "Show N more": a contact can hold hundreds of open items (an import's,
# a script's), and the card is a form, with the journal below it
PANEL_PAGE = 10


class FollowUpPanel(QWidget):
    """Open follow-ups of one contact; refreshed when follow-ups or contacts change."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.context = context
        self.contact_id: int | None = None
        self.item_actions = FollowUpActions(context, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.title = title = QLabel(self.tr("Follow-ups"))
        title.setObjectName("followUpTitle")
        # bold by its font, not a style sheet: styled, it kept the light palette's black text
        # when the desktop turned to dark mode while netdesk ran (black on dark grey)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        header.addWidget(title)
        header.addStretch(1)
        self.add_button = QPushButton(self.tr("Add follow-up…"))
        self.add_button.setObjectName("addFollowUpButton")
        self.add_button.clicked.connect(self.add)
        header.addWidget(self.add_button)
        layout.addLayout(header)
        self.empty = QLabel(self.tr("Nothing planned."))
        # a quieter colour, not a disabled label: that one read 1.6:1 against the window
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty)
        # archived contacts are left out of Today and the tray: their follow-ups wait unsaid
        self.archived = False
        self.paused = QLabel(
            self.tr("Archived: these wait, without reminders, until the contact is unarchived.")
        )
        self.paused.setObjectName("followUpPanelPaused")
        self.paused.setWordWrap(True)
        layout.addWidget(self.paused)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(0)
        layout.addLayout(self.rows_box)
        self.more = QToolButton()
        self.more.setObjectName("followUpPanelMore")
        self.more.setAutoRaise(True)
        self.more.hide()
        self.more.clicked.connect(self._show_more)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.limit = PANEL_PAGE  # rows shown; "Show more" raises it a page at a time
        self.rows: list[Row] = []  # those shown, top to bottom
        self._discarded: list[QWidget] = []  # rows a dialog asked from is still open over
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        # Left open overnight, "today" becomes "1 day late" and tomorrow's date "today".
        self.next_day = QTimer(self)
        self.next_day.setObjectName("followUpPanelNextDay")
        self.next_day.setSingleShot(True)
        self.next_day.setTimerType(Qt.TimerType.PreciseTimer)  # coarse may be 5% early
        self.next_day.timeout.connect(self.refresh)
        # the new day after a suspend, as if the timer had come in time: the card's header
        # (its "in 3 days") follows next_day too
        self.clock_check = ClockCheck(context.core.clock, self)
        self.clock_check.passed.connect(self.next_day.timeout)
        context.changes.follow_ups_changed.connect(self._pending.start)
        context.changes.contacts_changed.connect(self._contacts_changed)
        self.set_contact(None)

    def _contacts_changed(self, ids: object) -> None:
        if ids is None or (isinstance(ids, list) and self.contact_id in ids):
            self._pending.start()

    def set_contact(self, contact_id: int | None) -> None:
        if contact_id != self.contact_id:  # the same one again (its card saved): as it was
            self.limit = PANEL_PAGE
        self.contact_id = contact_id
        self.add_button.setEnabled(contact_id is not None)
        self.refresh()

    def set_archived(self, archived: bool) -> None:
        """Whether the contact shown is archived: never reminded, so its follow-ups are said
        to wait and offer no Snooze (of a reminder that would not come), in their ⋯ menus
        neither."""
        self.archived = archived
        self._show_archived()

    def _show_archived(self) -> None:
        self.paused.setVisible(self.archived and bool(self.rows))
        for row in self.rows:
            for button in row.findChildren(QToolButton, "snoozeButton"):
                button.setVisible(not self.archived)

    def _fit_more_menu(self, menu: QMenu) -> None:
        """A row's ⋯ menu offers Snooze as its button does: not for an archived contact (it
        held Snooze ▸ Tomorrow… where the Snooze button was hidden). Nor "Open contact": the
        card shows that contact already, and it did nothing one could see."""
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu) and submenu.objectName() == "snoozeMenu":
                action.setVisible(not self.archived)
            elif action.objectName() == "openContact":
                action.setVisible(False)
        visible = [action for action in menu.actions() if action.isVisible()]
        if visible and visible[-1].isSeparator():  # the one before it: a line closing the menu
            visible[-1].setVisible(False)

    def row_texts(self) -> list[str]:
        return [row.text for row in self.rows]

    def add(self) -> bool:
        """ "Add follow-up…": the item added is shown at once, in sight, a page more shown if
        it comes after those shown (it was added below the card's fold, out of sight, or
        under "Show N more", and nothing seemed to happen)."""
        if self.contact_id is None:
            return False
        self.item_actions.last_added = None
        if not self.item_actions.add(self.contact_id, self):
            return False
        added = self.item_actions.last_added
        ids = [item.id for item in self.context.core.follow_ups.of_contact(self.contact_id)]
        if added in ids:
            place = ids.index(added)
            if place >= self.limit:
                self.limit = (place // PANEL_PAGE + 1) * PANEL_PAGE
            self._pending.stop()
            self.refresh()
            self._reveal(added)
            # again once the card around has laid itself out anew (an unarchive offered
            # after the add changes its header and hides the panel's "Archived" line)
            QTimer.singleShot(0, self, lambda: self._reveal(added))
        return True

    def _reveal(self, follow_up_id: int | None) -> None:
        """The row of ``follow_up_id``, if shown, in sight."""
        for row in self.rows:
            if row.follow_up_id == follow_up_id:
                self._scroll_to(row)

    def refresh(self) -> None:
        """Show the contact's open follow-ups as they are now: a row kept for each item still
        shown (its text and menus brought up to date when the item changed), made for each
        new one, dropped for each gone, and the first ``limit`` of them only. Every row made
        anew on each change cost 0.7 s of the GUI thread with 500 items on one contact."""
        focused = self._focused_place()  # (before the rows go: hidden, it leaves them)
        focus_widget = self.window().focusWidget() if focused is not None else None
        self.next_day.stop()
        self.clock_check.turns_over_at = None
        items: list[FollowUp] = []
        now = self.context.core.clock.now()
        if self.contact_id is not None:
            # the clock counts whole seconds: wake just after midnight, never before it
            wait = reminders.next_midnight(now) - now
            self.next_day.start(int(wait.total_seconds() * 1000) + 250)
            self.clock_check.turns_over_at = reminders.next_midnight(now)
            items = self.context.core.follow_ups.of_contact(self.contact_id)
        # laid out once all are in: each row shown into a laid-out panel laid out all those
        # before it again (500 items: 2.4 s of CPU a refresh, after every action)
        layout = self.layout()
        assert layout is not None
        layout.setEnabled(False)
        try:
            self._show_rows(items[: self.limit], now)
        finally:
            layout.setEnabled(True)
            layout.activate()
        hidden = len(items) - len(self.rows)
        # how many in all: with a page shown, the title says what "Show more" leaves out
        title = self.tr("Follow-ups")
        self.title.setText(
            fill(tr("%1 (%2)"), title, QLocale().toString(len(items))) if items else title
        )
        self.more.setText(self.tr("Show %Ln more", "", min(hidden, PANEL_PAGE)))
        self.more.setToolTip(self.tr("%Ln not shown", "", hidden))
        self.more.setVisible(hidden > 0)
        self.empty.setVisible(not self.rows)
        self._show_archived()
        # rows are made after everything around the panel, so Tab reached their buttons last
        # (after the journal): put them right after "Add follow-up…", "Show more" after them
        previous: QWidget = self.add_button
        for row in self.rows:
            for button in row.buttons():
                QWidget.setTabOrder(previous, button)
                previous = button
        QWidget.setTabOrder(previous, self.more)
        if focused is None or focused[0] != self.contact_id:
            return
        kept = [n for n, row in enumerate(self.rows) if row.follow_up_id == focused[1]]
        if focus_widget is not None and kept and self.rows[kept[0]].isAncestorOf(focus_widget):
            # its row kept: the keyboard never left it (the window's focus widget still),
            # and the card follows it where a reschedule moved it
            if self.window().focusWidget() is not focus_widget:
                focus_widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if kept[0] != focused[3]:
                self._scroll_to(focus_widget)
            return
        self._give_focus_back(*focused[1:])

    def _show_rows(self, items: list[FollowUp], now: dt.datetime) -> None:
        """A row for each of ``items``, in their order: the row already showing an item is
        kept for it, whatever its place before. While a dialog or a menu is open (a row's
        child, or under its exec()) every row is made anew and the old ones are kept until
        it closes (``discard``)."""
        in_use = QApplication.activeModalWidget() is not None or QApplication.activePopupWidget()
        kept = {} if in_use else {row.follow_up_id: row for row in self.rows}
        rows: list[Row] = []
        for follow_up in items:
            text = describe_follow_up(follow_up, now, with_name=False)
            row = kept.pop(follow_up.id, None)
            if row is None:
                row = self._make_row(follow_up, text)
            elif row.text != text or row.follow_up != follow_up:
                row.show_item(text, follow_up.contact_id, follow_up)  # its menus made anew
                self._hook_more_menu(row)
            rows.append(row)
        gone = [row for row in self.rows if row not in rows]
        for row in gone:
            self.rows_box.removeWidget(row)
        self._discarded = discard(list[QWidget](gone), self._discarded)
        for index, row in enumerate(rows):
            at = self.rows_box.itemAt(index)
            if at is None or at.widget() is not row:  # new, or moved (a reschedule)
                self.rows_box.removeWidget(row)
                self.rows_box.insertWidget(index, row)
                row.show()
        self.rows = rows

    def _make_row(self, follow_up: FollowUp, text: str) -> Row:
        """A row, with its buttons, for one open follow-up of the contact."""
        row = Row(text, follow_up.contact_id)
        # no Tab stop of its own on the card, where Enter and the arrows do nothing on it
        # (its buttons are the stops): made last, it came after the journal
        row.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.add_follow_up_buttons(follow_up, self.item_actions, self)
        self._hook_more_menu(row)
        return row

    def _hook_more_menu(self, row: Row) -> None:
        """The row's ⋯ menu hides Snooze for an archived contact, after it fills itself as it
        opens (connected after it). Again for the menu a changed item's row makes anew."""
        more = row.findChild(QToolButton, "moreButton")
        menu = more.menu() if more is not None else None
        if menu is not None and not menu.property("snoozeFollowsArchive"):
            menu.setProperty("snoozeFollowsArchive", True)
            menu.aboutToShow.connect(lambda menu=menu: self._fit_more_menu(menu))

    def _show_more(self) -> None:
        """A page more; the keyboard, on "Show more", goes to the first row it shows."""
        first_new = len(self.rows)
        had_focus = self.more.hasFocus()
        self.limit += PANEL_PAGE
        self.refresh()
        if had_focus and first_new < len(self.rows):
            buttons = [b for b in self.rows[first_new].buttons() if not b.isHidden()]
            if buttons:
                buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _focused_place(self) -> tuple[int | None, int | None, str, int] | None:
        """Where the keyboard is among the rows' buttons: (contact id, follow-up id, button
        name, row index), or None when it is elsewhere. The window's: not active (a dialog
        of the action just closed, no window manager to give it back yet), the application
        has none, and the keyboard came back to the window past the panel."""
        focused = self.window().focusWidget()
        if focused is None:
            return None
        for index, row in enumerate(self.rows):
            if row.isAncestorOf(focused):
                # the row's contact: refresh() runs after set_contact() has named the next
                return row.contact_id, row.follow_up_id, focused.objectName(), index
        return None

    def _give_focus_back(self, follow_up_id: int | None, name: str, index: int) -> None:
        """After a rebuild, the keyboard on the same button of the same item (moved by a
        Reschedule), else of the row now at its place (after a Done), else "Add
        follow-up…". The rows made anew, Done or Snooze from the keyboard left it past the
        panel, the card scrolled away from the follow-ups."""
        target: QWidget = self.add_button
        if self.rows:
            same = [row for row in self.rows if row.follow_up_id == follow_up_id]
            row = same[0] if same else self.rows[min(index, len(self.rows) - 1)]
            buttons: list[QWidget] = [b for b in row.buttons() if not b.isHidden()]
            named = [button for button in buttons if button.objectName() == name]
            target = (named or buttons or [target])[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_to(target)

    def _scroll_to(self, widget: QWidget) -> None:
        """``widget`` in sight in the card's scroll area, if the panel is in one."""
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(widget)
