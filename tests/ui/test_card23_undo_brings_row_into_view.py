"""A contact that Undo brings back into the list is selected and scrolled into sight, even
when their row comes back above the part of the list in view."""

from __future__ import annotations

import datetime as dt

import pytest
from modal_answers import ModalAnswers
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.listing import ListFilter
from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import record_logged
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    model = window.contacts.model
    qtbot.waitUntil(lambda: not (model.partial or model.reading or model.searching), timeout=10_000)
    qtbot.wait(10)


def _in_sight(window: MainWindow, contact_id: int) -> bool:
    view = window.contacts.view
    row = window.contacts.model.row_of(contact_id)
    rect = view.visualRect(window.contacts.model.index(row))
    return row >= 0 and view.viewport().rect().contains(rect)


def _window_of_80(
    qtbot: QtBot, window: MainWindow, app_context: AppContext, person, search: str = ""
) -> list[int]:  # type: ignore[no-untyped-def]
    ids = [
        person(f"{chr(65 + i // 26)}{chr(97 + i % 26)}", "Test", tags=["vip"]) for i in range(80)
    ]
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    app_context.changes.contacts_changed.emit(None)
    window.contacts.set_filter(ListFilter.ALL, tag="vip")
    if search:
        window.contacts.search.setText(search)
    _settled(qtbot, window)
    return ids


def _scroll_to_the_end(window: MainWindow) -> None:
    bar = window.contacts.view.verticalScrollBar()
    bar.setValue(bar.maximum())


@pytest.mark.parametrize("search", ["", "test"])  # a row placed alone, a list read again
def test_undoing_the_edit_that_took_the_contact_out_shows_their_row(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    search: str,
) -> None:
    """Listing the tag "vip", Ana's tag taken off on her card took her out of the list (her
    card stayed). Scrolled down the list, Ctrl+Z brought her back at the top: unselected and
    out of sight beside her own card (read again, selected but out of sight)."""
    window = main_window
    ana = _window_of_80(qtbot, window, app_context, person, search)[0]
    assert window.contacts.select_contact(ana)
    qtbot.waitUntil(lambda: window.card.contact_id() == ana)
    window.card.tags.setText("")
    window.card.tags.textEdited.emit("")
    assert window.card.save()
    _settled(qtbot, window)
    assert window.contacts.model.row_of(ana) < 0
    assert window.card.contact_id() == ana  # the card stays on her
    _scroll_to_the_end(window)

    window.undo_action.trigger()
    _settled(qtbot, window)
    assert window.contacts.model.row_of(ana) == 0
    assert window.contacts.current_id() == ana
    assert window.selected_contact_ids() == [ana]
    assert _in_sight(window, ana)
    assert window.card.contact_id() == ana


@pytest.mark.parametrize("action", ["delete", "archive"])
def test_undoing_a_delete_or_an_archive_shows_the_row_back(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    action: str,
) -> None:
    window = main_window
    ana = _window_of_80(qtbot, window, app_context, person)[0]
    assert window.contacts.select_contact(ana)
    if action == "delete":
        answers = ModalAnswers("Delete")
        window.delete_action.trigger()
        answers.stop()
    else:
        window.archive_action.trigger()
    _settled(qtbot, window)
    assert window.contacts.model.row_of(ana) < 0
    _scroll_to_the_end(window)

    window.undo_action.trigger()
    _settled(qtbot, window)
    assert window.selected_contact_ids() == [ana]
    assert _in_sight(window, ana)


def test_undoing_a_log_that_took_the_contact_off_due_shows_their_row(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    clock: FixedClock,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Listing those due, a call logged with Ana took her off the list (her card stayed);
    Ctrl+Z brought her back at the top, unselected and out of sight."""
    core = app_context.core
    names = [f"Aa{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(80)]  # Aaaa... Aadb
    ids = [person(name, keep_in_touch_days=7) for name in names]
    for contact_id in ids:  # a month without a word: every one of them due
        core.journal.log([contact_id], "call", "Catch-up", at=clock.now() - dt.timedelta(days=30))
    window = main_window
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    app_context.changes.contacts_changed.emit(None)
    window.contacts.set_filter(ListFilter.DUE)
    _settled(qtbot, window)
    ana = ids[0]
    assert window.contacts.select_contact(ana)
    qtbot.waitUntil(lambda: window.card.contact_id() == ana)
    record_logged(app_context, core.journal.log([ana], "call", "Coffee"), announce=True)
    _settled(qtbot, window)
    assert window.contacts.model.row_of(ana) < 0
    assert window.card.contact_id() == ana
    _scroll_to_the_end(window)

    window.undo_action.trigger()
    _settled(qtbot, window)
    assert window.contacts.model.row_of(ana) == 0
    assert window.selected_contact_ids() == [ana]
    assert _in_sight(window, ana)
