"""Sorted by next follow-up, a row not due yet says when it is ("in 3 days"): the rows showed
only the last interaction, and a list sorted by dates nobody could see looked unsorted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.listing import SortOrder
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_rows import ContactRowDelegate
from netdesk.ui.context import AppContext


def test_rows_sorted_by_next_follow_up_say_when_it_is(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    core = app_context.core
    now = core.clock.now()
    ana, ben, cleo = person("Ana"), person("Ben"), person("Cleo")
    old = person("Old", archived=True)
    core.follow_ups.add(ana, now + dt.timedelta(days=3), "send the offer")
    core.follow_ups.add(ben, now - dt.timedelta(days=1), "call back")  # due: "due" says it
    core.follow_ups.add(old, now + dt.timedelta(days=2), "archived: never reminded")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(320, 400)
    panel.show()
    panel.load()
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    model = panel.model

    def shown() -> dict[int, str]:
        texts = {}
        for row in range(model.rowCount()):
            summary = model.summary(row)
            assert summary is not None
            texts[summary.id] = delegate.next_due_text(summary, now)
        return texts

    def heard(contact_id: int) -> str:
        index = model.index(model.row_of(contact_id))
        return str(index.data(Qt.ItemDataRole.AccessibleTextRole))

    assert shown() == {ana: "", ben: "", cleo: ""}  # by name: the last interaction only
    assert "next follow-up" not in heard(ana)
    panel.set_sort(SortOrder.NEXT_DUE)
    assert model.ids() == [ben, ana, cleo]
    assert shown() == {ana: "in 3 days", ben: "", cleo: ""}
    assert "next follow-up: in 3 days" in heard(ana)
    assert "due" in heard(ben) and "next follow-up" not in heard(ben)
    panel.view.viewport().grab()  # painted with it
    # the next day (left open overnight): counted from the new day, not kept from the last
    summary = model.summary(model.row_of(ana))
    assert summary is not None
    tomorrow = now + dt.timedelta(days=1)
    assert delegate._relative_past(None, tomorrow) == "never"
    assert delegate.next_due_text(summary, tomorrow) == "in 2 days"
    panel.set_sort(SortOrder.NAME)
    assert delegate.next_due_text(summary, now) == ""
