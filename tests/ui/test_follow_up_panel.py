"""The card's follow-up panel: open items of one contact, Add follow-up…, and the actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DueChoice, FollowUpDialog
from netdesk.ui.follow_up_panel import FollowUpPanel

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context`` (tests/ui/conftest.py): the undo stack is emptied at the end.

    Its commands hold the context that holds the stack: left to Python's collector, a
    command's wrapper could delete its C++ command still on the stack, and the stack's
    destructor delete it again (a segfault at pytest's last collection, the file run alone).
    """
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext) -> FollowUpPanel:
    widget = FollowUpPanel(context)
    qtbot.addWidget(widget)
    return widget


def test_lists_open_follow_ups_of_the_contact(panel: FollowUpPanel, context: AppContext) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.follow_ups.add(ana, D(2026, 3, 5, 10), "Send the proposal")
    core.follow_ups.add(bob, D(2026, 3, 5, 10), "Not Ana's")
    assert panel.row_texts() == []
    assert not panel.add_button.isEnabled()
    panel.set_contact(ana)
    assert [t.split(" · ")[0] for t in panel.row_texts()] == ["Send the proposal", "Keep in touch"]


def test_a_name_with_a_dash_is_not_part_of_the_rows(
    panel: FollowUpPanel, context: AppContext
) -> None:
    """The card cut the name off the Today view's text at the first " — ", which a name can
    hold: "Smith — Partners" showed "Partners — Send the proposal"."""
    core = context.core
    firm = core.contacts.create(Contact(organization="Smith — Partners"))
    core.follow_ups.add(firm, D(2026, 3, 5, 10), "Send the proposal")
    panel.set_contact(firm)
    assert [t.split(" · ")[0] for t in panel.row_texts()] == ["Send the proposal"]


def test_add_follow_up_with_date_time_and_note(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    panel.set_contact(ana)
    panel.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 6, 10), True, "Proposal")
    with qtbot.waitSignal(context.changes.follow_ups_changed):
        panel.add_button.click()
    (item,) = context.core.follow_ups.of_contact(ana)
    assert (item.due, item.has_time, item.note) == (D(2026, 3, 6, 10), True, "Proposal")
    qtbot.waitUntil(lambda: len(panel.row_texts()) == 1)
    panel.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 9), False, "")
    panel.add()
    dated = [f for f in context.core.follow_ups.of_contact(ana) if not f.has_time]
    assert [(f.due, f.note) for f in dated] == [(D(2026, 3, 9), "Follow up")]


