"""A label chosen from a row's list ("home" for "work", by its arrows, a click or the wheel)
is a step Ctrl+Z takes back, on the label or anywhere on the card. The choice replaced the
label field's text, and its own undo with it: Ctrl+Z did nothing there, or undid an earlier
change of the card instead (a row moved), taking the label chosen since away with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress, PhoneNumber
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


def _card(qtbot: QtBot, app_context: AppContext, contact_id: int) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(900, 1200)
    card.show()
    with qtbot.waitActive(card):
        card.activateWindow()
    card.show_contact(contact_id)
    return card


def _emails(card: ContactCard) -> list[tuple[str, str]]:
    return [(row.text(), row.label_box.currentText()) for row in card.emails.rows]  # type: ignore[attr-defined]


def _key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifiers)


def test_ctrl_z_on_the_label_takes_back_the_label_chosen_with_its_arrows(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", phones=[PhoneNumber("+34 612 345 678", "mobile")])
    card = _card(qtbot, app_context, ana)
    box = card.phones.rows[0].label_box
    box.setFocus()
    _key(Qt.Key.Key_Down)
    assert box.currentText() == "work" and card.dirty
    _key(Qt.Key.Key_Z, CTRL)
    assert card.phones.rows[0].label_box.currentText() == "mobile"
    assert not card.dirty  # the card as loaded
    _key(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # and redone
    assert card.phones.rows[0].label_box.currentText() == "work"
    assert card.dirty


def test_ctrl_z_after_a_label_chosen_takes_back_the_label_not_an_earlier_step(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person(
        "Ana",
        emails=[EmailAddress("a@example.org", "work"), EmailAddress("b@example.org", "home")],
    )
    card = _card(qtbot, app_context, ana)
    first = card.emails.rows[0].edit  # type: ignore[attr-defined]
    first.setFocus()
    _key(Qt.Key.Key_Down, CTRL)  # the first e-mail moved down: a step of the card
    assert _emails(card) == [("b@example.org", "home"), ("a@example.org", "work")]
    box = card.emails.rows[0].label_box
    box.setFocus()
    _key(Qt.Key.Key_Down)  # "home" to "work"
    assert _emails(card) == [("b@example.org", "work"), ("a@example.org", "work")]
    _key(Qt.Key.Key_Z, CTRL)
    assert _emails(card) == [("b@example.org", "home"), ("a@example.org", "work")]
    _key(Qt.Key.Key_Z, CTRL)  # then the move
    assert _emails(card) == [("a@example.org", "work"), ("b@example.org", "home")]
    assert not card.dirty


def test_the_label_chosen_is_saved(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """(The step kept takes nothing from the choice itself.)"""
    ana = person("Ana", emails=[EmailAddress("a@example.org", "work")])
    card = _card(qtbot, app_context, ana)
    box = card.emails.rows[0].label_box
    box.setFocus()
    _key(Qt.Key.Key_Down)  # work, other
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert stored.emails == [EmailAddress("a@example.org", "other")]


def test_ctrl_z_after_a_label_typed_and_entered_brings_back_the_one_before(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Review25: "Work" typed over "mobile" and Enter made a step back to "Work" itself: the
    first Ctrl+Z used it up, changing nothing, and "mobile" never came back."""
    ana = person("Ana", phones=[PhoneNumber("+34 612 345 678", "mobile")])
    card = _card(qtbot, app_context, ana)
    edit = card.phones.rows[0].label_box.lineEdit()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "Work")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert card.phones.rows[0].label_box.currentText().casefold() == "work"
    card.phones.rows[0].label_box.setFocus()
    _key(Qt.Key.Key_Z, CTRL)
    assert card.phones.rows[0].label_box.currentText() == "mobile"
