"""Contact > Merge…: two contacts the user knows are one person, whether or not Find duplicates
proposed them. The one kept takes over the other's e-mails, phones, journal and follow-ups
and fills its empty fields from it; where both have their own single value (a job title), the
user picks whose stays; the merge is undoable (duplicates_dialog.MergeContacts)."""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Collection

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.merging import fold
from netdesk.core.types import NEVER_KEEP_IN_TOUCH, Contact, PartialDate
from netdesk.ui.card_rhythm import every_text
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import MergeContacts, describe
from netdesk.ui.errors import show_problem
from netdesk.ui.import_text import field_label  # the import preview's names of fields
from netdesk.ui.undo import push
from netdesk.ui.widgets import (
    ElidedLabel,
    fill,
    plain_label,
    relative_past,
    tab_as_shown,
    tr,
    window_room,
)

log = logging.getLogger("netdesk.ui")

# With more journal entries than this on both sides, which of them move is counted on a worker:
# two contacts of 1,713 and 1,492 entries (the 100,000-contact copy) took the dialog 0.4 s to
# open and 0.13 s at each change of choice, with the window standing still. 200 read in ~10 ms.
COUNT_HERE = 200

# The dialog's body scrolled on a small screen still shows this much
SCROLLED_AT_LEAST = 120

# What a merge may change that the user sees on the card (contacts.merge_into fills the rest,
# an import's UID or source, without a word)
_SHOWN_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(Contact)
    if f.name
    not in {
        "id", "met_through_uid", "source", "source_file", "source_date", "archived", "uid",
        "raw_properties", "display_name", "created_at", "updated_at", "last_interaction",
        "next_due",
    }
)  # fmt: skip


def _label(field_name: str) -> str:
    if field_name == "keep_in_touch_days":  # the import's column is "Keep in touch (days)"
        return tr("Keep in touch")
    return field_label("met_through" if field_name == "met_through_id" else field_name)


def _written(value: object, field_name: str = "") -> str:
    if field_name == "keep_in_touch_days" and isinstance(value, int):
        # in the cadence menu's words: it said "182"
        return tr("Never") if value == NEVER_KEEP_IN_TOUCH else every_text(value)
    text = value.to_iso() if isinstance(value, PartialDate) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def shared_entries(context: AppContext, first: int, second: int) -> int:
    """How many journal entries ``first`` and ``second`` share (read through the journal of
    ``first``: give it the shorter one)."""
    return sum(
        1
        for entry in context.core.journal.for_contact(first, limit=1_000_000)
        if second in entry.contact_ids
    )


def outcome(
    context: AppContext,
    keep: Contact,
    other: Contact,
    entries: int | None,
    take_other: Collection[str] = (),
) -> str:
    """What merging ``other`` into ``keep`` will do, worked out by the merge's own rules
    (contacts.merge_into): what ``keep`` gets, with the journal entries (``entries`` of
    ``other``'s, not shared with ``keep``; None while they are being counted) and follow-ups
    that move, and what of ``other`` is not kept because ``keep`` has its own (its name, a
    job title): that is lost unless the merge is undone. ``take_other``: the fields the
    user chose to take from ``other``; what of ``keep`` they replace is said as lost too."""
    from netdesk.core.contacts import merge_into

    core = context.core
    merged = merge_into(keep, other, take_other)
    gets = [
        _label(f)
        for f in _SHOWN_FIELDS
        if getattr(merged, f) != getattr(keep, f) and not _named_as_shown(keep, merged, f)
    ]
    assert other.id is not None and keep.id is not None
    if entries is None:
        gets.append(tr("journal entries (counting…)"))
    elif entries:
        gets.append(tr("%Ln journal entries", None, entries))
    if any(not f.from_cadence for f in core.follow_ups.of_contact(other.id)):
        gets.append(tr("Follow-ups"))  # its keep-in-touch reminder goes: the one kept has its own
    lost = not_kept(keep, other, merged)
    # the kept one's own values the user chose the other's over
    replaced = not_kept(other, keep, merged) if take_other else []
    if (
        "met_through_id" in take_other
        and keep.met_through_id is not None
        and merged.met_through_id != keep.met_through_id
    ):
        # whom the one kept was met through, given up for the other's (not_kept leaves it)
        met = core.contacts.names([keep.met_through_id]).get(keep.met_through_id)
        replaced.append(fill(tr("%1 “%2”"), _label("met_through_id"), met or tr("(no name)")))
    keep_name = keep.display_name or tr("(no name)")
    other_name = other.display_name or tr("(no name)")
    if keep_name.casefold().split() == other_name.casefold().split():
        # namesakes: "Giulia Ricci gets from Giulia Ricci" told nothing of which one
        lines = [
            fill(tr("The one kept gets from the other: %1."), ", ".join(gets))
            if gets
            else tr("The one kept gets nothing new from the other.")
        ]
        if lost:
            lines.append(fill(tr("Not kept, as the one kept has its own: %1."), "; ".join(lost)))
        if replaced:
            lines.append(fill(tr("Not kept, as you chose the other's: %1."), "; ".join(replaced)))
        return "\n".join(lines)
    lines = [
        fill(tr("%1 gets from %2: %3."), keep_name, other_name, ", ".join(gets))
        if gets
        else fill(tr("%1 gets nothing new from %2."), keep_name, other_name)
    ]
    if lost:
        lines.append(fill(tr("Not kept, as %1 has its own: %2."), keep_name, "; ".join(lost)))
    if replaced:
        lines.append(fill(tr("Not kept, as you chose %1's: %2."), other_name, "; ".join(replaced)))
    return "\n".join(lines)


