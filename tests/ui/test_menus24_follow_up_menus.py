"""Every menu of a follow-up row has an Alt+letter for each item, unique in its menu: on the
card's follow-ups, on Today's rows, Today's "Snooze all" and the tray's item menus."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import FollowUpActions
from netdesk.ui.follow_up_panel import FollowUpPanel
from netdesk.ui.today_view import TodayView

D = dt.datetime
OpenMenu = Callable[[QToolButton], QMenu]


def letter(text: str) -> str:
    """The Alt+letter ``text`` gives a menu item ("" for none), as test_mnemonics reads it."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").upper()


def audit_menu(menu: QMenu) -> dict[str, object]:
    """What is wrong with the letters of ``menu``'s visible items, and of its submenus: an
    item without one, two items of one menu sharing one, an "&" shown in a tip or read out
    as an item's accessible name."""
    menu.aboutToShow.emit()  # as opening it does: its items are made or fitted then
    without, tips = [], []
    owners: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if key := letter(action.text()):
            owners[key].append(action.text())
        else:
            without.append(action.text())
        if "&" in action.toolTip():
            tips.append(action.toolTip())
    read = QAccessible.queryAccessibleInterface(menu)
    names = [read.child(i).text(QAccessible.Text.Name) for i in range(read.childCount())]
    assert any(names)  # the menu's items are read out
    found: dict[str, object] = {
        "read out with an &": [name for name in names if "&" in name],
        "without a letter": without,
        "clashes": {key: texts for key, texts in owners.items() if len(texts) > 1},
        "tips with an &": tips,
    }
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu) and action.isVisible():
            inner = audit_menu(submenu)
            if any(inner.values()):
                found[submenu.title()] = inner
    return found


CLEAN = {"read out with an &": [], "without a letter": [], "clashes": {}, "tips with an &": []}


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def people(context: AppContext, clock: FixedClock) -> dict[str, int]:
    """Olga, kept in touch with (Skip this cycle offered), and Ana, with a one-off, both
    overdue; Bob due later today (Later today offered on his menu)."""
    core = context.core
    clock.set(D(2026, 2, 1, 9))
    olga = core.contacts.create(Contact(given_name="Olga", keep_in_touch_days=30))
    for day in (1, 2, 3):
        core.journal.log([olga], "call", f"talk {day}", at=D(2025, 1, day))
    clock.set(D(2026, 3, 2, 9))
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 2, 27, 10), "Send the proposal")
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.follow_ups.add(bob, D(2026, 3, 2, 15), "Call back")
    return {"olga": olga, "ana": ana, "bob": bob}


def test_the_shared_menus_have_a_letter_each_unique_in_each_menu(
    qtbot: QtBot, context: AppContext, people: dict[str, int]
) -> None:
    actions = FollowUpActions(context)
    items = context.core.follow_ups.between(dt.datetime.min, dt.datetime.max, limit=10)[0]
    assert {i.contact_id for i in items} == set(people.values())
    for item in items:
        assert item.id is not None
        menu = actions.menu_for(item)
        assert audit_menu(menu) == CLEAN, item
        assert audit_menu(actions.snooze_menu(item.id)) == CLEAN
    cadence = next(i for i in items if i.from_cadence)
    texts = [a.text() for a in actions.menu_for(cadence).actions() if not a.isSeparator()]
    assert texts == ["&Done…", "&Snooze", "&Reschedule…", "S&kip this cycle", "&Open contact"]


def test_todays_row_menus_and_snooze_all_have_unique_letters(
    qtbot: QtBot, context: AppContext, people: dict[str, int], open_menu: OpenMenu
) -> None:
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    rows = [row for section in view.sections.values() for row in section.rows]
    assert len(rows) == 3
    for row in rows:
        for name in ("snoozeButton", "moreButton"):
            menu = open_menu(row.findChild(QToolButton, name))
            assert audit_menu(menu) == CLEAN, (row.text, name)
            menu.close()
    snooze_all = open_menu(view.snooze_all)
    assert [a.text() for a in snooze_all.actions()] == [
        "&Tomorrow (9:00)",
        "&Next week (Monday 9:00)",
    ]
    assert audit_menu(snooze_all) == CLEAN


def test_the_cards_follow_up_menus_have_unique_letters(
    qtbot: QtBot, context: AppContext, people: dict[str, int], open_menu: OpenMenu
) -> None:
    panel = FollowUpPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_contact(people["olga"])
    (row,) = panel.rows
    for name in ("snoozeButton", "moreButton"):
        menu = open_menu(row.findChild(QToolButton, name))
        assert audit_menu(menu) == CLEAN, name
        menu.close()


def test_the_trays_item_menus_have_unique_letters(
    qtbot: QtBot, context: AppContext, people: dict[str, int]
) -> None:
    from netdesk.ui.tray import ReminderTray

    window = QWidget()
    qtbot.addWidget(window)
    tray = ReminderTray(context, window)
    tray.available = True
    tray.tray_available = lambda: True  # type: ignore[method-assign]
    tray.start()
    try:
        (act_on,) = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
        item_menus = [a.menu() for a in act_on.actions() if isinstance(a.menu(), QMenu)]
        assert len(item_menus) == 2  # Olga's and Ana's, overdue
        for item_menu in item_menus:
            assert audit_menu(item_menu) == CLEAN, item_menu.title()
    finally:
        tray.stop()


def test_the_letter_picks_the_item_and_the_undo_entry_says_no_ampersand(
    qtbot: QtBot, context: AppContext, people: dict[str, int], open_menu: OpenMenu
) -> None:
    """K, pressed in a keep-in-touch row's ⋯ menu, skips the cycle; the undo entry reads
    "Skip this cycle — Olga", not "S&kip"."""
    panel = FollowUpPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_contact(people["olga"])
    (row,) = panel.rows
    (before,) = context.core.follow_ups.of_contact(people["olga"])
    menu = open_menu(row.findChild(QToolButton, "moreButton"))
    qtbot.waitUntil(menu.isVisible)
    QTest.keyClick(menu, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1)
    assert context.undo_stack.undoText() == "Skip this cycle — Olga"
    (after,) = context.core.follow_ups.of_contact(people["olga"])
    assert after.effective_due > before.effective_due
