"""A journal list reads of each entry the people its row names, and how many there are:
all 97,500 people of a talk logged with everyone were read at each click on any of them
(their card's journal, 0.2-0.3 s) and with each page of everyone's journal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import MOST_NAMES, JournalDelegate, JournalView, deleted_text

D = dt.datetime
EVERYONE = MOST_NAMES + 10  # more than a row names


def _all_hands(person: Callable[..., int], core: Core) -> tuple[list[int], int]:
    ids = [person(f"P{n:02d}") for n in range(EVERYONE)]
    core.journal.log(ids[:1], "call", "Older", at=D(2026, 2, 1, 10))
    return ids, core.journal.log(ids, "event", "All hands", at=D(2026, 2, 20, 10))


def test_the_card_journal_reads_the_names_it_shows_and_counts_the_rest(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    core = app_context.core
    ids, _big = _all_hands(person, core)
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_contact(ids[-1])  # not among the first read: still "with" the others
    entry = view.model.entry(0)
    assert len(entry.contact_ids) <= MOST_NAMES + 1  # all of them, before
    assert view.delegate.detail(entry).endswith(f"and {EVERYONE - 1 - MOST_NAMES} more")
    assert view.delegate.detail(entry).startswith("with P00, P01")

    view.set_contact(ids[0])  # among the first: not named with the others
    assert view.delegate.detail(view.model.entry(0)).startswith("with P01, P02")
    assert view.delegate.detail(view.model.entry(0)).endswith(
        f"and {EVERYONE - 1 - MOST_NAMES} more"
    )


def test_everyones_journal_reads_the_names_it_shows_and_counts_the_rest(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    _all_hands(person, app_context.core)
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)  # read on a worker
    entry = view.model.entry(0)
    assert len(entry.contact_ids) <= MOST_NAMES + 1
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, JournalDelegate)
    assert delegate.detail(entry).endswith(f"and {EVERYONE - MOST_NAMES} more")


def test_an_entry_read_in_part_is_deleted_on_the_worker_and_put_back_whole(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    core = app_context.core
    ids, big = _all_hands(person, core)
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.resize(500, 300)
    with qtbot.waitExposed(view):
        view.show()
    view.set_contact(ids[0])
    entry = view.model.entry(0)
    assert deleted_text(app_context, entry) == (
        f"Deleted “All hands”, logged with P00, P01 and {EVERYONE - 2} more. Press Ctrl+Z to undo."
    )
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        QTest.keyClick(view.list, Qt.Key.Key_Delete)
    assert core.journal.get(big) is None
    command = app_context.undo_stack.command(0)
    assert command.big()  # type: ignore[attr-defined]  # the worker's: its count said so
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        app_context.undo_stack.undo()
    restored = core.journal.get(big)
    assert restored is not None and sorted(restored.contact_ids) == sorted(ids)
    assert [core.journal.count_for(i) for i in (ids[5], ids[-1])] == [1, 1]


def test_a_contact_found_past_the_names_read_refreshes_the_card_journal(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    """Deleting someone the row does not name still changes its count."""
    core = app_context.core
    ids, _big = _all_hands(person, core)
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_contact(ids[0])
    core.contacts.delete([ids[-1]])
    app_context.changes.journal_changed.emit([ids[-1]])
    assert view.delegate.detail(view.model.entry(0)).endswith(
        f"and {EVERYONE - 2 - MOST_NAMES} more"
    )
