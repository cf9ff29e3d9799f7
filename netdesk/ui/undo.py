"""Undoable contact changes on the shared QUndoStack: edits, tags, cadence, archive, delete."""

from __future__ import annotations

import copy
import functools
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.core.contacts import DeletedContacts, rebase_edit
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.widgets import fill, tr

if TYPE_CHECKING:
    from netdesk.ui.contact_list import ContactListPanel
    from netdesk.ui.operations import Operation, Work

log = logging.getLogger("netdesk.ui")

# More contacts than this are deleted (and restored by undo) off the GUI thread: on 100,000
# contacts with ten journal entries each, deleting 100 took 0.44 s and restoring 500 took 1 s.
BACKGROUND_DELETE = 10
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def push(context: AppContext, command: _ContactCommand) -> bool:
    """Do ``command`` now and put it on the undo stack only if it worked.

    QUndoStack.push would run redo() itself and keep the command even when redo raised; doing
    it first means a failed change never leaves an undo entry for something that did not happen.

    A change to more than BACKGROUND_DELETE contacts (``_BulkCommand``) runs on the worker
    thread behind a progress dialog instead and is pushed when it is done; a failure is shown
    by the operation and nothing is pushed.

    Raises:
        Exception: whatever the change raised (nothing is pushed).
    """
    if isinstance(command, _BulkCommand) and command.big():
        command.start()  # pushes itself once the worker is done
        return True
    command.apply()
    if command.changed_nothing():
        command.say_nothing_changed()
        return True
    command.done_before_push = True
    context.undo_stack.push(command)
    return True


class _ContactCommand(QUndoCommand):
    """A change with its undo. An undo or redo the database refuses (locked by another
    program, a full disk) is said, and the stack steps back to where the database is: it moved
    its index as soon as undo()/redo() returned, and a redo of a delete that did not come back
    would find nothing to delete and keep nothing for the next undo."""

    def __init__(self, context: AppContext, text: str) -> None:
        # The Edit menu's Undo/Redo read the part after "\n" (actionText), where "&" marks a
        # shortcut: "Delete Smith & Co" read "Undo Delete Smith  Co" with the C underlined.
        super().__init__(f"{text}\n{text.replace('&', '&&')}")
        self.context = context
        self.done_before_push = False
        self.stepping_back = False  # the next undo()/redo() only moves the stack's index
        self.parent_widget: QWidget | None = None  # of a background operation's dialog
        self.operation: Operation | None = None  # the latest background operation, if any

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def changed_nothing(self) -> bool:
        """Its first run changed nobody (a tag everyone had): there is nothing to undo, and
        it is not put on the stack, where the next Ctrl+Z would have gone to it."""
        return False

    def nothing_changed_text(self) -> str:
        return ""

    def say_nothing_changed(self) -> None:
        """Say why nothing changed in the window's status bar, over the "Done. Press Ctrl+Z
        to undo." its caller says as it returns (or as the worker's run ends)."""
        window = self.parent_widget
        text = self.nothing_changed_text()
        if window is None or not text or not hasattr(window, "statusBar"):
            return
        QTimer.singleShot(0, window, lambda: window.statusBar().showMessage(text, 6000))

    def redo(self) -> None:
        if self.done_before_push or self.stepping_back:
            self.done_before_push = self.stepping_back = False
            return
        self._attempt(self.apply, undoing=False)

    def undo(self) -> None:
        if self.stepping_back:
            self.stepping_back = False
            return
        self._attempt(self.revert, undoing=True)

    def _attempt(self, change: Callable[[], None], *, undoing: bool) -> None:
        try:
            change()
        except Exception as error:  # one transaction: nothing of it was written
            log.exception("%s of %s failed", "undo" if undoing else "redo", self.text())
            # not from inside QUndoStack.undo()/redo(): they set the index after this returns
            QTimer.singleShot(0, functools.partial(self._failed, error, undoing=undoing))

    def _failed(self, error: Exception, *, undoing: bool) -> None:
        self._step_back(forward=undoing)
        text = (
            tr("“%1” could not be undone.") if undoing else tr("“%1” could not be redone.")
        ).replace("%1", self.text())
        show_problem(
            QApplication.activeWindow(),
            tr("Not undone") if undoing else tr("Not redone"),
            text + "\n\n" + str(error),
        )

    def _step_back(self, forward: bool) -> None:
        """Undo or redo on the stack without touching the database (the work did not happen).

        Only when the stack still stands right past this command: if the user moved it
        meanwhile, undo()/redo() would act on another command (and leave ``stepping_back``
        set for a later, real, undo or redo of this one).
        """
        stack = self.context.undo_stack
        position = next((i for i in range(stack.count()) if stack.command(i) is self), None)
        if position is None or stack.index() != (position if forward else position + 1):
            log.info("%s: the stack moved meanwhile, left where it is", self.text())
            return
        self.stepping_back = True
        if forward:
            stack.redo()
        else:
            stack.undo()

    def changed(self, ids: Sequence[int] | None) -> None:
        self.context.changes.contacts_changed.emit(list(ids) if ids is not None else None)
        self.context.changes.follow_ups_changed.emit()


