"""Today's "Show more" after a refused read, while another program still holds the database
to itself: read on the window's thread, each press waited the busy timeout (5 s) with the
window frozen. It reads on the worker now, as the retries do (test_quiet25_…)."""

from __future__ import annotations

import datetime as dt

import pytest
from lock_holder import LockHolder, busy_timeout
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TODAY_PAGE, TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LATE = dt.datetime(2026, 2, 20, 9)  # overdue on Monday 2 March 2026 (the fixtures' clock)


def test_show_more_while_still_held_leaves_the_window_free(
    qtbot: QtBot, app_context: AppContext, holder: list[LockHolder], monkeypatch: pytest.MonkeyPatch
) -> None:
    core = app_context.core
    for n in range(TODAY_PAGE + 5):
        contact = core.contacts.create(Contact(given_name=f"Person {n:02}"))
        core.follow_ups.add(contact, LATE, f"Call {n}")
    busy_timeout(monkeypatch, 50)
    view = TodayView(app_context, read_at_once=False)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.body.isVisible)
    more = view.sections["overdue"].more
    assert more.isVisible() and len(view.row_texts("overdue")) == TODAY_PAGE
    core.store.close_own()  # none is open while another holds the file alone
    holder.append(LockHolder(core.store.path, alone=True))
    app_context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(view.problem.isVisible)
    core.store.close_own()
    busy_timeout(monkeypatch, 1500)  # each read waits 1.5 s for the lock
    ticks = [0]
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    QTest.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.problem.failures == 2, timeout=20000)
    timer.stop()
    # the window's thread went on: its timer turned all along (frozen, once or twice)
    assert ticks[0] >= 10
    assert view.body.isVisible() and len(view.row_texts("overdue")) == TODAY_PAGE
    holder.pop().release()
    QTest.mouseClick(view.problem.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.problem.isVisible(), timeout=10000)
    assert len(view.row_texts("overdue")) == TODAY_PAGE + 5  # the page asked for, read
