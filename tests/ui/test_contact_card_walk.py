"""The contact card as a new user reads it: its sections' fields line up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_fields_of_every_section_start_at_one_edge_whoever_is_shown(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Each section sized its labels' column to its own longest label: Name's fields began
    left of Origin's, Work's, Personal's and Tags', and Origin's moved right by a label's
    width from a contact who introduced nobody to one who did ("Introduced you to")."""
    alvaro = person("Álvaro", "Martínez")
    giulia = person("Giulia", "Rossi", met_through_id=alvaro)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.load()
    qtbot.waitExposed(window)
    card = window.card
    body = card.scroll_area.widget()

    def left(widget: QWidget) -> int:
        return widget.mapTo(body, QPoint(0, 0)).x()

    edges = set()
    for contact in (giulia, alvaro):
        window.contacts.select_contact(contact)
        qtbot.waitUntil(lambda c=contact: card.contact_id() == c)  # type: ignore[misc]
        assert card.introduced_label.isVisible() == (contact == alvaro)
        fields = (
            card.given_name,
            card.met_on,
            card.met_at,
            card.cadence,
            card.organization,
            card.emails,
            card.birthday,
            card.tags,
            card.notes,
        )
        edges |= {left(field) for field in fields}
    assert len(edges) == 1, edges
    # and each label still ends by its field (a label as wide as the column wrote from its left)
    for field in (card.met_at, card.organization, card.notes):
        labels = [w for w in body.findChildren(QLabel) if w.buddy() is field]
        assert labels, field
        label = labels[0]
        text_width = label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
        assert label.alignment() & Qt.AlignmentFlag.AlignRight
        assert label.width() > text_width  # so the alignment matters


def test_saving_a_new_contact_keeps_the_card_where_the_user_typed(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+S in the Birthday of a new contact scrolled the card back to its top: the focus
    stayed in Birthday, out of sight, and what was typed next went there unseen."""
    person("Ana")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1152, 720)
    window.show()
    window.load()
    qtbot.waitExposed(window)
    window.new_action.trigger()
    card = window.card
    qtbot.keyClicks(card.given_name, "Ada")
    card.birthday.setFocus()
    card.scroll_area.ensureWidgetVisible(card.birthday)
    qtbot.keyClicks(card.birthday, "1815-12-10")
    bar = card.scroll_area.verticalScrollBar()
    scrolled = bar.value()
    assert scrolled > 0
    assert card.save()  # Ctrl+S
    assert not card.is_new and card.contact_id() is not None
    assert window.contacts.current_id() == card.contact_id()
    assert window.focusWidget() is card.birthday
    assert bar.value() == scrolled


def test_a_new_contact_shows_no_follow_up_of_the_contact_shown_before(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N on a contact with a follow-up: the new card listed that follow-up, its Done…
    and Snooze at hand (for the other contact), and Add follow-up… was on for nobody."""
    import datetime as dt

    ana = person("Ana")
    app_context.core.follow_ups.add(ana, dt.datetime(2030, 1, 1, 9, 0), "Send the proposal")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    panel = main_window.card.follow_up_panel
    assert panel is not None
    qtbot.waitUntil(lambda: len(panel.row_texts()) == 1)  # type: ignore[attr-defined]
    main_window.new_action.trigger()
    assert panel.row_texts() == []  # type: ignore[attr-defined]
    assert not panel.add_button.isEnabled()  # type: ignore[attr-defined]
