"""Snooze › Pick a date… puts an item off, as the menu's fixed choices do: never to a moment
before it is due (bringing it forward is Reschedule…'s), and the dialog says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DueChoice, FollowUpActions, FollowUpDialog

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


def test_pick_a_date_cannot_snooze_an_item_to_before_it_is_due(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    core = context.core
    clock.set(D(2026, 3, 2, 9))  # Monday
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 7, 10), "Send the slides")  # Saturday 10:00
    actions = FollowUpActions(context)
    menu = actions.snooze_menu(item)
    tomorrow = next(a for a in menu.actions() if a.text() == "&Tomorrow (9:00)")
    assert not tomorrow.isEnabled()  # the fixed choice refuses to bring it forward
    seen: dict[str, object] = {}

    def ask(parent: object, start: dt.datetime, **options: object) -> DueChoice | None:
        dialog = FollowUpDialog(start, None, **options)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        seen["start"] = dialog.choice().due
        seen["first day"] = dialog.date_edit.minimumDate()
        dialog.date_edit.setFocus()
        dialog.date_edit.setSelectedSection(dialog.date_edit.Section.DaySection)
        QTest.keyClick(dialog.date_edit, Qt.Key.Key_Down)  # Friday 6th: refused, stays
        seen["stepped"] = dialog.date_edit.date()
        dialog.date_edit.setDate(QDate(2026, 3, 7))
        dialog.time_edit.setTime(QTime(9, 0))  # Saturday 9:00, before 10:00
        seen["ok before due"] = dialog.ok_button.isEnabled()
        seen["hint"] = dialog.past_hint.text() if dialog.past_hint.isVisible() else ""
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # refused as OK is
        seen["accepted"] = dialog.result() == FollowUpDialog.DialogCode.Accepted
        dialog.time_edit.setTime(QTime(11, 0))
        seen["ok after due"] = dialog.ok_button.isEnabled()
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        return dialog.choice() if dialog.result() == FollowUpDialog.DialogCode.Accepted else None

    actions.ask_due = ask
    assert actions.snooze_to_picked(item)
    assert seen["start"] == D(2026, 3, 8, 9)  # "tomorrow 9:00" from when it is due
    assert seen["first day"] == QDate(2026, 3, 7)
    assert seen["stepped"] == QDate(2026, 3, 7)
    assert seen["ok before due"] is False
    assert seen["accepted"] is False
    assert "Reschedule" in str(seen["hint"]) and "Sat 7 Mar 2026 10:00" in str(seen["hint"])
    assert "&" not in str(seen["hint"])
    assert seen["ok after due"] is True
    (after,) = core.follow_ups.of_contact(ana)
    assert after.effective_due == D(2026, 3, 7, 11)  # put off, never forward


def test_an_overdue_item_is_still_snoozed_from_now(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    """Overdue, the first moment is now: the hint says the moment has passed, as before."""
    core = context.core
    clock.set(D(2026, 3, 2, 9, 30))
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 2, 27, 10), "Call")
    actions = FollowUpActions(context)
    seen: dict[str, object] = {}

    def ask(parent: object, start: dt.datetime, **options: object) -> DueChoice | None:
        seen.update(options, start=start)
        return None

    actions.ask_due = ask
    assert not actions.snooze_to_picked(item)
    assert seen["earliest"] == D(2026, 3, 2, 9, 30)
    assert seen["start"] == D(2026, 3, 3, 9)
    assert seen["too_early"] == ""  # the dialog's own "That moment has passed"
