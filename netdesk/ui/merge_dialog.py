"""Contact > Merge…: two contacts the user knows are one person, whether or not Find duplicates
proposed them. The one kept takes over the other's e-mails, phones, journal and follow-ups
and fills its empty fields from it; the merge is undoable (duplicates_dialog.MergeContacts)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import MergeContacts, describe
from netdesk.ui.errors import show_problem
from netdesk.ui.undo import push
from netdesk.ui.widgets import fill, plain_label, relative_past, tab_as_shown, tr

log = logging.getLogger("netdesk.ui")


class MergeTwoDialog(QDialog):
    """Which of two contacts to keep; accepting merges the other into it (undoably)."""

    def __init__(self, context: AppContext, first: int, second: int, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(tr("Merge two contacts"))
        self.context = context
        core = context.core
        contacts = {i: core.contacts.get(i) for i in (first, second)}
        found = [c for c in contacts.values() if c is not None]
        if len(found) != 2:
            raise LookupError("a contact to merge is gone")
        summaries = {s.id: s for s in core.contacts.summaries([first, second])}
        talks = {i: core.journal.count_for(i) for i in (first, second)}
        now = core.clock.now()
        # keep, by default, the one with the longer story; the older one when they tie
        self.ids = sorted(
            (first, second), key=lambda i: (-talks[i], i)
        )  # the first is kept unless the user picks the other
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Which contact do you keep?")))
        self.choices = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        for contact_id in self.ids:
            contact = contacts[contact_id]
            assert contact is not None
            summary = summaries.get(contact_id)
            last = relative_past(summary.last_interaction if summary else None, now)
            # "&" would mark a shortcut in a button's text: "Smith & Co" read "Smith  Co"
            button = QRadioButton(describe(contact, talks[contact_id], last).replace("&", "&&"))
            button.setObjectName(f"keep_{contact_id}")
            button.setAccessibleName(fill(tr("Keep %1"), contact.display_name or tr("(no name)")))
            self.choices.addButton(button, contact_id)
            self.buttons[contact_id] = button
            layout.addSpacing(6)
            layout.addWidget(button)
        layout.addSpacing(6)
        self.buttons[self.ids[0]].setChecked(True)
        explain = QLabel(
            tr(
                "The contact you keep gets the other's e-mails, phones, addresses, tags, "
                "journal and follow-ups, any field it has empty, and the other's notes after "
                "its own. The other is removed. Edit > Undo puts both back."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        tab_as_shown(buttons)  # Tab went to Cancel, then to Merge on its left
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def keep_id(self) -> int:
        return self.choices.checkedId()

    @property
    def other_id(self) -> int:
        return next(i for i in self.ids if i != self.keep_id)

    def accept(self) -> None:
        """Merge, then close; a merge the database refuses is said and nothing changes."""
        keep, other = self.keep_id, self.other_id
        try:
            push(self.context, MergeContacts(self.context, keep, other))
        except Exception as error:
            log.exception("merging %s into %s failed", other, keep)
            show_problem(self, tr("Not merged"), str(error))
            return
        super().accept()
        self.context.changes.open_contact.emit(keep)


def merge_two(context: AppContext, ids: list[int], parent: QWidget | None) -> QDialog | None:
    """Open the merge dialog for exactly two contacts (window-modal, not blocking)."""
    if len(ids) != 2:
        return None
    try:
        dialog = MergeTwoDialog(context, ids[0], ids[1], parent)
    except LookupError:
        return None
    dialog.open()
    return dialog
