"""A multi-valued row's label and buttons say which value they are of: a screen reader going
down the e-mails and phones said "Label", "Preferred" and "Remove" for each, nothing telling
them apart. The numbers follow the rows as they are added, removed and moved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.core.types import CustomField, EmailAddress, PhoneNumber, RelatedPerson
from netdesk.ui import card_fields as cf


def _names(editor: cf.ListEditor) -> list[tuple[str, str]]:
    return [
        (row.remove_button.accessibleName(), row.star.accessibleName() if row.star else "")
        for row in editor.rows
    ]


def _labels(editor: cf.ListEditor) -> list[str]:
    return [row.label_box.accessibleName() for row in editor.rows]


def test_each_button_names_its_row(qtbot: QtBot) -> None:
    emails = cf.emails_editor()
    qtbot.addWidget(emails)
    emails.set_values([EmailAddress("ana@example.org"), EmailAddress("ana@home.example")])
    assert _names(emails) == [
        ("Remove e-mail address 1", "Make e-mail address 1 preferred"),
        ("Remove e-mail address 2", "Make e-mail address 2 preferred"),
    ]
    assert _labels(emails) == ["Label of e-mail address 1", "Label of e-mail address 2"]
    phones = cf.phones_editor()
    qtbot.addWidget(phones)
    phones.set_values([PhoneNumber("+34 612 345 678")])
    assert _names(phones) == [("Remove phone 1", "Make phone 1 preferred")]
    related = cf.related_editor()
    qtbot.addWidget(related)
    related.set_values([RelatedPerson("friend", "Bea")])
    assert _names(related) == [("Remove related person 1", "")]
    custom = cf.custom_editor()
    qtbot.addWidget(custom)
    custom.set_values([CustomField("Team", "Blue")])
    assert _names(custom) == [("Remove custom field 1", "")]
    assert _labels(custom) == ["Label of custom field 1"]
    for editor, name in ((cf.urls_editor(), "link"), (cf.addresses_editor(), "address")):
        qtbot.addWidget(editor)
        editor.add_button.click()
        assert _names(editor) == [(f"Remove {name} 1", f"Make {name} 1 preferred")]


def test_the_numbers_follow_the_rows(qtbot: QtBot) -> None:
    phones = cf.phones_editor()
    qtbot.addWidget(phones)
    phones.show()
    phones.set_values([PhoneNumber("+34 612 345 678"), PhoneNumber("+34 699 000 111")])
    first, second = phones.rows
    phones.add_button.click()  # a third
    assert phones.rows[2].remove_button.accessibleName() == "Remove phone 3"
    phones.move_row(second, -1)
    assert second.remove_button.accessibleName() == "Remove phone 1"
    assert second.label_box.accessibleName() == "Label of phone 1"
    assert first.remove_button.accessibleName() == "Remove phone 2"
    second.remove_button.click()
    assert first.remove_button.accessibleName() == "Remove phone 1"
    assert phones.rows[1].star is not None
    assert phones.rows[1].star.accessibleName() == "Make phone 2 preferred"
