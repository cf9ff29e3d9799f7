"""A stale tray menu is made again a few seconds after a change, unopened: some D-Bus tray
hosts never send AboutToShow, and their menu went on showing follow-ups done or deleted
since. The change itself leaves the menu (30-60 ms on 100,000 contacts) for later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.tray import ReminderTray

D = dt.datetime


class Window(QWidget):
    before_close = None

    def open_contact(self, contact_id: int) -> None:
        pass

    def show_today(self) -> None:
        pass

    def log_interaction(self, contact_ids: list[int] | None = None, summary: str = "") -> None:
        pass


@pytest.fixture
def tray(qtbot: QtBot, core: Core, tmp_data_dir: Path) -> Iterator[ReminderTray]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    for name, note in (("Ana", "Send the proposal"), ("Bob", "Call back")):
        contact = core.contacts.create(Contact(given_name=name))
        core.follow_ups.add(contact, D(2026, 3, 2, 8), note)
    window = Window()
    qtbot.addWidget(window)
    made = ReminderTray(context, window)  # type: ignore[arg-type]
    made.available = True
    made.post_message = lambda title, text: None  # type: ignore[method-assign]
    made.start()
    yield made
    made.stop()


def _due_items(tray: ReminderTray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if a.objectName() == "dueItem"]


def test_a_menu_never_opened_drops_items_done_and_deleted_elsewhere(
    qtbot: QtBot, tray: ReminderTray
) -> None:
    context = tray.context
    core = context.core
    assert _due_items(tray) == ["Ana — Send the proposal", "Bob — Call back"]
    ana, bob = core.follow_ups.due(core.clock.now(), limit=5)
    assert ana.id is not None and bob.id is not None
    core.follow_ups.mark_done(ana.id)  # by netdesk-cli, say
    with qtbot.waitSignal(tray.notifier.checked):
        context.changes.follow_ups_changed.emit()
    core.follow_ups.delete(bob.id)  # the same burst
    with qtbot.waitSignal(tray.notifier.checked):
        context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "Nothing due")
    # the menu is never opened (no aboutToShow): it catches up on its own
    qtbot.waitUntil(lambda: _due_items(tray) == [], timeout=30000)
    assert not tray.menu_stale
    assert [a.text() for a in tray.menu.actions() if not a.isEnabled()] == ["Nothing due"]
