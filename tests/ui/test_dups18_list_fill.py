"""Find duplicates fills its list without reading the listed contacts on the window's thread:
the search reads them on its worker, and the rows' texts are made as the view asks for them."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _pairs(app_context: AppContext, count: int) -> list[int]:
    core = app_context.core
    ids = []
    for n in range(count):
        email = [EmailAddress(f"person{n}@x.org")]
        ids.append(core.contacts.create(Contact(given_name=f"Person{n}", emails=email)))
        core.contacts.create(Contact(given_name=f"Person{n}", emails=email))
    return ids


def test_the_listed_contacts_are_read_on_the_worker(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000 summaries for the first 1,000 pairs took the window 0.1 s as it filled the list
    (100,000 contacts); read on the search's worker, the window reads only the two contacts
    of the selected pair (their details)."""
    _pairs(app_context, 4)
    contacts = app_context.core.contacts
    read = contacts.summaries
    on_window: list[int] = []

    def summaries(ids: list[int]) -> object:
        if threading.current_thread() is threading.main_thread():
            on_window.append(len(ids))
        return read(ids)

    monkeypatch.setattr(contacts, "summaries", summaries)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=5000)
    assert dialog.table.model().index(0, 0).data() == "Person0"
    assert max(on_window, default=0) <= 2


def test_a_contact_renamed_while_the_search_ran_is_listed_by_its_new_name(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The search read the names before the rename: the list must not show the old one."""
    first = _pairs(app_context, 2)[0]
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    Operation.pool().waitForDone()  # the search has read everything; the window heard nothing
    assert dialog.operation is not None and dialog.operation.running
    contacts = app_context.core.contacts
    renamed = dataclasses.replace(contacts.get(first), given_name="Renamed")  # type: ignore[type-var]
    contacts.update(renamed)
    app_context.changes.contacts_changed.emit([first])
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    shown = {dialog.table.model().index(r, 0).data() for r in range(2)}
    assert "Renamed" in shown and "Person0" not in shown


def test_the_list_of_pairs_is_a_sound_model(
    qtbot: QtBot, qtmodeltester: ModelTester, app_context: AppContext
) -> None:
    _pairs(app_context, 3)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    qtmodeltester.check(dialog.table.model(), force_py=True)
    dialog.table.selectRow(1)
    dialog.skip_selected()  # a row leaves, the others stay
    assert dialog.table.rowCount() == 2  # (the tester checks each change as it is made)
    app_context.undo_stack.undo()  # it comes back
    assert dialog.table.rowCount() == 3


def test_the_bar_is_full_only_once_the_list_is_made(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search's loops said 100% and the pairs were then sorted, indexed and their
    contacts read: the bar stood full 2 s on 100,000 contacts, as if stuck."""
    _pairs(app_context, 2)
    said: list[int] = []
    start = Operation.start

    def start_heard(operation: Operation) -> None:
        operation.signals.progress.connect(lambda done, _total: said.append(done))
        start(operation)

    monkeypatch.setattr(Operation, "start", start_heard)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert said[-3:] == [90, 97, 100]  # the search, the list made, its first contacts read
    assert max(said[:-2]) <= 90
