"""Reschedule (or a picked Snooze) to when the item is due already changes nothing: no undo
step ("Undone: Reschedule — Ana" undid nothing), nothing written, and the status bar says
so, as Set cadence… and Tag… do. The date typed wrong on the way, then back, included."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from log_dialog_setup import OFFSCREEN, english_month_names  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.date_typing import typing_problem
from netdesk.ui.follow_up_actions import DueChoice, FollowUpActions, FollowUpDialog

pytestmark = [OFFSCREEN, pytest.mark.usefixtures("english_month_names")]

D = dt.datetime
SAID = "Nothing changed: the follow-up is already due then."
Ask = Callable[..., DueChoice | None]


@pytest.fixture
def context(core: Core, tmp_data_dir: Path, clock: FixedClock) -> Iterator[AppContext]:
    clock.set(D(2026, 3, 3, 9))
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    window.show()
    return window


def type_over(edit: QDateTimeEdit, typed: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, typed)


def typed_wrong_then_back(qtbot: QtBot) -> Ask:
    """The real dialog: a day that does not exist typed and refused by OK, then the date
    it showed typed back, and OK."""

    def ask(parent: QWidget | None, start: dt.datetime, **options: object) -> DueChoice | None:
        dialog = FollowUpDialog(start, parent, **options)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        shown = dialog.date_edit.date().toString("yyyy-MM-dd")
        type_over(dialog.date_edit, shown[:5] + "02-30")
        assert typing_problem(dialog.date_edit)
        dialog.ok_button.click()
        assert dialog.result() != FollowUpDialog.DialogCode.Accepted
        type_over(dialog.date_edit, shown)
        assert typing_problem(dialog.date_edit) == ""
        dialog.ok_button.click()
        assert dialog.result() == FollowUpDialog.DialogCode.Accepted
        return dialog.choice()

    return ask


@pytest.mark.parametrize(
    ("due", "has_time"), [(D(2026, 3, 10, 10, 30), True), (D(2026, 3, 10), False)]
)
def test_a_one_off_rescheduled_to_its_own_date_leaves_no_undo_step(
    qtbot: QtBot, context: AppContext, window: QMainWindow, due: dt.datetime, has_time: bool
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, due, "Send the proposal", has_time=has_time)
    before = core.follow_ups.get(item)
    actions = FollowUpActions(context)
    actions.ask_due = typed_wrong_then_back(qtbot)
    assert actions.reschedule(item, window.centralWidget())
    assert not context.undo_stack.canUndo()
    assert core.follow_ups.get(item) == before
    assert window.statusBar().currentMessage() == SAID


def test_a_keep_in_touch_item_overdue_rescheduled_to_its_date_leaves_no_undo_step(
    qtbot: QtBot, context: AppContext, window: QMainWindow, clock: FixedClock
) -> None:
    """Overdue, it is offered from tomorrow: its own date typed back is no move either."""
    core = context.core
    clock.set(D(2026, 2, 1, 9))
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    clock.set(D(2026, 3, 5, 9))
    (before,) = core.follow_ups.of_contact(ana)
    assert before.effective_due == D(2026, 3, 3) and before.id is not None
    actions = FollowUpActions(context)
    actions.ask_due = lambda parent, start, **options: DueChoice(D(2026, 3, 3), False)
    assert actions.reschedule(before.id, window.centralWidget())
    assert not context.undo_stack.canUndo()
    assert core.follow_ups.get(before.id) == before
    assert window.statusBar().currentMessage() == SAID


def test_a_held_keep_in_touch_item_rescheduled_unchanged_leaves_no_undo_step(
    qtbot: QtBot, context: AppContext, window: QMainWindow, clock: FixedClock
) -> None:
    core = context.core
    clock.set(D(2026, 2, 1, 9))
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    clock.set(D(2026, 3, 3, 9))
    (item,) = core.follow_ups.of_contact(ana)
    assert item.id is not None
    actions = FollowUpActions(context)
    actions.snooze(item.id, D(2026, 3, 6, 9))
    assert context.undo_stack.count() == 1
    before = core.follow_ups.get(item.id)
    actions.ask_due = typed_wrong_then_back(qtbot)
    assert actions.reschedule(item.id, window.centralWidget())
    assert context.undo_stack.count() == 1 and context.undo_stack.undoText() == "Snooze — Ana"
    assert core.follow_ups.get(item.id) == before
    assert window.statusBar().currentMessage() == SAID


def test_a_reschedule_that_moves_it_is_still_undoable(
    qtbot: QtBot, context: AppContext, window: QMainWindow
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 10), "Call", has_time=False)
    actions = FollowUpActions(context)
    # the same day, now at a time: shown otherwise, so moved
    actions.ask_due = lambda parent, start, **options: DueChoice(D(2026, 3, 10), True)
    assert actions.reschedule(item, window.centralWidget())
    assert context.undo_stack.undoText() == "Reschedule — Ana"
    assert core.follow_ups.get(item).has_time  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() != SAID


def test_a_snooze_picked_for_when_it_is_held_already_leaves_no_undo_step(
    qtbot: QtBot, context: AppContext, window: QMainWindow
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 3, 8), "Call")
    actions = FollowUpActions(context)
    actions.snooze(item, D(2026, 3, 4, 9))
    before = core.follow_ups.get(item)
    actions.ask_due = lambda parent, start, **options: DueChoice(D(2026, 3, 4, 9), True)
    assert actions.snooze_to_picked(item, window.centralWidget())
    assert context.undo_stack.count() == 1
    assert core.follow_ups.get(item) == before
    assert window.statusBar().currentMessage() == SAID


def test_from_the_tray_the_main_window_says_it(
    qtbot: QtBot, context: AppContext, window: QMainWindow
) -> None:
    """The tray's menus ask with no window of their own (a menu, or none): said in the main
    window's status bar all the same."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 10, 10, 30), "Call")
    actions = FollowUpActions(context)
    actions.ask_due = lambda parent, start, **options: DueChoice(D(2026, 3, 10, 10, 30), True)
    assert actions.reschedule(item, None)
    assert not context.undo_stack.canUndo()
    assert window.statusBar().currentMessage() == SAID
