"""Today's first read refused by the database (another program holding it to itself): the
page kept only its header, an error box said "database is locked", and nothing read it again
until something changed elsewhere. It now says in the page what failed, naming the file,
reads again by itself after a pause (longer after each refusal), and offers "Try again"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from lock_holder import LockHolder, busy_timeout
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui import today_problem
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LATE = dt.datetime(2026, 2, 20, 9)  # overdue on Monday 2 March 2026 (the fixtures' clock)


@pytest.fixture
def held_alone(app_context: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[LockHolder]:
    """The window's connection let go (none is open while another program holds the file to
    itself), the file then held by another process; the window gives up waiting after 50 ms
    (the app waits 5 s; the outcome is the same)."""
    busy_timeout(monkeypatch, 50)
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, LATE, "Call Ana")
    core.store.close_own()
    holder = LockHolder(core.store.path, alone=True)
    yield holder
    holder.release()


def _today(qtbot: QtBot, context: AppContext) -> TodayView:
    view = TodayView(context, read_at_once=False)  # as the window makes it
    qtbot.addWidget(view)
    view.resize(700, 500)
    with qtbot.waitExposed(view):
        view.show()
    return view


def test_the_first_read_refused_is_said_in_the_page_and_try_again_reads_it(
    qtbot: QtBot, app_context: AppContext, held_alone: LockHolder
) -> None:
    with qtbot.capture_exceptions() as raised:
        view = _today(qtbot, app_context)
        qtbot.waitUntil(view.problem.isVisible)
    assert raised == []  # said in the page, not in an error box
    said = view.problem.text.text()
    assert said.startswith("Today could not be read.")
    assert str(app_context.core.store.path) in said and "locked by another program" in said
    assert view.problem.note.text() == "netdesk tries again in 3 s."
    # no section says "Nothing overdue" of what was not read, nor an empty area scrolls
    assert not view.body.isVisible() and not view.scroll_area.isVisible()
    assert "Today" in view.header.text()
    held_alone.release()
    QTest.mouseClick(view.problem.button, Qt.MouseButton.LeftButton)
    assert view.problem.note.text() == "Trying again…"
    qtbot.waitUntil(view.body.isVisible)
    assert not view.problem.isVisible() and view.scroll_area.isVisible()
    assert [t.split(" — ")[0] for t in view.row_texts("overdue")] == ["Ana"]
    assert view.due_label.text() == "1 follow-up due"


def test_a_refused_read_is_read_again_by_itself_after_a_pause_growing_each_time(
    qtbot: QtBot,
    app_context: AppContext,
    held_alone: LockHolder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(today_problem, "RETRY_S", (0.2, 0.4, 0.8))
    view = _today(qtbot, app_context)
    qtbot.waitUntil(view.problem.isVisible)
    assert view.problem.retry.interval() == 200
    # refused again when the pause is over: the next pause is longer
    qtbot.waitUntil(lambda: view.problem.failures == 2, timeout=10000)
    assert view.problem.retry.interval() == 400 and view.problem.isVisible()
    held_alone.release()
    qtbot.waitUntil(view.body.isVisible, timeout=10000)  # no click, no change elsewhere
    assert not view.problem.isVisible() and view.problem.failures == 0
    assert [t.split(" — ")[0] for t in view.row_texts("overdue")] == ["Ana"]


def test_a_later_read_refused_keeps_what_was_shown_and_says_it_may_be_out_of_date(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy_timeout(monkeypatch, 50)
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, LATE, "Call Ana")
    view = _today(qtbot, app_context)
    qtbot.waitUntil(view.body.isVisible)
    core.store.close_own()
    holder = LockHolder(core.store.path, alone=True)
    try:
        app_context.changes.follow_ups_changed.emit()
        qtbot.waitUntil(view.problem.isVisible)
        assert view.problem.text.text().startswith(
            "Today could not be read again; what it shows may be out of date."
        )
        assert view.body.isVisible()
        assert [t.split(" — ")[0] for t in view.row_texts("overdue")] == ["Ana"]
    finally:
        holder.release()
    QTest.mouseClick(view.problem.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.problem.isVisible())


def test_a_view_read_at_once_and_refused_says_so_instead_of_failing_to_be_made(
    qtbot: QtBot, app_context: AppContext, held_alone: LockHolder
) -> None:
    with qtbot.capture_exceptions() as raised:
        view = TodayView(app_context)  # read before it returns
        qtbot.addWidget(view)
    assert raised == []
    assert view.problem.text.text().startswith("Today could not be read.")
    assert view.body.isHidden() and view.scroll_area.isHidden()
    held_alone.release()
    view.show()  # read when shown, the pause or not
    qtbot.waitUntil(view.body.isVisible)
    assert not view.problem.isVisible()


def test_the_countdown_stops_once_the_pause_is_over(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over, the page reads again (or, hidden, when next shown): no second ticks on."""
    monkeypatch.setattr(today_problem, "RETRY_S", (0.05,))
    problem = today_problem.ReadProblem()
    qtbot.addWidget(problem)
    with qtbot.waitSignal(problem.try_again, timeout=5000):
        problem.refused("held", shown_before=False)
        assert problem._tick.isActive()
    assert not problem._tick.isActive() and not problem.retry.isActive()
