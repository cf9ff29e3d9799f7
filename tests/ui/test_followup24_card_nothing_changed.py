"""A card date typed wrong, refused, then typed back as stored: Save says nothing changed,
as a real Save says "Saved." (the red line and Save went without a word)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _type_over(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)


@pytest.mark.parametrize("field", ["birthday", "met_on"])
def test_a_date_typed_wrong_then_back_says_nothing_changed(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    field: str,
) -> None:
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    bar = main_window.statusBar()
    edit = getattr(card, field)
    _type_over(edit, "1990-02-30")
    QTest.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not card.save()
    assert card.problem_label.text().startswith("Not saved: “1990-02-30”")
    undo_steps = app_context.undo_stack.count()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)  # the field was empty, as stored
    assert card.save()
    assert not card.save_button.isVisible() and card.problem_label.text() == ""
    assert bar.currentMessage() == "Nothing changed: the card is as it was."
    assert app_context.undo_stack.count() == undo_steps  # nothing to undo
    assert getattr(app_context.core.contacts.get(ana), field) is None


def test_nothing_changed_goes_when_the_next_save_is_refused(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """It stood beside the card's "Not saved: …" of the next Save, as "Saved." once did."""
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    bar = main_window.statusBar()
    _type_over(card.job_title, "x")
    QTest.keyClick(card.job_title, Qt.Key.Key_Backspace)
    assert card.save()
    assert bar.currentMessage() == "Nothing changed: the card is as it was."
    _type_over(card.anniversary, "2020-13-01")
    refused = card.save()
    card.revert()  # else closing the window asks about the edit it cannot save
    assert not refused
    assert bar.currentMessage() == ""
