"""Keep-in-touch items as the user meets them: Today, the card, the tray, undo and redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QToolButton
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DueChoice, FollowUpDialog, shown_with_time
from netdesk.ui.follow_up_panel import FollowUpPanel
from netdesk.ui.today_view import Row, TodayView

D = dt.datetime
OpenMenu = Callable[[QToolButton], QMenu]


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context``: the undo stack emptied at the end (see test_follow_up_panel.py)."""
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def ana(context: AppContext, clock: FixedClock) -> int:
    """Ana, to be kept in touch with every 30 days, added on 1 February: due 3 March."""
    now = clock.now()
    clock.set(D(2026, 2, 1, 9))
    contact_id = context.core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    clock.set(now)
    return contact_id


@pytest.fixture
def today(qtbot: QtBot, context: AppContext, clock: FixedClock, ana: int) -> TodayView:
    clock.set(D(2026, 3, 3, 9))
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    return view


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext, today: TodayView, ana: int) -> FollowUpPanel:
    widget = FollowUpPanel(context)
    qtbot.addWidget(widget)
    widget.set_contact(ana)
    return widget


def ok_unchanged(parent: object, start: dt.datetime, **options: object) -> DueChoice:
    """The real date dialog as it opens, accepted as it is (OK without touching anything)."""
    dialog = FollowUpDialog(start, None, **options)  # type: ignore[arg-type]
    try:
        return dialog.choice()
    finally:
        dialog.deleteLater()


def only_row(rows: list[Row]) -> Row:
    (row,) = rows
    return row


def more_action(open_menu: OpenMenu, row: Row, text: str) -> None:
    menu = open_menu(row.findChild(QToolButton, "moreButton"))
    next(a for a in menu.actions() if a.text() == text).trigger()


def test_reschedule_opens_at_the_time_the_item_is_shown_at(
    qtbot: QtBot, context: AppContext, today: TodayView, open_menu: OpenMenu
) -> None:
    """A keep-in-touch item snoozed to tomorrow 9:00 reads "Wed 4 Mar 09:00"; Reschedule…
    opened with no time ticked and OK, touching nothing, moved it to midnight (earlier)."""
    row = only_row(today.sections["today"].rows)
    menu = open_menu(row.findChild(QToolButton, "snoozeButton"))
    next(a for a in menu.actions() if a.text().startswith("&Tomorrow")).trigger()
    qtbot.waitUntil(lambda: bool(today.sections["week"].rows))
    shown = today.row_texts("week")
    assert shown[0].endswith("09:00")
    today.item_actions.ask_due = ok_unchanged
    more_action(open_menu, today.sections["week"].rows[0], "&Reschedule…")
    (item,) = context.core.follow_ups.of_contact(row.contact_id)
    assert item.effective_due == D(2026, 3, 4, 9)
    today.refresh()
    assert today.row_texts("week") == shown


def test_a_one_off_item_snoozed_to_a_time_reschedules_at_that_time(
    context: AppContext, today: TodayView, ana: int
) -> None:
    core = context.core
    item_id = core.follow_ups.add(ana, D(2026, 3, 5), "Lunch", has_time=False)
    core.follow_ups.snooze(item_id, D(2026, 3, 6, 13, 30))
    today.item_actions.ask_due = ok_unchanged
    assert today.item_actions.reschedule(item_id)
    item = core.follow_ups.get(item_id)
    assert item is not None
    # (OK unchanged is no move: the item stays as stored, shown at its snooze's time)
    assert (item.effective_due, shown_with_time(item)) == (D(2026, 3, 6, 13, 30), True)


def test_done_closes_an_item_held_to_later_the_day_she_was_talked_to(
    qtbot: QtBot,
    context: AppContext,
    clock: FixedClock,
    today: TodayView,
    panel: FollowUpPanel,
    ana: int,
    open_menu: OpenMenu,
) -> None:
    """Talked to this morning (due in 30 days), the item rescheduled to 15:00 to write to her
    again: Done at 15:00 logged it and left the item due, at 15:00 and overdue the next day
    (the talk left the cadence's due date where it was, and with it the snooze)."""
    core = context.core
    core.journal.log([ana], "call", "Quick call", at=D(2026, 3, 3, 8))
    context.changes.contacts_changed.emit([ana])  # as the log dialog says it
    qtbot.waitUntil(lambda: panel.row_texts() == ["Keep in touch · Thu 2 Apr"])
    today.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 3, 15), True)
    panel.item_actions.ask_due = today.item_actions.ask_due
    more_action(open_menu, panel.rows[0], "&Reschedule…")
    # not due yet at 8:00: later today
    qtbot.waitUntil(lambda: today.row_texts("later") == ["Ana — Keep in touch · 15:00"])
    clock.set(D(2026, 3, 3, 15, 5))
    today.refresh()  # as the view does when the item falls due
    today.item_actions.ask_summary = lambda _parent, _prefill: "Sent the article"
    only_row(today.sections["today"].rows).findChild(QToolButton, "doneButton").click()
    assert core.journal.for_contact(ana)[0].summary == "Sent the article"
    qtbot.waitUntil(lambda: not today.row_texts("today"))
    assert today.due_label.text() == "All caught up."
    qtbot.waitUntil(lambda: panel.row_texts() == ["Keep in touch · Thu 2 Apr"])
    stack = context.undo_stack
    assert stack.undoText() == "Done — Ana"
    stack.undo()  # the item is held to 15:00 again, the morning's call still logged
    assert [e.summary for e in core.journal.for_contact(ana)] == ["Quick call"]
    (item,) = core.follow_ups.of_contact(ana)
    assert item.effective_due == D(2026, 3, 3, 15)
    stack.redo()
    (item,) = core.follow_ups.of_contact(ana)
    assert item.effective_due == D(2026, 4, 2)
    clock.set(D(2026, 3, 4, 9))
    today.refresh()
    assert not today.row_texts("overdue")
    assert today.due_label.text() == "All caught up."


