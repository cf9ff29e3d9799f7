"""The tray menu opens as it is when nothing changed since it was made: each opening read the
count and the due items again and made the menu anew, 16-60 ms of a still window on 100,000
contacts. A write (here or by another program), the clock passing a due item or set back,
still make it anew as it opens."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
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
def tray(qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock) -> Iterator[ReminderTray]:
    clock.set(D(2026, 3, 2, 9))
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 2, 8), "Send the proposal")
    core.follow_ups.add(ana, D(2026, 3, 2, 11), "Call back")  # due later this morning
    window = Window()
    qtbot.addWidget(window)
    made = ReminderTray(context, window)  # type: ignore[arg-type]
    made.available = True
    made.post_message = lambda title, text: None  # type: ignore[method-assign]
    made.start()
    made.menu.aboutToShow.emit()  # settled: made for what is there now
    yield made
    made.stop()


def _due_items(tray: ReminderTray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if a.objectName() == "dueItem"]


def _actions(tray: ReminderTray) -> list[QAction]:
    return list(tray.menu.actions())


def test_opening_the_menu_again_with_nothing_changed_keeps_it_as_made(
    tray: ReminderTray,
) -> None:
    made = _actions(tray)
    assert _due_items(tray) == ["Ana — Send the proposal"]
    for _ in range(3):
        tray.menu.aboutToShow.emit()
        assert _actions(tray) == made  # the same actions: nothing read or made again
    assert tray.icon.toolTip() == "1 follow-up due"


def test_a_write_by_another_program_shows_as_the_menu_opens(
    tray: ReminderTray, tmp_data_dir: Path
) -> None:
    """netdesk-cli marked the item done: the watchdog notices within a minute, the opening
    at once."""
    other = sqlite3.connect(tray.context.paths.database)
    other.execute("UPDATE follow_up SET done_at = '2026-03-02 08:30:00' WHERE note = ?",
                  ("Send the proposal",))  # fmt: skip
    other.commit()
    other.close()
    tray.menu.aboutToShow.emit()
    assert _due_items(tray) == []
    assert tray.icon.toolTip() == "Nothing due"


def test_a_write_here_shows_as_the_menu_opens_before_the_tray_heard_of_it(
    tray: ReminderTray,
) -> None:
    core = tray.context.core
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.follow_ups.add(bob, D(2026, 3, 2, 8, 30), "Thank Bob")
    tray.menu.aboutToShow.emit()  # no signal said it yet
    assert _due_items(tray) == ["Ana — Send the proposal", "Bob — Thank Bob"]
    assert tray.icon.toolTip() == "2 follow-ups due"


def test_an_item_falling_due_or_the_clock_set_back_shows_as_the_menu_opens(
    tray: ReminderTray, clock: FixedClock
) -> None:
    clock.set(D(2026, 3, 2, 11, 5))  # "Call back" fell due; its timer has not fired here
    tray.menu.aboutToShow.emit()
    assert _due_items(tray) == ["Ana — Send the proposal", "Ana — Call back"]
    clock.set(D(2026, 3, 2, 7))  # set back: nothing is due yet
    tray.menu.aboutToShow.emit()
    assert _due_items(tray) == []
    assert tray.icon.toolTip() == "Nothing due"
