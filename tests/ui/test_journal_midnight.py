"""Journal lists left open overnight: the day turns in them too."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QObject
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.ui import journal_view
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal

D = dt.datetime


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_after_midnight_the_rows_say_yesterday_and_the_offered_dates_follow(
    qtbot: QtBot, app_context: AppContext, person, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Yesterday's entries said "today" until each row was painted again (hovered: a list
    of both), and "to" offered yesterday: ticked, it hid what was logged since midnight."""
    monkeypatch.setattr(journal_view, "DAY_CHECK_MS", 20)
    clock = app_context.core.clock
    assert isinstance(clock, FixedClock)
    ana = person("Ana")
    app_context.core.journal.log([ana], "call", "Morning call", at=D(2026, 3, 2, 8))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    assert view.until.date() == QDate(2026, 3, 2)
    paints = Paints()
    view.list.viewport().installEventFilter(paints)
    qtbot.wait(100)  # the list as painted; no day turned: not painted again for it
    painted = paints.count
    assert view.until.date() == QDate(2026, 3, 2)
    clock.set(D(2026, 3, 3, 0, 0, 30))
    qtbot.waitUntil(lambda: view.until.date() == QDate(2026, 3, 3))
    qtbot.waitUntil(lambda: paints.count > painted)
    assert view.since.date() == QDate(2025, 12, 3)
    assert not view.use_until.isChecked() and not view.use_since.isChecked()
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, journal_view.JournalDelegate)
    assert delegate.header(view.model.entry(0)).endswith("yesterday")
    # a date the user ticked stays as chosen
    view.use_until.setChecked(True)
    clock.set(D(2026, 3, 4, 0, 0, 30))
    qtbot.waitUntil(lambda: view.list.shown_day == dt.date(2026, 3, 4))
    assert view.until.date() == QDate(2026, 3, 3) and view.since.date() == QDate(2025, 12, 4)