class CreateContact(_ContactCommand):
    """Create on redo, delete on undo (the same id comes back on redo)."""

    def __init__(self, context: AppContext, contact: Contact, *, kept: Sequence[str] = ()) -> None:
        super().__init__(context, tr("Add %1").replace("%1", contact.display_name or tr("contact")))
        self.contact = copy.deepcopy(contact)
        self.kept = tuple(kept)  # e-mails stored before, accepted as they are (core.create)
        self.contact_id: int | None = None
        self._deleted: DeletedContacts | None = None

    def apply(self) -> None:
        if self._deleted:
            self.context.core.contacts.restore(self._deleted)
        else:
            self.contact_id = self.context.core.contacts.create(
                copy.deepcopy(self.contact), kept=self.kept
            )
        self.changed([self.contact_id] if self.contact_id else None)

    def revert(self) -> None:
        if self.contact_id is not None:
            self._deleted = self.context.core.contacts.delete([self.contact_id])
        self.changed(None)


class EditContact(_ContactCommand):
    """Replace a stored card with an edited one; undo writes the previous card back."""

    def __init__(self, context: AppContext, before: Contact, after: Contact) -> None:
        super().__init__(
            context, tr("Edit %1").replace("%1", after.display_name or before.display_name)
        )
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self._written = False

    def apply(self) -> None:
        contacts = self.context.core.contacts
        if self._written:  # a redo: the edit again over the contact as it is now
            contacts.update(self._over_stored(self.before, self.after), strict=False)
        else:
            contacts.update(copy.deepcopy(self.after))
            self._written = True
            # the card as stored, not as the form had it: a phone gets its E.164 form, a date
            # its canonical one. Against the form's, the undo took every list for changed on
            # both sides and put the edit's new phones back after taking them out.
            stored = contacts.get(self.after.id) if self.after.id is not None else None
            if stored is not None:
                self.after = stored
        self.changed([self.after.id] if self.after.id is not None else None)

    def revert(self) -> None:
        # the card as it was stored, imported values the checks would refuse included; what
        # changed since the edit (an import, netdesk-cli) stays
        self.context.core.contacts.update(self._over_stored(self.after, self.before), strict=False)
        self.changed([self.before.id] if self.before.id is not None else None)

    def _over_stored(self, base: Contact, edited: Contact) -> Contact:
        stored = self.context.core.contacts.get(edited.id) if edited.id is not None else None
        if stored is None:  # gone meanwhile: the update says so
            return copy.deepcopy(edited)
        return rebase_edit(base, edited, stored)


def _label(context: AppContext, ids: Sequence[int], one: str, many: str, *more: str) -> str:
    """What the Edit menu says it will undo (both texts translated by the caller): ``one``
    with the contact's name in %1 for a single contact, else ``many`` ("%Ln contacts");
    ``more`` fills %2... of either, all at once (a name holding "%2" stays as written)."""
    if len(ids) == 1:
        return fill(one, context.core.contacts.names(ids).get(ids[0]) or tr("contact"), *more)
    return fill(many, "", *more)


_Handlers = list[tuple[SignalInstance, Callable[..., None]]]


def _let_go_of(handlers: _Handlers) -> Callable[[], None]:
    """An ``ended`` handler that disconnects ``handlers`` (itself among them: connect it last
    of the command's ``ended`` ones); it holds the list only, not the command."""

    def let_go() -> None:
        for signal, handler in handlers:
            signal.disconnect(handler)
        handlers.clear()

    return let_go


