"""An entry logged with a past date, older than a later talk, does not say the keep-in-touch
clock restarted: it did not (the next follow-up counts from the later talk). Found on Xvfb:
"Old call" logged on 5 January for a contact talked to yesterday said "Logged. The
keep-in-touch clock restarted." while the card kept its next follow-up."""

from __future__ import annotations

import datetime as dt

from log_dialog_setup import when_shown
from PySide6.QtCore import QDateTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.ui.context import AppContext
from netdesk.ui.log_dialog import LogInteractionDialog


def log_at(main_window, contact_id: int, when: dt.datetime | None) -> str:  # type: ignore[no-untyped-def]
    def log(dialog: LogInteractionDialog) -> None:
        QTest.keyClicks(dialog.summary, "Call")
        if when is not None:
            dialog.when.setDateTime(QDateTime(when))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    seen = when_shown(log)
    main_window.log_interaction([contact_id])
    assert seen
    return main_window.statusBar().currentMessage()


def test_a_backdated_entry_does_not_say_the_clock_restarted(
    qtbot: QtBot, main_window, app_context: AppContext, person, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    ana = person("Ana", keep_in_touch_days=30)
    core.journal.log([ana], "call", "Yesterday's call", at=clock.now() - dt.timedelta(days=1))
    due = core.contacts.get(ana).next_due  # type: ignore[union-attr]
    said = log_at(main_window, ana, dt.datetime(2026, 1, 5, 10, 0))
    assert core.contacts.get(ana).next_due == due  # type: ignore[union-attr]
    assert "restarted" not in said
    assert said == "Logged. A later interaction still sets when to keep in touch."
    # logged now, it is the last talk: the clock restarts, and says so
    assert log_at(main_window, ana, None) == "Logged. The keep-in-touch clock restarted."
    assert core.contacts.get(ana).next_due != due  # type: ignore[union-attr]
