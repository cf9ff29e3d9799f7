"""Today on a quiet day: the empty "Due today" says nothing of anything else."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _today(qtbot: QtBot, core: Core, tmp_data_dir: Path) -> TodayView:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()  # hidden, it waits to be shown before it rebuilds
    return view


def test_nothing_due_at_all_reads_nothing_due_today(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    """A new user's Today (nothing overdue either) said "Nothing else due today."."""
    clock.set(dt.datetime(2026, 3, 2, 9))
    core.contacts.create(Contact(given_name="Ana"))
    view = _today(qtbot, core, tmp_data_dir)
    empty = view.sections["today"].empty
    qtbot.waitUntil(lambda: empty.text() == "Nothing due today.")
    assert empty.isVisible()


def test_below_overdue_rows_it_is_nothing_else(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 3, 2, 9))
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, dt.datetime(2026, 2, 27, 10), "Send the proposal")
    view = _today(qtbot, core, tmp_data_dir)
    qtbot.waitUntil(lambda: bool(view.row_texts("overdue")))
    assert view.sections["today"].empty.text() == "Nothing else due today."
