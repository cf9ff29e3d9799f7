"""Find duplicates > Merge… on a group of three or more cards of one person: which to keep and,
where they have their own single values (job titles), whose stays; one undoable merge
(duplicates_dialog.MergeGroup), as Merge two contacts is for a pair."""

from __future__ import annotations

import functools
import logging

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from netdesk.core.contacts import merge_into
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import MergeGroup, describe
from netdesk.ui.errors import show_problem
from netdesk.ui.merge_dialog import (
    _SHOWN_FIELDS,
    MergeChoicesDialog,
    _label,
    _named_as_shown,
    choosable,
    not_kept,
)
from netdesk.ui.undo import push
from netdesk.ui.widgets import ElidedLabel, fill, plain_label, relative_past, tab_as_shown, tr

log = logging.getLogger("netdesk.ui")


def group_choosable(contacts: list[Contact]) -> list[str]:
    """The single-valued fields where two of ``contacts`` have their own value (the one kept
    may have none: the first merged would fill it and the next lose theirs), in the card's
    order."""
    found = {
        name
        for keep in contacts
        for other in contacts
        if keep is not other
        for name in choosable(keep, other)
    }
    return [name for name in (*_SHOWN_FIELDS, "met_through_id") if name in found]


def merged_group(
    keep: Contact, others: list[Contact], take_from: dict[int, frozenset[str]]
) -> Contact:
    """What merging ``others`` into ``keep`` in order gives (merge_group's rules)."""
    merged = keep
    for other in others:
        merged = merge_into(merged, other, take_from.get(other.id or 0, frozenset()))
    return merged


def lost_in_group(contacts: list[Contact], merged: Contact) -> list[str]:
    """What of ``contacts`` the group's merge (``merged``) does not keep, each as "Ann Lee's
    Job title “CTO”"."""
    return [
        fill(tr("%1's %2"), contact.display_name or tr("(no name)"), what)
        for contact in contacts
        for what in not_kept(merged, contact, merged)
    ]


