"""Enter in everyone's journal's search while its first match is shown and older entries
are still searched: it opens that match at once. It used to wait for a "first entry" that
had already come; when the search then ended with no other match nothing opened, and the
next read of the list (any change to the journal, the page shown again, a scroll) opened
that entry's contact out of the blue."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.journal import JournalService
from netdesk.store import journal as journal_rows
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _held_search(
    monkeypatch: pytest.MonkeyPatch, *, first_too: bool
) -> tuple[threading.Event, threading.Event]:
    """A search for "offer" whose slices wait on the worker for ``go_on`` (the first one
    too, or only the older ones); ``begun`` is set when one waits."""
    begun, go_on = threading.Event(), threading.Event()
    real_page = JournalService.page

    def held_page(self: JournalService, **kwargs: object) -> object:
        if kwargs.get("text") == "offer" and (first_too or kwargs.get("after") is not None):
            begun.set()
            go_on.wait(30)
        return real_page(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JournalService, "page", held_page)
    return begun, go_on


@pytest.fixture
def journal(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> tuple[GlobalJournal, int]:
    ana, bob = person("Ana"), person("Bob")
    journal = app_context.core.journal
    for day in range(1, 8):  # older entries that do not match
        journal.log([bob], "note", f"note {day}", at=D(2026, 1, day, 9))
    journal.log([ana], "call", "Talked about the offer", at=D(2026, 2, 1, 9))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 8 and not view.model.reading())
    return view, ana


def test_enter_on_the_first_match_while_older_entries_are_searched_opens_it_once(
    qtbot: QtBot,
    app_context: AppContext,
    journal: tuple[GlobalJournal, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view, ana = journal
    monkeypatch.setattr(journal_rows, "TEXT_SCAN_ROWS", 3)  # the match in the first slice
    begun, go_on = _held_search(monkeypatch, first_too=False)
    view.focus_search()  # typed there (the list with the keyboard makes its first current)
    view.text.setText("offer")  # searched after the pause
    try:
        qtbot.waitUntil(begun.is_set)  # the next slice, of older entries, is being read
        assert view.model.rowCount() == 1
        assert view.model.reading() and not view.list.currentIndex().isValid()
        with qtbot.waitSignal(view.open_contact, timeout=1000) as opened:
            QTest.keyClick(view.text, Qt.Key.Key_Return)
        assert opened.args == [ana]
    finally:
        go_on.set()
    with qtbot.assertNotEmitted(view.open_contact):
        qtbot.waitUntil(lambda: not view.model.scanning and not view.model.reading())
        assert view.model.rowCount() == 1  # no other match
        # a change to the journal reads the list again: nobody opened for that Enter
        app_context.core.journal.log([ana], "note", "offer sent", at=D(2026, 3, 1, 9))
        app_context.changes.journal_changed.emit([ana])
        qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.model.scanning)


def test_enter_before_the_first_match_then_leaving_the_page_opens_nobody(
    qtbot: QtBot,
    journal: tuple[GlobalJournal, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Enter pressed while the search's first slice was on its way, then another page
    shown: its match coming meanwhile does not throw the user onto a contact."""
    view, _ana = journal
    begun, go_on = _held_search(monkeypatch, first_too=True)
    view.text.setText("offer")  # searched after the pause
    try:
        qtbot.waitUntil(begun.is_set)
        view.focus_search()
        QTest.keyClick(view.text, Qt.Key.Key_Return)  # waits for the first match
        view.hide()
    finally:
        go_on.set()
    with qtbot.assertNotEmitted(view.open_contact):
        qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.reading())
        view.show()
        qtbot.waitUntil(lambda: not view.model.scanning)
