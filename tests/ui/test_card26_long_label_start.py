"""A custom field's long label shows its start, as a long value does: the box showed its end
("ustom label"), and which field it was could not be read."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.core.types import CustomField, EmailAddress
from netdesk.ui import card_fields as cf

LONG = "Where we first worked together, long ago"


def test_a_long_label_shows_its_start(qtbot: QtBot) -> None:
    custom = cf.custom_editor()
    qtbot.addWidget(custom)
    custom.set_values([CustomField(LONG, "Madrid")])
    custom.resize(400, 60)
    with qtbot.waitExposed(custom):
        custom.show()
    edit = custom.rows[0].label_box.lineEdit()
    assert edit is not None and edit.text() == LONG
    assert edit.cursorPosition() == 0
    assert edit.cursorRect().left() < 10  # scrolled to its start
    emails = cf.emails_editor()
    qtbot.addWidget(emails)
    emails.set_values([EmailAddress("ana@example.org", "the office in Lisbon, second floor")])
    emails.show()
    edit = emails.rows[0].label_box.lineEdit()
    assert edit is not None and edit.cursorPosition() == 0
