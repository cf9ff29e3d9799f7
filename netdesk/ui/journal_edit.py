"""Journal entries as undoable changes: logging one (Ctrl+L) and editing one in place."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
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

from netdesk.core.types import Interaction
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.journal_view import kind_labels
from netdesk.ui.log_dialog import pydatetime, qdatetime
from netdesk.ui.undo import _ContactCommand, _label, push
from netdesk.ui.widgets import InlineMessage, plain_label, tr

log = logging.getLogger("netdesk.ui")


def _changed(context: AppContext, ids: list[int]) -> None:
    """An entry came, went or moved: its people's journals, last interaction and clocks."""
    context.changes.journal_changed.emit(list(ids))
    context.changes.contacts_changed.emit(list(ids))
    context.changes.follow_ups_changed.emit()


class LogInteraction(_ContactCommand):
    """An interaction logged in the quick entry, on the undo stack once it is written: undo
    takes it back (and the keep-in-touch clock it restarted), redo writes it again under its
    id. Without it, Ctrl+Z right after logging undid the command before, something else."""

    def __init__(self, context: AppContext, entry: Interaction) -> None:
        super().__init__(
            context,
            _label(
                context,
                entry.contact_ids,
                tr("Log interaction — %1"),
                tr("Log interaction — %Ln contacts", None, len(entry.contact_ids)),
            ),
        )
        self.entry = entry

    def apply(self) -> None:
        entry = self.entry
        written = self.context.core.journal.log(
            entry.contact_ids,
            entry.kind,
            entry.summary,
            body=entry.body,
            at=entry.occurred_at,
            reuse_id=entry.id,  # later commands (deleting it, editing it) hold that id
        )
        self.entry = dataclasses.replace(entry, id=written)
        _changed(self.context, entry.contact_ids)

    def revert(self) -> None:
        assert self.entry.id is not None
        # its id is kept from entries written meanwhile (an import): the redo takes it back,
        # and an edit of it redone later finds it, not someone else's entry under that id
        self.context.core.journal.delete(self.entry.id)
        _changed(self.context, self.entry.contact_ids)


def record_logged(context: AppContext, interaction_id: int | None) -> None:
    """Put an interaction the quick entry has just written on the undo stack."""
    entry = context.core.journal.get(interaction_id) if interaction_id is not None else None
    if entry is None:
        return
    command = LogInteraction(context, entry)
    command.done_before_push = True
    context.undo_stack.push(command)


class EditInteraction(_ContactCommand):
    """An entry's kind, time, summary or notes changed; undo puts the old ones back."""

    def __init__(self, context: AppContext, before: Interaction, after: Interaction) -> None:
        super().__init__(context, tr("Edit journal entry"))
        self.before, self.after = before, after

    def apply(self) -> None:
        self.context.core.journal.update(self.after)
        _changed(self.context, self.before.contact_ids)

    def revert(self) -> None:
        self.context.core.journal.update(self.before)
        _changed(self.context, self.before.contact_ids)


class EditEntryDialog(QDialog):
    """One entry's kind, time, summary and notes, as the quick entry asks them; Enter in a
    one-line field saves, in the notes it starts a new line. ``edited`` once accepted."""

    def __init__(
        self, context: AppContext, entry: Interaction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editEntryDialog")
        self.context = context
        self.entry = entry
        self.edited: Interaction | None = None
        names = context.core.contacts.names(entry.contact_ids)
        who = ", ".join(names.get(i, "?") for i in entry.contact_ids)
        self.setWindowTitle(tr("Edit journal entry"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind"))
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.when = QDateTimeEdit(qdatetime(entry.occurred_at))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(tr("When"))
        self.summary = QLineEdit(entry.summary)
        self.summary.setObjectName("summaryField")
        self.summary.setPlaceholderText(tr("What happened, in one line"))
        self.summary.setAccessibleName(tr("Summary"))
        self.body = QPlainTextEdit(entry.body)
        self.body.setObjectName("notesField")
        self.body.setPlaceholderText(tr("Notes (optional)"))
        self.body.setAccessibleName(tr("Notes"))
        self.body.setTabChangesFocus(True)
        self.problem = InlineMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("With"), plain_label(who))
        # Alt+letters: S and C are Save's and Cancel's on KDE and GNOME
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&When"), self.when)
        form.addRow(tr("Su&mmary"), self.summary)
        form.addRow(tr("&Notes"), self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.summary.setFocus()
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        summary = self.summary.text().strip()
        if not summary:
            self.problem.show_problem(tr("Write a one-line summary."))
            self.summary.setFocus()
            return
        self.edited = dataclasses.replace(
            self.entry,
            kind=self.kind.currentData(),
            occurred_at=pydatetime(self.when.dateTime()),
            summary=summary,
            body=self.body.toPlainText().strip(),
        )
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.body.hasFocus():
            self.accept()
            return
        super().keyPressEvent(event)


def edit_entry(context: AppContext, entry: Interaction, parent: QWidget | None) -> bool:
    """Ask for the entry's new kind, time, summary and notes and write them, undoably.

    Returns:
        Whether something was changed.
    """
    # as stored now: the caller's copy comes from a list's cache, which another process (the
    # command line, an import) may have changed or emptied since; the undo puts back this one
    current = context.core.journal.get(entry.id) if entry.id is not None else None
    if current is None:
        show_problem(parent, tr("Not edited"), tr("This entry is no longer in the journal."))
        context.changes.journal_changed.emit(list(entry.contact_ids))  # the list catches up
        return False
    entry = current
    dialog = EditEntryDialog(context, entry, parent)
    if not dialog.exec() or dialog.edited is None or dialog.edited == entry:
        return False
    try:
        push(context, EditInteraction(context, entry, dialog.edited))
    except Exception as error:  # locked by another program, a full disk
        log.exception("editing a journal entry failed")
        show_problem(parent, tr("Not saved"), str(error))
        return False
    return True
