"""Today lists each person once: someone overdue, due or with a birthday this week is not
also "worth reviving" (the demo's Today showed Jesús Pérez overdue and worth reviving)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact, PartialDate
from netdesk.ui.context import AppContext
from netdesk.ui.today_basic import TodayBasic
from netdesk.ui.today_view import TodayView

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def people(core: Core, clock: FixedClock) -> dict[str, int]:
    """Five who once mattered (three talks in January 2025), silent since; on Monday 2 March
    2026 Olga's keep-in-touch item is overdue, Pia has lunch on Friday, Bea's birthday is on
    Wednesday; Rita's follow-up is next month and Sam has none."""
    clock.set(D(2025, 1, 1, 9))
    found = {}
    for name, fields in (
        ("Olga", {"keep_in_touch_days": 30}),
        ("Pia", {}),
        ("Bea", {"birthday": PartialDate(1980, 3, 4)}),
        ("Rita", {}),
        ("Sam", {}),
    ):
        found[name] = core.contacts.create(Contact(given_name=name, **fields))  # type: ignore[arg-type]
        for day in (1, 2, 3):
            core.journal.log([found[name]], "call", f"talk {day}", at=D(2025, 1, day, 10))
    clock.set(D(2026, 3, 2, 9))
    core.follow_ups.add(found["Pia"], D(2026, 3, 6), "Lunch", has_time=False)
    core.follow_ups.add(found["Rita"], D(2026, 4, 20), "Far away", has_time=False)
    return found


def names(texts: list[str]) -> list[str]:
    return [text.split(" — ")[0].split(" turns ")[0] for text in texts]


def test_the_today_view_lists_each_person_once(
    qtbot: QtBot, context: AppContext, people: dict[str, int]
) -> None:
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    assert names(view.row_texts("overdue")) == ["Olga"]
    assert names(view.row_texts("week")) == ["Pia"]
    assert names(view.row_texts("birthdays")) == ["Bea"]
    assert sorted(names(view.row_texts("cobwebs"))) == ["Rita", "Sam"]
    shown = [
        name for section in ("overdue", "today", "week", "birthdays", "cobwebs")
        for name in names(view.row_texts(section))
    ]  # fmt: skip
    assert len(shown) == len(set(shown))


def test_the_basic_page_lists_each_person_once(
    qtbot: QtBot, context: AppContext, people: dict[str, int]
) -> None:
    page = TodayBasic(context)
    qtbot.addWidget(page)
    page.refresh()

    def listed(widget) -> list[str]:  # type: ignore[no-untyped-def]
        return [widget.item(i).text().split(" — ")[0] for i in range(widget.count())]

    assert listed(page.due) == ["Olga"]
    assert listed(page.birthdays) == ["Bea"]
    # Pia's lunch is not due yet: the basic page lists only what is due
    assert sorted(listed(page.cobwebs)) == ["Pia", "Rita", "Sam"]
