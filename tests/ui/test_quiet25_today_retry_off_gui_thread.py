"""Today's retry after a refused read, while another program still holds the database to
itself: read on the window's thread, each try waited the busy timeout (5 s) with the window
frozen. It is read on a worker now; the page keeps what it shows until the answer."""

from __future__ import annotations

import datetime as dt

import pytest
from lock_holder import LockHolder, busy_timeout
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LATE = dt.datetime(2026, 2, 20, 9)  # overdue on Monday 2 March 2026 (the fixtures' clock)


def _hold(app_context: AppContext, holder: list[LockHolder]) -> LockHolder:
    app_context.core.store.close_own()  # none is open while another holds the file alone
    holder.append(LockHolder(app_context.core.store.path, alone=True))
    return holder[-1]


def _ticks_while(qtbot: QtBot, view: TodayView, failures: int) -> int:
    """Try again, and count the turns of a 20 ms timer on the window's thread until the
    retry is refused (``failures`` refusals in all)."""
    ticks = [0]
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    QTest.mouseClick(view.problem.button, Qt.MouseButton.LeftButton)
    assert view.problem.note.text() == "Trying again…"
    qtbot.waitUntil(lambda: view.problem.failures == failures, timeout=20000)
    timer.stop()
    return ticks[0]


def test_try_again_while_still_held_leaves_the_window_free(
    qtbot: QtBot, app_context: AppContext, holder: list[LockHolder], monkeypatch: pytest.MonkeyPatch
) -> None:
    core = app_context.core
    core.follow_ups.add(core.contacts.create(Contact(given_name="Ana")), LATE, "Call Ana")
    busy_timeout(monkeypatch, 50)
    held = _hold(app_context, holder)
    view = TodayView(app_context, read_at_once=False)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.problem.isVisible)
    core.store.close_own()
    busy_timeout(monkeypatch, 1500)  # each try waits 1.5 s for the lock
    # the window's thread went on: its timer turned all along (frozen, once or twice)
    assert _ticks_while(qtbot, view, 2) >= 10
    assert view.problem.text.text().startswith("Today could not be read.")
    assert str(core.store.path) in view.problem.text.text()
    assert view.body.isHidden() and view.scroll_area.isHidden()
    held.release()
    QTest.mouseClick(view.problem.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.body.isVisible, timeout=10000)
    assert not view.problem.isVisible() and view.problem.failures == 0
    assert [t.split(" — ")[0] for t in view.row_texts("overdue")] == ["Ana"]


def test_a_retry_keeps_what_the_page_shows_and_then_shows_what_is_new(
    qtbot: QtBot, app_context: AppContext, holder: list[LockHolder], monkeypatch: pytest.MonkeyPatch
) -> None:
    core = app_context.core
    core.follow_ups.add(core.contacts.create(Contact(given_name="Ana")), LATE, "Call Ana")
    busy_timeout(monkeypatch, 50)
    view = TodayView(app_context, read_at_once=False)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.body.isVisible)
    held = _hold(app_context, holder)
    app_context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(view.problem.isVisible)
    core.store.close_own()
    busy_timeout(monkeypatch, 1500)
    assert _ticks_while(qtbot, view, 2) >= 10
    assert view.problem.text.text().startswith("Today could not be read again")
    assert view.body.isVisible()
    assert [t.split(" — ")[0] for t in view.row_texts("overdue")] == ["Ana"]
    held.release()
    # written meanwhile by another program, read by the retry
    core.follow_ups.add(core.contacts.create(Contact(given_name="Bob")), LATE, "Call Bob")
    QTest.mouseClick(view.problem.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.problem.isVisible(), timeout=10000)
    assert sorted(t.split(" — ")[0] for t in view.row_texts("overdue")) == ["Ana", "Bob"]
