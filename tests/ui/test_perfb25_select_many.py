"""Selecting many contacts again (the undo of Archive all brings 100,000 back selected, a
reload keeps a selection of everyone) goes through them in C, one range per run of rows:
Python loops over every row and every id held the window 110-175 ms at 100,000. Counted as
the lines of contact_list.py run and the C calls it makes, not timed. Which rows end up
selected, which one current and where the view is scrolled stay as they were."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.ui import contact_list
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext

PEOPLE = 3000


@contextmanager
def work_in_contact_list() -> Iterator[dict[str, Any]]:
    """Counts the lines of netdesk/ui/contact_list.py run meanwhile (a loop: one per turn)
    and names the C functions those lines call."""
    seen: dict[str, Any] = {"lines": 0, "c_calls": set()}
    here = contact_list.__file__

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename != here:
            return None
        if event == "line":
            seen["lines"] += 1
        return trace

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call" and frame.f_code.co_filename == here:
            seen["c_calls"].add(getattr(arg, "__qualname__", repr(arg)))

    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        yield seen
    finally:
        sys.setprofile(None)
        sys.settrace(None)


@pytest.fixture
def panel(qtbot: QtBot, app_context: AppContext) -> ContactListPanel:
    now = app_context.core.clock.now()
    people = [Contact(given_name=f"P{n:05d}") for n in range(PEOPLE)]
    with bulk.write_transaction():
        bulk.insert_contacts([(c, None) for c in people], now)
    shown = ContactListPanel(app_context)
    qtbot.addWidget(shown)
    shown.resize(360, 400)
    shown.show()
    shown.load()
    shown.model.complete()
    assert shown.model.rowCount() == PEOPLE
    return shown


def ranges(panel: ContactListPanel) -> list[tuple[int, int]]:
    selection = panel.view.selectionModel().selection()
    return [(selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.count())]


def test_everyone_selected_again_is_one_range_found_without_a_loop(
    panel: ContactListPanel,
) -> None:
    ids = panel.model.ids()
    panel.view.scrollToBottom()  # the first of them made current is scrolled to
    with work_in_contact_list() as work:
        panel.select_contacts(list(reversed(ids)))  # (as the undo hands them)
    assert panel.view.currentIndex().row() == 0
    assert panel.view.selectionModel().currentIndex().row() == 0
    assert panel.view.verticalScrollBar().value() == 0
    assert ranges(panel) == [(0, 0), (1, PEOPLE - 1)]
    assert panel.selected_ids() == ids
    assert work["lines"] < 300, work["lines"]  # ~20,000 with a loop over every row
    assert "fromkeys" not in str(work["c_calls"])  # ranges that do not overlap: no dedupe


def test_some_selected_again_are_one_range_per_run(panel: ContactListPanel) -> None:
    ids = panel.model.ids()
    wanted = ids[100:1600] + ids[2000:2900] + [ids[2950]]
    with work_in_contact_list() as work:
        panel.select_contacts(wanted[::-1])
    assert panel.view.currentIndex().row() == 100
    assert ranges(panel) == [(100, 100), (101, 1599), (2000, 2899), (2950, 2950)]
    assert panel.selected_ids() == wanted
    assert work["lines"] < 300, work["lines"]  # ~10,000 with loops over rows and ids


def test_a_reload_keeps_a_selection_of_everyone_as_it_was(
    panel: ContactListPanel, app_context: AppContext
) -> None:
    ids = panel.model.ids()
    panel.select_contacts(ids)
    panel.view.verticalScrollBar().setValue(panel.view.verticalScrollBar().maximum() // 2)
    top = panel.view.rowAt(0)
    app_context.core.contacts.create(Contact(given_name="Zoe"))  # listed last
    with work_in_contact_list() as work:
        app_context.changes.contacts_changed.emit(None)  # read again, the view kept
        panel.model.complete()
    assert panel.selected_ids() == ids
    assert panel.view.currentIndex().row() == 0
    assert panel.view.rowAt(0) == top
    assert work["lines"] < 1000, work["lines"]
