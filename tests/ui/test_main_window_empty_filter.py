"""A list left empty by its filter is not an empty address book, and telling them apart
reads no more than one row of each: it counted everything (a million interactions among
them), 77-270 ms on the window's thread after every change while a filter listed nobody."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter
from netdesk.store.models import db
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def test_a_filter_listing_nobody_keeps_the_list_and_counts_nothing(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, person: Callable[..., int]
) -> None:
    ana = person("Ana", "Ruiz")
    app_context.core.journal.log([ana], "call", "Catch-up")
    main_window.show()
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.set_filter(ListFilter.DUE)  # nobody is due
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 0)
    seen: list[str] = []
    db.connection().set_trace_callback(seen.append)
    try:
        main_window._after_data_change(status=False)
    finally:
        db.connection().set_trace_callback(None)
    assert main_window.pages.currentWidget() is main_window.split  # not the welcome page
    assert seen, "nothing was read"
    assert not [s for s in seen if "interaction" in s.lower()], seen


def test_everyone_archived_is_not_an_empty_address_book_but_nobody_is(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, person: Callable[..., int]
) -> None:
    ana = person("Ana", "Ruiz")
    main_window.show()
    app_context.core.contacts.set_archived([ana], True)
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 0)
    main_window._after_data_change(status=False)
    assert main_window.pages.currentWidget() is main_window.split
    app_context.core.contacts.delete([ana])
    app_context.changes.contacts_changed.emit(None)
    main_window._after_data_change(status=False)
    assert main_window.pages.currentWidget() is main_window.empty_state
