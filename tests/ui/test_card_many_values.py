"""A contact with many values (50 e-mails) and a long note on the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class WatchedCard(ContactCard):
    """The card, noting each object whose events reach its event filter."""

    def __init__(self, context: AppContext) -> None:
        self.watched: list[QObject] = []
        super().__init__(context)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.watched.append(watched)
        return super().eventFilter(watched, event)


def test_only_what_takes_the_focus_sends_its_events_through_the_card(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Every widget of every row went through the card's filter (Ctrl+Z in a field), its
    label menu's popup frame, scroll bars and viewport too: showing 50 e-mails passed ~22,000
    events through Python."""
    many = person(
        "Muchos",
        "Correos",
        emails=[EmailAddress(value=f"person{n}@example{n}.org") for n in range(50)],
        notes="A long note. " * 800,
    )
    card = WatchedCard(app_context)
    qtbot.addWidget(card)
    card.resize(800, 600)
    card.show()
    card.show_contact(many)
    QApplication.processEvents()
    assert len(card.emails.rows) == 50
    unfocusable = {
        type(w).__name__
        for w in card.watched
        if isinstance(w, QWidget) and w.focusPolicy() == Qt.FocusPolicy.NoFocus
    }
    assert unfocusable == set()
    # and Ctrl+Z in a row still reaches the card: its own steps undo a removed row
    row = card.emails.rows[25]
    row.remove_button.click()
    assert len(card.emails.rows) == 49 and card.dirty
    card.emails.rows[0].edit.setFocus()
    qtbot.keyClick(card.emails.rows[0].edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.text() for r in card.emails.rows][25] == "person25@example25.org"
    assert not card.dirty
