"""Manage tags keeps the renamed tag selected through Ctrl+Z and Ctrl+Shift+Z: an undo of a
rename selected whichever tag took the new name's row ("gamma"), and the next Delete or
Rename went to that tag, not to the one just named back."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.tags_dialog import RenameTag, TagsDialog
from netdesk.ui.undo import push

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def current(dialog: TagsDialog) -> str | None:
    tag = dialog.current_tag()
    return tag.name if tag is not None else None


def test_the_tag_renamed_stays_selected_through_undo_and_redo(
    qtbot: QtBot, app_context: AppContext
) -> None:
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["alpha", "beta"]))
    contacts.create(Contact(given_name="Ben", tags=["gamma"]))
    dialog = TagsDialog(app_context, None, current="alpha")
    qtbot.addWidget(dialog)
    dialog.show()
    assert current(dialog) == "alpha"
    assert push(app_context, RenameTag(app_context, "alpha", "zulu"))
    dialog._reload(None, select="zulu")  # (what rename() does once it is done)
    assert current(dialog) == "zulu"
    stack = app_context.undo_stack
    stack.undo()
    assert [t.name for t in dialog.model.tags] == ["alpha", "beta", "gamma"]
    assert current(dialog) == "alpha"
    stack.redo()
    assert current(dialog) == "zulu"


def test_a_rename_elsewhere_moves_the_selection_only_off_its_own_tag(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Another tag renamed back by the Edit menu's undo leaves the tag being looked at."""
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["alpha", "beta"]))
    assert push(app_context, RenameTag(app_context, "alpha", "zulu"))
    dialog = TagsDialog(app_context, None, current="beta")
    qtbot.addWidget(dialog)
    dialog.show()
    app_context.undo_stack.undo()
    assert current(dialog) == "beta"
