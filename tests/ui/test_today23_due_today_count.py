"""Today's "Due today (N)" counts and lists what is due today by now, as the tray's count and
the view's own "N follow-ups due" do: an item later today (a call at 15:00, one snoozed to
this afternoon) is not due yet, and is listed under "Later today" until its time comes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.reminders import later_today
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import TodayView
from netdesk.ui.tray import ReminderTray

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


def title(view: TodayView, section: str) -> str:
    return view.sections[section].title.text()


def names(view: TodayView, section: str) -> list[str]:
    return [text.split(" — ")[0] for text in view.row_texts(section)]


def test_due_today_counts_what_is_due_and_the_tray_says_the_same(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    core = context.core  # Monday 2 March 2026, 9:00
    ana, bob, cy, dee = (
        core.contacts.create(Contact(given_name=n)) for n in ["Ana", "Bob", "Cy", "Dee"]
    )
    core.follow_ups.add(ana, D(2026, 3, 2), "Today, no time", has_time=False)
    core.follow_ups.add(bob, D(2026, 3, 2, 8, 30), "Earlier this morning")
    core.follow_ups.add(cy, D(2026, 3, 2, 15), "Call back this afternoon")
    late = core.follow_ups.add(dee, D(2026, 2, 27), "Overdue, snoozed", has_time=False)
    core.follow_ups.snooze(late, later_today(clock.now()))  # 12:00 today
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    window = type("Window", (), {"before_close": None, "setWindowTitle": lambda *_: None})()
    tray = ReminderTray(context, window)  # type: ignore[arg-type]
    tray.refresh()
    assert tray.due_count == 2 and view.due_label.text() == "2 follow-ups due"
    assert names(view, "today") == ["Ana", "Bob"]
    assert title(view, "today") == "<b>Due today</b> (2)"  # it said (4)
    assert names(view, "later") == ["Dee", "Cy"]  # not due yet, but today
    assert title(view, "later") == "<b>Later today</b> (2)"
    assert view.sections["later"].isVisible()
    # as each falls due, the view turns with the clock and the tray's count follows
    clock.set(D(2026, 3, 2, 12, 0, 1))
    view.refresh()
    tray.refresh()
    assert names(view, "today") == ["Ana", "Bob", "Dee"] and names(view, "later") == ["Cy"]
    assert title(view, "today") == "<b>Due today</b> (3)" and tray.due_count == 3
    clock.set(D(2026, 3, 2, 15))  # due at 15:00 is due at 15:00 (count_due: due <= now)
    view.refresh()
    tray.refresh()
    assert names(view, "today") == ["Ana", "Bob", "Dee", "Cy"] and tray.due_count == 4
    assert not view.sections["later"].isVisible()  # nothing later today: no empty section
    tray.stop()


def test_nothing_due_yet_is_said_so_while_something_comes_later_today(
    qtbot: QtBot, context: AppContext
) -> None:
    core = context.core
    cy = core.contacts.create(Contact(given_name="Cy"))
    core.follow_ups.add(cy, D(2026, 3, 2, 15), "Call back this afternoon")
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    assert names(view, "today") == [] and names(view, "later") == ["Cy"]
    assert view.sections["today"].empty.text() == "Nothing due yet."
    assert view.due_label.text() == "All caught up."


def test_show_more_after_an_item_fell_due_moves_it_into_due_today(
    qtbot: QtBot, context: AppContext, clock: FixedClock
) -> None:
    """Show more reads only its own section again: an item fallen due since the last read
    (its timer not run yet) stayed under Later today, counted by "N follow-ups due" too."""
    from netdesk.ui.today_view import TODAY_PAGE

    core = context.core
    for n in range(TODAY_PAGE + 2):
        late = core.contacts.create(Contact(given_name=f"Late{n:02d}"))
        core.follow_ups.add(late, D(2026, 2, 1, 10), "Old promise")
    cy = core.contacts.create(Contact(given_name="Cy"))
    core.follow_ups.add(cy, D(2026, 3, 2, 10), "Call at ten")
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    assert names(view, "later") == ["Cy"]
    clock.set(D(2026, 3, 2, 10, 0, 30))
    view.sections["overdue"].more.click()
    assert len(view.sections["overdue"].rows) == TODAY_PAGE + 2
    assert names(view, "today") == ["Cy"] and names(view, "later") == []
    assert view.due_label.text() == f"{TODAY_PAGE + 3} follow-ups due"