class MergeGroupDialog(MergeChoicesDialog):
    """Which of three or more contacts to keep; accepting merges the others into it in one
    undoable step. Where two have their own job title (a birthday...), a row of their values:
    the one chosen stays."""

    def __init__(self, context: AppContext, ids: list[int], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mergeGroupDialog")
        self.setWindowTitle(tr("Merge contacts"))
        self.setMinimumWidth(520)
        core = context.core
        contacts = {i: core.contacts.get(i) for i in ids}
        if any(c is None for c in contacts.values()):
            raise LookupError("a contact to merge is gone")
        self.contacts: dict[int, Contact] = {i: c for i, c in contacts.items() if c is not None}
        summaries = {s.id: s for s in core.contacts.summaries(ids)}
        self.talks = {i: core.journal.count_for(i) for i in ids}
        now = core.clock.now()
        # keep, by default, the one with the longest story; the oldest when they tie
        self.ids = sorted(ids, key=lambda i: (-self.talks[i], i))
        layout = self._scrolled_body()
        layout.addWidget(plain_label(tr("Which contact do you keep?")))
        self.choices = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        # one card that is someone else after all is left out, the others merged
        self.included: dict[int, QCheckBox] = {}
        for contact_id in self.ids:
            contact = self.contacts[contact_id]
            summary = summaries.get(contact_id)
            last = relative_past(summary.last_interaction if summary else None, now)
            text = describe(contact, self.talks[contact_id], last)
            button = QRadioButton(text.replace("&", "&&"))
            button.setObjectName(f"keep_{contact_id}")
            button.setAccessibleName(fill(tr("Keep %1"), contact.display_name or tr("(no name)")))
            self.choices.addButton(button, contact_id)
            self.buttons[contact_id] = button
            included = QCheckBox(tr("Include"))
            included.setObjectName(f"include_{contact_id}")
            included.setAccessibleName(
                fill(tr("Include %1"), contact.display_name or tr("(no name)"))
            )
            included.setChecked(True)
            included.toggled.connect(self._included_toggled)
            self.included[contact_id] = included
            row = QHBoxLayout()
            row.addWidget(button, 1)
            row.addWidget(included, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        self.buttons[self.ids[0]].setChecked(True)
        self.included[self.ids[0]].setEnabled(False)  # the one kept is merged into
        self._add_choices(layout, tr("Where they have their own, keep:"))
        explain = plain_label(
            tr(
                "The contact you keep gets the others' e-mails, phones, addresses, tags, "
                "journal and follow-ups, any field it has empty, and their notes after its "
                "own. The others are removed. Edit > Undo puts them all back."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.box.addButton(tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        tab_as_shown(self.box)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        self.outer.addWidget(self.box)
        self.choices.idToggled.connect(self._choice_toggled)
        self._show_conflicts()
        self._show_outcome()

    @property
    def keep_id(self) -> int:
        return self.choices.checkedId()

    @property
    def other_ids(self) -> list[int]:
        """The contacts to merge into the one kept: those included."""
        return [i for i in self.ids if i != self.keep_id and self.included[i].isChecked()]

    @property
    def take_from(self) -> dict[int, frozenset[str]]:
        """Other contact -> the fields the one kept takes from it, as chosen."""
        taken: dict[int, set[str]] = {}
        for name, buttons in self.rows.items():
            for contact_id, button in buttons.items():
                if button.isChecked() and contact_id != self.keep_id:
                    taken.setdefault(contact_id, set()).add(name)
        return {i: frozenset(names) for i, names in taken.items()}

    def _choice_toggled(self, contact_id: int, checked: bool) -> None:
        if checked:
            for other, included in self.included.items():
                included.setEnabled(other != contact_id)
            self.included[contact_id].setChecked(True)  # (calls _included_toggled)
            self._included_toggled()

    def _included_toggled(self, _checked: bool = False) -> None:
        self.merge_button.setEnabled(bool(self.other_ids))
        self._show_conflicts()
        self._show_outcome()

    def _has(self, contact: Contact, name: str) -> bool:
        return getattr(contact, name) not in (None, "", b"")

    def _show_conflicts(self) -> None:
        """A row per field two have their own value of, a column per contact (the one kept
        first); the one kept's value checked, or what the merge would keep without a word."""
        self._clear_conflicts()
        order = [self.keep_id, *self.other_ids]
        columns = [self.contacts[i] for i in order]
        fields = group_choosable(columns)
        self.conflicts.setVisible(bool(fields))
        for column, contact in enumerate(columns, start=1):
            header = ElidedLabel()  # a long name cannot widen the dialog
            name = contact.display_name or tr("(no name)")
            header.setText(fill(tr("Kept: %1"), name) if column == 1 else name)
            self.conflict_grid.addWidget(header, 0, column)
            self.conflict_grid.setColumnStretch(column, 1)
        # on from the last card's Include box, the last thing above the rows: from its
        # radio button, the Include box was left to come after Cancel
        previous: QWidget = self.included[self.ids[-1]]
        for row, name in enumerate(fields, start=1):
            label = plain_label(_label(name))
            self.conflict_grid.addWidget(label, row, 0)
            group = QButtonGroup(self.conflicts)
            self.rows[name] = {}
            offered: list[object] = []  # a value two share is offered once (the first's)
            for column, contact in enumerate(columns, start=1):
                if not self._has(contact, name) or getattr(contact, name) in offered:
                    continue
                offered.append(getattr(contact, name))
                assert contact.id is not None
                value = self._value_text(contact, name)
                button = QRadioButton(value.replace("&", "&&"), self.conflicts)
                button.setObjectName(f"take_{name}_{contact.id}")
                button.setAccessibleName(
                    fill(tr("%1: %2's, %3"), _label(name), contact.display_name, value)
                )
                group.addButton(button, contact.id)
                self.conflict_grid.addWidget(button, row, column)
                self.rows[name][contact.id] = button
                QWidget.setTabOrder(previous, button)
                previous = button
            chosen = self.chosen.get(name)
            if chosen not in self.rows[name]:
                chosen = next(iter(self.rows[name]))  # the kept one's, or the first merged
            self.rows[name][chosen].setChecked(True)
            label.setBuddy(self.rows[name][chosen])
            group.idToggled.connect(functools.partial(self._field_toggled, name))
            self._groups.append(group)
        QWidget.setTabOrder(previous, self.merge_button)

    def _show_outcome(self) -> None:
        """What the one kept gets, and what of the others is not kept."""
        keep = self.contacts[self.keep_id]
        others = [self.contacts[i] for i in self.other_ids]
        merged = merged_group(keep, others, self.take_from)
        gets = [
            _label(f)
            for f in _SHOWN_FIELDS
            if getattr(merged, f) != getattr(keep, f) and not _named_as_shown(keep, merged, f)
        ]
        entries = sum(self.talks[i] for i in self.other_ids)
        if entries:
            gets.append(tr("%Ln journal entries", None, entries))
        keep_name = keep.display_name or tr("(no name)")
        lines = [
            fill(tr("%1 gets from the others: %2."), keep_name, ", ".join(gets))
            if gets
            else fill(tr("%1 gets nothing new from the others."), keep_name)
        ]
        lost = lost_in_group([keep, *others], merged)
        if lost:
            lines.append(fill(tr("Not kept: %1."), "; ".join(lost)))
        self.outcome.setText("\n".join(lines))
        self._fit()

    def accept(self) -> None:
        """Merge, then close; a merge the database refuses is said and nothing changes."""
        ids = [self.keep_id, *self.other_ids]
        if len(ids) < 2:
            return  # (Merge is off: nobody to merge)
        if len(self.context.core.contacts.summaries(ids)) < len(ids):
            show_problem(self, tr("Not merged"), tr("One of the contacts has been deleted."))
            self.context.changes.contacts_changed.emit(None)
            super().reject()
            return
        try:
            command = MergeGroup(
                self.context, ids[0], ids[1:], self.parentWidget(), take_from=self.take_from
            )
            push(self.context, command)
        except Exception as error:
            log.exception("merging %s into %s failed", ids[1:], ids[0])
            show_problem(self, tr("Not merged"), str(error))
            return
        operation = command.operation
        if operation is None or not operation.running:
            super().accept()
            return
        # open, its buttons off, until the merge is written (as Merge two contacts)
        self.setEnabled(False)
        operation.succeeded.connect(self._merged)
        operation.ended.connect(self._merge_ended)

    def _merge_ended(self) -> None:
        if shiboken6.isValid(self):
            self.setEnabled(True)


def merge_group_of(context: AppContext, ids: list[int], parent: QWidget | None) -> QDialog | None:
    """Open the group merge dialog for ``ids`` (window-modal, not blocking)."""
    try:
        dialog = MergeGroupDialog(context, ids, parent)
    except LookupError:
        show_problem(parent, tr("Not merged"), tr("One of the contacts has been deleted."))
        context.changes.contacts_changed.emit(None)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
