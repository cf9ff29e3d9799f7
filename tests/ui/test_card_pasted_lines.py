"""Lines pasted into a one-line field of the card are stored as one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_pasted_lines_are_one_line_and_a_stored_value_is_kept_unless_edited(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """'Web Summit' and 'Lisbon' copied together were stored with their line break."""
    ana = person("Ana", organization="Acme\nRobotics")  # as an import may have stored it
    assert app_context.core.contacts.get(ana).organization == "Acme\nRobotics"
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(ana)
    for field, pasted in ((card.met_at, "Web Summit\nLisbon\t2019\n"), (card.job_title, "CTO\r\n")):
        field.setFocus()
        QApplication.clipboard().setText(pasted)
        QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert card.dirty
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored.met_at == "Web Summit Lisbon 2019"
    assert stored.title == "CTO"
    assert stored.organization == "Acme\nRobotics"  # not edited: as it was
