"""Saving a stored contact's edits says so in the status bar, as adding one does."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_saving_edits_of_a_stored_contact_says_saved(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    bar = main_window.statusBar()
    bar.clearMessage()
    assert card.save()  # nothing edited: nothing to say
    assert bar.currentMessage() == ""
    card.job_title.setText("CTO")
    card._mark_dirty()
    assert card.save()
    assert app_context.core.contacts.get(ana).title == "CTO"
    assert bar.currentMessage() == "Saved."  # nothing was said

    main_window.new_action.trigger()
    card.given_name.setText("Berta")
    card._mark_dirty()
    assert card.save()
    assert bar.currentMessage() == "Contact added. Press Ctrl+Z to undo."


def test_saved_goes_once_the_card_is_edited_again(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    bar = main_window.statusBar()
    card.job_title.setText("CTO")
    card._mark_dirty()
    assert card.save()
    assert bar.currentMessage() == "Saved."
    card.anniversary.setText("2020-13-01")
    card._mark_dirty()
    refused = card.save()
    card.revert()  # else closing the window asks about the edit it cannot save
    assert not refused
    assert bar.currentMessage() == ""  # said "Saved." beside "Not saved: …"
