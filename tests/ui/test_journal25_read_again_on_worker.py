"""Everyone's journal, searched and scrolled far down, is read again on the worker after a
change: read on the window's thread to put the user back on their row, it held the window up
to half a second (358 ms on the 100,000-contact journal), and past that the row was lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import ContactService
from netdesk.core.journal import JournalService
from netdesk.store import journal as journal_rows
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def ids(view: GlobalJournal) -> list[int | None]:
    return [entry.id for entry in view.model.entries]


def current_id(view: GlobalJournal) -> int | None:
    return view.model.entry(view.list.currentIndex().row()).id


def seen_at_top(view: GlobalJournal) -> tuple[int | None, int]:
    """The entry at the top of the list as seen, and where its row begins."""
    top = view.list.indexAt(QPoint(1, 1))
    return view.model.entry(top.row()).id, view.list.visualRect(top).top()


def settled(qtbot: QtBot, view: GlobalJournal) -> None:
    qtbot.waitUntil(lambda: not view.model.scanning and not view.model.reading(), timeout=20000)


class Held:
    """The worker's reads of the journal held (``hold``) until ``go_on``; the threads that
    read it, in ``threads``."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.holding = False
        self.begun = threading.Event()
        self.released = threading.Event()

    def hold(self) -> None:
        self.holding, self.begun, self.released = True, threading.Event(), threading.Event()

    def go_on(self) -> None:
        self.holding = False
        self.released.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch, far_down: GlobalJournal) -> Iterator[Held]:
    """(After ``far_down``, so let go before it waits for the reads at its end.)"""
    state = Held()
    real_page = JournalService.page

    def page(self: JournalService, **kwargs: object) -> object:
        state.threads.append(threading.get_ident())
        if state.holding:
            state.begun.set()
            state.released.wait(30)
        return real_page(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JournalService, "page", page)
    yield state
    state.go_on()  # never a worker left waiting


@pytest.fixture
def far_down(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> Iterator[GlobalJournal]:
    """Everyone's journal searched for "paper" (one entry in four matches, read a few rows a
    slice), 160 rows read, the 130th current and scrolled to."""
    ana = person("Ana")
    journal = app_context.core.journal
    for n in range(700):
        summary = f"Reviewed the paper {n}" if n % 4 == 0 else f"Call {n}"
        journal.log([ana], "call", summary, at=D(2024, 1, 1) + dt.timedelta(hours=n))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    view.resize(700, 400)
    with qtbot.waitExposed(view):
        view.show()
    settled(qtbot, view)
    view.text.setText("paper")
    view._timer.stop()  # refreshed here, once
    view.refresh()
    settled(qtbot, view)
    while view.model.rowCount() < 160:
        view.model.fetchMore(QModelIndex())
        settled(qtbot, view)
    view.list.setCurrentIndex(view.model.index(130))
    view.list.scrollTo(view.model.index(130))
    yield view
    settled(qtbot, view)  # no read left for the next test's database


@pytest.fixture(autouse=True)
def _small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_rows, "TEXT_SCAN_ROWS", 40)


def test_a_change_far_down_a_search_is_read_again_on_the_worker_and_the_user_stays(
    qtbot: QtBot, app_context: AppContext, far_down: GlobalJournal, held: Held
) -> None:
    view = far_down
    (ana,) = far_down.model.entry(0).contact_ids
    assert view.list.verticalScrollBar().value() > 0
    shown, current, top = ids(view), current_id(view), seen_at_top(view)
    held.threads.clear()
    newest = app_context.core.journal.log([ana], "call", "Sent the paper", at=D(2026, 1, 1))
    app_context.changes.journal_changed.emit([ana])
    # the rows shown stay as they were, the user on theirs, until the new ones come
    assert ids(view) == shown and current_id(view) == current
    assert view.model.reading()
    settled(qtbot, view)
    assert threading.get_ident() not in held.threads and held.threads  # all on the worker
    assert ids(view)[0] == newest and ids(view)[1:] == shown[: len(ids(view)) - 1]
    assert view.model.rowCount() >= 160
    assert current_id(view) == current  # the same entry, one row further down
    # what the user was looking at stays put: the list did not move a line under their eyes
    assert seen_at_top(view) == top
    assert view.list.isVisible() and not view.empty.isVisible()


