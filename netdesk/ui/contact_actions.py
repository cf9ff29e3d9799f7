"""The Contact menu's actions on the contacts selected in the list: archive, delete, tag,
untag and set a keep-in-touch cadence, each an undoable command."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from netdesk.core.contacts import BulkCancelled
from netdesk.core.listing import ListFilter
from netdesk.core.types import NEVER_KEEP_IN_TOUCH
from netdesk.ui import undo
from netdesk.ui.card_rhythm import cadence_choices
from netdesk.ui.operations import run_operation
from netdesk.ui.widgets import shown_as_written, tr

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow

log = logging.getLogger("netdesk.ui")

# Untag…'s choices (the tags the selected carry) for more contacts are read on the worker:
# ~13 µs a contact, 1.3 s for 97,519
TAGS_READ_HERE_MAX = 2000


def tag_dialog(parent: QWidget, count: int, known: list[str]) -> QInputDialog:
    """Ctrl+T's question: the tags there are to choose from, or a new one typed. It starts
    empty: QInputDialog.getItem() filled in the first tag, so Enter tagged everyone selected
    with a tag the user had not chosen."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr("Tag contacts"))
    dialog.setLabelText(tr("Tag %Ln contacts with:", None, count))
    dialog.setComboBoxItems(known)
    dialog.setComboBoxEditable(True)
    dialog.setTextValue("")
    # as wide as Manage tags' Rename: 200 pixels showed "Speakers at the Mad" of a new tag
    hint = dialog.sizeHint()  # (its minimum width is set anew on show: a size holds)
    dialog.resize(max(420, hint.width()), hint.height())
    return dialog


def ask_tag(parent: QWidget, count: int, known: list[str]) -> tuple[str, bool]:
    dialog = tag_dialog(parent, count, known)
    try:
        accepted = bool(dialog.exec())
        return dialog.textValue(), accepted
    finally:
        dialog.deleteLater()


def run_command(
    window: MainWindow,
    command: undo._ContactCommand,
    done: str | Callable[[], str],
    after: Callable[[bool], None] | None = None,
) -> None:
    """Do ``command`` (on the worker when it is big); ``after(changed)`` once it is done,
    refused or cancelled. ``changed`` is False too when it changed nobody (an Untag… of a
    tag another program took off them meanwhile): the list's "they leave" is taken back.
    ``done``: what the status bar says once it is done (worked out then, when a function)."""
    # the window holds its progress dialog: the active window may still be the question just
    # answered (deleted later, and the operation and its signals with it)
    command.parent_widget = command.parent_widget or window
    if isinstance(command, undo._BulkCommand):
        command.list_panel = window.contacts  # its undo selects them again
    try:
        undo.push(window.context, command)
    except Exception as error:  # shown, logged; nothing was pushed
        log.exception("%s failed", command.text())
        if after is not None:
            after(False)
        QMessageBox.warning(window, tr("Not done"), shown_as_written(str(error)))
        return

    def say(_result: object = None) -> None:
        if command.changed_nothing():
            return  # the command says why ("All 3 contacts already have the tag …")
        said = (done() if callable(done) else done) + " " + tr("Press Ctrl+Z to undo.")
        window.statusBar().showMessage(said, 6000)

    operation = command.operation
    if operation is not None and operation.running:  # on the worker: said once it is done
        # (through the command, as ``after`` below: ``say`` holds it)
        if isinstance(command, undo._BulkCommand):
            command.connect_until_end(operation.succeeded, say)
        else:
            operation.succeeded.connect(say)
        operation.cancelled.connect(
            lambda: window.statusBar().showMessage(tr("Cancelled; nothing was changed."), 6000)
        )
        if after is not None:
            # through the command: this handler holds it, and kept by the operation (which
            # the command keeps), it kept a select-all delete and its undo file after the
            # undo stack had dropped them, until quit
            said = lambda _result: after(not command.changed_nothing())  # noqa: E731
            if isinstance(command, undo._BulkCommand):  # (the only ones on the worker)
                command.connect_until_end(operation.succeeded, said)
            else:
                operation.succeeded.connect(said)
            operation.cancelled.connect(lambda: after(False))
            operation.failed.connect(lambda _error: after(False))
        return
    say()
    if after is not None:
        after(not command.changed_nothing())


def toggle_archive(window: MainWindow) -> None:
    ids = window.selected_contact_ids()
    if not ids:
        return
    unarchive = window.contacts.model.list_filter is ListFilter.ARCHIVED
    window.contacts.move_on_when_gone()  # either way they leave the list shown
    run_command(
        window,
        undo.ArchiveContacts(window.context, ids, archived=not unarchive),
        (
            tr("Unarchived %Ln contacts.", None, len(ids))
            if unarchive
            else tr("Archived %Ln contacts.", None, len(ids))
        ),
        lambda changed: None if changed else window.contacts.move_on_when_gone(False),
    )


