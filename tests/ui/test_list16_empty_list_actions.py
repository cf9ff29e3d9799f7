"""A list left empty (everyone in "Imported today" archived, a filter nobody is in) gives the
contact actions nobody to act on: the card's contact, no longer listed, was still what
Delete, Tag… and Export took, with no row selected."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from modal_answers import ModalAnswers
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.listing import ListFilter
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _window(qtbot: QtBot, app_context: AppContext) -> MainWindow:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitExposed(window)
    return window


def test_archiving_everyone_imported_today_leaves_nothing_to_delete(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], clock: FixedClock
) -> None:
    person("Olga")  # added by hand some other day: not imported
    imported = [person(name, source_date=clock.now()) for name in ("Ana", "Ben", "Cleo")]
    window = _window(qtbot, app_context)
    panel = window.contacts
    panel.set_filter(ListFilter.IMPORTED_TODAY)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    panel.view.setFocus()
    panel.view.selectAll()
    assert sorted(window.selected_contact_ids()) == sorted(imported)
    window.archive_action.trigger()
    core = app_context.core
    qtbot.waitUntil(lambda: core.contacts.count(ListFilter.ARCHIVED) == 3)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert window.selected_contact_ids() == []
    for action in (window.archive_action, window.delete_action, window.tag_action):
        assert not action.isEnabled(), action.text()
    answers = ModalAnswers("Delete")  # were a box to ask, it is answered: nothing may go
    try:
        window.delete_action.trigger()
        window.archive_action.trigger()
    finally:
        answers.stop()
    assert answers.seen == []
    assert core.contacts.count(ListFilter.ARCHIVED) == 3
    assert len(core.contacts.names(imported)) == 3


def test_imported_today_emptied_by_archiving_does_not_say_nobody_was_imported(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], clock: FixedClock
) -> None:
    """The list right after everyone imported today was archived said "Nobody was imported
    today.": they were imported, and are under Archived."""
    imported = [person(name, source_date=clock.now()) for name in ("Ana", "Ben")]
    window = _window(qtbot, app_context)
    panel = window.contacts
    panel.set_filter(ListFilter.IMPORTED_TODAY)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.view.selectAll()
    window.archive_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.no_match.isVisible()
    assert panel.no_match.text() == (
        "Nobody imported today is listed.\n"
        "Contacts imported today and archived since are under Archived."
    )
    app_context.core.contacts.delete(imported)  # nobody archived: none of them can be there
    app_context.changes.contacts_changed.emit(imported)
    qtbot.waitUntil(lambda: panel.no_match.text() == "Nobody was imported today.")


def test_a_filter_nobody_is_in_leaves_nothing_selected(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ana = person("Ana")
    window = _window(qtbot, app_context)
    panel = window.contacts
    panel.select_contact(ana)
    qtbot.waitUntil(lambda: window.card.contact_id() == ana)
    assert window.selected_contact_ids() == [ana]
    panel.set_filter(ListFilter.DUE)  # nobody is due
    assert panel.model.rowCount() == 0
    assert window.selected_contact_ids() == []
    assert not window.delete_action.isEnabled()
    panel.set_filter(ListFilter.ALL)  # back: the first row current and selected again
    qtbot.waitUntil(lambda: window.selected_contact_ids() == [ana])
    assert window.delete_action.isEnabled()
