"""The actions on a due item: Done asks what happened and how, and logs it as that."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DoneAnswer, DoneDialog, FollowUpActions

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context`` (tests/ui/conftest.py): the undo stack is emptied at the end.

    Its commands hold the context that holds the stack: left to Python's collector, that
    cycle was taken apart in an order where a command's wrapper deleted its C++ command still
    on the stack, and the stack's destructor deleted it again (a segfault at pytest's last
    collection, this file run alone). Emptied here, Qt deletes each command once, in order.
    """
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


def test_done_logs_the_kind_the_user_picks(context: AppContext, clock: FixedClock) -> None:
    """Every Done was logged as a note, whatever happened: a call showed as a note in the
    journal and could not be told from one."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    proposal = core.follow_ups.add(ana, clock.now(), "Send the proposal")
    actions = FollowUpActions(context)
    offered: list[str] = []

    def answer(_parent: object, prefill: str) -> DoneAnswer:
        offered.append(actions.done_kind)
        return DoneAnswer("Sent it", "email")

    actions.ask_summary = answer
    assert actions.done(proposal)
    (entry,) = core.journal.for_contact(ana)
    assert (entry.kind, entry.summary) == ("email", "Sent it")
    assert offered == ["call"]  # nothing logged yet: a call, as the quick entry offers
    context.undo_stack.undo()
    assert core.journal.for_contact(ana) == []
    context.undo_stack.redo()
    assert [e.kind for e in core.journal.for_contact(ana)] == ["email"]


def test_done_offers_how_the_user_last_talked_with_them(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    core.journal.log([ana], "meeting", "Coffee", at=clock.now() - dt.timedelta(days=9))
    core.journal.log([ana], "note", "Moved to Lisbon", at=clock.now() - dt.timedelta(days=8))
    (item,) = core.follow_ups.due()
    assert item.id is not None
    actions = FollowUpActions(context)
    seen: list[tuple[str, str, str]] = []

    def answer_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DoneDialog):
            QTimer.singleShot(5, answer_the_dialog)
            return
        summary = dialog.findChild(QLineEdit, "doneSummary")
        kind = dialog.findChild(QComboBox, "doneKind")
        assert summary is not None and kind is not None
        seen.append((dialog.windowTitle(), summary.text(), kind.currentData()))
        summary.setText("Lunch at Casa Lucio")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(5, answer_the_dialog)
    assert actions.done(item.id)  # the real dialog, answered as it shows
    assert seen == [("Done — Ana", "Kept in touch", "meeting")]  # a note is not talking
    latest = core.journal.for_contact(ana)[0]
    assert (latest.kind, latest.summary) == ("meeting", "Lunch at Casa Lucio")
    assert core.follow_ups.due() == []


def test_the_done_dialog_needs_a_summary(qtbot: QtBot) -> None:
    dialog = DoneDialog("Kept in touch", "email", "Ana")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.kind.currentData() == "email"
    assert dialog.width() >= 420  # a line's room: the summary field is where one writes
    dialog.summary.setText("   ")
    assert not ok.isEnabled() and dialog.answer() is None
    dialog.summary.setText(" Called ")
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    assert dialog.answer() == DoneAnswer("Called", "call")


def test_skip_is_offered_only_where_there_is_a_next_cycle(
    context: AppContext, clock: FixedClock
) -> None:
    """On a one-off ("Send Ana the contract") Skip closed it for good, with no journal line."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    one_off = core.follow_ups.get(core.follow_ups.add(ana, clock.now(), "Send the contract"))
    cadence = next(f for f in core.follow_ups.of_contact(ana) if f.from_cadence)
    actions = FollowUpActions(context)
    assert one_off is not None
    texts = [a.text() for a in actions.menu_for(one_off).actions()]
    assert "S&kip this cycle" not in texts and "&Done…" in texts
    assert "S&kip this cycle" in [a.text() for a in actions.menu_for(cadence).actions()]


def test_done_answered_twice_at_once_logs_once(context: AppContext, clock: FixedClock) -> None:
    """Done in the tray while Today's Done question for the same item is open."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, clock.now(), "Send the proposal")
    today, tray = FollowUpActions(context), FollowUpActions(context)
    tray.ask_summary = lambda _parent, _prefill: "Sent it (from the tray)"

    def answered_meanwhile(_parent: object, _prefill: str) -> str:
        assert tray.done(item)
        return "Sent it"

    today.ask_summary = answered_meanwhile
    asked: list[str] = []
    today.ask_log_anyway = lambda _parent, who: asked.append(who) or False
    assert not today.done(item)
    assert asked == ["Ana"]  # what was typed is not dropped unasked
    assert [e.summary for e in core.journal.for_contact(ana)] == ["Sent it (from the tray)"]
    assert context.undo_stack.count() == 1


def test_a_line_typed_for_an_item_closed_meanwhile_can_still_be_logged(
    context: AppContext, clock: FixedClock
) -> None:
    """Done asked from Today while netdesk-cli (or the tray) closed the item: the line typed
    was dropped without a word."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, clock.now(), "Send the proposal")
    actions = FollowUpActions(context)

    def closed_meanwhile(_parent: object, _prefill: str) -> DoneAnswer:
        core.follow_ups.delete(item)
        return DoneAnswer("Long call: she takes the job", "meeting")

    actions.ask_summary = closed_meanwhile
    actions.ask_log_anyway = lambda _parent, _who: True
    told: list[object] = []
    context.changes.journal_changed.connect(told.append)
    assert actions.done(item)
    assert told == [[ana]]  # Ana's journal and the list catch up
    [entry] = core.journal.for_contact(ana)
    assert (entry.summary, entry.kind) == ("Long call: she takes the job", "meeting")
    context.undo_stack.undo()  # takes the entry back
    assert core.journal.for_contact(ana) == []