def choosable(keep: Contact, other: Contact) -> list[str]:
    """The single-valued fields where ``keep`` and ``other`` each have their own value and
    merging would keep ``keep``'s (a job title, a birthday, whom they were met through): the
    user may take ``other``'s instead (contacts.merge_into's ``take_other``)."""
    from netdesk.core.contacts import MERGE_CHOOSABLE, merge_into

    merged = merge_into(keep, other)
    fields = [name for name in _lost_fields(other, merged) if name in MERGE_CHOOSABLE]
    ends = (None, keep.id, other.id)
    if (
        keep.met_through_id not in ends
        and other.met_through_id not in ends
        and keep.met_through_id != other.met_through_id
    ):
        fields.append("met_through_id")
    return fields


def _named_as_shown(keep: Contact, merged: Contact, field_name: str) -> bool:
    """The full name the merge gives ``keep`` is the name it is shown by already: a phone's
    card has its "Elena Bianchi" written as the full name, a work card as given and family
    names, and "gets from the other: Full name" told of nothing the user would see."""
    return field_name == "formatted_name" and _letters(merged.formatted_name) == _letters(
        keep.display_name
    )


def not_kept(keep: Contact, other: Contact, merged: Contact | None = None) -> list[str]:
    """What of ``other`` merging it into ``keep`` does not keep, as ``keep`` has its own (a
    job title, a birthday), each as 'Job title “CTO”'. ``merged``: merge_into's result."""
    from netdesk.core.contacts import merge_into

    if merged is None:
        merged = merge_into(keep, other)
    lost = []
    for name in _lost_fields(other, merged):
        theirs = getattr(other, name)
        if isinstance(theirs, bytes):  # a photo: named, not quoted ("Photo “b'\x89PNG…”")
            lost.append(_label(name))
            continue
        lost.append(fill(tr("%1 “%2”"), _label(name), _written(theirs, name)))
    return lost


def _lost_fields(other: Contact, merged: Contact) -> list[str]:
    """The fields whose value ``other`` has and ``merged`` does not say (not_kept)."""
    lost = []
    for name in _SHOWN_FIELDS:
        theirs, now = getattr(other, name), getattr(merged, name)
        if isinstance(theirs, list) or theirs in (None, "") or theirs == now:
            continue
        if isinstance(theirs, str) and isinstance(now, str) and _says_as_much(now, theirs):
            continue  # kept beside its own (notes), or the same
        if name == "met_through_id":
            continue  # the one kept was met through someone else: its own story stands
        if isinstance(theirs, PartialDate) and isinstance(now, PartialDate) and _says(now, theirs):
            continue  # "1980-03-09" says all "--03-09" says
        lost.append(name)
    return lost


def _says_as_much(kept: str, other: str) -> bool:
    """``kept`` says all ``other`` says: it holds it (notes kept side by side), or ``other`` is
    it written without its accents or capitals ("Lucia" of "Lucía", "FERNANDEZ NUNEZ"), or in
    other spacing, hyphens or full stops ("Anne Marie" of "Anne-Marie"), or its initial ("H."
    of "Hannah"). Keeping the phone's spelling of a name is no loss: "Keeping the first loses:
    First name “Lucia”" was said of every pair an import without accents made."""
    if other.strip() in kept:
        return True
    mine, theirs = _letters(kept), _letters(other)
    if not theirs:
        return True
    return mine == theirs or (len(theirs) == 1 and mine[:1] == theirs)