class _BulkCommand(_ContactCommand):
    """A change to many contacts (delete, archive, tag, cadence). More than BACKGROUND_DELETE
    run on the worker thread behind a progress dialog with Cancel, the first time and on undo
    and redo: tagging 1,000 contacts took over a second on the GUI thread and 100,000 nearly
    a minute; restoring 500 deleted ones took 1 s. A cancelled or failed run changed nothing
    (one transaction) and the stack steps back to where the database is.

    Subclasses set ``ids`` and ``working`` (the dialog's text), and write ``work`` (core calls
    only: it may run on the worker) and ``finished`` (the views' signals, GUI thread).
    """

    ids: list[int]
    working = ""  # what the progress dialog says
    working_undo = ""  # the same for the undo, when it says something else
    # the list the contacts were selected in (contact_actions sets it): an undo selects them
    # again (a delete's or an archive's brings them back into it), a redo that takes them out
    # of it moves on to the next row as the change itself did
    list_panel: ContactListPanel | None = None
    undoing = False  # the latest run is an undo
    _own_handlers: _Handlers  # what it connected to its latest operation, let go at its end

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        raise NotImplementedError

    def finished(self) -> None:
        self.changed(self.ids)
        self.select_again()

    def big(self) -> bool:
        return len(self.ids) > BACKGROUND_DELETE

    def apply(self) -> None:
        self.work(False, None, None)
        self.finished()

    def revert(self) -> None:
        self.work(True, None, None)
        self.finished()

    def _in_background(
        self, label: str, work: Work, on_success: Callable[[Any], None], *, busy: bool = False
    ) -> Operation:
        """Run ``work`` on the worker; ``busy``: the stack must not move meanwhile (Undo and
        Redo are off until it ends, also before its dialog shows)."""
        from netdesk.ui.operations import run_operation  # its imports are not for start-up

        changes = self.context.changes
        if busy:
            changes.undo_busy.emit(True)
        parent = self.parent_widget or QApplication.activeWindow()
        # changes=False: finished() names the contacts changed; the operation's own signal
        # said "anything", and every view read everything again after each undo and redo
        operation = run_operation(
            self.context, parent, label, work, on_success=on_success, changes=False
        )
        self._own_handlers = [(operation.succeeded, on_success)]
        if busy:
            self.connect_until_end(operation.ended, lambda: changes.undo_busy.emit(False))
        # The handlers this command connects hold it, and the operation, kept past its end,
        # held them: a loop through Qt's connections the collector cannot see, so a command
        # the stack dropped (and a select-all delete's undo record) stayed until quit. Once
        # it ends they are let go of; the operation is kept (views and tests read
        # ``operation.running`` after the end) and what others connected to it stays.
        self.connect_until_end(operation.ended, _let_go_of(self._own_handlers))
        self.operation = operation  # kept: the command owns the finished operation too
        return operation

    def connect_until_end(self, signal: SignalInstance, handler: Callable[..., None]) -> None:
        """Connect ``handler``, which holds this command, to ``signal`` of its latest
        operation (``succeeded``, ``cancelled`` or ``failed``), and disconnect it when the
        operation ends: connected for good, the operation, which this command keeps, would
        keep the command too. (An ``ended`` handler connected once the operation started
        would be let go of before it runs.)"""
        signal.connect(handler)
        self._own_handlers.append((signal, handler))

    def start(self) -> Operation:
        """Do it on the worker; once done, the command goes on the undo stack."""

        def pushed(_result: object) -> None:
            self.finished()
            if self.changed_nothing():
                self.say_nothing_changed()
                return
            self.done_before_push = True
            self.context.undo_stack.push(self)

        # busy: not on the stack until it is done, so Ctrl+Z meanwhile undid the change before
        return self._in_background(
            self.working,
            lambda progress, cancelled: self.work(False, progress, cancelled),
            pushed,
            busy=True,
        )

    def redo(self) -> None:
        if self.done_before_push or self.stepping_back:
            self.done_before_push = self.stepping_back = False
            return
        self.undoing = False
        panel = self._panel()
        if panel is not None:
            panel.move_on_when_gone()  # they leave the list again: the next one is current
        if not self.big():
            self._attempt(self.apply, undoing=False)
            return
        self._background(undoing=False)

    def undo(self) -> None:
        if self.stepping_back:
            self.stepping_back = False
            return
        self.undoing = True
        if not self.big():
            self._attempt(self.revert, undoing=True)
            return
        self._background(undoing=True)

    def _panel(self) -> ContactListPanel | None:
        panel = self.list_panel
        return panel if panel is not None and shiboken6.isValid(panel) else None

    def select_again(self) -> None:
        """After an undo, the contacts back in the list are selected as they were."""
        panel = self._panel()
        if self.undoing and panel is not None:
            panel.select_contacts(self.ids)

    def _background(self, *, undoing: bool) -> None:
        operation = self._in_background(
            (self.working_undo or self.working) if undoing else self.working,
            lambda progress, cancelled: self.work(undoing, progress, cancelled),
            lambda _result: self.finished(),
            busy=True,
        )
        self.connect_until_end(operation.cancelled, lambda: self._not_done(undoing))
        self.connect_until_end(operation.failed, lambda _error: self._not_done(undoing))

    def _failed(self, error: Exception, *, undoing: bool) -> None:
        if not undoing:
            self._stay()
        super()._failed(error, undoing=undoing)

    def _not_done(self, undoing: bool) -> None:
        if not undoing:
            self._stay()
        self._step_back(forward=undoing)

    def _stay(self) -> None:
        """A redo that did not happen (cancelled, refused): its contacts stay in the list, and
        the list no longer moves on to the next when they go (a later filter change would
        have made the row at the old place current)."""
        panel = self._panel()
        if panel is not None:
            panel.move_on_when_gone(False)


