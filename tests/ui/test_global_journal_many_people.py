"""Entries with many people in the journals: their line names the first ones and how many
more, and everyone's journal lays its rows out at one height (it asked each row's height
again for every page it read)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import MOST_NAMES, JournalDelegate

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> AppContext:
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


def _journal(qtbot: QtBot, context: AppContext) -> GlobalJournal:
    widget = GlobalJournal(context)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    with qtbot.waitExposed(widget):
        widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)  # read on a worker
    return widget


def test_a_talk_with_many_people_names_the_first_and_counts_the_rest(
    qtbot: QtBot, context: AppContext
) -> None:
    core = context.core
    people = [core.contacts.create(Contact(given_name=f"Guest{n:03}")) for n in range(45)]
    core.journal.log(people, "meeting", "Conference", at=D(2026, 3, 1, 9))
    journal = _journal(qtbot, context)
    delegate = journal.list.itemDelegate()
    assert isinstance(delegate, JournalDelegate)
    entry = journal.model.entry(0)
    line = delegate.detail(entry)
    assert line.startswith("Guest000, Guest001") and f"Guest{MOST_NAMES - 1:03}" in line
    assert f"Guest{MOST_NAMES:03}" not in line and line.endswith(f"and {45 - MOST_NAMES} more")
    assert f"and {45 - MOST_NAMES} more" in delegate.read_out(entry)  # what a reader says


def test_everyones_journal_rows_are_one_height_whatever_they_hold(
    qtbot: QtBot, context: AppContext
) -> None:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.journal.log([ana], "call", "No notes", at=D(2026, 3, 1, 9))
    core.journal.log([ana, bob], "email", "Notes", body="the offer", at=D(2026, 3, 2, 9))
    journal = _journal(qtbot, context)
    view, model = journal.list, journal.model
    assert view.uniformItemSizes()
    heights = {view.visualRect(model.index(row)).height() for row in range(model.rowCount())}
    assert len(heights) == 1
    # three lines each: kind and time, the summary, the people (and notes)
    assert heights.pop() >= 3 * view.fontMetrics().height()
