"""The list follows time across a suspend: its timer counts the time the machine is awake
alone, so a follow-up falling due (or midnight) while it slept waited up to an hour more."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext


def test_woken_past_a_follow_up_falling_due_the_list_reads_it_at_once(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    clock = app_context.core.clock
    ana = person("Ana")
    app_context.core.follow_ups.add(ana, clock.now() + dt.timedelta(minutes=30), "call back")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    panel.set_filter(ListFilter.DUE)
    assert panel.model.rowCount() == 0
    panel.check_outside_writes()  # (every 3 s while the window is shown)
    assert panel.model.rowCount() == 0
    clock.advance(hours=8)  # a night asleep: the 30-minute timer has not come
    assert panel._time_timer.isActive()
    panel.check_outside_writes()
    assert panel.model.ids() == [ana]
    assert panel.count_label.text() == "1 contact"
