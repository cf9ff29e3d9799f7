"""A problem Save shows under a field near the view's bottom edge (a custom field with no
value, just added) is scrolled into view: the card scrolled before the "Not saved: …" line
above it had taken its room, and the message under the field stayed cut off at the bottom
edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext


def _in_view(card: ContactCard, widget: QWidget) -> bool:
    viewport = card.scroll_area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_the_message_under_the_last_custom_field_is_in_view(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(700, 500)
    card.show()
    card.show_contact(ana)
    qtbot.waitExposed(card)
    card.activateWindow()  # the field Save goes to has the keyboard's focus, as in the app
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    card.custom.add_button.click()
    row = card.custom.rows[0]
    label = row.label_box.lineEdit()
    assert isinstance(label, QLineEdit)
    label.setText("Team")
    label.textEdited.emit("Team")
    qtbot.wait(50)
    bar = card.scroll_area.verticalScrollBar()
    body = card.scroll_area.widget()
    bottom = row.edit.mapTo(body, QPoint(0, 0)).y() + row.edit.height()
    # the field just above the view's bottom edge, as Tab or "Add custom field" leaves it
    bar.setValue(bottom - card.scroll_area.viewport().height() + 22)
    assert _in_view(card, row.edit)
    assert not card.save()
    qtbot.wait(50)  # (laid out)
    assert row.problem.isVisible()
    assert _in_view(card, row.edit)
    assert _in_view(card, row.problem)
