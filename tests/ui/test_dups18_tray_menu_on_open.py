"""A change reaches the tray's icon at once and its menu as the menu opens: made after each
change, the menu's "Act on a due item" submenus held the window 26-45 ms on 100,000
contacts, for a menu the user may not open all day."""

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
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 2, 8), "Send the proposal")
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


def test_a_change_updates_the_icon_and_leaves_the_menu_to_its_opening(
    qtbot: QtBot, tray: ReminderTray
) -> None:
    context = tray.context
    core = context.core
    assert _due_items(tray) == ["Ana — Send the proposal"]
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.follow_ups.add(bob, D(2026, 3, 2, 8, 30), "Call back")
    with qtbot.waitSignal(tray.notifier.checked):
        context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "2 follow-ups due")
    assert tray.due_count == 2
    assert _due_items(tray) == ["Ana — Send the proposal"]  # not made again yet
    assert tray.menu_stale
    tray.menu.aboutToShow.emit()  # the user opens it
    assert _due_items(tray) == ["Ana — Send the proposal", "Bob — Call back"]
    (act_on,) = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
    assert [a.menu().title() for a in act_on.actions()] == [
        "Ana — Send the proposal",
        "Bob — Call back",
    ]
    assert not tray.menu_stale


def test_the_menu_made_when_it_opens_says_a_pause_and_a_done_item(
    qtbot: QtBot, tray: ReminderTray
) -> None:
    """What is done elsewhere (the Today view) and a pause both show when it next opens."""
    context = tray.context
    core = context.core
    [item] = core.follow_ups.due(core.clock.now(), limit=5)
    assert item.id is not None
    core.follow_ups.mark_done(item.id)
    with qtbot.waitSignal(tray.notifier.checked):
        context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "Nothing due")
    tray.menu.aboutToShow.emit()
    assert _due_items(tray) == []
    assert tray.action("pauseHourAction").isEnabled()
    tray.action("pauseHourAction").trigger()
    tray.menu.aboutToShow.emit()
    assert tray.action("resumeAction") is not None
