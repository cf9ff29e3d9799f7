"""Done on a follow-up whose contact is deleted (netdesk-cli, a script) while its line is
typed: said, with what was typed, instead of asking to log it "with  anyway" and failing
with "No contact with id 1"."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DoneAnswer, FollowUpActions


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


def test_done_on_a_contact_deleted_while_typing_says_so_with_the_line(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", organization="Acme"))
    item = core.follow_ups.add(ana, clock.now(), "Send the proposal")
    actions = FollowUpActions(context)

    def deleted_meanwhile(_parent: object, _prefill: str) -> DoneAnswer:
        core.contacts.delete([ana])  # another program, while the question was open
        return DoneAnswer("Long call: she takes the job", "meeting")

    actions.ask_summary = deleted_meanwhile
    asked: list[str] = []
    actions.ask_log_anyway = lambda _parent, who: asked.append(who) or True  # type: ignore[func-returns-value]
    answers = ModalAnswers("&OK")
    try:
        with qtbot.waitSignal(context.changes.follow_ups_changed):  # the views drop her rows
            assert not actions.done(item)
    finally:
        answers.stop()
    assert asked == []  # no "log it with  anyway?" about no one
    assert answers.texts() == (
        "Ana (Acme) was deleted while you typed, so there is no one to log it with. "
        "What you typed:\n\nLong call: she takes the job\n"
    )
    assert core.contacts.names([ana]) == {} and context.undo_stack.count() == 0