class ArchiveContacts(_BulkCommand):
    def __init__(self, context: AppContext, ids: Sequence[int], archived: bool = True) -> None:
        label = (
            _label(context, ids, tr("Archive %1"), tr("Archive %Ln contacts", None, len(ids)))
            if archived
            else _label(
                context, ids, tr("Unarchive %1"), tr("Unarchive %Ln contacts", None, len(ids))
            )
        )
        super().__init__(context, label)
        self.ids = list(ids)
        self.archived = archived
        self.working = tr("Archiving contacts…") if archived else tr("Unarchiving contacts…")
        self.was_archived: dict[int, bool] | None = None  # read by the first run, on its thread

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        contacts = self.context.core.contacts
        if not undoing:
            if self.was_archived is None:
                self.was_archived = {s.id: s.archived for s in contacts.summaries(self.ids)}
            contacts.set_archived(self.ids, self.archived, progress, cancelled)
            return
        assert self.was_archived is not None
        states = {i: self.was_archived.get(i, False) for i in self.ids}
        contacts.set_each(states, contacts.set_archived, progress, cancelled)


class DeleteContacts(_BulkCommand):
    """Delete on redo; undo restores each contact with its journal and follow-ups.

    With more than BACKGROUND_DELETE contacts, the delete, its undo and its redo each run on
    the worker thread behind a progress dialog with Cancel (``_BulkCommand``).
    """

    def __init__(self, context: AppContext, ids: Sequence[int], parent: QWidget | None = None):
        super().__init__(
            context,
            _label(context, ids, tr("Delete %1"), tr("Delete %Ln contacts", None, len(ids))),
        )
        self.ids = list(ids)
        self.deleted: DeletedContacts | None = None
        # whose journals change with them: theirs and those of everyone who shared an entry
        # with them (read from the records on the worker: 1,000,000 entries of 97,519
        # contacts took the window ~0.5 s to go through)
        self.journals: list[int] = list(ids)
        self.linked: list[int] = []  # linked to them (read from the records on the worker)
        self.parent_widget = parent
        self.working = tr("Deleting contacts…")
        self.working_undo = tr("Restoring contacts…")

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        contacts = self.context.core.contacts
        if undoing:
            assert self.deleted is not None
            contacts.restore(self.deleted, progress, cancelled)
            return
        records = contacts.delete(self.ids, progress, cancelled)
        # a redo queued behind an undo that did not happen finds nothing left to delete: the
        # records of the delete that did happen are the ones an undo must restore
        if records or not self.deleted:
            self.deleted = records
            self.journals = list(records.rows.sharing.union(self.ids))
            # those whose "met through" or related person they were: the delete clears the
            # links, its undo puts them back, and a card showing such a contact kept them
            linked = {link.holder for link in records.backlinks}
            self.linked = sorted(linked.difference(self.ids))

    def finished(self) -> None:
        self.changed([*self.ids, *self.linked])  # the list, tags' counts, Today all the same
        # the journals of everyone who shared an entry with them change too: a delete takes
        # them off those entries, its undo puts them back (a view showing such an entry
        # no longer names them, so it would not know to read it again)
        self.context.changes.journal_changed.emit(list(self.journals))
        self.select_again()


