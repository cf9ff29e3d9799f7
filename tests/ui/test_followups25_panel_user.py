"""The card's follow-ups as a user meets them: an item added shows at once, in sight; the card
follows an item the keyboard moved; the title counts them; the ⋯ menu offers nothing that does
nothing there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DueChoice
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
def scroll(qtbot: QtBot) -> Iterator[QScrollArea]:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.resize(600, 160)  # a few rows in sight, as on a card the journal leaves short
    qtbot.addWidget(area)
    yield area
    area.close()


@pytest.fixture
def panel(context: AppContext, scroll: QScrollArea) -> FollowUpPanel:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("The card's fields above"))
    panel = FollowUpPanel(context)
    layout.addWidget(panel)
    scroll.setWidget(page)
    scroll.show()
    return panel


def _ana(context: AppContext, items: int) -> tuple[int, list[int]]:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    ids = [
        core.follow_ups.add(ana, D(2026, 3, 5, 10) + dt.timedelta(days=n), f"Item {n}")
        for n in range(items)
    ]
    return ana, ids


def _in_sight(scroll: QScrollArea, widget: QWidget) -> bool:
    viewport = scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def test_an_item_added_after_those_shown_is_shown_in_sight(
    qtbot: QtBot, panel: FollowUpPanel, scroll: QScrollArea, context: AppContext
) -> None:
    """Added below the fold, or after the page under "Show N more", it seemed nothing happened."""
    ana, _ids = _ana(context, PANEL_PAGE + 2)
    panel.set_contact(ana)
    assert len(panel.rows) == PANEL_PAGE
    panel.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 6, 1), False, "Later on")
    assert panel.add()
    added = panel.item_actions.last_added
    assert panel.rows[-1].follow_up_id == added
    assert len(panel.rows) == PANEL_PAGE + 3  # the page it falls in, whole
    assert _in_sight(scroll, panel.rows[-1])


def test_an_item_added_among_those_shown_is_in_sight(
    qtbot: QtBot, panel: FollowUpPanel, scroll: QScrollArea, context: AppContext
) -> None:
    ana, _ids = _ana(context, 6)
    panel.set_contact(ana)
    panel.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 9, 12), True, "Lunch")
    assert panel.add()
    row = next(row for row in panel.rows if row.follow_up_id == panel.item_actions.last_added)
    assert panel.rows.index(row) == 5  # after 9 March 10:00
    assert _in_sight(scroll, row)


def test_the_card_follows_an_item_the_keyboard_moved(
    qtbot: QtBot, panel: FollowUpPanel, scroll: QScrollArea, context: AppContext
) -> None:
    """Its row kept, the keyboard stayed on it, but the card no longer scrolled to it (it
    did when every row was made anew)."""
    ana, ids = _ana(context, 8)
    panel.set_contact(ana)
    more = panel.rows[0].findChild(QToolButton, "moreButton")
    assert more is not None
    scroll.activateWindow()
    more.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is more)
    scroll.ensureWidgetVisible(more)
    panel.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 4, 20, 10), True)
    panel.item_actions.reschedule(ids[0], more)
    qtbot.waitUntil(lambda: panel.rows[-1].follow_up_id == ids[0])
    assert QApplication.focusWidget() is more
    assert _in_sight(scroll, more)


def test_the_title_counts_them_all(qtbot: QtBot, panel: FollowUpPanel, context: AppContext) -> None:
    ana, _ids = _ana(context, PANEL_PAGE + 4)
    panel.set_contact(ana)
    assert panel.title.text() == f"Follow-ups ({PANEL_PAGE + 4})"
    bob = context.core.contacts.create(Contact(given_name="Bob"))
    panel.set_contact(bob)
    assert panel.title.text() == "Follow-ups"


def test_the_cards_more_menu_leaves_out_open_contact(
    qtbot: QtBot, panel: FollowUpPanel, context: AppContext
) -> None:
    """The card shows that contact already: Open contact did nothing one could see."""
    ana, _ids = _ana(context, 1)
    panel.set_contact(ana)
    more = panel.rows[0].findChild(QToolButton, "moreButton")
    assert more is not None
    menu = more.menu()
    assert menu is not None
    menu.aboutToShow.emit()  # filled, as opening it does
    shown = [a for a in menu.actions() if a.isVisible()]
    assert [a.text() for a in shown] == ["&Done…", "&Snooze", "&Reschedule…", "De&lete"]


def test_an_item_added_to_an_archived_contact_stays_in_sight_once_unarchived(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Unarchived after the add (as offered), the card's header and the panel's "Archived"
    line change around the row: it slid below the card's bottom edge."""
    from netdesk.ui.contact_card import ContactCard
    from netdesk.ui.undo import ArchiveContacts, push

    ana = person("Ana", "García")
    for n in range(12):
        app_context.core.follow_ups.add(ana, D(2026, 3, 5, 10) + dt.timedelta(days=n), f"Item {n}")
    push(app_context, ArchiveContacts(app_context, [ana]))
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(800, 500)
    card.show()
    card.show_contact(ana)
    panel = card.follow_up_panel
    assert isinstance(panel, FollowUpPanel)
    panel.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 6, 1), False, "Later on")
    panel.item_actions.ask_unarchive = lambda *_a: True
    assert panel.add()
    qtbot.waitUntil(lambda: not panel.paused.isVisible())
    (row,) = [r for r in panel.rows if r.follow_up_id == panel.item_actions.last_added]
    qtbot.waitUntil(lambda: _in_sight(card.scroll_area, row), timeout=2000)
