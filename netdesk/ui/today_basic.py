"""A minimal Today page (due follow-ups, birthdays, cobwebs) used until the full TodayView lands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import follow_up_note
from netdesk.ui.widgets import fill, relative_past, section_title, tr


class TodayBasic(QWidget):
    """Overdue and due follow-ups, birthdays this week and three contacts worth reviving."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self.context = context
        self.due = self._list(tr("Due follow-ups"))
        self.birthdays = self._list(tr("Birthdays this week"))
        self.cobwebs = self._list(tr("Worth reviving"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        for title, widget in (
            (tr("Due follow-ups"), self.due),
            (tr("Birthdays this week"), self.birthdays),
            (tr("Worth reviving"), self.cobwebs),
        ):
            layout.addWidget(section_title(title))
            layout.addWidget(widget, 1)
        context.changes.contacts_changed.connect(self._contacts_changed)
        context.changes.follow_ups_changed.connect(self._refresh_if_visible)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.itemActivated.connect(
            lambda item: self.context.changes.open_contact.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _add(self, widget: QListWidget, text: str, contact_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        widget.addItem(item)

    def _contacts_changed(self, _ids: object) -> None:
        self._refresh_if_visible()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        core = self.context.core
        now = core.clock.now()
        self.due.clear()
        for follow_up in core.follow_ups.due(now, limit=100):
            note = follow_up_note(follow_up)
            due = _day(follow_up.effective_due, "d MMM")
            self._add(self.due, f"{follow_up.display_name} — {note} ({due})", follow_up.contact_id)
        if not self.due.count():
            self.due.addItem(QListWidgetItem(tr("Nothing due. Enjoy your day.")))
        self.birthdays.clear()
        birthdays = core.contacts.upcoming_birthdays(7)
        for contact_id, name, date, age in birthdays:
            turning = " (" + tr("turns %Ln", None, age) + ")" if age else ""
            self._add(self.birthdays, f"{name} — {_day(date, 'ddd d MMM')}{turning}", contact_id)
        if not self.birthdays.count():
            self.birthdays.addItem(QListWidgetItem(tr("No birthdays this week.")))
        self.cobwebs.clear()
        # each person once: one listed above (a follow-up due, a birthday) is not here again
        ids = core.contacts.worth_reviving(
            limit=3,
            listed_until=now + dt.timedelta(microseconds=1),  # due by now: listed above
            listed={birthday[0] for birthday in birthdays},
        )
        for summary in core.contacts.summaries(ids):
            last = relative_past(summary.last_interaction, now)
            self._add(
                self.cobwebs,
                fill(tr("%1 — last talked %2"), summary.display_name, last),
                summary.id,
            )
        if not self.cobwebs.count():
            self.cobwebs.addItem(QListWidgetItem(tr("No cobwebs.")))
        for widget in (self.due, self.birthdays, self.cobwebs):
            for row in range(widget.count()):
                if widget.item(row).data(Qt.ItemDataRole.UserRole) is None:
                    widget.item(row).setFlags(Qt.ItemFlag.NoItemFlags)


def _day(day: dt.date, pattern: str) -> str:
    """A day in the user's language (strftime's names are always English)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
