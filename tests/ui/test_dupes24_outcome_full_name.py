"""Merge two contacts: the outcome does not say the one kept gets a full name that is the name
it is shown by already (a phone's card writes it; a work card has given and family names)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.merge_dialog import MergeTwoDialog, merge_two, outcome


def test_the_full_name_shown_already_is_not_said_gained(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    work = core.contacts.create(
        Contact(given_name="Elena", family_name="Bianchi", organization="Acme Robotics")
    )
    phone = core.contacts.create(
        Contact(
            given_name="Elena",
            family_name="Bianchi",
            formatted_name="Elena Bianchi",
            emails=[EmailAddress("elena.b@gmail.com")],
        )
    )
    core.journal.log([work], "call", "Catch-up")
    dialog = merge_two(app_context, [work, phone], None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    assert dialog.keep_id == work
    assert dialog.outcome.text() == "The one kept gets from the other: E-mails."
    other = Contact(id=98, given_name="Ana", formatted_name="Ana “Nina” Ruiz")
    keep = Contact(id=99, given_name="Ana", display_name="Ana")
    gained = outcome(app_context, keep, other, 0)
    assert "Full name" in gained  # another name than the one shown is said
