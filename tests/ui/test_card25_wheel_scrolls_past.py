"""The wheel over a row's label or the cadence scrolls the card on past them; it turns them
only once they have the focus. A card scrolled with the wheel turned each label and the
cadence the pointer went over ("work" to "other", "Every month" to "Every 3 months"),
unseen, and the next Save stored them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext


def _wheel_down(widget: QWidget) -> bool:
    """One notch of the wheel, down, with the pointer over ``widget``; whether it took it
    (else Qt hands the wheel of the hand that turns it on to what holds it, here the card's
    scroll area: only to ``widget`` when sent, as here)."""
    at = QPointF(widget.rect().center())
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def _card(qtbot: QtBot, app_context: AppContext, contact_id: int) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(800, 400)  # the card scrolls
    card.show()
    with qtbot.waitActive(card):
        card.activateWindow()
    card.show_contact(contact_id)
    card.given_name.setFocus()
    return card


def test_the_wheel_over_a_label_or_the_cadence_scrolls_the_card(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", emails=[EmailAddress("ana@example.org", "work")], keep_in_touch_days=30)
    card = _card(qtbot, app_context, ana)
    label = card.emails.rows[0].label_box
    cadence_shown = card.cadence.currentText()
    for box in (label, card.cadence, card.custom_days):
        assert not _wheel_down(box)  # left to the scroll area
    assert label.currentText() == "work"
    assert card.cadence.currentText() == cadence_shown
    assert not card.dirty
    assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus


def test_once_focused_the_wheel_turns_the_label(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", emails=[EmailAddress("ana@example.org", "work")])
    card = _card(qtbot, app_context, ana)
    label = card.emails.rows[0].label_box
    label.setFocus()
    assert label.hasFocus()
    _wheel_down(label)
    assert label.currentText() == "other"
    assert card.dirty
