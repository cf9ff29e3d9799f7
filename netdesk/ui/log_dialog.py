"""Log an interaction: kind, when, summary, optional notes and other people; Enter saves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.context import AppContext
from netdesk.ui.journal_view import kind_labels
from netdesk.ui.widgets import InlineMessage, PeoplePicker, form_row, plain_label, tr


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, value.second)


def pydatetime(value: QDateTime) -> dt.datetime:
    day, time = value.date(), value.time()
    return dt.datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second()
    )


class LogInteractionDialog(QDialog):
    """Records one interaction with the given contacts (and anyone added in the dialog)."""

    def __init__(
        self,
        context: AppContext,
        contact_ids: list[int],
        parent: QWidget | None = None,
        summary: str = "",
        kind: str = "call",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logInteractionDialog")
        self.context = context
        self.contact_ids = list(contact_ids)
        self.interaction_id: int | None = None
        names = context.core.contacts.names(self.contact_ids)
        who = ", ".join(names.get(i, "?") for i in self.contact_ids)
        self.setWindowTitle(
            tr("Log interaction with %1").replace("%1", who) if who else tr("Log interaction")
        )

        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind"))
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.when = QDateTimeEdit(qdatetime(context.core.clock.now()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(tr("When"))
        self.summary = QLineEdit(summary)
        self.summary.setObjectName("summaryField")
        self.summary.setPlaceholderText(tr("What happened, in one line"))
        self.summary.setAccessibleName(tr("Summary"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(tr("Notes (optional)"))
        self.body.setAccessibleName(tr("Notes"))
        self.body.setTabChangesFocus(True)
        self.body.setMaximumHeight(110)
        self.people = PeoplePicker(context.core)
        self.people.picker.setAccessibleName(tr("Other people involved"))
        self.people.remove_button.setText(tr("&Remove"))
        self.people.chosen.installEventFilter(self)  # Delete takes the current person off
        # QLineEdit writes the chosen completion back after the picker has emptied itself:
        # empty it again once that is done, ready for the next name
        self.people.picker.picked.connect(
            lambda contact_id: (
                contact_id is not None and QTimer.singleShot(0, self, self._clear_person_field)
            )
        )
        self.problem = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("With"), plain_label(who or tr("(choose below)")))
        # Alt+letters: S and C are Save's and Cancel's on KDE and GNOME
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&When"), self.when)
        form.addRow(tr("Su&mmary"), self.summary)
        form.addRow(tr("&Notes"), self.body)
        form_row(form, tr("&Also there"), self.people, self.people.picker.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.summary.setFocus()
        self.resize(480, self.sizeHint().height())

    def _clear_person_field(self) -> None:
        if self.people.picker.contact_id is None:
            self.people.picker.set_contact(None)

    def all_contact_ids(self) -> list[int]:
        return list(dict.fromkeys(self.contact_ids + self.people.contact_ids()))

    def accept(self) -> None:
        """Save, restart the keep-in-touch clocks (core) and tell every view."""
        if self.interaction_id is not None:
            return  # saved already: a second Enter or click must not log it again
        popup = self.people.picker.completer.popup()
        if self.people.picker.edit.hasFocus() and popup is not None and popup.isVisible():
            return  # Enter chose a person in the completer, it did not mean "save"
        summary = self.summary.text().strip()
        typed = self.people.picker.edit.text().strip()
        if typed and self.people.picker.contact_id is None:
            # Saving without them would silently leave out someone the user named
            self.problem.show_problem(
                tr("Choose “%1” from the list of names, or clear the field.").replace("%1", typed)
            )
            self.people.picker.edit.setFocus()
            return
        ids = self.all_contact_ids()
        if not ids:
            self.problem.show_problem(tr("Choose who the interaction was with."))
            return
        if not summary:
            self.problem.show_problem(tr("Write a one-line summary."))
            self.summary.setFocus()
            return
        when = pydatetime(self.when.dateTime())
        try:
            self.interaction_id = self.context.core.journal.log(
                ids,
                self.kind.currentData(),
                summary,
                body=self.body.toPlainText().strip(),
                at=when,
            )
        except ValueError as error:
            self.problem.show_problem(str(error))
            return
        self.context.changes.journal_changed.emit(ids)
        self.context.changes.contacts_changed.emit(ids)
        self.context.changes.follow_ups_changed.emit()
        super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list of people takes the current one off, as Alt+R does (only the
        Remove button did)."""
        if (
            watched is self.people.chosen
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
            and self.people.remove_button.isEnabled()
        ):
            self.people.remove_button.click()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a one-line field saves; in the notes box it is a new line.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.body.hasFocus():
            self.accept()
            return
        super().keyPressEvent(event)
