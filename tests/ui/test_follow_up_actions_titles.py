"""Each action on a due item says its own failure: a Snooze or a Reschedule the database
refused said "Not done", as if the item had not been marked done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lock_holder import LockHolder
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store.models import db
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DueChoice, FollowUpActions


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "logs" / "netdesk.log")


class Titles(list[str]):
    """The title of each message box as it shows, closed with OK."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.append(box.windowTitle())
            box.accept()


@pytest.fixture
def boxes(qtbot: QtBot) -> Iterator[Titles]:
    titles = Titles()
    yield titles
    titles.timer.stop()


@pytest.fixture
def lock(context: AppContext) -> Iterator[Callable[[], None]]:
    """``lock()``: another program holds the write lock; this process gives up waiting after
    50 ms."""
    held: list[LockHolder] = []

    def take() -> None:
        db.execute_sql("PRAGMA busy_timeout = 50")
        held.append(LockHolder(context.core.store.path))

    yield take
    for holder in held:
        holder.release()


def item(context: AppContext, clock: FixedClock, **fields: object) -> int:
    ana = context.core.contacts.create(Contact(given_name="Ana", **fields))  # type: ignore[arg-type]
    return context.core.follow_ups.add(ana, clock.now(), "Send the proposal")


def later(clock: FixedClock) -> Callable[..., DueChoice]:
    return lambda *_a, **_k: DueChoice(clock.now() + dt.timedelta(days=3), False, "")


def test_a_refused_snooze_reschedule_and_skip_each_say_theirs(
    context: AppContext, clock: FixedClock, boxes: Titles, lock: Callable[[], None]
) -> None:
    follow_up = item(context, clock)
    ana = context.core.follow_ups.get(follow_up).contact_id  # type: ignore[union-attr]
    lock()
    actions = FollowUpActions(context)
    actions.ask_due = later(clock)
    actions.snooze(follow_up, clock.now() + dt.timedelta(days=1))
    assert not actions.reschedule(follow_up)
    actions.skip(follow_up)
    assert not actions.add(ana)
    assert boxes == ["Not snoozed", "Not rescheduled", "Not skipped", "Follow-up not added"]
    assert context.undo_stack.count() == 0


def test_an_item_deleted_meanwhile_is_said_by_the_action_tried(
    context: AppContext, clock: FixedClock, boxes: Titles
) -> None:
    follow_up = item(context, clock)
    context.core.follow_ups.delete(follow_up)
    actions = FollowUpActions(context)
    actions.ask_due = later(clock)
    actions.snooze(follow_up, clock.now() + dt.timedelta(days=1))
    assert not actions.reschedule(follow_up)
    assert not actions.done(follow_up)
    assert boxes == ["Not snoozed", "Not rescheduled", "Not done"]


def test_a_refused_snooze_all_says_not_snoozed(
    qtbot: QtBot,
    context: AppContext,
    clock: FixedClock,
    boxes: Titles,
    lock: Callable[[], None],
) -> None:
    from netdesk.ui.today_view import TodayView

    for name in ("Ana", "Bob"):
        late = context.core.contacts.create(Contact(given_name=name))
        context.core.follow_ups.add(late, clock.now() - dt.timedelta(days=3), "Call back")
    view = TodayView(context)
    qtbot.addWidget(view)
    lock()
    assert not view.snooze_overdue(lambda now: now + dt.timedelta(days=1))
    assert boxes == ["Not snoozed"]
