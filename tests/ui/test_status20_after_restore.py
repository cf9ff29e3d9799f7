"""The status bar's due count after a restore is the restored data's. Its recount was keyed
on the data stamp and the clock's second, and a restore's new connection starts its stamp
again: in the same second the restored data could keep the old count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netdesk.core import backups
from netdesk.core.clock import FixedClock
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_restore_in_the_same_second_shows_the_restored_count(
    main_window: MainWindow,
    app_context: AppContext,
    clock: FixedClock,
    tmp_path: Path,
    person,  # type: ignore[no-untyped-def]
) -> None:
    core = app_context.core
    core.follow_ups.add(person("Ana"), clock.now() - dt.timedelta(days=1), "overdue")
    backup = backups.backup_now(tmp_path / "backups", clock.now())  # one item due
    core.follow_ups.add(person("Ben"), clock.now(), "today")
    # the window's connection has written nothing itself (as when a worker or netdesk-cli
    # wrote): its stamp is the data version alone, as a new connection's is
    core.store.close()
    app_context.changes.follow_ups_changed.emit()
    assert main_window.status_due.text() == "2 follow-ups due"
    stamp = core.store.data_stamp()
    app_context.changes.database_replacing.emit(True)
    backups.restore(core, backup)
    core.store.close()  # (the app restores on a worker: the window's connection is new)
    app_context.changes.database_replacing.emit(False)
    app_context.changes.everything()
    if core.store.data_stamp() != stamp:
        pytest.fail("the restored connection's stamp differs: this test no longer shows the case")
    assert core.follow_ups.count_due() == 1
    assert main_window.status_due.text() == "1 follow-up due"
