"""A database damaged past the list's pages: counting the due follow-ups after the first paint
raised, and start-up stopped there. The error box said the database was damaged, but
``started_up`` never came: no tray, no day's backup (whose box offers Restore), no handling
of SIGTERM or the session ending, for the whole session. The rest of start-up now runs."""

from __future__ import annotations

import datetime as dt
import sqlite3
import traceback
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _damage(database: Path, table: str) -> None:
    """A table's or an index's first page overwritten, as a disk that lost a page leaves it."""
    connection = sqlite3.connect(database)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with database.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\x0d" + b"\xa5" * (size - 1))


@pytest.mark.parametrize(
    ("damaged", "met_by"),
    [
        ("follow_up", "show_contact"),  # the card's follow-ups are read first
        (
            "follow_up_open_due",
            "_finish_start",
        ),  # only the due index: the list's filters, the count
    ],
)
def test_start_up_goes_on_when_a_step_after_the_first_paint_meets_damage(
    qtbot: QtBot, tmp_data_dir: Path, damaged: str, met_by: str
) -> None:
    paths = Paths(tmp_data_dir)
    core = Core.open(paths)
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, dt.datetime(2020, 1, 1, 9), "Call Ana")
    core.store.close()
    _damage(paths.database, damaged)
    context = AppContext.starting(
        paths, tmp_data_dir / "netdesk.log", lambda c: Core.open(paths, c)
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.captureExceptions() as raised, qtbot.waitSignal(window.started_up, timeout=10_000):
        window.show()
    assert raised, "the count met no damage: the test's file is not damaged where it should be"
    assert "malformed" in str(raised[0][1])
    assert met_by in "".join(traceback.format_tb(raised[0][2]))
    assert window.contacts.model.rowCount() == 1  # the list was read before the damage met
