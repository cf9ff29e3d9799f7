"""One change told by several signals counts the due follow-ups once."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core.clock import FixedClock
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_an_outside_write_counts_the_due_follow_ups_once(
    main_window: MainWindow,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
    person,  # type: ignore[no-untyped-def]
) -> None:
    follow_ups = app_context.core.follow_ups
    follow_ups.add(person("Ana"), clock.now() - dt.timedelta(days=1), "overdue")
    counts: list[int] = []
    count_due = follow_ups.count_due

    def counted() -> int:
        counts.append(1)
        return count_due()

    monkeypatch.setattr(follow_ups, "count_due", counted)
    app_context.changes.everything()  # contacts_changed, journal_changed, follow_ups_changed
    assert main_window.status_due.text() == "1 follow-up due"
    assert len(counts) == 1
    follow_ups.add(person("Ben"), clock.now(), "today")  # new data: counted again
    app_context.changes.follow_ups_changed.emit()
    assert main_window.status_due.text() == "2 follow-ups due"
    assert len(counts) == 2
    clock.advance(minutes=1)  # the same data later: counted again too
    app_context.changes.follow_ups_changed.emit()
    assert len(counts) == 3