def test_done_on_an_item_snoozed_meanwhile_is_done(context: AppContext, clock: FixedClock) -> None:
    """Snoozed from the tray while Done's line was typed in Today: the item is still open and
    the user did it; nothing was logged and nothing said."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, clock.now(), "Send the proposal")
    actions = FollowUpActions(context)

    def snoozed_meanwhile(_parent: object, _prefill: str) -> str:
        core.follow_ups.snooze(item, clock.now() + dt.timedelta(days=1))
        return "Sent it"

    actions.ask_summary = snoozed_meanwhile
    assert actions.done(item)
    assert [e.summary for e in core.journal.for_contact(ana)] == ["Sent it"]
    done = core.follow_ups.get(item)
    assert done is not None and done.done_at is not None


def test_a_redone_done_keeps_when_it_was_done(context: AppContext, clock: FixedClock) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 2, 8), "Send the proposal")
    clock.set(D(2026, 3, 2, 10))
    actions = FollowUpActions(context)
    actions.ask_summary = lambda _parent, _prefill: "Sent it"
    assert actions.done(item)
    context.undo_stack.undo()
    clock.set(D(2026, 3, 3, 9))
    context.undo_stack.redo()
    (entry,) = core.journal.for_contact(ana)
    assert entry.occurred_at == D(2026, 3, 2, 10)
    done = core.follow_ups.get(item)
    assert done is not None and done.done_at == D(2026, 3, 2, 10)


def test_done_refused_by_a_locked_database_is_asked_again_as_typed(
    context: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lock_holder import LockHolder

    from netdesk.store.models import db
    from netdesk.ui import follow_up_actions

    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, clock.now(), "Send the proposal")
    problems: list[str] = []
    monkeypatch.setattr(follow_up_actions, "show_problem", lambda *a: problems.append(a[1]))
    db.execute_sql("PRAGMA busy_timeout = 50")
    lock = LockHolder(core.store.path)
    asked: list[str] = []

    def answer(_parent: object, prefill: str) -> DoneAnswer | None:
        asked.append(prefill)
        if len(asked) == 1:
            return DoneAnswer("Sent it; she wants a call on Friday", "email")
        lock.release()  # the other program is done: the second answer is written
        return DoneAnswer(prefill, "email")

    actions = FollowUpActions(context)
    actions.ask_summary = answer
    try:
        assert actions.done(item)
    finally:
        lock.release()
    assert asked == ["Send the proposal", "Sent it; she wants a call on Friday"]
    assert problems == ["Not done"]
    assert [e.summary for e in core.journal.for_contact(ana)] == [
        "Sent it; she wants a call on Friday"
    ]


@pytest.mark.parametrize("answer", ["&Unarchive", "&Keep archived"])
def test_a_follow_up_added_to_an_archived_contact_offers_to_unarchive(
    context: AppContext, clock: FixedClock, answer: str
) -> None:
    """Archived contacts are never reminded: the follow-up waited unseen for good."""
    from modal_answers import ModalAnswers

    from netdesk.ui.follow_up_actions import DueChoice

    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", archived=True))
    actions = FollowUpActions(context)
    actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 3, 9), True, "Send the contract")
    answers = ModalAnswers(answer)
    assert actions.add(ana)
    answers.stop()
    assert "Ana is archived, and archived contacts are never reminded" in answers.texts()
    unarchived = answer == "&Unarchive"
    clock.set(D(2026, 3, 3, 10))
    assert [f.note for f in core.follow_ups.due()] == (["Send the contract"] if unarchived else [])
    if unarchived:
        context.undo_stack.undo()  # the unarchive, then the follow-up: each its own step
        summary = core.contacts.summaries([ana])[0]
        assert summary.archived and core.follow_ups.of_contact(ana)


def test_a_follow_up_added_to_a_contact_in_sight_asks_nothing(
    context: AppContext, clock: FixedClock
) -> None:
    from netdesk.ui.follow_up_actions import DueChoice

    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    actions = FollowUpActions(context)
    actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 3, 9), True, "Call")
    assert actions.add(ana)  # a box would block here
    assert context.undo_stack.count() == 1
