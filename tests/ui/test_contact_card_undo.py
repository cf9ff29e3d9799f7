"""Ctrl+Z / Ctrl+Shift+Z of the card's unsaved edits that are no typing: rows, stars, photo."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.core.types import EmailAddress, PhoneNumber
from netdesk.ui.card_history import FormHistory
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from tests.ui.test_contact_card import shown_and_active

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _keys(widget: QWidget, modifiers: Qt.KeyboardModifier) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Z, modifiers)


def _opened(window: MainWindow, context: AppContext, qtbot, contact_id: int) -> None:  # type: ignore[no-untyped-def]
    shown_and_active(window, qtbot)
    context.changes.contacts_changed.emit(None)
    window.contacts.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.card.contact_id() == contact_id)


def test_ctrl_z_after_removing_an_e_mail_brings_it_back_not_another_contacts_save(
    main_window: MainWindow, app_context: AppContext, person, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", emails=[EmailAddress("ana@example.org")])
    bob = person("Bob")
    card = main_window.card
    card.show_contact(bob)
    card.job_title.setText("CTO")
    card.job_title.textEdited.emit("CTO")
    assert card.save()  # the app's stack: "Edit Bob"
    _opened(main_window, app_context, qtbot, ana)

    card.emails.rows[0].remove_button.click()
    assert card.emails.rows == [] and card.dirty
    _keys(card.emails.add_button, CTRL)  # where the focus goes once the last row is gone
    # it undid Bob's title, out of sight, and left Ana's e-mail removed
    assert app_context.core.contacts.get(bob).title == "CTO"
    assert [r.text() for r in card.emails.rows] == ["ana@example.org"]  # type: ignore[attr-defined]
    assert not card.dirty  # as loaded again
    assert QApplication.focusWidget() is card.emails.add_button

    _keys(card.emails.add_button, CTRL_SHIFT)
    assert card.emails.rows == [] and card.dirty
    assert app_context.core.contacts.get(bob).title == "CTO"


def test_ctrl_z_moves_the_star_back_and_removes_a_row_added(
    main_window: MainWindow, app_context: AppContext, person, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", phones=[PhoneNumber("+34 612 345 678", preferred=True)])
    _opened(main_window, app_context, qtbot, ana)
    card = main_window.card
    card.phones.add_button.click()
    new_row = card.phones.rows[1]
    QTest.keyClicks(new_row.value_edits()[0], "+34 699 000 111")
    assert new_row.star is not None
    new_row.star.click()
    assert [r.preferred for r in card.phones.rows] == [False, True]

    _keys(card.given_name, CTRL)  # a field with nothing typed: the card's last step
    assert [r.preferred for r in card.phones.rows] == [True, False]
    assert [r.text() for r in card.phones.rows] == ["+34 612 345 678", "+34 699 000 111"]  # type: ignore[attr-defined]
    _keys(card.given_name, CTRL)  # the row added goes, with what was typed in it
    assert len(card.phones.rows) == 1 and not card.dirty
    _keys(card.given_name, CTRL_SHIFT)
    assert [r.text() for r in card.phones.rows] == ["+34 612 345 678", "+34 699 000 111"]  # type: ignore[attr-defined]
    _keys(card.given_name, CTRL_SHIFT)
    assert [r.preferred for r in card.phones.rows] == [False, True] and card.dirty


def test_ctrl_z_brings_a_removed_photo_back(
    main_window: MainWindow, app_context: AppContext, person, qtbot
) -> None:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 0, 0)).save(out, "PNG")
    ana = person("Ana", photo=out.getvalue())
    _opened(main_window, app_context, qtbot, ana)
    card = main_window.card
    photo = app_context.core.contacts.get(ana).photo
    card.remove_photo()
    assert card._photo is None and card.dirty
    _keys(card.photo, CTRL)
    assert card._photo == photo and not card.dirty
    assert card.save()
    assert app_context.core.contacts.get(ana).photo == photo


def test_an_invalid_e_mail_an_undo_shows_again_is_still_checked_on_save(
    main_window: MainWindow, app_context: AppContext, person, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", emails=[EmailAddress("ana@example.org")])
    _opened(main_window, app_context, qtbot, ana)
    card = main_window.card
    card.emails.add_button.click()
    QTest.keyClicks(card.emails.rows[1].value_edits()[0], "ana@")
    card.emails.rows[0].remove_button.click()
    _keys(card.emails.add_button, CTRL)
    assert [r.text() for r in card.emails.rows] == ["ana@example.org", "ana@"]  # type: ignore[attr-defined]
    assert not card.save()
    assert "ana@" in card.problem_label.text()
    card.revert()  # closing the window would ask about it


def test_form_history_skips_a_state_equal_to_the_form() -> None:
    shown = ["a"]
    history = FormHistory(lambda: shown[0], lambda state: shown.__setitem__(0, state))
    history.record()  # pressed, not clicked: nothing changed
    shown[0] = "b"
    history.record()
    shown[0] = "c"
    assert history.undo() and shown == ["b"]
    assert history.undo() and shown == ["a"]
    assert not history.undo()
    assert history.redo() and shown == ["b"]
    history.forget_redo()
    assert not history.redo()


def test_a_change_made_elsewhere_meanwhile_is_kept_by_the_undo(
    main_window: MainWindow, app_context: AppContext, person, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", emails=[EmailAddress("ana@example.org")], tags=["friend"])
    _opened(main_window, app_context, qtbot, ana)
    card = main_window.card
    card.emails.rows[0].remove_button.click()
    # the window reads everything again after another program wrote (nothing of Ana's): the
    # card's steps were forgotten, and Ctrl+Z did nothing
    app_context.changes.everything()
    qtbot.wait(20)
    # a bulk tag of Ana's, made in the window meanwhile
    app_context.core.contacts.add_tag([ana], "mentor")
    app_context.changes.contacts_changed.emit([ana])
    qtbot.waitUntil(lambda: card.tags.tags() == ["friend", "mentor"])
    _keys(card.emails.add_button, CTRL)
    assert [r.text() for r in card.emails.rows] == ["ana@example.org"]  # type: ignore[attr-defined]
    assert card.tags.tags() == ["friend", "mentor"] and not card.dirty