def test_left_open_overnight_the_card_says_how_late_the_item_is(
    qtbot: QtBot, clock: FixedClock, panel: FollowUpPanel
) -> None:
    """The card's rows said "today" (and a date for tomorrow) until something changed."""
    assert panel.row_texts() == ["Keep in touch · today"]
    assert panel.next_day.interval() == 15 * 3600_000 + 250  # 9:00 to midnight
    clock.set(D(2026, 3, 4, 0, 0, 1))
    panel.next_day.start(0)  # as midnight comes
    qtbot.waitUntil(lambda: panel.row_texts() == ["Keep in touch · 1 day late"])
    assert panel.next_day.interval() == 24 * 3600_000 - 1000 + 250


def test_snooze_offers_no_choice_that_would_bring_an_item_forward(
    context: AppContext, ana: int, clock: FixedClock
) -> None:
    """On an item of next week (a "Next 7 days" row, the card), "Later today" and "Tomorrow"
    made it due sooner, under an undo entry saying "Snooze"."""
    from netdesk.ui.follow_up_actions import FollowUpActions

    actions = FollowUpActions(context)
    weekend = context.core.follow_ups.add(ana, D(2026, 3, 7, 10), "Send the slides")
    menu = actions.snooze_menu(weekend)  # on Monday 2 March, 9:00
    enabled = {a.text(): a.isEnabled() for a in menu.actions()}
    assert enabled == {
        "&Later today (+3 h)": False,
        "&Tomorrow (9:00)": False,
        "&Next week (Monday 9:00)": True,  # 9 March
        "&Pick a date…": True,
    }
    overdue = context.core.follow_ups.add(ana, clock.now() - dt.timedelta(days=1), "Call")
    late = actions.snooze_menu(overdue)
    assert all(a.isEnabled() for a in late.actions())


def test_a_second_talk_the_same_day_ends_a_snooze_and_undo_brings_it_back(
    qtbot: QtBot,
    context: AppContext,
    clock: FixedClock,
    today: TodayView,
    ana: int,
    open_menu: OpenMenu,
) -> None:
    """Talked to at 8:00, held to 15:00 to write again, snoozed then to later today; she
    called back at 16:00 and the call was logged: the item stayed snoozed, due again at 18:05
    (the second talk left the cadence's due date where it was, and with it the snooze)."""
    from netdesk.ui.journal_edit import record_logged
    from netdesk.ui.log_dialog import LogInteractionDialog

    core = context.core
    core.journal.log([ana], "call", "Quick call", at=D(2026, 3, 3, 8))
    (item,) = core.follow_ups.of_contact(ana)
    assert item.id is not None
    core.follow_ups.reschedule(item.id, D(2026, 3, 3, 15))
    clock.set(D(2026, 3, 3, 15, 5))
    today.refresh()
    row = only_row(today.sections["today"].rows)
    menu = open_menu(row.findChild(QToolButton, "snoozeButton"))
    next(a for a in menu.actions() if a.text().startswith("&Later today")).trigger()
    qtbot.waitUntil(lambda: today.row_texts("later") == ["Ana — Keep in touch · 18:05"])
    clock.set(D(2026, 3, 3, 16))
    dialog = LogInteractionDialog(context, [ana], summary="She called back")
    qtbot.addWidget(dialog)
    dialog.accept()
    record_logged(context, dialog.interaction_id)  # as the window does: Ctrl+Z takes it back
    qtbot.waitUntil(lambda: not today.row_texts("later"))
    assert today.due_label.text() == "All caught up."
    assert [f.effective_due for f in core.follow_ups.of_contact(ana)] == [D(2026, 4, 2)]

    stack = context.undo_stack
    stack.undo()  # the call taken back: held to 18:05 again
    assert [f.effective_due for f in core.follow_ups.of_contact(ana)] == [D(2026, 3, 3, 18, 5)]
    stack.undo()  # the snooze taken back: held to 15:00, due now
    assert [f.effective_due for f in core.follow_ups.of_contact(ana)] == [D(2026, 3, 3, 15)]
    stack.redo()
    assert [f.effective_due for f in core.follow_ups.of_contact(ana)] == [D(2026, 3, 3, 18, 5)]
    stack.redo()
    assert [f.effective_due for f in core.follow_ups.of_contact(ana)] == [D(2026, 4, 2)]
    qtbot.waitUntil(lambda: not today.row_texts("later"))
