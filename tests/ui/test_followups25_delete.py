"""Delete on a one-off follow-up: a follow-up no longer wanted (the meeting called off) could
only be marked Done, which wrote a journal line about something that never happened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
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


def test_delete_takes_a_one_off_away_without_a_journal_line_and_undo_brings_it_back(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    meeting = core.follow_ups.add(ana, D(2026, 3, 5, 10), "Prepare the meeting")
    before = core.follow_ups.get(meeting)
    assert before is not None
    actions = FollowUpActions(context)
    menu = actions.menu_for(before)
    delete = next(a for a in menu.actions() if a.objectName() == "delete")
    assert delete.text() == "De&lete"
    with qtbot.waitSignal(context.changes.follow_ups_changed):
        delete.trigger()
    assert core.follow_ups.get(meeting) is None
    assert core.journal.for_contact(ana) == []
    assert context.undo_stack.undoText() == "Delete follow-up — Ana"
    context.undo_stack.undo()
    assert core.follow_ups.get(meeting) == before  # under its id, as it was
    context.undo_stack.redo()
    assert core.follow_ups.get(meeting) is None
    assert [f.from_cadence for f in core.follow_ups.of_contact(ana)] == [True]


def test_a_keep_in_touch_item_offers_no_delete(context: AppContext) -> None:
    """It would come back at once while the cadence lasts: Skip this cycle, or Never."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    (cadence,) = core.follow_ups.of_contact(ana)
    names = [a.objectName() for a in FollowUpActions(context).menu_for(cadence).actions()]
    assert "delete" not in names


def test_delete_of_an_item_gone_meanwhile_says_so(context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 5, 10), "Call")
    actions = FollowUpActions(context)
    said: list[str] = []
    monkeypatch.setattr(
        "netdesk.ui.follow_up_actions.show_problem", lambda _p, title, _t: said.append(title)
    )
    core.follow_ups.delete(item)  # by netdesk-cli, say
    assert not actions.delete(item)
    assert said == ["Not deleted"]
    assert context.undo_stack.count() == 0


def test_add_says_which_item_it_wrote(context: AppContext) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    actions = FollowUpActions(context)
    actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 9), False, "Lunch")
    assert actions.add(ana)
    (item,) = core.follow_ups.of_contact(ana)
    assert actions.last_added == item.id
