"""A reminder's message clicked after a restore replaced the database: the contact it named
is looked for by what it said, not by an id the restored data may give someone else."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from test_tray import FakeWindow, context, make_tray, window  # noqa: F401  (fixtures)

from netdesk.core import backups
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext


def test_a_message_clicked_after_a_restore_does_not_open_whoever_has_its_id_now(
    context: AppContext,  # noqa: F811
    window: FakeWindow,  # noqa: F811
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", family_name="García"))
    core.follow_ups.add(ana, clock.now() + dt.timedelta(minutes=5), "Send the proposal")
    tray = make_tray(context, window, available=True)
    tray.start()
    try:
        clock.advance(minutes=5)
        tray.notifier.check()
        assert tray.messages[-1] == ("Ana García", "Send the proposal")
        # a backup where that id is someone else (another database's, or made before Ana's
        # id was given anew): restored while the message is still on screen
        backup = backups.backup_now(tmp_path / "backups", clock.now())
        with contextlib.closing(sqlite3.connect(backup)) as other:
            other.execute(
                "UPDATE contact SET given_name = 'Zoe', family_name = 'Quinn', "
                "display_name = 'Zoe Quinn', sort_key = 'quinn zoe' WHERE id = ?",
                (ana,),
            )
            other.commit()
        shown = len(tray.messages)
        context.changes.database_replacing.emit(True)
        backups.restore(core, backup)
        context.changes.database_replacing.emit(False)
        assert core.contacts.names([ana]) == {ana: "Zoe Quinn"}
        assert len(tray.messages) == shown  # no new message took its place
        tray.icon.messageClicked.emit()
        assert window.calls[-1] == ("show_today", None)  # not Zoe Quinn's card
        assert ("open_contact", ana) not in window.calls
    finally:
        tray.stop()
