"""Ctrl+L on an entry of everyone's journal logs the next talk with that entry's people,
as on a Today row (it opened the quick entry with nobody); with the search field in focus
instead, it asks who."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import MOST_NAMES
from netdesk.ui.main_window import LOGGED_PEOPLE_READ, MainWindow
from tests.ui.test_today_log_key import ctrl_l

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def journal_shown(qtbot: QtBot, window: MainWindow) -> GlobalJournal:
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_journal()
    view = window.global_journal
    assert isinstance(view, GlobalJournal)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


def focus(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    """The window active again after a quick entry closed (offscreen, nothing activates it)
    and ``widget`` with the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_l_on_an_entry_logs_with_all_its_people(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person: Callable[..., int],
    clock: FixedClock,
) -> None:
    core = app_context.core
    clock.set(D(2026, 3, 2, 9))
    ana, bob = person("Ana", "Ruiz"), person("Bob", "Lee")
    crowd = [person(f"Guest{i}", "Smith") for i in range(MOST_NAMES + 5)]  # more than a row holds
    core.journal.log([ana], "meeting", "Coffee with Ana", at=D(2026, 3, 1, 10))
    core.journal.log([bob, *crowd], "event", "The meetup", at=D(2026, 2, 20, 18))
    app_context.changes.journal_changed.emit(None)
    view = journal_shown(qtbot, main_window)
    assert view.model.entry(1).summary == "The meetup"
    view.list.setCurrentIndex(view.model.index(1))
    focus(qtbot, main_window, view.list)
    (seen,) = ctrl_l(view.list, lambda dialog: dialog.done(0))
    assert sorted(seen) == sorted([bob, *crowd])
    view.list.setCurrentIndex(view.model.index(0))
    focus(qtbot, main_window, view.list)
    assert ctrl_l(view.list, lambda dialog: dialog.done(0)) == [[ana]]
    # a talk with more than the window reads at once: nobody (100,000 took ~0.1 s to read)
    throng = [person(f"Fan{i}", "Doe") for i in range(LOGGED_PEOPLE_READ + 1)]
    core.journal.log(throng, "event", "The keynote", at=D(2026, 3, 1, 18))
    app_context.changes.journal_changed.emit(None)
    qtbot.waitUntil(lambda: view.model.entry(0).summary == "The keynote")
    view.list.setCurrentIndex(view.model.index(0))
    focus(qtbot, main_window, view.list)
    assert ctrl_l(view.list, lambda dialog: dialog.done(0)) == [[]]
    # typing in the search: the entry under it is no one's talk to log
    focus(qtbot, main_window, view.text)
    assert ctrl_l(view.text, lambda dialog: dialog.done(0)) == [[]]
    assert QApplication.activeModalWidget() is None
