"""Archive and Delete move on to the next contact in a list longer than its first page: the
list comes a page first, so whether the current contact left was only known later, and it
stayed current (its card on an archived contact, no row selected)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_list_model import PAGE_SIZE
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


def test_archive_moves_on_in_a_long_list(
    qtbot: QtBot, app_context: AppContext, person: Callable[[str], int]
) -> None:
    ids = [person(f"P{n:04}") for n in range(PAGE_SIZE + 20)]
    window = _window(qtbot, app_context)
    window.contacts.select_contact(ids[3])
    qtbot.waitUntil(lambda: window.card.contact_id() == ids[3])
    window.archive_action.trigger()
    model = window.contacts.model
    qtbot.waitUntil(lambda: not model.partial and model.rowCount() == len(ids) - 1)
    qtbot.waitUntil(lambda: window.contacts.current_id() == ids[4], timeout=3000)
    assert window.contacts.view.currentIndex().row() == 3
    qtbot.waitUntil(lambda: window.card.contact_id() == ids[4])
