"""Everyone's journal reads its pages on a worker: a page holding an entry logged with
everyone (97,519 people over the 100,000-contact copy) read every one of them on the window's
thread (0.1 s of CPU, 0.25-0.3 s on a loaded machine), and a search's slices 10-20 ms each,
one after another for seconds while a rare word was looked for."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from log_dialog_setup import window_statements
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from netdesk.core.journal import JournalService
from netdesk.store import journal as journal_rows
from netdesk.ui import journal_view
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import INTERACTION_ROLE

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def listed(view: GlobalJournal) -> list[str]:
    model = view.model
    return [model.index(r).data(INTERACTION_ROLE).summary for r in range(model.rowCount())]


def _journal(qtbot: QtBot, context: AppContext) -> GlobalJournal:
    view = GlobalJournal(context)
    qtbot.addWidget(view)
    view.resize(900, 500)
    return view


def test_the_page_and_its_people_are_read_beside_the_window(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"P{n}") for n in range(12)]
    app_context.core.journal.log(ids, "event", "Gala", at=D(2026, 3, 1, 9))
    app_context.core.journal.log(ids[:1], "call", "Call", at=D(2026, 2, 1, 9))
    view = _journal(qtbot, app_context)
    with window_statements(lambda sql: "interaction" in sql) as seen:
        view.show()
        # on its way: a blank list meanwhile, not "Searching…" (nothing was searched)
        assert view.model.reading() and view.list.isVisible()
        assert not view.empty.isVisible() and not view.searching.isVisible()
        qtbot.waitExposed(view)
        qtbot.waitUntil(lambda: listed(view) == ["Gala", "Call"])
    assert seen == []  # neither the entries nor who was on them, on the window's connection
    assert view.model.entry(0).contact_ids == sorted(ids)
    assert view.list.isVisible() and not view.empty.isVisible()


def test_a_search_reads_its_slices_on_a_worker_and_the_window_answers_between(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana = person("Ana")
    journal = app_context.core.journal
    journal.log([ana], "call", "Talked about the offer", at=D(2026, 1, 1, 9))
    for day in range(1, 13):  # newer entries that do not match
        journal.log([ana], "note", f"note {day}", at=D(2026, 2, day, 9))
    monkeypatch.setattr(journal_rows, "TEXT_SCAN_ROWS", 3)
    threads: list[int] = []
    real_page = JournalService.page

    def page(self: JournalService, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return real_page(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JournalService, "page", page)
    view = _journal(qtbot, app_context)
    view.show()
    qtbot.waitUntil(lambda: not view.model.scanning and not view.model.reading())
    threads.clear()
    view.text.setText("offer")
    # what the search field's timer calls, now: left running, it read again after the test,
    # on the next test's database before its tables ("no such table: interaction")
    view._timer.stop()
    view.refresh()
    assert view.model.scanning and view.list.isVisible() and not view.empty.isVisible()
    qtbot.waitUntil(lambda: not view.model.scanning)
    assert listed(view) == ["Talked about the offer"]
    assert len(threads) >= 4  # 13 entries, 3 a slice
    assert threading.get_ident() not in threads
    assert view.list.isVisible() and not view.empty.isVisible()


def test_a_slice_still_being_read_when_a_restore_begins_is_waited_for_and_dropped(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The restore replaces the file: the worker's connection is closed before it, and the
    rows read from the old file are not shown (the journal is read again after it)."""
    ana = person("Ana")
    app_context.core.journal.log([ana], "call", "Talked about the offer", at=D(2026, 1, 1, 9))
    view = _journal(qtbot, app_context)
    view.show()
    qtbot.waitUntil(lambda: listed(view) == ["Talked about the offer"])
    begun, go_on = threading.Event(), threading.Event()
    real_page = JournalService.page

    def held_page(self: JournalService, **kwargs: object) -> object:
        begun.set()
        go_on.wait(30)
        return real_page(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JournalService, "page", held_page)
    # the window waits for the worker as long as a stalled machine may need (5 s held
    # only if the worker ended its slice within 5 s of wall time)
    monkeypatch.setattr(journal_view, "READ_WAIT_S", 120.0)
    view.text.setText("offer")
    view._timer.stop()  # (as above)
    view.refresh()
    assert begun.wait(30)
    reading = view.model._reading
    assert reading is not None
    threading.Timer(0.05, go_on.set).start()  # the worker ends its slice while the GUI waits
    app_context.changes.database_replacing.emit(True)
    try:
        assert reading.done.is_set()  # waited for: its connection closed
        assert not view.model.scanning and not view.model.reading()
        QCoreApplication.processEvents()  # what it read arrives
        assert listed(view) == []  # the old file's rows are dropped
    finally:
        app_context.changes.database_replacing.emit(False)
    view.refresh()
    qtbot.waitUntil(lambda: listed(view) == ["Talked about the offer"])


def test_a_reload_after_a_change_reads_its_rows_once(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read again where the user is (then on the window's thread, to put them back on their
    row), the first page was also asked of the worker: the same slice read twice. It is now
    read once, on the worker alone (journal25: the window's thread held up to 0.5 s)."""
    ana = person("Ana")
    for day in range(1, 6):
        app_context.core.journal.log([ana], "call", f"Call {day}", at=D(2026, 1, day, 9))
    view = _journal(qtbot, app_context)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    threads: list[int] = []
    real_page = JournalService.page

    def page(self: JournalService, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return real_page(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JournalService, "page", page)
    view.list.setCurrentIndex(view.model.index(3))
    app_context.core.journal.log([ana], "call", "Call 6", at=D(2026, 1, 6, 9))
    app_context.changes.journal_changed.emit([ana])
    qtbot.waitUntil(lambda: not view.model.reading())
    assert view.model.rowCount() == 6
    assert len(threads) == 1 and threading.get_ident() not in threads
    assert view.model.entry(view.list.currentIndex().row()).summary == "Call 2"
