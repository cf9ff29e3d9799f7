"""Ctrl+Z of "Add e-mail" after the contact's e-mails changed elsewhere (a sync, netdesk-cli)
while the card was being edited: the undo kept the row counts from before the change and put
an empty row back beside the one stored e-mail, instead of the added row going. (review26)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netdesk.core.types import EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from tests.ui.test_contact_card import shown_and_active

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_undo_of_an_added_row_follows_the_rows_stored_meanwhile(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    ana = person(
        "Ana",
        emails=[EmailAddress("a@example.org"), EmailAddress("b@example.org")],
    )
    shown_and_active(main_window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    qtbot.waitUntil(lambda: card.contact_id() == ana)
    card.notes.setFocus()
    QTest.keyClicks(card.notes, "Met at PyCon")
    card.emails.add_button.click()
    assert len(card.emails.rows) == 3
    contacts = app_context.core.contacts
    elsewhere = contacts.get(ana)
    assert elsewhere is not None
    elsewhere.emails = [EmailAddress("a@example.org")]
    contacts.update(elsewhere)
    app_context.changes.contacts_changed.emit([ana])
    qtbot.waitUntil(lambda: len(card.emails.rows) == 1)
    card.emails.add_button.setFocus()  # (in the notes, Ctrl+Z is the text's own undo)
    QTest.keyClick(card.emails.add_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row.text() for row in card.emails.rows] == ["a@example.org"]  # type: ignore[attr-defined]
