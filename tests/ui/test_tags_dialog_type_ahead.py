"""Typing a tag's first letters in Manage tags goes to it, case and accents aside, as the
table sorts the names (and as the contact list's type-ahead does)."""

from __future__ import annotations

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.tags_dialog import TagsDialog


def test_typing_a_tags_first_letters_goes_to_it_accents_aside(
    qtbot: QtBot, app_context: AppContext
) -> None:
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["alpha", "Émigré", "email", "zeta", "Ödön"]))
    dialog = TagsDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    table = dialog.table
    table.setFocus()
    assert [t.name for t in dialog.model.tags] == ["alpha", "email", "Émigré", "Ödön", "zeta"]

    def current() -> str:
        tag = dialog.current_tag()
        return tag.name if tag is not None else ""

    assert current() == "alpha"
    QTest.keyClicks(table, "emi")
    assert current() == "Émigré"
    table.keyboardSearch("")  # what was typed is forgotten, as after a pause
    QTest.keyClick(table, "o")
    assert current() == "Ödön"
    table.keyboardSearch("")
    QTest.keyClick(table, "Z")
    assert current() == "zeta"
