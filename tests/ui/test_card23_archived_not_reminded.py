"""An archived contact's card says it is not reminded, as Today, Due and the tray leave it out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext
from netdesk.ui.undo import ArchiveContacts, push

NOT_REMINDED = "none — archived contacts are never reminded"


def _snoozes(card: ContactCard) -> list[QToolButton]:
    panel = card.follow_up_panel
    assert panel is not None
    return [b for row in panel.rows for b in row.findChildren(QToolButton, "snoozeButton")]  # type: ignore[attr-defined]


def _said_paused(card: ContactCard) -> bool:
    """Whether the follow-ups panel says its follow-ups wait, unreminded."""
    panel = card.follow_up_panel
    assert panel is not None
    said = panel.findChild(QLabel, "followUpPanelPaused")
    return said is not None and said.isVisible() and "without reminders" in said.text()


def test_an_archived_contact_shows_no_next_follow_up_date(
    qtbot: QtBot,
    app_context: AppContext,
    clock: FixedClock,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """The card of an archived contact with a follow-up in 3 days said "5 Mar 2026 (in 3
    days)" as the next follow-up, and offered Snooze on it, though no reminder would come."""
    core = app_context.core
    ana = person("Ana", "García", keep_in_touch_days=30)
    core.follow_ups.add(ana, clock.now() + dt.timedelta(days=3), "Send the proposal")
    core.contacts.set_archived([ana], True)
    assert core.follow_ups.count_due(clock.now() + dt.timedelta(days=60)) == 0  # as archive is
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()

    card.show_contact(ana)
    assert card.next_label.text() == NOT_REMINDED
    panel = card.follow_up_panel
    assert panel is not None
    assert any("Send the proposal" in text for text in panel.row_texts())  # kept, and listed
    assert _said_paused(card)
    assert _snoozes(card) and not any(b.isVisible() for b in _snoozes(card))
    # a cadence chosen on the card changes nothing of that before Save or after
    card.cadence.setCurrentIndex(card.cadence.findData(7))
    card.cadence.activated.emit(card.cadence.currentIndex())
    assert card.next_label.text() == NOT_REMINDED


def test_archiving_and_unarchiving_the_contact_shown_updates_the_card(
    qtbot: QtBot,
    app_context: AppContext,
    clock: FixedClock,
    person,  # type: ignore[no-untyped-def]
) -> None:
    core = app_context.core
    bea = person("Bea", "Ruiz")
    core.follow_ups.add(bea, clock.now() + dt.timedelta(days=3), "Call back")
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(bea)
    dated = card.next_label.text()
    assert "(in 3 days)" in dated
    assert not _said_paused(card)
    assert all(b.isVisible() for b in _snoozes(card))

    push(app_context, ArchiveContacts(app_context, [bea]))
    qtbot.waitUntil(lambda: card.next_label.text() == NOT_REMINDED)
    assert _said_paused(card)
    assert not any(b.isVisible() for b in _snoozes(card))

    app_context.undo_stack.undo()
    qtbot.waitUntil(lambda: card.next_label.text() == dated)
    assert not _said_paused(card)
    assert all(b.isVisible() for b in _snoozes(card))
