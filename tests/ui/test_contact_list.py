"""The contact list's row delegate: what one paint of the visible rows costs the model."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_list_model import ContactListModel, Role
from netdesk.ui.context import AppContext


def test_painting_rows_asks_the_model_for_summaries_only(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Ada", "Grace", "Edsger"):
        app_context.core.contacts.create(Contact(given_name=name, organization="Acme"))
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    panel.load()
    asked: list[int] = []
    real_data = ContactListModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        asked.append(int(role))
        return real_data(self, index, role)

    monkeypatch.setattr(ContactListModel, "data", counting)  # Qt calls the class's override
    panel.view.grab()  # paints the visible rows now
    assert asked.count(int(Role.SUMMARY)) == 3  # one per painted row
    assert set(asked) <= {int(Role.SUMMARY), int(Role.CONTACT_ID)}
    delegate = panel.view.itemDelegate()
    assert len(delegate._fonts) == 1  # fonts and metrics built once for the view's font


def test_the_list_bounds_qts_pixmap_cache_its_avatars_fill(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from PySide6.QtGui import QPixmapCache

    from netdesk.ui import contact_list

    QPixmapCache.setCacheLimit(10 * 1024)  # Qt's default
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    assert QPixmapCache.cacheLimit() == contact_list.PIXMAP_CACHE_KIB == 2 * 1024


def test_the_rows_last_interaction_follows_the_clock_into_the_next_day(
    app_context: AppContext,
) -> None:
    from netdesk.ui.contact_list import ContactRowDelegate

    clock = app_context.core.clock
    delegate = ContactRowDelegate(app_context)
    talked = clock.now() - dt.timedelta(days=1)
    assert delegate._relative_past(talked, clock.now()) == "yesterday"
    assert delegate._relative_past(None, clock.now()) == "never"
    later = clock.now() + dt.timedelta(days=1)  # left open overnight: not yesterday's words
    assert delegate._relative_past(talked, later) == "2 days ago"
    assert delegate._relative_past(later - dt.timedelta(hours=1), later) == "today"
