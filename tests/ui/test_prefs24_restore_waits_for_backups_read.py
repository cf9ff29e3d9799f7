"""A restore waits for a read of the backups folder still under way (Preferences closed while
it read, its read forgotten but at its current file): that read opens the database too."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import threading

from pytestqt.qtbot import QtBot
from test_restore_dialog import CountedAnswers, back_up, listed, window  # noqa: F401

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.preferences import backups_pool
from netdesk.ui.restore_dialog import start_restore


def _waiting_for_backups_reads() -> bool:
    """Whether a thread (the restore's worker) waits in _wait_for_backups_reads."""
    for frame in sys._current_frames().values():
        seen = frame
        while seen is not None:
            if seen.f_code.co_name == "_wait_for_backups_reads":
                return True
            seen = seen.f_back
    return False


def test_a_restore_waits_for_a_backups_read_under_way_then_restores(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    person("Ana")
    made = back_up(window, qtbot)
    person("Bob")
    database = app_context.paths.database
    reading, release, ended = threading.Event(), threading.Event(), threading.Event()

    def read_held() -> None:  # as backup_owner reads the database's id, on a slow disk
        try:
            connection = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)
            with contextlib.closing(connection):
                cursor = connection.execute("SELECT key FROM setting")
                cursor.fetchone()  # (its read under way: the rest not fetched)
                reading.set()
                release.wait(30)
        finally:
            ended.set()

    backups_pool().start(read_held)
    assert reading.wait(10)
    answers = CountedAnswers("OK")  # a refused restore says so in a message box
    try:
        operation = start_restore(window, made)
        qtbot.waitUntil(
            lambda: not operation.running or _waiting_for_backups_reads(), timeout=20_000
        )
        assert operation.running and not ended.is_set()
        with qtbot.waitSignal(operation.ended, timeout=20_000):
            release.set()
    finally:
        release.set()
        answers.stop()
    assert answers.seen == []  # not refused as in use
    assert listed(window) == ["Ana"]
