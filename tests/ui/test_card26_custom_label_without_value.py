"""A custom field given a label and no value is not dropped without a word on Save: Save is
refused with a message under it, as a wrong e-mail's is, until a value is typed or the label
cleared (or the row removed). One the contact came with that way (an import) is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from netdesk.core.types import CustomField
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext


def _card(qtbot: QtBot, app_context: AppContext, contact_id: int) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(700, 900)
    card.show()
    card.show_contact(contact_id)
    qtbot.waitExposed(card)
    return card


def _type_label(card: ContactCard, text: str) -> None:
    card.custom.add_button.click()
    row = card.custom.rows[-1]
    label = row.label_box.lineEdit()
    assert isinstance(label, QLineEdit)
    label.setFocus()
    QTest.keyClicks(label, text)


def test_a_label_without_a_value_is_said_and_not_saved(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    card = _card(qtbot, app_context, ana)
    _type_label(card, "Team")
    assert card.dirty
    assert not card.save()
    row = card.custom.rows[0]
    said = "“Team” has no value: type one, or remove the field."
    assert row.problem.text() == said and row.problem.isVisible()
    assert card.problem_label.text() == f"Not saved: {said}"
    assert card.focusWidget() is row.edit  # where the value goes
    assert card.dirty
    assert app_context.core.contacts.get(ana).custom_fields == []
    QTest.keyClicks(row.edit, "Blue")
    assert row.problem.text() == "" and card.problem_label.text() == ""
    assert card.save()
    assert app_context.core.contacts.get(ana).custom_fields == [CustomField("Team", "Blue")]


def test_the_label_cleared_lets_the_save_go_through(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    card = _card(qtbot, app_context, ana)
    card.notes.setPlainText("met at the fair")
    _type_label(card, "Team")
    assert not card.save()
    row = card.custom.rows[0]
    label = row.label_box.lineEdit()
    assert label is not None
    label.selectAll()
    QTest.keyClick(label, Qt.Key.Key_Backspace)
    assert row.problem.text() == "" and card.problem_label.text() == ""
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored.notes == "met at the fair" and stored.custom_fields == []


def test_one_the_contact_came_with_is_kept_as_it_is(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", custom_fields=[CustomField("Vegetarian", ""), CustomField("Team", "Red")])
    card = _card(qtbot, app_context, ana)
    card.custom.rows[1].edit.setText("Blue")
    card.custom.rows[1].edit.textEdited.emit("Blue")
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored.custom_fields == [CustomField("Vegetarian", ""), CustomField("Team", "Blue")]
