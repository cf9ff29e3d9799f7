"""Keyboard manners between the list, the card and the journal under it: Enter selects the
card's first field whole (as Tab and Alt+N do), and Escape in the journal goes back to the
list, as it does on the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


@pytest.fixture
def window(active_main_window: MainWindow) -> MainWindow:
    return active_main_window


def test_enter_selects_the_first_name_whole(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", "Alves")
    bea = person("Bea", "Brito")
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: window.card.contact_id() == ana)
    view = window.contacts.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)
    field = window.card.given_name
    assert window.card.contact_id() == bea and field.hasFocus()
    assert field.selectedText() == "Bea"
    QTest.keyClicks(field, "Beatriz")  # typed over, not "BeatrizBea"
    assert field.text() == "Beatriz"


def test_escape_in_the_journal_goes_back_to_the_list(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    person("Ana", "Alves")
    bea = person("Bea", "Brito")
    app_context.core.journal.log([bea], "call", "Caught up")
    app_context.changes.contacts_changed.emit(None)
    window.contacts.select_contact(bea)
    window.show_pending_contact()
    journal = window._journal.list
    qtbot.waitUntil(lambda: journal.model().rowCount() == 1)
    journal.setFocus()
    assert journal.hasFocus()
    QTest.keyClick(journal, Qt.Key.Key_Escape)
    assert window.contacts.view.hasFocus()
    assert window.contacts.current_id() == bea
    assert window.card.contact_id() == bea


def test_nothing_changed_goes_once_the_card_is_edited_again(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """As "Saved." does: it said the card was as stored while it held an edit again."""
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    bar = main_window.statusBar()
    card.job_title.setFocus()
    QTest.keyClicks(card.job_title, "x")
    QTest.keyClick(card.job_title, Qt.Key.Key_Backspace)
    assert card.save()
    assert bar.currentMessage() == "Nothing changed: the card is as it was."
    QTest.keyClicks(card.job_title, "CTO")
    assert card.dirty
    assert bar.currentMessage() == ""
    card.revert()  # else closing the window asks about the edit
