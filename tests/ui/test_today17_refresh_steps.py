"""The Today view reads its sections after a change a step per turn of the event loop: read
at once, on 100,000 contacts a change anywhere held the window 0.1-0.2 s."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact, PartialDate
from netdesk.store.models import db
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView

D = dt.datetime


@pytest.fixture
def turns(qtbot: QtBot) -> Iterator[list[list[str]]]:
    """The SQL run on the window's connection, a list per turn of the event loop: a ticker
    timer of 0 ms starts a new list each time it fires (Qt fires each due timer once per
    pass, so the view's step and the ticker take turns)."""
    found: list[list[str]] = [[]]
    connection = db.connection()
    connection.set_trace_callback(lambda sql: found[-1].append(sql))
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: found.append([]))
    ticker.start()
    yield found
    ticker.stop()
    connection.set_trace_callback(None)


def test_a_change_is_read_a_step_per_turn(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock, turns: list[list[str]]
) -> None:
    core = app_context.core
    clock.set(D(2026, 3, 10, 10))
    ana = core.contacts.create(Contact(given_name="Ana", birthday=PartialDate(1990, 3, 12)))
    bob = core.contacts.create(Contact(given_name="Bob", anniversary=PartialDate(2010, 3, 6)))
    core.follow_ups.add(ana, D(2026, 3, 2, 9), "Send the proposal")  # overdue
    core.follow_ups.add(bob, D(2026, 3, 10, 15), "Call back")  # later today
    view = TodayView(app_context)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    cy = core.contacts.create(Contact(given_name="Cy"))
    core.follow_ups.add(cy, D(2026, 3, 13, 9), "Coffee")  # this week
    turns[:] = [[]]
    app_context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: any(t.startswith("Cy — Coffee") for t in view.row_texts("week")))
    read = [statements for statements in turns if statements]
    # every section as before: a read of each, the view shown in its last step
    assert [t.split(" · ")[0] for t in view.row_texts("overdue")] == ["Ana — Send the proposal"]
    assert view.row_texts("later") == ["Bob — Call back · 15:00"]
    assert [t.split(" · ")[0] for t in view.row_texts("birthdays")] == [
        "Bob's anniversary (16 years)",
        "Ana turns 36",
    ]
    # read in steps: no turn ran more than a few of them (read at once, one turn ran all)
    assert len(read) >= 6, read
    reads = [_reads(statements) for statements in read]
    assert max(reads) <= 3 < sum(reads), read


def _reads(statements: list[str]) -> int:
    """The reads among ``statements``: a transaction counted once (the due count is one read
    of three statements, in one snapshot), the connection's look at whether the data changed
    (PRAGMA data_version) not at all."""
    count, inside = 0, False
    for sql in statements:
        if sql == "BEGIN":
            inside = True
            count += 1
        elif sql == "COMMIT":
            inside = False
        elif not inside and not sql.startswith("PRAGMA data_version"):
            count += 1
    return count
