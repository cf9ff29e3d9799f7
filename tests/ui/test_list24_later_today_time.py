"""Sorted by next follow-up, a row due later today says at what time ("16:30", as Today lists
it): "today" alone, on rows of several times, made the order look arbitrary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTime
from pytestqt.qtbot import QtBot

from netdesk.core.listing import SortOrder
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_rows import ContactRowDelegate
from netdesk.ui.context import AppContext


def _at(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def test_a_row_due_later_today_says_its_time(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    core = app_context.core
    now = core.clock.now()  # 9:00
    ana, ben, cleo = person("Ana"), person("Ben"), person("Cleo")
    today = now.date()
    core.follow_ups.add(ana, dt.datetime.combine(today, dt.time(16, 30)), "call")
    core.follow_ups.add(ben, dt.datetime.combine(today, dt.time(11, 5)), "send")
    core.follow_ups.add(cleo, now + dt.timedelta(days=1), "tomorrow")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(320, 400)
    panel.show()
    panel.load()
    panel.set_sort(SortOrder.NEXT_DUE)
    model = panel.model
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ContactRowDelegate)
    assert model.ids() == [ben, ana, cleo]

    def shown(contact_id: int, moment: dt.datetime = now) -> str:
        summary = model.summary(model.row_of(contact_id))
        assert summary is not None
        return delegate.next_due_text(summary, moment)

    def heard(contact_id: int) -> str:
        index = model.index(model.row_of(contact_id))
        return str(index.data(Qt.ItemDataRole.AccessibleTextRole))

    assert [shown(ben), shown(ana), shown(cleo)] == [_at(11, 5), _at(16, 30), "tomorrow"]
    assert f"next follow-up: {_at(16, 30)}" in heard(ana)
    panel.view.viewport().grab()  # painted with it
    # the evening before, the same rows are "tomorrow", not the times kept from today
    evening = now - dt.timedelta(hours=2)
    assert shown(ana, evening) == shown(ana) == _at(16, 30)
    day_before = now - dt.timedelta(days=1)
    assert shown(ana, day_before) == shown(ben, day_before) == "tomorrow"
    assert shown(ana) == _at(16, 30)
