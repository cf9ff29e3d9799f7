"""The card's keep-in-touch menu: "Never" overrides the rhythm a contact's tags give."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.types import NEVER_KEEP_IN_TOUCH
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from tests.ui.test_contact_card import POPUP, choose_cadence, shown_and_active

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _items(window: MainWindow) -> list[tuple[str, object]]:
    box = window.card.cadence
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def _open(window: MainWindow, context: AppContext, qtbot: QtBot, contact_id: int) -> None:
    shown_and_active(window, qtbot)
    context.changes.contacts_changed.emit(None)
    window.contacts.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.card.contact_id() == contact_id)


def _cadence_items(context: AppContext, contact_id: int) -> list[object]:
    return [f for f in context.core.follow_ups.of_contact(contact_id) if f.from_cadence]


@POPUP
def test_never_is_offered_under_the_tags_rhythm_saved_shown_and_taken_back(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", tags=["client"])
    app_context.core.tags.set_cadence("client", 30)
    _open(main_window, app_context, qtbot, ana)
    card = main_window.card
    assert _items(main_window)[:3] == [
        ("Every month (from its tags)", None),
        ("Never", NEVER_KEEP_IN_TOUCH),
        ("Every week", 7),
    ]
    choose_cadence(card, Qt.Key.Key_Down)  # from "Every month (from its tags)" to "Never"
    assert card.cadence.currentText() == "Never" and card.dirty
    assert card.save()
    assert app_context.core.contacts.get(ana).keep_in_touch_days == NEVER_KEEP_IN_TOUCH  # type: ignore[union-attr]
    assert _cadence_items(app_context, ana) == []
    # shown as such when opened again: "Never", and no "from its tags" rhythm in the header
    card.show_contact(None)
    _open(main_window, app_context, qtbot, ana)
    assert (card.cadence.currentText(), card.cadence.currentData()) == ("Never", 0)
    assert not card.dirty
    assert "from its tags" not in card.rhythm_label.text()
    # and not asked to set a cadence: the user chose none
    assert card.next_label.text() == "none — never reminded, as chosen above"
    # the plain "from its tags" item goes back to no cadence of its own
    choose_cadence(card, Qt.Key.Key_Home)
    assert card.save()
    assert app_context.core.contacts.get(ana).keep_in_touch_days is None  # type: ignore[union-attr]
    assert len(_cadence_items(app_context, ana)) == 1
    # the window's undo of that save gives "never" back, and the card shows it
    app_context.undo_stack.undo()
    assert app_context.core.contacts.get(ana).keep_in_touch_days == NEVER_KEEP_IN_TOUCH  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: card.cadence.currentData() == NEVER_KEEP_IN_TOUCH)
    assert card.cadence.currentText() == "Never" and not card.dirty


def test_never_without_cadence_tags_is_one_never_item_and_tags_typed_add_theirs(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    bo = person("Bo", keep_in_touch_days=NEVER_KEEP_IN_TOUCH)
    cleo = person("Cleo", tags=["client"])
    app_context.core.tags.set_cadence("client", 30)
    _open(main_window, app_context, qtbot, bo)
    card = main_window.card
    never = [item for item in _items(main_window) if item[0] == "Never"]
    assert never == [("Never", NEVER_KEEP_IN_TOUCH)]  # one "Never", the contact's own
    assert card.cadence.currentText() == "Never" and not card.dirty
    card.tags.setText("client")
    card.tags.textEdited.emit(card.tags.text())
    assert _items(main_window)[:2] == [
        ("Every month (from its tags)", None),
        ("Never", NEVER_KEEP_IN_TOUCH),
    ]
    assert card.cadence.currentData() == NEVER_KEEP_IN_TOUCH  # still "never", tags or not
    assert card.save()
    assert _cadence_items(app_context, bo) == []
    # a contact with no cadence of its own and no cadence tag: "Never" is that, as before
    card.tags.setText("")
    card.tags.textEdited.emit("")
    card.revert()
    _open(main_window, app_context, qtbot, cleo)
    card.tags.setText("")
    card.tags.textEdited.emit("")
    assert [item for item in _items(main_window) if item[0] == "Never"] == [("Never", None)]


def test_revert_after_choosing_never_gives_the_tags_rhythm_back(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", tags=["client"])
    app_context.core.tags.set_cadence("client", 30)
    _open(main_window, app_context, qtbot, ana)
    card = main_window.card
    card.cadence.setCurrentIndex(card.cadence.findData(NEVER_KEEP_IN_TOUCH))
    card.cadence.activated.emit(card.cadence.currentIndex())
    assert card.dirty
    card.revert()
    assert (card.cadence.currentText(), card.cadence.currentData()) == (
        "Every month (from its tags)",
        None,
    )
    assert not card.dirty
    assert app_context.core.contacts.get(ana).keep_in_touch_days is None  # type: ignore[union-attr]


def test_the_card_after_a_never_contact_is_not_reminded_every_day(
    main_window: MainWindow, app_context: AppContext, person, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    """Shown after a contact set to "never" (no rhythm tag), whose one "Never" item is its
    own, the next card had no item for "none": a contact with none showed "Custom… 1 day",
    and a new contact saved from it was reminded every day."""
    ana = person("Ana", keep_in_touch_days=NEVER_KEEP_IN_TOUCH)
    bob = person("Bob")
    _open(main_window, app_context, qtbot, ana)
    card = main_window.card
    assert (card.cadence.currentText(), card.cadence.currentData()) == ("Never", 0)
    main_window.contacts.select_contact(bob)
    qtbot.waitUntil(lambda: card.contact_id() == bob)
    assert (card.cadence.currentText(), card.cadence.currentData()) == ("Never", None)
    _open(main_window, app_context, qtbot, ana)
    main_window.new_contact()
    assert (card.cadence.currentText(), card.cadence.currentData()) == ("Never", None)
    card.given_name.setText("Zoe")
    card.given_name.textEdited.emit("Zoe")
    assert card.save()
    zoe = app_context.core.contacts.get(app_context.core.contacts.search("Zoe")[0])
    assert zoe is not None and zoe.keep_in_touch_days is None and zoe.next_due is None
