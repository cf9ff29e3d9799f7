"""The calendar feed writes one file at a time: changes during a write are written once after
it, never queued one write each behind it on the operations worker."""

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


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


def test_changes_during_a_write_are_written_once_after_it(
    context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    """On 100,000 contacts a write takes most of a minute: an edit every few seconds queued a
    write each behind it, ahead of the user's own import, without end."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    context.settings.set(s.ICS_FOLDER, str(tmp_path / "cal"))
    feed = CalendarFeed(context)
    feed.timer.setInterval(10)
    feed.start()
    feed.timer.stop()
    busy, release = threading.Event(), threading.Event()

    def long_write() -> None:  # the worker busy, as with a write of 100,000 birthdays
        busy.set()
        release.wait(10)

    Operation.pool().start(long_write)
    assert busy.wait(10)
    written: list[object] = []
    feed.written.connect(written.append)
    feed.write_in_background()  # behind the busy worker
    for note in ("First", "Second", "Third"):  # edits meanwhile
        core.follow_ups.add(ana, dt.datetime(2026, 3, 5, 10), note)
        context.changes.follow_ups_changed.emit()
        qtbot.waitUntil(lambda: not feed.timer.isActive())
    release.set()
    target = tmp_path / "cal" / "netdesk.ics"
    qtbot.waitUntil(lambda: len(written) >= 2 and not feed.timer.isActive() and not feed.pending)
    assert written == [target, target]
    data = target.read_bytes()
    assert all(note.encode() in data for note in ("First", "Second", "Third"))
    feed.stop()
