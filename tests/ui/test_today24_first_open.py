"""The window's first open of Today switches page at once and reads the sections a step per
turn of the event loop (read at once, it held the window ~80 ms on 100,000 contacts before
the page changed): meanwhile only the header shows, never a section saying "Nothing due";
then every row comes once, the rows the window can show first, and the first takes the
keyboard. "Worth reviving" says no count: it picks three of however many went quiet, and
"(3)" read as if only three had."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.today_view import OWED_ROWS_A_TURN, TODAY_PAGE, Row, TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

D = dt.datetime
LATE = D(2026, 2, 20, 9)  # overdue on Monday 2 March 2026 (the fixtures' clock)


def _late(core: Core, names: list[str]) -> None:
    for name in names:
        person = core.contacts.create(Contact(given_name=name))
        core.follow_ups.add(person, LATE, f"Call {name}")


def _open_today(qtbot: QtBot, window: MainWindow) -> TodayView:
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_today()
    view = window.today
    assert isinstance(view, TodayView)
    return view


def _names(view: TodayView, section: str) -> list[str]:
    return [text.split(" — ")[0] for text in view.row_texts(section)]


def test_the_first_open_switches_page_before_reading_and_shows_no_empty_section(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, clock: FixedClock
) -> None:
    _late(app_context.core, ["Ana", "Bob"])
    view = _open_today(qtbot, main_window)
    # the click returned with the page switched, nothing read or made yet
    assert main_window.pages.currentWidget() is view
    assert "Today" in view.header.text()
    assert view.findChildren(Row) == []
    assert not view.body.isVisible()  # "Nothing overdue." is not said of a page not read
    qtbot.waitUntil(lambda: view.body.isVisible())
    assert _names(view, "overdue") == ["Ana", "Bob"]
    assert not view.sections["overdue"].empty.isVisible()
    assert view.due_label.text() == "2 follow-ups due"
    # the keyboard is on the first row, as after a page switch to a view already read
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), Row))
    assert QApplication.focusWidget() is view.sections["overdue"].rows[0]


def test_the_first_open_reads_once_and_makes_each_row_once(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, monkeypatch: Any
) -> None:
    names = [f"late {n:02d}" for n in range(TODAY_PAGE)]
    _late(app_context.core, names)
    reads: list[dt.datetime] = []
    between = type(app_context.core.follow_ups).between

    def counted(self: object, since: dt.datetime, until: dt.datetime, **kw: int) -> object:
        reads.append(since)
        return between(self, since, until, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(type(app_context.core.follow_ups), "between", counted)
    view = _open_today(qtbot, main_window)
    qtbot.waitUntil(lambda: len(view.findChildren(Row)) == TODAY_PAGE)
    qtbot.wait(50)  # a second read (the page shown starting it over) would come meanwhile
    assert len(reads) == 4  # the four sections of follow-ups, read once
    assert _names(view, "overdue") == names
    assert len(view.findChildren(Row)) == TODAY_PAGE  # no row made twice


class _Shown(QObject):
    """How many rows each turn of the event loop made until ``view``'s sections were
    shown, and how many were made then."""

    def __init__(self, view: TodayView) -> None:
        super().__init__(view)
        self.view = view
        self.made_when_shown: int | None = None
        self.per_turn: list[int] = []
        view.body.installEventFilter(self)
        self._count()

    def _count(self) -> None:
        if self.made_when_shown is None:
            self.per_turn.append(len(self.view.findChildren(Row)))
            QTimer.singleShot(0, self._count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.made_when_shown is None:
            self.made_when_shown = len(self.view.findChildren(Row))
            self.per_turn.append(self.made_when_shown)  # those of the turn it is shown in
        return False


def test_the_first_open_shows_the_rows_that_fit_at_once_and_the_rest_after(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext
) -> None:
    names = [f"late {n:02d}" for n in range(TODAY_PAGE)]
    _late(app_context.core, names)
    main_window.resize(800, 500)  # room for more rows than a turn makes, fewer than 20
    view = _open_today(qtbot, main_window)
    shown = _Shown(view)
    qtbot.waitUntil(lambda: shown.made_when_shown is not None)
    # a few a turn (made at once, a tall window's 50 rows held it ~70 ms)
    made = [after - before for before, after in pairwise(shown.per_turn)]
    assert max(made) <= OWED_ROWS_A_TURN
    assert view._room_before_shown > OWED_ROWS_A_TURN  # in more than one turn
    # all the window can show, made before the sections were: none comes in after the paint
    assert shown.made_when_shown == view._room_before_shown < TODAY_PAGE
    qtbot.waitUntil(lambda: len(view.findChildren(Row)) == TODAY_PAGE)
    assert _names(view, "overdue") == names


def test_a_change_during_the_first_read_is_shown_once(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext
) -> None:
    core = app_context.core
    _late(core, ["Ana"])
    view = _open_today(qtbot, main_window)
    _late(core, ["Bob"])  # another program, or an edit, while the sections are read
    app_context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: view.body.isVisible())
    qtbot.waitUntil(lambda: _names(view, "overdue") == ["Ana", "Bob"])
    qtbot.wait(50)
    assert _names(view, "overdue") == ["Ana", "Bob"]
    assert len(view.findChildren(Row)) == 2


def test_worth_reviving_says_no_count_of_the_three_it_picks(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    core = app_context.core
    clock.set(D(2025, 1, 1, 9))
    for name in ("Rita", "Sam", "Tom", "Uma"):
        person = core.contacts.create(Contact(given_name=name))
        for day in (1, 2, 3):
            core.journal.log([person], "call", f"talk {day}", at=D(2025, 1, day, 10))
    clock.set(D(2026, 3, 2, 9))
    view = TodayView(app_context)
    qtbot.addWidget(view)
    assert len(view.row_texts("cobwebs")) == 3
    assert view.sections["cobwebs"].title.text() == "<b>Worth reviving</b>"
    # the sections that list all there are still count them
    _late(core, ["Ana"])
    view.refresh()
    assert view.sections["overdue"].title.text() == "<b>Overdue</b> (1)"
