"""File > Restore from backup… after a read of the database failed in the window (a damaged
database, whose box sends the user there): Python keeps the last unhandled error, and with
it the cursor that read; its statement kept the window's connection open once closed, and
the restore was refused as "in use by another program (is netdesk running?)"."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from test_restore_dialog import back_up, listed, window  # noqa: F401  (fixture)

from netdesk.store.models import db
from netdesk.ui.main_window import MainWindow
from netdesk.ui.restore_dialog import start_restore

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.qt_no_exception_capture,  # the error goes unhandled, as in the app
]


def test_a_restore_after_a_failed_read_is_not_refused_as_in_use(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    person,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person("Ana")
    made = back_up(window, qtbot)
    person("Ben")  # after the backup: the restore takes him away
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _trace: reported.append(error))
    for name in ("last_type", "last_value", "last_traceback"):
        monkeypatch.setattr(sys, name, None, raising=False)

    def read_that_fails() -> None:
        # fails as SQLite steps through it, with its statement prepared (as a page found
        # damaged does), on the window's connection, in a slot: unhandled
        db.execute_sql("SELECT abs(?)", (-(2**63),)).fetchall()

    QTimer.singleShot(0, read_that_fails)
    qtbot.waitUntil(lambda: bool(reported))
    assert sys.last_traceback is not None  # kept by Python, as the app's errors are
    operation = start_restore(window, made)
    failed: list[BaseException] = []
    operation.failed.connect(failed.append)
    monkeypatch.setattr("netdesk.ui.operations.show_problem", lambda *_args: None)
    with qtbot.waitSignal(operation.ended, timeout=20_000):
        pass
    assert failed == []
    qtbot.waitUntil(lambda: listed(window) == ["Ana"])
