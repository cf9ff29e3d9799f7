"""The fallback Today page: due follow-ups and birthdays in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, PartialDate
from netdesk.ui.context import AppContext
from netdesk.ui.today_basic import TodayBasic


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def test_due_items_and_birthdays_read_in_the_users_language(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    now = core.clock.now()  # Monday 2 March 2026
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    core.follow_ups.add(ana, now - dt.timedelta(days=1), "")
    core.contacts.create(Contact(given_name="Ben", birthday=PartialDate(1990, 3, 4)))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        page = TodayBasic(app_context)
        qtbot.addWidget(page)
        page.refresh()
        assert "Ana — Follow up (1 mar)" in _texts(page.due)
        assert _texts(page.birthdays) == ["Ben — mié 4 mar (turns 36)"]
    finally:
        QLocale.setDefault(previous)
