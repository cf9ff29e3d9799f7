"""Snooze all reads the overdue items where it snoozes them: on the worker when they are
many. On the 100,000-contact bench the window read its 4,425 overdue items first, 0.47 s of
its thread before the progress dialog came."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store.models import db
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context``: the undo stack emptied at the end (see test_follow_up_panel.py)."""
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_many_overdue_items_are_read_and_snoozed_on_the_worker(
    qtbot: QtBot, context: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.ui import operations, today_view

    core = context.core
    clock.set(D(2026, 3, 2, 9))
    for n in range(6):
        someone = core.contacts.create(Contact(given_name=f"P{n}"))
        core.follow_ups.add(someone, D(2026, 2, 20 + n, 10), f"Call P{n}")
    later = core.contacts.create(Contact(given_name="Later"))
    core.follow_ups.add(later, D(2026, 3, 2, 15), "Due today, not overdue")
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    monkeypatch.setattr(today_view, "SNOOZE_ALL_ON_THE_GUI_THREAD", 3)
    read_here: list[str] = []
    db.connection().set_trace_callback(read_here.append)
    try:
        assert view.snooze_overdue(lambda now: D(2026, 3, 3, 9))
    finally:
        db.connection().set_trace_callback(None)
    # counted here; not one item read (a page of the list is LIMIT 1: the count's look)
    items_read = [s for s in read_here if "FROM follow_up f JOIN contact" in s]
    assert all(s.rstrip().endswith("LIMIT 1 OFFSET 0") for s in items_read), items_read
    qtbot.waitUntil(lambda: not operations.Operation.running_now(), timeout=10_000)
    assert core.follow_ups.count_due() == 0
    assert [f.effective_due for f in core.follow_ups.of_contact(later)] == [D(2026, 3, 2, 15)]
    stack = context.undo_stack
    assert stack.count() == 1 and stack.undoText().startswith("Snooze 6 follow-up")
    with qtbot.waitSignal(context.changes.follow_ups_changed, timeout=10_000):
        stack.undo()  # on the worker too: each back as it was
    assert core.follow_ups.count_due() == 6
    with qtbot.waitSignal(context.changes.follow_ups_changed, timeout=10_000):
        stack.redo()
    assert core.follow_ups.count_due() == 0
