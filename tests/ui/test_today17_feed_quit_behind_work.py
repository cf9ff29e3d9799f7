"""At quit, a calendar write queued behind a bulk change on the worker is written at once, not
after the bulk change ran to its end (which quitting cancels right after the tray stops)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.operations import Operation
from netdesk.ui.tray import CalendarFeed

WATCHDOG_S = 30.0  # without the fix, stop() waits until this ends the worker's work


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


def test_quit_takes_back_a_write_queued_behind_other_work(
    context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    """An edit, then a bulk change of 10,000 contacts started within the feed's 2 s: the
    feed's write waits behind it on the one worker. Quitting then waited for the whole bulk
    change to finish (app.main cancels it only after the tray has stopped): a minute and more
    of a netdesk gone from the screen still running, and the change kept, not rolled back."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, dt.datetime(2026, 3, 5, 10), "Send the proposal")
    context.settings.set(s.ICS_FOLDER, str(tmp_path / "cal"))
    feed = CalendarFeed(context)
    feed.start()
    feed.timer.stop()
    busy, release = threading.Event(), threading.Event()
    ended_by_watchdog = threading.Event()

    def bulk_change() -> None:  # runs until netdesk's quit cancels it
        busy.set()
        if not release.wait(WATCHDOG_S):
            ended_by_watchdog.set()

    Operation.pool().start(bulk_change)
    try:
        assert busy.wait(10)
        feed.write_in_background()  # queued behind it
        assert feed.pending == 1
        feed.stop()  # the quit
        assert not ended_by_watchdog.is_set(), "stop() waited for the bulk change to end"
        assert feed.pending == 0
        assert b"Ana: Send the proposal" in (tmp_path / "cal" / "netdesk.ics").read_bytes()
    finally:
        release.set()  # the bulk change cancelled, as app.main does next
        qtbot.waitUntil(lambda: Operation.pool().activeThreadCount() == 0, timeout=40_000)
