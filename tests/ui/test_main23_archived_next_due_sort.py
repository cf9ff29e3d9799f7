"""The Archived list sorted by next follow-up comes by name: archived contacts are never
reminded and their rows show no next follow-up, so the list came in the order of dates
nobody could see (the demo: Amelia, Céline, Raúl, Martín, Piotr, Álvaro, Leonor...), and
looked unsorted."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter, SortOrder
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_rows import ContactRowDelegate
from netdesk.ui.context import AppContext


def test_archived_contacts_sorted_by_next_follow_up_come_by_name(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    now = core.clock.now()
    ana = person("Ana", archived=True)
    ben = person("Ben", archived=True)
    cleo = person("Cleo", archived=True)
    dora, eva = person("Dora"), person("Eva")
    for who, days in ((ana, 30), (ben, 3), (cleo, 10), (dora, 9), (eva, 2)):
        core.follow_ups.add(who, now + dt.timedelta(days=days), "call")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    panel.set_sort(SortOrder.NEXT_DUE)
    assert panel.model.ids() == [eva, dora]  # the others: by the date their rows say
    panel.set_filter(ListFilter.ARCHIVED)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    shown = [panel.model.summary(row) for row in range(3)]
    assert all(s is not None and delegate.next_due_text(s, now) == "" for s in shown)
    assert panel.model.ids() == [ana, ben, cleo]  # not [ben, cleo, ana]
