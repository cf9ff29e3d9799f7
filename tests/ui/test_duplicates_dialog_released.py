"""Find duplicates and Merge two contacts leave nothing behind once closed: the window kept
every dialog (its child) until netdesk quit."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.merge_dialog import MergeTwoDialog, merge_two
from netdesk.ui.operations import Operation


def two_alike(context: AppContext) -> list[int]:
    core = context.core
    ids = [
        core.contacts.create(
            Contact(given_name=given, family_name="Smith", emails=[EmailAddress("bob@acme.com")])
        )
        for given in ("Bob", "Robert")
    ]
    context.changes.contacts_changed.emit(None)
    return ids


def close_once_searched(seen: list[DuplicatesDialog]) -> QTimer:
    """Closes Find duplicates (modal: exec() blocks) once its pairs are shown."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DuplicatesDialog) and dialog.searched:
            seen.append(dialog)
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(5)
    return timer


def test_find_duplicates_is_released_once_closed(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    """Each opening left a dialog, its table and undo actions in the window for good."""
    two_alike(app_context)
    seen: list[DuplicatesDialog] = []
    timer = close_once_searched(seen)
    try:
        for opened in (1, 2):
            main_window.duplicates_action.trigger()  # returns once closed
            assert len(seen) == opened and len(seen[-1].pairs) == 0  # emptied on closing
            qtbot.waitUntil(lambda: not main_window.findChildren(DuplicatesDialog))
    finally:
        timer.stop()


def test_merge_two_contacts_is_released_once_closed(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    ids = two_alike(app_context)
    dialog = merge_two(app_context, ids, main_window)
    assert isinstance(dialog, MergeTwoDialog) and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: not main_window.findChildren(MergeTwoDialog))


def test_find_duplicates_closed_while_searching_is_released_when_the_search_ends(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    """The search reports to the dialog: it is kept until then, and released after."""
    two_alike(app_context)
    busy = threading.Event()
    Operation.pool().start(busy.wait)  # the one worker busy: the search waits its turn
    closed: list[DuplicatesDialog] = []

    def close_at_once() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DuplicatesDialog):
            closed.append(dialog)
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(close_at_once)
    timer.start(5)
    try:
        main_window.duplicates_action.trigger()
    finally:
        timer.stop()
        busy.set()
    assert closed and not closed[0].searched
    assert main_window.findChildren(DuplicatesDialog) == closed  # its search still to end
    qtbot.waitUntil(lambda: not main_window.findChildren(DuplicatesDialog))
    assert not Operation.running_now()
