"""The card's follow-up panel keeps the rows of items that did not change, and shows a page of
them with "Show N more": with 500 open items on one contact every refresh (after each Done,
Snooze, save, or a change anywhere) made 500 rows anew, 0.7 s of the GUI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DoneAnswer, DueChoice
from netdesk.ui.follow_up_panel import PANEL_PAGE, FollowUpPanel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context``: the undo stack emptied at the end (see test_follow_up_panel.py)."""
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext) -> Iterator[FollowUpPanel]:
    """A shown panel between two buttons, as on the card."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QPushButton("Before"))
    panel = FollowUpPanel(context)
    layout.addWidget(panel)
    layout.addWidget(QPushButton("After"))
    qtbot.addWidget(page)
    page.show()
    yield panel
    page.close()


def _ana(context: AppContext, items: int) -> tuple[int, list[int]]:
    """Ana, with ``items`` follow-ups a day apart from 5 March."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    ids = [
        core.follow_ups.add(ana, D(2026, 3, 5, 10) + dt.timedelta(days=n), f"Item {n}")
        for n in range(items)
    ]
    return ana, ids


def _shown_ids(panel: FollowUpPanel) -> list[int | None]:
    return [row.follow_up_id for row in panel.rows]


def _button(panel: FollowUpPanel, row: int, name: str) -> QToolButton:
    found = panel.rows[row].findChild(QToolButton, name)
    assert found is not None
    return found


