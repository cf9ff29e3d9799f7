"""An operation gives back to the system the C heap its work freed (glibc): a bulk change's
256 MiB page cache stayed resident for the rest of the session."""

from __future__ import annotations

import ctypes
import gc
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.operations import Operation, run_operation

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="glibc's heap: Linux only"
)

_kept: list[sqlite3.Connection] = []


def anon_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no RssAnon")


def test_an_ended_operation_leaves_nothing_to_give_back(
    qtbot: QtBot, app_context: AppContext
) -> None:
    def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
        # ~60 MB through SQLite's sorter in memory, as a bulk change's page cache fills up,
        sorted = sqlite3.connect(":memory:")
        sorted.execute("PRAGMA temp_store = MEMORY")
        sorted.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 60000) "
            "SELECT count(*) FROM (SELECT randomblob(1000) AS r FROM n ORDER BY r)"
        ).fetchone()
        # then something that stays, above it in the heap (the window's own allocations)
        _kept.append(sqlite3.connect(":memory:"))
        sorted.close()

    # what earlier tests freed is given back first: only the operation's own is measured
    # (a full run once found 5 MB more to give back, none of it the operation's)
    gc.collect()
    ctypes.CDLL(None).malloc_trim(0)
    operation = run_operation(app_context, None, "Deleting contacts…", work, changes=False)
    with qtbot.waitSignal(operation.ended, timeout=30_000):
        pass
    assert Operation.pool().waitForDone(10_000)  # the worker's finally has run
    before = anon_mib()
    ctypes.CDLL(None).malloc_trim(0)
    assert before - anon_mib() < 5.0