def test_a_change_while_the_rows_are_read_again_is_read_too_and_the_first_read_dropped(
    qtbot: QtBot, app_context: AppContext, far_down: GlobalJournal, held: Held
) -> None:
    """The rows of the first read, from before the second change, are never shown."""
    view = far_down
    journal = app_context.core.journal
    first, second = view.model.entry(2).id, view.model.entry(3).id
    assert first is not None and second is not None
    current = current_id(view)
    replaced: list[list[int | None]] = []
    view.model.rows_replaced.connect(lambda: replaced.append(ids(view)))
    held.hold()
    journal.delete(first)
    app_context.changes.journal_changed.emit(None)
    assert held.begun.wait(30)  # the first read is under way on the worker
    journal.delete(second)
    app_context.changes.journal_changed.emit(None)
    held.go_on()
    settled(qtbot, view)
    qtbot.wait(20)  # the first read's answer, had it been kept, would be shown by now
    assert len(replaced) == 1
    assert first not in ids(view) and second not in ids(view)
    assert current_id(view) == current


def test_the_user_moving_while_the_rows_are_read_again_stays_where_they_went(
    qtbot: QtBot, app_context: AppContext, far_down: GlobalJournal, held: Held
) -> None:
    view = far_down
    went_to = view.model.entry(140).id
    held.hold()
    app_context.changes.journal_changed.emit(None)
    assert held.begun.wait(30)
    view.list.setCurrentIndex(view.model.index(140))  # Down, Down… meanwhile
    scroll = view.list.verticalScrollBar().value()
    held.go_on()
    settled(qtbot, view)
    assert current_id(view) == went_to
    assert view.list.verticalScrollBar().value() == scroll


def test_undoing_a_delete_far_down_makes_the_entry_put_back_current_once_read(
    qtbot: QtBot, app_context: AppContext, far_down: GlobalJournal, held: Held
) -> None:
    """The undo asks for the entry it put back while the rows are still being read: it is
    made current when they come (the one after it stayed current, and the next Delete
    took it)."""
    view = far_down
    deleted = current_id(view)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        view.list.delete_current()
    settled(qtbot, view)
    assert deleted not in ids(view) and view.list.currentIndex().row() == 130
    held.hold()
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        app_context.undo_stack.undo()
    assert held.begun.wait(30)
    held.go_on()
    settled(qtbot, view)
    assert current_id(view) == deleted and view.list.currentIndex().row() == 130
    shown = view.list.visualRect(view.list.currentIndex())
    assert view.list.viewport().rect().contains(shown)


def test_a_name_changed_while_the_rows_are_read_again_is_shown_changed(
    qtbot: QtBot,
    app_context: AppContext,
    far_down: GlobalJournal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The worker read the names before the rename was written: they are read again."""
    view = far_down
    contacts = app_context.core.contacts
    (ana,) = view.model.entry(0).contact_ids
    names_read, rename_written = threading.Event(), threading.Event()
    real_names = ContactService.names

    def names_then_wait(self: ContactService, contact_ids: list[int]) -> dict[int, str]:
        found = real_names(self, contact_ids)
        if threading.current_thread() is not threading.main_thread():
            names_read.set()
            rename_written.wait(30)
        return found

    monkeypatch.setattr(ContactService, "names", names_then_wait)
    app_context.changes.journal_changed.emit(None)
    assert names_read.wait(30)
    contacts.update(dataclasses.replace(contacts.get(ana), given_name="Anabel"))  # type: ignore[type-var]
    app_context.changes.contacts_changed.emit([ana])
    rename_written.set()
    settled(qtbot, view)
    assert view.model.names([ana]) == ["Anabel"]


def test_a_deleted_entry_leaves_the_list_at_once_while_the_rest_is_read_again(
    qtbot: QtBot, far_down: GlobalJournal, held: Held
) -> None:
    """It stayed, current, until the list read again came: a second Delete found it already
    deleted ("nothing to undo")."""
    view = far_down
    deleted, following = current_id(view), view.model.entry(131).id
    top, where = seen_at_top(view), view.list.visualRect(view.list.currentIndex())
    held.hold()
    try:
        view.list.delete_current()
        assert held.begun.wait(30)  # read again on the worker, held there
        assert deleted not in ids(view) and current_id(view) == following
        # the next entry takes its place on the screen: the list did not move a line
        assert seen_at_top(view) == top
        assert view.list.visualRect(view.list.currentIndex()) == where
    finally:
        held.go_on()
    settled(qtbot, view)
    assert deleted not in ids(view) and current_id(view) == following
    assert view.list.currentIndex().row() == 130 and seen_at_top(view) == top
