"""Journal entries as undoable changes: logging one (Ctrl+L) and editing one in place."""

from __future__ import annotations

import dataclasses
import logging

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from netdesk.core.types import Interaction
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.journal_view import JournalCommand, JournalList, people_count
from netdesk.ui.log_dialog import EntryForm, notes_text
from netdesk.ui.undo import Cancelled, Progress, _label, push
from netdesk.ui.widgets import fill, tr

log = logging.getLogger("netdesk.ui")


def _changed(context: AppContext, ids: list[int]) -> None:
    """An entry came, went or moved: its people's journals, last interaction and clocks."""
    context.changes.journal_changed.emit(list(ids))
    context.changes.contacts_changed.emit(list(ids))
    context.changes.follow_ups_changed.emit()


class LogInteraction(JournalCommand):
    """An interaction logged in the quick entry, on the undo stack once it is written: undo
    takes it back (and the keep-in-touch clock it restarted), redo writes it again under its
    id. Without it, Ctrl+Z right after logging undid the command before, something else.
    With more than BACKGROUND_DELETE people, undo and redo run on the worker (``_BulkCommand``):
    taking back an entry with 1,000 people held the window 0.5 s (their search index)."""

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
        self.ids = list(entry.contact_ids)
        self.working = tr("Logging the interaction…")  # said if it fails
        self.working_undo = tr("Taking back the interaction…")

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        journal = self.context.core.journal  # core only: this may run on the worker
        entry = self.entry
        assert entry.id is not None
        if undoing:
            # its id is kept from entries written meanwhile (an import): the redo takes it
            # back, and an edit of it redone later finds it, not someone else's entry
            journal.delete(entry.id, progress=progress, cancelled=cancelled)
            return
        written = journal.log(
            entry.contact_ids,
            entry.kind,
            entry.summary,
            body=entry.body,
            at=entry.occurred_at,
            reuse_id=entry.id,  # later commands (deleting it, editing it) hold that id
            progress=progress,
            cancelled=cancelled,
        )
        self.entry = dataclasses.replace(entry, id=written)

    def finished(self) -> None:
        _changed(self.context, self.ids)


def record_logged(
    context: AppContext, interaction_id: int | None, *, announce: bool = False
) -> None:
    """Put an interaction the quick entry has just written on the undo stack; ``announce``:
    also tell the views (the quick entry tells them itself)."""
    entry = context.core.journal.get(interaction_id) if interaction_id is not None else None
    if entry is None:
        return
    if announce:
        _changed(context, entry.contact_ids)
    command = LogInteraction(context, entry)
    command.done_before_push = True
    context.undo_stack.push(command)


class EditInteraction(JournalCommand):
    """An entry's kind, time, summary, notes or people changed; undo puts the old ones back.
    With more than BACKGROUND_DELETE people it is written on the worker, and so are its undo
    and redo (``_BulkCommand``): an entry with 1,000 people held the window 0.5-1 s a save."""

    def __init__(self, context: AppContext, before: Interaction, after: Interaction) -> None:
        super().__init__(context, tr("Edit journal entry"))
        self.before, self.after = before, after
        # who it is with is written only when the edit changed it: the people stored stay
        # otherwise (someone put back meanwhile by the undo of their delete)
        self.people = set(before.contact_ids) != set(after.contact_ids)
        self.ids = list(dict.fromkeys(before.contact_ids + after.contact_ids))
        self.working = tr("Saving the journal entry…")  # said if it fails

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        entry = self.before if undoing else self.after
        self.context.core.journal.update(
            entry, people=self.people, progress=progress, cancelled=cancelled
        )

    def finished(self) -> None:
        _changed(self.context, self.ids)
        view = self.parent_widget
        if isinstance(view, JournalList) and shiboken6.isValid(view):
            # a new time moved it among the others, maybe far from where the list was
            # scrolled: the entry stayed current, out of sight, and where it went unseen
            view.show_entry(self.after.id)