def test_a_refresh_keeps_the_rows_of_items_unchanged(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    ana, ids = _ana(context, 4)
    panel.set_contact(ana)
    before = list(panel.rows)
    context.core.follow_ups.snooze(ids[1], D(2026, 3, 6, 12))  # still second
    panel.refresh()
    assert panel.rows[0] is before[0] and panel.rows[2:] == before[2:]
    assert panel.rows[1] is before[1]  # the same item's row, its text made anew
    assert panel.row_texts()[1] == "Item 1 · Fri 6 Mar 12:00"
    assert _shown_ids(panel) == ids


def test_rows_follow_the_items_order_after_a_move(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    ana, ids = _ana(context, 4)
    panel.set_contact(ana)
    first = panel.rows[0]
    context.core.follow_ups.reschedule(ids[0], D(2026, 3, 20, 10))
    added = context.core.follow_ups.add(ana, D(2026, 3, 3, 10), "New")
    panel.refresh()
    assert _shown_ids(panel) == [added, ids[1], ids[2], ids[3], ids[0]]
    assert panel.rows[-1] is first
    # the layout shows them in that order, top to bottom
    laid = [panel.rows_box.itemAt(n).widget() for n in range(panel.rows_box.count())]  # type: ignore[union-attr]
    assert laid == panel.rows
    tops = [row.geometry().top() for row in panel.rows]
    assert tops == sorted(tops)


def test_a_kept_rows_buttons_act_on_the_item_as_it_is_now(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    """Done on a row kept across a change asks about the item as changed."""
    ana, ids = _ana(context, 2)
    panel.set_contact(ana)
    row = panel.rows[1]
    context.core.follow_ups.reschedule(ids[1], D(2026, 3, 7, 9))
    panel.refresh()
    assert panel.rows[1] is row and row.follow_up is not None
    assert row.follow_up.due == D(2026, 3, 7, 9)
    prefills: list[str] = []
    panel.item_actions.ask_summary = lambda _p, prefill: prefills.append(prefill) or "Did it"
    _button(panel, 1, "doneButton").click()
    assert context.core.follow_ups.get(ids[1]).done_at is not None  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: _shown_ids(panel) == [ids[0]])


def test_the_keyboard_stays_on_its_button_while_other_items_change(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    ana, ids = _ana(context, 3)
    panel.set_contact(ana)
    snooze = _button(panel, 2, "snoozeButton")
    snooze.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is snooze)
    context.core.follow_ups.add(ana, D(2026, 3, 4, 10), "Earlier")  # a row above it
    context.core.follow_ups.mark_done(ids[0])  # and one gone
    context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: len(panel.rows) == 3 and panel.rows[0].text.startswith("Earlier"))
    assert QApplication.focusWidget() is snooze
    assert panel.rows[2].follow_up_id == ids[2]


def test_a_page_of_them_and_show_more(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    ana, ids = _ana(context, 2 * PANEL_PAGE + 5)
    panel.set_contact(ana)
    assert _shown_ids(panel) == ids[:PANEL_PAGE]
    assert panel.more.isVisible()
    assert panel.more.text() == f"Show {PANEL_PAGE} more"
    assert panel.more.toolTip() == f"{PANEL_PAGE + 5} not shown"
    panel.more.click()
    assert _shown_ids(panel) == ids[: 2 * PANEL_PAGE]
    assert panel.more.text() == "Show 5 more"
    panel.more.setFocus()
    QTest.keyClick(panel.more, Qt.Key.Key_Space)
    assert _shown_ids(panel) == ids
    assert not panel.more.isVisible()
    # the keyboard on the first row shown, not lost with the hidden button
    assert QApplication.focusWidget() is _button(panel, 2 * PANEL_PAGE, "doneButton")
    # Tab order: the rows' buttons after "Add follow-up…", in their order
    assert panel.add_button.nextInFocusChain() is _button(panel, 0, "doneButton")


def test_the_page_stays_for_the_same_contact_and_starts_again_for_another(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    ana, _ids = _ana(context, PANEL_PAGE + 3)
    bob = context.core.contacts.create(Contact(given_name="Bob"))
    for n in range(PANEL_PAGE + 1):
        context.core.follow_ups.add(bob, D(2026, 4, 1) + dt.timedelta(days=n), f"Bob {n}")
    panel.set_contact(ana)
    panel.more.click()
    assert len(panel.rows) == PANEL_PAGE + 3
    panel.set_contact(ana)  # the card loaded again (saved)
    assert len(panel.rows) == PANEL_PAGE + 3
    panel.set_contact(bob)
    assert len(panel.rows) == PANEL_PAGE and panel.more.text() == "Show 1 more"


def test_done_on_the_pages_last_row_brings_the_next_one_in(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    ana, ids = _ana(context, PANEL_PAGE + 1)
    panel.set_contact(ana)
    panel.item_actions.ask_summary = lambda *_a: DoneAnswer("Done it", "call")
    done = _button(panel, PANEL_PAGE - 1, "doneButton")
    done.setFocus()
    QTest.keyClick(done, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown_ids(panel) == [*ids[: PANEL_PAGE - 1], ids[PANEL_PAGE]])
    assert not panel.more.isVisible()
    assert QApplication.focusWidget() is _button(panel, PANEL_PAGE - 1, "doneButton")


def test_a_changed_items_more_menu_still_hides_snooze_when_archived(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    """A kept row makes its menus anew when its item changes: the ⋯ menu made then must hide
    Snooze for an archived contact as the first one did."""
    ana, ids = _ana(context, 1)
    panel.set_contact(ana)
    panel.set_archived(True)
    more = _button(panel, 0, "moreButton")
    first = more.menu()
    assert first is not None
    first.aboutToShow.emit()  # filled, as opening it does
    context.core.follow_ups.reschedule(ids[0], D(2026, 3, 9, 10))
    panel.refresh()
    menu = more.menu()
    assert isinstance(menu, QMenu) and menu is not first
    menu.aboutToShow.emit()
    shown = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    assert "&Reschedule…" in shown and "&Snooze" not in shown


def test_a_reschedule_from_the_keyboard_keeps_it_on_the_row_moved(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    ana, ids = _ana(context, 3)
    panel.set_contact(ana)
    moved = panel.rows[0]
    more = _button(panel, 0, "moreButton")
    more.setFocus()
    panel.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 30, 10), True)
    panel.item_actions.reschedule(ids[0], more)
    qtbot.waitUntil(lambda: _shown_ids(panel) == [ids[1], ids[2], ids[0]])
    assert panel.rows[2] is moved
    assert QApplication.focusWidget() is more