def _tag_label(context: AppContext, ids: Sequence[int], tag: str, add: bool) -> str:
    """What the Edit menu says of a Tag… or an Untag… of these contacts."""
    if add:
        one, many = tr("Add tag “%2” to %1"), tr("Add tag “%2” to %Ln contacts", None, len(ids))
    else:
        one = tr("Remove tag “%2” from %1")
        many = tr("Remove tag “%2” from %Ln contacts", None, len(ids))
    return _label(context, ids, one, many, tag)


class TagContacts(_BulkCommand):
    """Add (or remove) one tag; undo touches only the contacts whose tags really changed."""

    def __init__(self, context: AppContext, ids: Sequence[int], tag: str, add: bool = True) -> None:
        super().__init__(context, _tag_label(context, ids, tag.strip(), add))
        self.tag = tag.strip()
        self.add = add
        self.working = tr("Tagging contacts…") if add else tr("Untagging contacts…")
        self.ids = list(ids)
        # only those it changes, found by the first run on its thread: an undo must not untag
        # who had the tag before
        self.affected: list[int] | None = None
        # whether adding made the tag: its undo forgets it again if nobody carries it (a
        # mistyped Ctrl+T, undone, stayed a tag of nobody, listed and completed)
        self.made_tag = False

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        contacts = self.context.core.contacts
        if self.affected is None:
            tagged = contacts.having_tag(self.ids, self.tag)
            self.affected = [i for i in self.ids if (i in tagged) != self.add]
            self.made_tag = self.add and not contacts.has_tag(self.tag)
        if not self.affected:
            return
        if self.add != undoing:
            contacts.add_tag(self.affected, self.tag, progress, cancelled)
        else:
            contacts.remove_tag(
                self.affected, self.tag, progress, cancelled, forget_if_unused=self.made_tag
            )

    def finished(self) -> None:
        if self.affected:
            # the tag list (filter menu, counts) is read again after any change of contacts
            self.changed(self.affected)
            if len(self.affected) < len(self.ids) and not self.undoing:
                # those it changed: "Remove tag “client” from 24 contacts" took it off the 4
                # of them who had it (the Edit menu reads this once it is pushed)
                label = _tag_label(self.context, self.affected, self.tag, self.add)
                self.setText(f"{label}\n{label.replace('&', '&&')}")
        self.select_again()

    def changed_nothing(self) -> bool:
        return self.affected == []

    def nothing_changed_text(self) -> str:
        text = (
            tr("All %Ln contacts already have the tag “%1”.", None, len(self.ids))
            if self.add
            else tr("None of the %Ln contacts has the tag “%1”.", None, len(self.ids))
        )
        return fill(text, self.tag)


class SetCadence(_BulkCommand):
    def __init__(self, context: AppContext, ids: Sequence[int], days: int | None) -> None:
        super().__init__(
            context,
            _label(
                context,
                ids,
                tr("Set cadence of %1"),
                tr("Set cadence of %Ln contacts", None, len(ids)),
            ),
        )
        self.ids = list(ids)
        self.days = days
        self.working = tr("Setting the cadence…")
        # the cadence of each contact it changes, before: read by the first run, on its
        # thread (those who had this cadence already are left out: nothing to undo for them)
        self.before: dict[int, int | None] | None = None

    def work(self, undoing: bool, progress: Progress | None, cancelled: Cancelled | None) -> None:
        contacts = self.context.core.contacts
        if not undoing:
            if self.before is None:
                self.before = {
                    s.id: s.keep_in_touch_days
                    for s in contacts.summaries(self.ids)
                    if s.keep_in_touch_days != self.days
                }
            if self.before:
                contacts.set_cadence(list(self.before), self.days, progress, cancelled)
            return
        assert self.before is not None
        contacts.set_each(self.before, contacts.set_cadence, progress, cancelled)

    def finished(self) -> None:
        changed = list(self.before or ())
        if changed:
            self.changed(changed)
            if len(changed) < len(self.ids) and not self.undoing:
                # the Edit menu names those it changed, as Tag… does
                label = _label(
                    self.context,
                    changed,
                    tr("Set cadence of %1"),
                    tr("Set cadence of %Ln contacts", None, len(changed)),
                )
                self.setText(f"{label}\n{label.replace('&', '&&')}")
        self.select_again()

    def changed_nothing(self) -> bool:
        return self.before == {}

    def nothing_changed_text(self) -> str:
        return tr("All %Ln contacts already keep in touch at that cadence.", None, len(self.ids))
