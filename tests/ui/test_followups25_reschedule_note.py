"""Reschedule… puts a one-off's note right too: a typo in "Send the porposal" could only be
fixed by deleting the follow-up and adding it again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DueChoice, FollowUpActions

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context``: the undo stack emptied at the end (see test_follow_up_panel.py)."""
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


def _asked(actions: FollowUpActions, answer: DueChoice) -> list[dict[str, Any]]:
    """What the date dialog is asked with; it answers ``answer``."""
    asked: list[dict[str, Any]] = []

    def ask(*_args: object, **kwargs: Any) -> DueChoice:
        asked.append(kwargs)
        return answer

    actions.ask_due = ask
    return asked


def test_the_note_alone_put_right_is_saved_and_undone(qtbot: QtBot, context: AppContext) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 5, 10), "Send the porposal")
    actions = FollowUpActions(context)
    asked = _asked(actions, DueChoice(D(2026, 3, 5, 10), True, "Send the proposal"))
    assert actions.reschedule(item)
    assert (asked[0]["with_note"], asked[0]["note"]) == (True, "Send the porposal")
    changed = core.follow_ups.get(item)
    assert changed is not None
    assert (changed.note, changed.due) == ("Send the proposal", D(2026, 3, 5, 10))
    assert context.undo_stack.undoText() == "Reschedule — Ana"
    context.undo_stack.undo()
    assert core.follow_ups.get(item).note == "Send the porposal"  # type: ignore[union-attr]


def test_a_note_emptied_keeps_the_one_it_had(qtbot: QtBot, context: AppContext) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 5, 10), "Call back")
    actions = FollowUpActions(context)
    _asked(actions, DueChoice(D(2026, 3, 9, 10), True, ""))
    assert actions.reschedule(item)
    moved = core.follow_ups.get(item)
    assert moved is not None and (moved.note, moved.due) == ("Call back", D(2026, 3, 9, 10))


def test_a_keep_in_touch_item_is_asked_no_note(qtbot: QtBot, context: AppContext) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    (cadence,) = core.follow_ups.of_contact(ana)
    assert cadence.id is not None
    actions = FollowUpActions(context)
    asked = _asked(actions, DueChoice(D(2026, 3, 20), False, "Ignored"))
    assert actions.reschedule(cadence.id)
    assert asked[0]["with_note"] is False
    assert core.follow_ups.get(cadence.id).note == cadence.note  # type: ignore[union-attr]
