"""An address's label, star and remove button stand beside its street, its first line, as
the form's "Address" caption does: centred on its four lines, the label stood between the
apartment and the postal code, away from its caption."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import PostalAddress
from netdesk.ui import card_fields as cf


def middle(widget: QWidget, within: QWidget) -> int:
    return widget.mapTo(within, QPoint(0, widget.height() // 2)).y()


def test_the_label_star_and_remove_stand_beside_the_street(qtbot: QtBot) -> None:
    editor = cf.addresses_editor()
    qtbot.addWidget(editor)
    editor.set_values([PostalAddress(label="work", preferred=True, street="Calle Mayor 1")])
    editor.resize(600, editor.sizeHint().height())  # as tall as the card makes it
    with qtbot.waitExposed(editor):
        editor.show()
    row = editor.rows[0]
    assert isinstance(row, cf.AddressRow) and row.star is not None
    street = middle(row.street, editor)
    assert middle(row.postal_code, editor) > street + row.street.height()  # lines apart
    for widget in (row.label_box, row.star, row.remove_button):
        assert abs(middle(widget, editor) - street) <= row.street.height() // 2, widget
