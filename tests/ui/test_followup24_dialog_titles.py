"""The date dialogs of Reschedule, Snooze > Pick a date… and Add follow-up… name whom they
are about in their title, as Done's does: from the tray, the window hidden, or on a row of
two Henry Davies, "Reschedule" alone did not say whose follow-up it moved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpActions, FollowUpDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


def _title_of_the_dialog(act: Callable[[], bool]) -> str:
    """The title of the real date dialog ``act()`` opens (cancelled once seen)."""
    seen: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FollowUpDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(cancel)
    timer.start()
    try:
        assert act() is False
    finally:
        timer.stop()
    assert seen
    return seen[0]


def test_the_date_dialogs_name_whom_they_are_about(qtbot: QtBot, context: AppContext) -> None:
    core = context.core
    henry = core.contacts.create(
        Contact(given_name="Henry", family_name="Davies", organization="Acme")
    )
    item = core.follow_ups.add(henry, dt.datetime(2026, 12, 1, 10), "Send the deck")
    actions = FollowUpActions(context)
    said = {
        "Reschedule": lambda: actions.reschedule(item),
        "Snooze until": lambda: actions.snooze_to_picked(item),
        "Add follow-up": lambda: actions.add(henry),
    }
    for title, act in said.items():
        assert _title_of_the_dialog(act) == f"{title} — Henry Davies (Acme)"
    assert not context.undo_stack.canUndo()
