"""Done…, Snooze and Reschedule on a Today row whose follow-up (or contact) another program
deleted since the row was made: said, and the row goes, instead of nothing at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView

D = dt.datetime
GONE = "This follow-up was deleted meanwhile, or its contact was.\n"


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, clock: FixedClock) -> TodayView:
    clock.set(D(2026, 3, 2, 9))
    core = context.core
    for name in ("Ana", "Bob"):
        someone = core.contacts.create(Contact(given_name=name))
        core.follow_ups.add(someone, D(2026, 3, 2, 8), f"Call {name}")
    widget = TodayView(context)
    qtbot.addWidget(widget)
    widget.show()
    assert [r.text.split(" — ")[0] for r in widget.sections["today"].rows] == ["Ana", "Bob"]
    return widget


def deleted_elsewhere(view: TodayView, name: str) -> QToolButton:
    """Deletes ``name`` as netdesk-cli would (no signal to this window); returns the Done…
    button of the row still showing them."""
    row = next(r for r in view.sections["today"].rows if r.text.startswith(name))
    view.context.core.contacts.delete([row.contact_id])
    return row.findChild(QToolButton, "doneButton")


def test_done_on_a_row_of_a_contact_deleted_elsewhere_says_so(
    qtbot: QtBot, view: TodayView
) -> None:
    done = deleted_elsewhere(view, "Ana")
    answers = ModalAnswers("&OK")
    try:
        done.click()
    finally:
        answers.stop()
    assert answers.texts() == GONE
    qtbot.waitUntil(lambda: view.row_texts("today") == ["Bob — Call Bob · 08:00"])


def test_snooze_and_reschedule_of_an_item_deleted_elsewhere_say_so(
    qtbot: QtBot, view: TodayView, context: AppContext
) -> None:
    row = view.sections["today"].rows[0]
    assert row.follow_up_id is not None
    context.core.follow_ups.delete(row.follow_up_id)  # netdesk-cli done, or deleted
    actions = view.item_actions
    answers = ModalAnswers("&OK")
    try:
        actions.snooze(row.follow_up_id, D(2026, 3, 3, 9))
        assert not actions.reschedule(row.follow_up_id, view)
    finally:
        answers.stop()
    assert answers.texts() == "\n".join([GONE, GONE])
    qtbot.waitUntil(lambda: view.row_texts("today") == ["Bob — Call Bob · 08:00"])
    assert context.undo_stack.count() == 0