def _letters(text: str) -> str:
    """``text`` folded (no accents, no capitals), its letters and digits only."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _says(date: PartialDate, part: PartialDate) -> bool:
    """``date`` has every part ``part`` has, the same."""
    return all(
        mine is None or mine == full
        for mine, full in ((part.year, date.year), (part.month, date.month), (part.day, date.day))
    )


class _Counted(QObject):
    """Signals:
    counted(object): the number of journal entries the two share, or None when the read
    failed (logged)."""

    counted = Signal(object)


class _CountShared(QRunnable):
    """Counts on a worker the journal entries two contacts share (``shared_entries``), on a
    SQLite connection of its own, closed when done."""

    def __init__(self, context: AppContext, first: int, second: int) -> None:
        super().__init__()
        self.context = context
        self.first, self.second = first, second
        self.signals = _Counted()  # no parent: the dialog may be gone when the count ends

    def run(self) -> None:
        shared: int | None = None
        try:
            shared = shared_entries(self.context, self.first, self.second)
        except Exception:  # the outcome then says nothing of the journal; the merge stands
            log.exception(
                "the journal entries of %s and %s were not counted", self.first, self.second
            )
        finally:
            self.context.core.store.close_own()  # this worker thread's own connection
        self.signals.counted.emit(shared)


class MergeChoicesDialog(QDialog):
    """What Merge two contacts and a group's Merge… share: below the contacts to keep, a box
    of rows where two have their own value (a job title) to choose whose stays, and the label
    saying what the merge will do. A subclass sets ``context`` and ``contacts`` before
    ``_add_choices`` and says the outcome in ``_show_outcome``."""

    context: AppContext
    contacts: dict[int, Contact]

    def _scrolled_body(self) -> QVBoxLayout:
        """The dialog's layout: the layout of its body, returned to be filled, shown whole
        where the screen has room for it and else scrolled (_fit); its buttons go below it,
        in ``self.outer``."""
        self.outer = QVBoxLayout(self)
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body_area = QScrollArea()
        self.body_area.setWidget(self.body)
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outer.addWidget(self.body_area)
        return layout

    def _add_choices(self, layout: QVBoxLayout, title: str) -> None:
        """Add the box of rows (titled ``title``, empty until ``_show_conflicts``) and the
        outcome's label to ``layout``."""
        self.chosen: dict[str, int] = {}  # field: the contact whose value the user picked
        self.rows: dict[str, dict[int, QRadioButton]] = {}  # field: contact id: its button
        self._groups: list[QButtonGroup] = []
        self.conflicts = QGroupBox(title)
        self.conflicts.setObjectName("mergeConflicts")
        self.conflict_grid = QGridLayout(self.conflicts)
        layout.addWidget(self.conflicts)
        self._met_names = self.context.core.contacts.names(
            [c.met_through_id for c in self.contacts.values() if c.met_through_id is not None]
        )
        # what this merge will do, for the choices made: the other's name, when it is lost
        self.outcome = plain_label()
        self.outcome.setObjectName("mergeOutcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)

    def _clear_conflicts(self) -> None:
        """Remove the rows of choices (a new one kept brings other rows)."""
        grid = self.conflict_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for old in self._groups:
            old.deleteLater()
        self._groups = []
        self.rows = {}

    def _value_text(self, contact: Contact, name: str) -> str:
        value = getattr(contact, name)
        if name == "photo":
            return fill(tr("%1's photo"), contact.display_name or tr("(no name)"))
        if name == "met_through_id":
            return self._met_names.get(value, tr("(no name)"))
        return _written(value, name)

    def _field_toggled(self, name: str, contact_id: int, checked: bool) -> None:
        if checked:
            self.chosen[name] = contact_id
            self._show_outcome()

    def _show_outcome(self) -> None:
        raise NotImplementedError

    def _fit(self) -> None:
        """Taller when the rows of choices or the outcome's lines need it: the dialog's own
        minimum width kept the layout from setting its minimum height, and the rows were
        squeezed over each other. No taller than the screen: there its body scrolls (13 rows
        made it 746 to 901 px high, Merge below a 1366x768 screen at 125%)."""
        layout = self.outer
        body = self.body.layout()
        if body is None:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        whole = body.totalHeightForWidth(width)
        if whole < 0:
            whole = body.totalMinimumSize().height()
        area = self.body_area
        area.setMinimumHeight(whole)
        needed = self._needed_height(layout)
        screen = self.screen()
        # the window's frame is not known before it shows: a title bar's worth kept for it
        room = window_room(self).height() if screen else needed
        if needed > room:
            area.setMinimumHeight(max(whole - (needed - room), min(whole, SCROLLED_AT_LEAST)))
            needed = self._needed_height(layout)
        if needed > self.height():
            self.resize(self.width(), needed)

    def _needed_height(self, layout: QLayout) -> int:
        layout.invalidate()  # the body's minimum height just set
        needed = layout.totalHeightForWidth(self.width())
        return needed if needed >= 0 else layout.totalMinimumSize().height()

    def _merged(self, _result: object) -> None:
        if shiboken6.isValid(self):
            super().accept()


class MergeTwoDialog(MergeChoicesDialog):
    """Which of two contacts to keep; accepting merges the other into it (undoably).

    ``open_kept``: the one kept is shown in the window once merged (Contact > Merge…); not
    from Find duplicates, which goes on to its next pair as its own merge buttons do."""

    def __init__(
        self,
        context: AppContext,
        first: int,
        second: int,
        parent: QWidget | None,
        *,
        open_kept: bool = True,
    ):
        super().__init__(parent)
        self.open_kept = open_kept
        self.setObjectName("mergeDialog")
        self.setWindowTitle(tr("Merge two contacts"))
        self.setMinimumWidth(440)  # the outcome's lines wrapped at a word or two
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
        layout = self._scrolled_body()
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
        self.contacts = {i: c for i, c in contacts.items() if c is not None}
        # where both have their own single value (a job title): whose to keep, a row each
        self._add_choices(layout, tr("Where both have their own, keep:"))
        self.choices.idToggled.connect(self._choice_toggled)
        # how many entries the two share (the rest of the other's journal moves): read through
        # the shorter journal, here when it is short, else on a worker, the dialog usable
        self.talks = talks
        self.shared: int | None = None
        shorter, longer = sorted((first, second), key=lambda i: talks[i])
        if talks[shorter] <= COUNT_HERE:
            self.shared = shared_entries(context, shorter, longer)
        else:
            self._count = _CountShared(context, shorter, longer)
            self._count.signals.counted.connect(self._counted)
            QThreadPool.globalInstance().start(self._count)
        self._show_outcome()
        layout.addSpacing(6)
        explain = QLabel(
            tr(
                "The contact you keep gets the other's e-mails, phones, addresses, tags, "
                "journal and follow-ups, any field it has empty, and the other's notes after "
                "its own. The other is removed. Edit > Undo puts both back."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.box = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        tab_as_shown(buttons)  # Tab went to Cancel, then to Merge on its left
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.outer.addWidget(buttons)
        self._show_conflicts()

    def _choice_toggled(self, _id: int, checked: bool) -> None:
        if checked:  # the other one's unchecking says nothing new
            self._show_conflicts()
            self._show_outcome()

    def _show_conflicts(self) -> None:
        """A row per field where both have their own value: the kept one's (checked unless
        the user picked the other's, whichever was kept then) and the other's."""
        self._clear_conflicts()
        grid = self.conflict_grid
        keep, other = self.contacts[self.keep_id], self.contacts[self.other_id]
        fields = choosable(keep, other)
        self.conflicts.setVisible(bool(fields))
        previous: QWidget = self.buttons[self.ids[-1]]
        keep_name = keep.display_name or tr("(no name)")
        other_name = other.display_name or tr("(no name)")
        if keep_name.casefold().split() == other_name.casefold().split():
            # namesakes: their names told nothing of which column is which
            keep_name, other_name = tr("The one kept"), tr("The other")
        else:
            keep_name = fill(tr("Kept: %1"), keep_name)  # elided, the word stays
        for column, heading in enumerate((keep_name, other_name), start=1):
            header = ElidedLabel()  # a long name cannot widen the dialog
            header.setText(heading)
            grid.addWidget(header, 0, column)
        for row, name in enumerate(fields, start=1):
            label = plain_label(_label(name))
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self.conflicts)
            self.rows[name] = {}
            for column, contact in enumerate((keep, other), start=1):
                assert contact.id is not None
                value = self._value_text(contact, name)
                button = QRadioButton(value.replace("&", "&&"), self.conflicts)
                button.setObjectName(f"take_{name}_{contact.id}")
                button.setAccessibleName(
                    fill(
                        tr("%1: %2's, %3"),
                        _label(name),
                        contact.display_name or tr("(no name)"),
                        value,
                    )
                )
                group.addButton(button, contact.id)
                grid.addWidget(button, row, column)
                self.rows[name][contact.id] = button
                QWidget.setTabOrder(previous, button)
                previous = button
            label.setBuddy(self.rows[name][keep.id or 0])
            self.rows[name][self.chosen.get(name, keep.id or 0)].setChecked(True)
            group.idToggled.connect(functools.partial(self._field_toggled, name))
            self._groups.append(group)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        QWidget.setTabOrder(previous, self.merge_button)
        self._fit()

    @property
    def take_other(self) -> frozenset[str]:
        """The fields whose value the merge takes from the other contact, as chosen."""
        other = self.other_id
        return frozenset(name for name, buttons in self.rows.items() if buttons[other].isChecked())

    def _counted(self, shared: int | None) -> None:
        if not shiboken6.isValid(self):  # closed meanwhile
            return
        if shared is None:  # not counted: said as it was before journals were counted
            self.talks = dict.fromkeys(self.talks, 0)
            shared = 0
        self.shared = shared
        self._show_outcome()

    def _show_outcome(self) -> None:
        keep, other = self.contacts[self.keep_id], self.contacts[self.other_id]
        moving = None if self.shared is None else self.talks[other.id or 0] - self.shared
        self.outcome.setText(outcome(self.context, keep, other, moving, self.take_other))
        self._fit()

    @property
    def keep_id(self) -> int:
        return self.choices.checkedId()

    @property
    def other_id(self) -> int:
        return next(i for i in self.ids if i != self.keep_id)

    def accept(self) -> None:
        """Merge, then close; a merge the database refuses is said and nothing changes."""
        keep, other = self.keep_id, self.other_id
        if len(self.context.core.contacts.summaries([keep, other])) < 2:
            # another program (netdesk-cli, a script) deleted one since the dialog opened: the
            # store's "merge needs two different stored contacts" said nothing to the user
            show_problem(self, tr("Not merged"), tr("One of the two contacts has been deleted."))
            self.context.changes.contacts_changed.emit(None)  # the list shows what is left
            super().reject()
            return
        try:
            # on the worker, its progress over the window (it is kept; this dialog is not):
            # on 100,000 contacts a few journal entries held the window 50 to 500 ms
            command = MergeContacts(
                self.context, keep, other, self.parentWidget(), take_other=self.take_other
            )
            push(self.context, command)
        except Exception as error:
            log.exception("merging %s into %s failed", other, keep)
            show_problem(self, tr("Not merged"), str(error))
            return
        changes = self.context.changes
        operation = command.operation
        if operation is None or not operation.running:
            super().accept()
            if self.open_kept:
                changes.open_contact.emit(keep)
            return
        # open, its choices and buttons off, until the merge is written: then closed and the
        # one kept shown; a merge refused (said by the operation) may be tried again. Closed
        # meanwhile, the merge goes on and lands on the undo stack all the same.
        self.box.setEnabled(False)
        self.conflicts.setEnabled(False)
        for button in self.buttons.values():
            button.setEnabled(False)
        if self.open_kept:
            operation.succeeded.connect(lambda _result: changes.open_contact.emit(keep))
        operation.succeeded.connect(self._merged)
        operation.ended.connect(self._merge_ended)

    def _merge_ended(self) -> None:
        if shiboken6.isValid(self):
            self.box.setEnabled(True)
            self.conflicts.setEnabled(True)
            for button in self.buttons.values():
                button.setEnabled(True)
            self.merge_button.setFocus()  # off while it ran, the focus had left it


def merge_two(
    context: AppContext, ids: list[int], parent: QWidget | None, *, open_kept: bool = True
) -> QDialog | None:
    """Open the merge dialog for exactly two contacts (window-modal, not blocking);
    ``open_kept``: as MergeTwoDialog's."""
    if len(ids) != 2:
        return None
    try:
        dialog = MergeTwoDialog(context, ids[0], ids[1], parent, open_kept=open_kept)
    except LookupError:
        # deleted by another program (netdesk-cli, a script) before the list caught up:
        # Ctrl+Shift+M did nothing at all, unsaid, on the two contacts still listed
        show_problem(parent, tr("Not merged"), tr("One of the two contacts has been deleted."))
        context.changes.contacts_changed.emit(None)  # the list shows what is left
        return None
    # not kept by the window (its parent) once closed: the window kept every one until it quit
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
