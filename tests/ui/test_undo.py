"""Undoable bulk changes: tagging many contacts touches only those it changes, cheaply."""

from __future__ import annotations

import pytest

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.undo import TagContacts, push


def test_tagging_undo_untags_only_the_contacts_it_tagged(app_context: AppContext) -> None:
    contacts = app_context.core.contacts
    had = contacts.create(Contact(given_name="Had", tags=["mentors"]))
    new = contacts.create(Contact(given_name="New"))
    push(app_context, TagContacts(app_context, [had, new], "mentors"))
    assert contacts.having_tag([had, new], "mentors") == {had, new}
    app_context.undo_stack.undo()
    assert contacts.having_tag([had, new], "mentors") == {had}


def test_bulk_tagging_reads_no_whole_contact(
    app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A selection of thousands must not load every card (photo, children) on the GUI thread."""
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"P{n}")) for n in range(3)]

    def whole_contact(_contact_id: int) -> Contact:
        raise AssertionError("loaded a whole contact to check one tag")

    monkeypatch.setattr(contacts, "get", whole_contact)
    command = TagContacts(app_context, ids, "bulk")
    assert command.affected == ids
