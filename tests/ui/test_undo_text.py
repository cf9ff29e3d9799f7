"""What the Edit menu's Undo and Redo say: names and tags as written."""

from __future__ import annotations

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.undo import ArchiveContacts, TagContacts, push


def test_names_and_tags_read_as_written_in_the_undo_menu(
    main_window: MainWindow, app_context: AppContext
) -> None:
    core = app_context.core
    smith = core.contacts.create(Contact(given_name="Smith & Co"))
    odd = core.contacts.create(Contact(given_name="Ana"))
    push(app_context, ArchiveContacts(app_context, [smith], True))
    # "&" marks a shortcut in a menu: written "&&" there, once in the command's own text
    assert main_window.undo_action.text() == "&Undo Archive Smith && Co"
    assert app_context.undo_stack.undoText() == "Archive Smith && Co"
    assert app_context.undo_stack.command(0).text() == "Archive Smith & Co"
    push(app_context, TagContacts(app_context, [odd], "%1 club"))
    # the tag's "%1" is not the contact's name put in again
    assert app_context.undo_stack.command(1).text() == "Add tag “%1 club” to Ana"
    push(app_context, TagContacts(app_context, [smith, odd], "R&D"))
    assert main_window.undo_action.text() == "&Undo Add tag “R&&D” to 2 contacts"
