"""A follow-up due in another year says which: the card's "Keep in touch · Tue 2 Mar" of a
yearly cadence, logged today, read as today's date (found on Xvfb: logged a call with a
contact kept in touch every year, the card then said "Keep in touch · Mon 29 Nov" on Sunday
29 November)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_panel import FollowUpPanel

D = dt.datetime


def test_a_follow_up_a_year_ahead_names_its_year(qtbot: QtBot, app_context: AppContext) -> None:
    context = app_context
    core = context.core
    now = core.clock.now()  # Monday 2 March 2026
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=365))
    core.journal.log([ana], "call", "Caught up", at=now)
    core.follow_ups.add(ana, D(2026, 3, 9, 10), "Send the proposal")
    panel = FollowUpPanel(context)
    qtbot.addWidget(panel)
    panel.set_contact(ana)
    texts = sorted(panel.row_texts())
    assert texts == ["Keep in touch · Tue 2 Mar 2027", "Send the proposal · Mon 9 Mar 10:00"]
