"""Someone in an open Log interaction dialog deleted meanwhile (by netdesk-cli, a script, an
undo in the window): Save says who, in words, takes them off, and saves with the others."""

from __future__ import annotations

from log_dialog_setup import OFFSCREEN, open_dialog
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.log_dialog import LogInteractionDialog

pytestmark = OFFSCREEN


def _save(dialog: LogInteractionDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_person_deleted_meanwhile_is_named_taken_off_and_the_rest_saved(
    qtbot: QtBot, app_context: AppContext
) -> None:
    contacts = app_context.core.contacts
    ana = contacts.create(Contact(given_name="Ana", family_name="García"))
    bob = contacts.create(Contact(given_name="Bob", family_name="Ruiz"))
    cleo = contacts.create(Contact(given_name="Cleo", family_name="Diaz"))
    dialog = open_dialog(qtbot, app_context, [ana, bob], "Coffee")
    dialog.people.add_contact(cleo)
    contacts.delete([ana, cleo])
    _save(dialog)
    assert dialog.isVisible() and dialog.interaction_id is None
    said = dialog.problem.text()
    assert "Ana García" in said and "Cleo Diaz" in said and "id" not in said.split()
    assert "Ana García" not in dialog.who.text() and "Ana García" not in dialog.windowTitle()
    assert dialog.people.contact_ids() == []
    _save(dialog)  # Save again: with the one left
    assert not dialog.isVisible() and dialog.interaction_id is not None
    entry = app_context.core.journal.get(dialog.interaction_id)
    assert entry is not None and entry.contact_ids == [bob]


def test_the_only_person_deleted_meanwhile_leaves_nothing_to_save(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana", family_name="García"))
    dialog = open_dialog(qtbot, app_context, [ana], "Coffee")
    app_context.core.contacts.delete([ana])
    _save(dialog)
    assert "Ana García" in dialog.problem.text()
    _save(dialog)
    assert dialog.isVisible() and dialog.interaction_id is None
    assert dialog.problem.text() == "Choose who the interaction was with."
    assert app_context.core.journal.count() == 0
