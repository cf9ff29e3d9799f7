"""The Today view turns over when the next item falls due, counted in real time: the night
clocks go forward, an item due at 9:00 came an hour late (caught by the minute's clock check)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView

D = dt.datetime


def test_the_wait_for_the_next_item_is_real_time_across_the_change_to_summer_time(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")  # clocks go from 2:00 to 3:00 on 29 March 2026
    time.tzset()
    try:
        core = app_context.core
        clock.set(D(2026, 3, 29, 1, 0))
        ana = core.contacts.create(Contact(given_name="Ana"))
        core.follow_ups.add(ana, D(2026, 3, 29, 9, 0), "Call back")
        view = TodayView(app_context)
        qtbot.addWidget(view)
        # 8 hours on the wall clock, 7 of them lived: 1:00 CET to 9:00 CEST
        assert view.next_change.interval() == 7 * 3600 * 1000 + 250
        assert view.clock_check.turns_over_at == D(2026, 3, 29, 9, 0)
    finally:
        monkeypatch.undo()
        time.tzset()
