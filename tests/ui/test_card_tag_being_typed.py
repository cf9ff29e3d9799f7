"""The card's tag completer completes the tag where the cursor is, not always the last."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def offered(card: ContactCard) -> list[str]:
    completer = card.tags.tag_completer
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(completer.completionCount())]


@POPUP
def test_a_tag_typed_before_others_is_completed_in_its_place(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    person("Ana", tags=["investor", "investment club", "mentor", "mentee"])
    berta = person("Berta", tags=["inv", "mentor"])
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(berta)
    assert card.tags.text() == "inv, mentor"
    card.tags.setFocus()
    card.tags.setCursorPosition(3)  # after "inv"
    QTest.keyClicks(card.tags, "e")
    # it offered "mentor" (the last tag's completions) for the "inve" typed
    assert offered(card) == ["investment club", "investor"]
    popup = card.tags.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert card.tags.text() == "investor, mentor"  # it made "inve, mentor, investor, "
    assert card.tags.cursorPosition() == len("investor")
    assert not popup.isVisible()
    # the tag at the end completes as before, the others not offered again
    card.tags.end(False)
    QTest.keyClicks(card.tags, ", men")
    assert offered(card) == ["mentee"]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert card.tags.text() == "investor, mentor, mentee, "
    assert card.save()
    assert sorted(app_context.core.contacts.get(berta).tags) == ["investor", "mentee", "mentor"]


@POPUP
def test_ctrl_z_in_the_tags_undoes_the_tag_chosen(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Choosing a tag emptied the field's undo: Ctrl+Z there went on to the card's own steps
    and put back an e-mail removed before, the tags left as they were."""
    from netdesk.core.types import EmailAddress

    person("Ana", tags=["investor", "mentor"])
    berta = person("Berta", emails=[EmailAddress(value="berta@example.org")])
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(berta)
    card.emails.rows[0].remove_button.click()  # a step of the card's own
    assert card.emails.rows == []
    card.tags.setFocus()
    QTest.keyClicks(card.tags, "mentor, inv")
    popup = card.tags.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert card.tags.text() == "mentor, investor, "
    QTest.keyClick(card.tags, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card.tags.text() == "mentor, inv"
    assert card.emails.rows == []  # still removed
    assert card.dirty