def test_done_and_snooze_from_the_card(
    qtbot: QtBot,
    panel: FollowUpPanel,
    context: AppContext,
    open_menu: Callable[[QToolButton], QMenu],
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    first = core.follow_ups.add(ana, D(2026, 3, 2, 8), "Send the proposal")
    second = core.follow_ups.add(ana, D(2026, 3, 2, 8, 30), "Ask about Tom")
    panel.set_contact(ana)
    prefills = []
    panel.item_actions.ask_summary = lambda _p, prefill: prefills.append(prefill) or "Sent it"
    panel.rows[0].findChild(QToolButton, "doneButton").click()
    assert prefills == ["Send the proposal"]
    assert core.follow_ups.get(first).done_at is not None  # type: ignore[union-attr]
    assert core.journal.for_contact(ana)[0].summary == "Sent it"
    qtbot.waitUntil(lambda: len(panel.rows) == 1)
    menu = open_menu(panel.rows[0].findChild(QToolButton, "snoozeButton"))
    next(a for a in menu.actions() if a.text().startswith("&Next week")).trigger()
    assert core.follow_ups.get(second).effective_due == D(2026, 3, 9, 9)  # type: ignore[union-attr]


def test_dialog_returns_a_date_without_time(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(D(2026, 3, 3, 9), with_note=True, has_time=False)
    qtbot.addWidget(dialog)
    dialog.note_edit.setText("  Lunch ")
    assert dialog.choice() == DueChoice(D(2026, 3, 3), False, "Lunch")
    dialog.time_check.setChecked(True)
    assert dialog.choice().due == D(2026, 3, 3, 9)


def test_dialog_shows_dates_as_the_rest_of_the_app(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(D(2026, 3, 3, 9, 5))
    qtbot.addWidget(dialog)
    assert (dialog.date_edit.text(), dialog.time_edit.text()) == ("2026-03-03", "09:05")


def test_tab_goes_from_add_follow_up_through_the_rows_buttons(
    qtbot: QtBot, context: AppContext
) -> None:
    """Rows are made after the widgets around the panel: their buttons came last in the
    window's Tab order, after the journal, instead of under "Add follow-up…"."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    panel = FollowUpPanel(context)
    after = QLineEdit()  # the journal, below the card
    layout.addWidget(panel)
    layout.addWidget(after)
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    context.core.follow_ups.add(ana, D(2026, 3, 5, 10), "Send the proposal")
    panel.set_contact(ana)
    window.show()

    order = []
    widget = panel.add_button.nextInFocusChain()
    while widget is not panel.add_button:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
        widget = widget.nextInFocusChain()
    buttons = [b for row in panel.rows for b in row.findChildren(QToolButton)]
    assert buttons
    assert order.index(after) > max(order.index(b) for b in buttons)


def test_a_snooze_date_being_picked_outlives_a_refresh_of_the_card(
    qtbot: QtBot,
    panel: FollowUpPanel,
    context: AppContext,
    open_menu: Callable[[QToolButton], QMenu],
) -> None:
    """Snooze > Pick a date… asks in a dialog the row's Snooze button owns: the card's rows
    rebuilt meanwhile (a save, a log, midnight) deleted it with the date being picked."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 2, 8), "Send the proposal")
    panel.set_contact(ana)
    picked: list[str] = []

    def pick_while_the_card_refreshes() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, pick_while_the_card_refreshes)
            return
        panel.refresh()
        QTimer.singleShot(20, lambda: picked.append(dialog.objectName()) or dialog.accept())

    QTimer.singleShot(0, pick_while_the_card_refreshes)
    menu = open_menu(panel.rows[0].findChild(QToolButton, "snoozeButton"))
    next(a for a in menu.actions() if a.text() == "&Pick a date…").trigger()
    assert picked == ["followUpDialog"]
    assert core.follow_ups.get(item).effective_due == D(2026, 3, 3, 9)  # type: ignore[union-attr]


def test_after_a_suspend_the_card_says_how_late_within_a_minute(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext, clock: FixedClock
) -> None:
    """A QTimer counts only the time the machine is awake: after a night's suspend, the card
    still said the item was due "today" for as long as its midnight timer still had to run."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(2026, 3, 2), "Send the proposal", has_time=False)
    panel.set_contact(ana)
    assert panel.row_texts() == ["Send the proposal · today"]
    clock.set(D(2026, 3, 4, 8))
    with qtbot.waitSignal(panel.next_day.timeout):  # the card's header follows it too
        panel.clock_check.look()
    qtbot.waitUntil(lambda: panel.row_texts() == ["Send the proposal · 2 days late"])


def test_the_title_follows_the_desktop_into_dark_mode(
    qtbot: QtBot, panel: FollowUpPanel, qapp: QApplication
) -> None:
    """Left running, netdesk sees the desktop turn dark at sunset: the "Follow-ups" title,
    made bold by a style sheet, kept the light palette's black text on the dark card."""
    panel.show()
    title = panel.findChild(QLabel, "followUpTitle")
    assert title is not None and title.font().bold()
    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    qapp.setPalette(dark)
    try:
        qtbot.waitUntil(
            lambda: title.palette().color(QPalette.ColorRole.WindowText) == QColor("#e8e8e8")
        )
    finally:
        qapp.setPalette(light)
