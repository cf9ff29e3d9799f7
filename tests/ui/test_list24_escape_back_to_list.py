"""Escape on the contact card goes back to the list, on the same contact, without losing an
unsaved edit (saved, or asked about, as when another contact is chosen); Escape in a popup
of the card (a completion) only closes the popup. A keyboard user who went from the list to
the card with Enter had no key back."""

from __future__ import annotations

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress, PhoneNumber
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    """The main window. A test that fails with the card's edits unsaved does not hang on the
    box asking about them at the window's close (pytest-qt closes it before any fixture's
    end): they are dropped at the close."""
    original = main_window.closeEvent

    def close_without_asking(event: QCloseEvent) -> None:
        if main_window._card_dirty():
            main_window.card.revert()
        original(event)

    main_window.closeEvent = close_without_asking  # type: ignore[method-assign]
    return main_window


def _shown_and_active(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1300, 900)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # keys reach shortcuts


def _on_card(window: MainWindow, contact_id: int) -> None:
    """The contact chosen in the list, its card shown, the card's first field focused."""
    window.contacts.select_contact(contact_id)
    window.show_pending_contact()
    window.card.given_name.setFocus()


def test_escape_saves_the_edit_and_goes_back_to_the_same_contact(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    person("Ana", "Alves")
    bea = person("Bea", "Brito")
    person("Carla", "Costa")
    _shown_and_active(window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.contacts.search, "bea")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    _on_card(window, bea)
    card = window.card
    assert card.contact_id() == bea
    job = card.job_title
    job.setFocus()
    QTest.keyClicks(job, "Architect")
    assert card.dirty
    QTest.keyClick(job, Qt.Key.Key_Escape)
    view = window.contacts.view
    assert view.hasFocus()
    assert window.contacts.current_id() == bea
    assert window.selected_contact_ids() == [bea]
    assert not card.dirty
    assert app_context.core.contacts.get(bea).title == "Architect"  # type: ignore[union-attr]
    # the list's own keys go on from there: Down is the contact after her
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)  # (still "bea")
    QTest.keyClick(view, Qt.Key.Key_Escape)  # the search let go, as before
    assert window.contacts.search.hasFocus() and not window.contacts.search.text()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 3)
    assert window.contacts.current_id() == bea


def test_escape_with_an_edit_that_cannot_be_saved_asks_and_cancel_stays(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", "Alves")
    _shown_and_active(window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    _on_card(window, ana)
    card = window.card
    card.birthday.setFocus()
    QTest.keyClicks(card.birthday, "1990-02-30")
    answers = ModalAnswers("Cancel")
    try:
        QTest.keyClick(card.birthday, Qt.Key.Key_Escape)
    finally:
        answers.stop()
    assert answers.titles == ["Unsaved changes"]
    assert card.dirty and card.birthday.text() == "1990-02-30"  # nothing lost
    assert window.focusWidget() is card.birthday  # (the focus once the box is gone)
    assert not window.contacts.view.hasFocus()
    assert app_context.core.contacts.get(ana).birthday is None  # type: ignore[union-attr]
    # Discard, the next time: back to the list, the contact as stored
    answers = ModalAnswers("Discard")
    try:
        QTest.keyClick(card.birthday, Qt.Key.Key_Escape)
    finally:
        answers.stop()
    assert window.focusWidget() is window.contacts.view
    assert not card.dirty and card.birthday.text() == ""
    assert window.contacts.current_id() == ana


def test_escape_keeps_the_selection_of_several(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Several selected, the current one's card edited: Escape leaves them all selected."""
    ana, bea = person("Ana"), person("Bea")
    _shown_and_active(window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    window.contacts.select_contacts([ana, bea])
    current = window.contacts.current_id()
    window.show_pending_contact()
    card = window.card
    assert card.contact_id() == current
    card.organization.setFocus()
    QTest.keyClicks(card.organization, "Acme")
    QTest.keyClick(card.organization, Qt.Key.Key_Escape)
    assert window.contacts.view.hasFocus()
    assert sorted(window.selected_contact_ids()) == sorted([ana, bea])
    assert app_context.core.contacts.get(current).organization == "Acme"  # type: ignore[arg-type, union-attr]


def test_escape_on_a_blank_new_card_goes_back_to_the_list(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    _shown_and_active(window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    window.contacts.select_contact(ana)
    window.new_contact()
    card = window.card
    assert card.is_new and card.given_name.hasFocus()
    QTest.keyClick(card.given_name, Qt.Key.Key_Escape)
    assert not card.is_new and card.contact_id() == ana
    assert window.contacts.view.hasFocus()
    assert [c.id for c in app_context.core.contacts.summaries([ana])] == [ana]
    assert app_context.core.contacts.count() == 1  # nothing added


@POPUP
def test_escape_in_the_tags_completion_only_closes_it(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    person("Ana", tags=["investor"])
    bea = person("Bea")
    _shown_and_active(window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    window.contacts.select_contact(bea)
    card = window.card
    tags = card.tags
    tags.setFocus()
    QTest.keyClicks(tags, "inv")
    popup = tags.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Escape)  # the popup has the keyboard while it shows
    assert not popup.isVisible()
    assert tags.hasFocus() and tags.text() == "inv"
    assert card.dirty  # still being edited, on the card
    assert not window.contacts.view.hasFocus()
    QTest.keyClick(tags, Qt.Key.Key_Escape)  # the next one goes back to the list
    assert window.contacts.view.hasFocus()
    assert app_context.core.contacts.get(bea).tags == ["inv"]  # type: ignore[union-attr]


def test_escape_reaches_the_card_from_each_of_its_fields_and_buttons(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """No field or button of the card keeps Escape for itself (a text box, a list of
    e-mails, the cadence's choices, the rows' buttons): from each, it goes back."""
    ana = person(
        "Ana", emails=[EmailAddress("ana@example.com")], phones=[PhoneNumber("+34 600 000 000")]
    )
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(900, 3000)
    card.show()
    card.show_contact(ana)
    seen: list[int] = []
    card.back_to_list.connect(lambda: seen.append(1))
    focusable = [
        w
        for w in card.findChildren(QWidget)
        if w.isVisibleTo(card) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(focusable) > 20
    kept = []
    for widget in focusable:
        before = len(seen)
        QTest.keyClick(widget, Qt.Key.Key_Escape)
        if len(seen) != before + 1:
            kept.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    assert kept == []
