"""The contact card's follow-ups: the open ones with their actions, and "Add follow-up…"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
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
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpActions
from netdesk.ui.today_view import ClockCheck, Row, describe_follow_up, discard


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
        title = QLabel(self.tr("Follow-ups"))
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
        self.rows: list[Row] = []
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

    def _snooze_in_menu(self, menu: QMenu) -> None:
        """A row's ⋯ menu offers Snooze as its button does: not for an archived contact (it
        held Snooze ▸ Tomorrow… where the Snooze button was hidden)."""
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu) and submenu.objectName() == "snoozeMenu":
                action.setVisible(not self.archived)

    def row_texts(self) -> list[str]:
        return [row.text for row in self.rows]

    def add(self) -> bool:
        if self.contact_id is None:
            return False
        return self.item_actions.add(self.contact_id, self)

    def refresh(self) -> None:
        focused = self._focused_place()  # (before the rows go: hidden, it leaves them)
        self._discarded = discard(list(self.rows), self._discarded)
        self.rows = []
        self.next_day.stop()
        self.clock_check.turns_over_at = None
        if self.contact_id is not None:
            now = self.context.core.clock.now()
            # the clock counts whole seconds: wake just after midnight, never before it
            wait = reminders.next_midnight(now) - now
            self.next_day.start(int(wait.total_seconds() * 1000) + 250)
            self.clock_check.turns_over_at = reminders.next_midnight(now)
            # laid out once all are in: each row shown into a laid-out panel laid out all
            # those before it again (500 items: 2.4 s of CPU a refresh, after every action)
            layout = self.layout()
            assert layout is not None
            layout.setEnabled(False)
            try:
                self._make_rows(now)
            finally:
                layout.setEnabled(True)
                layout.activate()
        self.empty.setVisible(not self.rows)
        self._show_archived()
        # rows are made after everything around the panel, so Tab reached their buttons last
        # (after the journal): put them right after "Add follow-up…"
        previous: QWidget = self.add_button
        for row in self.rows:
            for button in row.findChildren(QToolButton):
                QWidget.setTabOrder(previous, button)
                previous = button
        if focused is not None and focused[0] == self.contact_id:
            self._give_focus_back(*focused[1:])

    def _make_rows(self, now: dt.datetime) -> None:
        """A row, with its buttons, for each open follow-up of the contact."""
        assert self.contact_id is not None
        for follow_up in self.context.core.follow_ups.of_contact(self.contact_id):
            text = describe_follow_up(follow_up, now, with_name=False)
            row = Row(text, follow_up.contact_id)
            # no Tab stop of its own on the card, where Enter and the arrows do nothing on
            # it (its buttons are the stops): made last, it came after the journal
            row.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.add_follow_up_buttons(follow_up, self.item_actions, self)
            more = row.findChild(QToolButton, "moreButton")
            if more is not None and (menu := more.menu()) is not None:
                # after the menu fills itself as it opens (connected first)
                menu.aboutToShow.connect(lambda menu=menu: self._snooze_in_menu(menu))
            self.rows.append(row)
            self.rows_box.addWidget(row)
            row.show()

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
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:  # the card's: the button in sight
            scroll.ensureWidgetVisible(target)