class EditEntryDialog(EntryForm):
    """One entry's kind, time, summary, notes and people, as the quick entry asks them (a
    talk logged with the wrong Ana García, or someone forgotten, meant deleting the entry and
    logging it again). Save writes
    them (undoably) while the dialog is still open: a change the database refuses (locked by
    another program) is said in it, and what was typed is still there to try again.
    ``edited``: the entry as written, once saved."""

    def __init__(
        self,
        context: AppContext,
        entry: Interaction,
        parent: QWidget | None = None,
        names: dict[int, str] | None = None,
    ) -> None:
        """``names``: the people's names, read already (on the worker: edit_entry)."""
        if names is None:
            names = context.core.contacts.names(entry.contact_ids)
        who = [names.get(i, "?") for i in entry.contact_ids]
        super().__init__(
            context, who, entry.kind, entry.occurred_at, entry.summary, entry.body, parent
        )
        self.setObjectName("editEntryDialog")
        self.setWindowTitle(tr("Edit journal entry"))
        self.entry = entry
        self.edited: Interaction | None = None
        self._add_people(tr("&People"))
        self.people.chosen.setAccessibleName(tr("People"))
        # not add_contact (a name read for each of 1,000), nor an addItem each (the list
        # laid out again for each: 3.4 s of the 7.8 s an entry with 97,519 people took to
        # open): the names in one insert, then each row's id, unsaid (a dataChanged for
        # each ran the picker's slot 97,519 times, 1.4 s; the ids are not shown, and the
        # picker reads them afresh after the insert)
        chosen = self.people.chosen
        chosen.addItems(who)
        model = chosen.model()
        model.blockSignals(True)
        try:
            for row, contact_id in enumerate(entry.contact_ids):
                chosen.item(row).setData(Qt.ItemDataRole.UserRole, contact_id)
        finally:
            model.blockSignals(False)
        # the people as opened, until the list changes: reading each row's id back took
        # 1.4 s for 97,500 people, at the opening and again at Save
        self._people_as_opened: list[int] | None = list(entry.contact_ids)
        for changed in (
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.dataChanged,
            model.modelReset,
            model.layoutChanged,
        ):
            changed.connect(self._people_changed)
        self.form.setRowVisible(self.who, False)  # the list of people says it
        self._lay_out()

    def _people_changed(self, *_args: object) -> None:
        self._people_as_opened = None

    def _people_ids(self) -> list[int]:
        opened = getattr(self, "_people_as_opened", None)
        return list(opened) if opened is not None else self.people.contact_ids()

    def _typed(self) -> tuple[object, ...]:
        people = self.people
        return (*super()._typed(), self._people_ids(), people.picker.edit.text())

    def accept(self) -> None:
        if self.is_writing():
            return  # a second Enter or click while it is saved
        if self._choosing_person():
            return
        people = self._people_ids()
        if not people and self.entry.contact_ids:  # (an entry of nobody stays editable)
            self.problem.show_problem(tr("Choose who the interaction was with."))
            self.people.picker.edit.setFocus()
            return
        summary = self.summary.text().strip()
        if not summary:
            self.problem.show_problem(tr("Write a one-line summary."))
            self.summary.setFocus()
            return
        _kind, when, typed_summary, body, *_people = self._typed()
        _was_kind, was_when, was_summary, was_body, *_were = self._opened
        # typed wrong, the field may show the When stored ("2026-02-30" over the 3rd shows
        # the 3rd, its 0 refused): Save closed without a word, or wrote the rest with the
        # old When, the date typed dropped unsaid
        if self._when_typed_wrong():
            return
        if when != was_when and not self._when_is_meant():
            return
        # what was not touched is kept as stored (its seconds, its notes' spacing)
        edited = dataclasses.replace(
            self.entry,
            kind=self.kind.currentData(),
            occurred_at=(self.entry.occurred_at if when == was_when else self.chosen_when()),
            summary=self.entry.summary if typed_summary == was_summary else summary,
            body=self.entry.body if body == was_body else notes_text(self.body.toPlainText()),
            contact_ids=(
                self.entry.contact_ids if set(people) == set(self.entry.contact_ids) else people
            ),
        )
        if edited == self.entry:
            # typed and taken back (a When typed wrong, then as it was): closed as a save
            # closes, nothing written and nothing put on the undo stack, and nothing said
            _say(self.parentWidget(), tr("Nothing changed: the entry is as it was."))
            super().accept()
            return
        command = EditInteraction(self.context, self.entry, edited)
        command.parent_widget = self.parentWidget()  # the list it was edited from
        if command.big():  # the dialog waits for the worker, then the edit goes on the stack
            self.write_then_close(
                command.working,
                lambda progress, cancelled: command.work(False, progress, cancelled),
                lambda _result: self._saved(command),
                self._not_saved,
            )
            return
        try:
            push(self.context, command)
        except Exception as error:  # locked by another program, a full disk, deleted
            if not isinstance(error, KeyError):
                log.exception("editing a journal entry failed")
            self._not_saved(error)
            return
        self.edited = edited
        super().accept()

    def _saved(self, command: EditInteraction) -> None:
        """Written on the worker: on the undo stack as done, and the views told."""
        command.finished()
        command.done_before_push = True
        self.context.undo_stack.push(command)
        self.edited = command.after
        super().accept()

    def _not_saved(self, error: BaseException) -> None:
        """Nothing was written: said here, what was typed kept."""
        if isinstance(error, KeyError):
            # deleted meanwhile (netdesk-cli, a script): "Not saved: 'no journal entry
            # 7' Try again" was said, and no try could work. What was typed stays, to copy
            self.problem.show_problem(
                tr(
                    "This entry was deleted meanwhile: there is nothing to save it to. "
                    "Copy what you need, then press Cancel."
                )
            )
            _changed(self.context, self.entry.contact_ids)  # the lists catch up
            return
        self.problem.show_problem(fill(tr("Not saved: %1 Try again, or press Cancel."), str(error)))


