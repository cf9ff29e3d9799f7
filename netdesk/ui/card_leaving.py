"""Leaving a card with unsaved edits: saved when valid, else the user chooses; a contact
deleted elsewhere meanwhile offers to keep them as a new one; a stop saves them unasked."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from netdesk.ui.widgets import fill, shown_as_written, tr

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow

log = logging.getLogger("netdesk.ui")


def leave_card(window: MainWindow) -> bool:
    """Unsaved edits: saved when valid; otherwise the user chooses. True to move on."""
    try:
        gone = window.card.deleted_elsewhere()
        if gone is not None and not _keep_deleted_edits(window, gone):
            window.card.revert()
            return True
        if window.card.save():
            return True
        # the problem itself: the header's "Not saved: …" made the box say "cannot be
        # saved: Not saved: …", and named one problem of several
        problem, count = window.card.refused
        problem = problem or window.card.problem_label.text()
        if count > 1:
            problem = fill(tr("%1 (and %Ln more shown on the card)", None, count - 1), problem)
    except Exception as error:  # the database refused (locked, disk full): never lose it
        log.exception("the card could not be saved")
        problem = str(error)
    answer = QMessageBox.question(
        window,
        tr("Unsaved changes"),
        shown_as_written(
            tr("The changes to this contact cannot be saved: %1\n\nDiscard them?").replace(
                "%1", problem
            )
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Discard:
        window.card.revert()
        return True
    return False


def _keep_deleted_edits(window: MainWindow, name: str) -> bool:
    """The card's contact was deleted by another program while it had unsaved edits:
    True to keep them as a new contact, False to discard them. (The box leaving the card
    said "cannot be saved", offered Discard or Cancel while its text spoke of Save and
    Revert, and after Cancel the next change of the list added the contact back unasked.)
    Escape keeps them: nothing is lost, and Undo takes the new contact back."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Contact deleted elsewhere"),
        shown_as_written(
            fill(
                tr(
                    "“%1” was deleted by another program (such as netdesk-cli) while "
                    "you were editing them."
                ),
                name,
            )
        ),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setInformativeText(tr("Keep your changes as a new contact, or discard them?"))
    keep = box.addButton(tr("&Keep as new contact"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is not discard


def save_card_unasked(window: MainWindow) -> None:
    """The card's edit saved when it is valid; one that is not is named in the log."""
    if window._card_dirty():
        try:
            saved = window.card.save()
            problem = "" if saved else window.card.refused[0] or window.card.problem_label.text()
        except Exception as error:  # the database refused (locked, full disk)
            log.exception("the card could not be saved")
            saved, problem = False, str(error)
        if not saved:
            contact = window.card.contact
            log.warning(
                "netdesk was stopped with unsaved edits to %s that cannot be saved: %s",
                f"contact {contact.id}" if contact and contact.id else "a new contact",
                problem,
            )