def confirm_delete(parent: QWidget, who: str) -> bool:
    """Ask before deleting ``who``: the button says what it does ("Delete", destructive),
    and Cancel is the default, also for Esc. A Yes/Cancel box made the user read the
    question to know what Yes would do."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Delete contacts"),
        shown_as_written(  # a contact named "<b>Bob</b>" is asked about as written
            tr(
                "Delete %1 with their journal and follow-ups?\n\nYou can undo this with Ctrl+Z."
            ).replace("%1", who)
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    delete = box.addButton(tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        return box.clickedButton() is delete
    finally:
        box.deleteLater()


def delete_contacts(window: MainWindow) -> None:
    ids = window.selected_contact_ids()
    if not ids:
        return
    if window._card_dirty() and window.card.contact_id() not in ids and not window._leave_card():
        return  # the card's unsaved edits are of a contact that stays: saved first
    if len(ids) == 1:
        who = window.context.core.contacts.names(ids).get(ids[0], "")
    else:  # (the names of all 97,519 after Select all, read for none: 1.3 s before the box)
        who = tr("%Ln contacts", None, len(ids))
    if not confirm_delete(window, who):
        return
    # the card's unsaved edits go with its contact, once it is gone (kept when the delete
    # is refused or cancelled); meanwhile moving off the card does not ask about them
    window._deleting = set(ids)
    window.contacts.move_on_when_gone()  # as an archive does: the next one becomes current

    def after(deleted: bool) -> None:
        window._deleting = set()
        if not deleted:
            window.contacts.move_on_when_gone(False)
        if deleted and window._card is not None and window._card.contact_id() in ids:
            window.card.revert()

    run_command(
        window,
        undo.DeleteContacts(window.context, ids),
        tr("Deleted %Ln contacts.", None, len(ids)),
        after,
    )


def tag_contacts(window: MainWindow) -> None:
    ids = window.selected_contact_ids()
    if not ids:
        return
    known = [t.name for t in window.context.core.contacts.tags()]
    tag, ok = ask_tag(window, len(ids), known)
    if ok and tag.strip():
        command = undo.TagContacts(window.context, ids, tag, add=True)
        run_command(window, command, lambda: tagged_said(command, len(ids)))


def tagged_said(command: undo.TagContacts, selected: int) -> str:
    """What the status bar says once a Tag… or an Untag… is done: how many it changed ("Untagged
    24 contacts." took the tag off the 4 of them who had it)."""
    changed = len(command.affected or ())
    if command.add:
        if changed < selected:
            return tr("Tagged %Ln contacts; the others already had the tag.", None, changed)
        return tr("Tagged %Ln contacts.", None, changed)
    if changed < selected:
        return tr("Untagged %Ln contacts; the others did not have the tag.", None, changed)
    return tr("Untagged %Ln contacts.", None, changed)


def untag_contacts(window: MainWindow) -> None:
    ids = window.selected_contact_ids()
    if not ids:
        return
    contacts = window.context.core.contacts
    if len(ids) <= TAGS_READ_HERE_MAX:
        _ask_untag(window, ids, contacts.tags_among(ids))
        return

    def read(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> list[str]:
        found = contacts.tags_among(ids)
        if cancelled():
            raise BulkCancelled
        return found

    # their tags read on the worker: here, those of all 97,519 contacts after Select all held
    # the window 1.3 s before the question came
    run_operation(
        window.context,
        window,
        tr("Reading their tags…"),
        read,
        on_success=lambda choices: _ask_untag(window, ids, choices),
        changes=False,
    )


def _ask_untag(window: MainWindow, ids: list[int], choices: list[str]) -> None:
    if not choices:
        QMessageBox.information(
            window, tr("Untag contacts"), tr("The selected contacts have no tags.")
        )
        return
    # the tag the list shows, when it lists one: the first tag offered (Enter took "client"
    # off everyone selected in the list of "friend")
    listed = (window.contacts.model.tag or "").casefold()
    first = next((i for i, name in enumerate(choices) if name.casefold() == listed), 0)
    tag, ok = QInputDialog.getItem(
        window, tr("Untag contacts"), tr("Remove the tag:"), choices, first, False
    )
    if ok and tag:
        panel = window.contacts
        panel.move_on_when_gone()  # listing the tag: they leave the list
        command = undo.TagContacts(window.context, ids, tag, add=False)
        run_command(
            window,
            command,
            lambda: tagged_said(command, len(ids)),
            lambda changed: None if changed else panel.move_on_when_gone(False),
        )


def set_cadence(window: MainWindow) -> None:
    ids = window.selected_contact_ids()
    if not ids:
        return
    choices = cadence_choices()
    if window.context.core.contacts.tag_defaults():
        # "Never" as stored so far (no cadence of their own) still follows a tag's rhythm
        choices[0:1] = [
            (None, tr("From their tags (none of their own)")),
            (NEVER_KEEP_IN_TOUCH, tr("Never, whatever their tags say")),
        ]
    labels = [label for _days, label in choices]
    label, ok = QInputDialog.getItem(
        window,
        tr("Keep in touch"),
        tr("Keep in touch with %Ln contacts:", None, len(ids)),
        labels,
        [days for days, _label in choices].index(30),  # "Every month"
        False,
    )
    if not ok:
        return
    days = choices[labels.index(label)][0]
    if days == -1:
        days, ok = QInputDialog.getInt(
            window, tr("Keep in touch"), tr("Every how many days?"), 45, 1, 3650
        )
        if not ok:
            return
    panel = window.contacts
    panel.move_on_when_gone()  # listing who is due: they may leave the list
    command = undo.SetCadence(window.context, ids, days)
    run_command(
        window,
        command,
        lambda: cadence_said(command, len(ids)),
        lambda changed: None if changed else panel.move_on_when_gone(False),
    )


def cadence_said(command: undo.SetCadence, selected: int) -> str:
    """What the status bar says once Set cadence… is done: how many it changed."""
    changed = len(command.before or ())
    if changed < selected:
        return tr("Cadence set for %Ln contacts; the others had it already.", None, changed)
    return tr("Cadence set for %Ln contacts.", None, changed)