def _say(parent: QWidget | None, text: str) -> None:
    """``text`` in the status bar of ``parent``'s window, if it is the main window."""
    window = parent.window() if parent is not None and shiboken6.isValid(parent) else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 6000)


def edit_entry(context: AppContext, entry: Interaction, parent: QWidget | None) -> bool:
    """Ask for the entry's new kind, time, summary and notes and write them, undoably.

    Returns:
        Whether something was changed.
    """
    # as stored now: the caller's copy comes from a list's cache, which another process (the
    # command line, an import) may have changed or emptied since; the undo puts back this one
    if people_count(entry) > BACKGROUND_OPEN and entry.id is not None:
        _open_on_the_worker(context, entry, parent)
        return False  # said by the dialog, once read
    current = context.core.journal.get(entry.id) if entry.id is not None else None
    return _edit_stored(context, entry, current, parent, None)


# people of an entry read on the worker before its dialog opens: 97,500 took 2 s to read
# (the entry, then their names) with the window frozen
BACKGROUND_OPEN = 2_000
_being_opened: set[int] = set()  # entries read on the worker for their dialog


def _open_on_the_worker(context: AppContext, entry: Interaction, parent: QWidget | None) -> None:
    from netdesk.ui.operations import run_operation  # its imports are not for start-up

    entry_id = entry.id
    if entry_id is None or entry_id in _being_opened:
        return  # F2 again before it is read: the one dialog
    core = context.core  # core only, on the worker

    def read(_progress: object, _cancelled: object) -> tuple[Interaction | None, dict[int, str]]:
        current = core.journal.get(entry_id)
        return current, core.contacts.names(current.contact_ids) if current else {}

    def opened(result: tuple[Interaction | None, dict[int, str]]) -> None:
        current, names = result
        shown = parent if parent is not None and shiboken6.isValid(parent) else None
        _edit_stored(context, entry, current, shown, names)

    _being_opened.add(entry_id)
    operation = run_operation(
        context, parent, tr("Opening the journal entry…"), read, on_success=opened, changes=False
    )
    operation.ended.connect(lambda: _being_opened.discard(entry_id))


def _edit_stored(
    context: AppContext,
    entry: Interaction,
    current: Interaction | None,
    parent: QWidget | None,
    names: dict[int, str] | None,
) -> bool:
    """The dialog over ``current`` (``entry`` as stored now; None: deleted meanwhile)."""
    if current is None:
        show_problem(parent, tr("Not edited"), tr("This entry is no longer in the journal."))
        context.changes.journal_changed.emit(list(entry.contact_ids))  # the list catches up
        return False
    dialog = EditEntryDialog(context, current, parent, names)
    return bool(dialog.exec()) and dialog.edited is not None
