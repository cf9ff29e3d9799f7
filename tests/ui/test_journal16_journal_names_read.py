"""A journal reads the names its rows show, no more: a talk logged with everyone (Ctrl+A,
Ctrl+L over 97,519 contacts) had every name read on the window's thread with each page that
held it, 1.7 s before a card's journal or everyone's showed. Whoever is on a row, named or
not, still has it read again when they change."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from log_dialog_setup import window_statements
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import INTERACTION_ROLE, JournalView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PEOPLE = 45


def most_ids_in_one_statement(statements: list[str]) -> int:
    return max(
        (
            len(m.group(1).split(","))
            for s in statements
            for m in re.finditer(r"IN \(([0-9, ]+)\)", s)
        ),
        default=0,
    )


def third_line(view: JournalView | GlobalJournal, row: int = 0) -> str:
    entry = view.model.index(row).data(INTERACTION_ROLE)
    return view.list.itemDelegate().detail(entry)  # type: ignore[attr-defined]


def test_a_contacts_journal_reads_the_names_it_shows(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"P{n}") for n in range(PEOPLE)]
    app_context.core.journal.log(ids, "event", "Gala")
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.show()
    with window_statements() as seen:
        view.set_contact(ids[0])
    assert view.model.rowCount() == 1
    # P0's journal: the 30 others named, past P0; their names read, and no more at once
    assert most_ids_in_one_statement(seen) == 31, seen
    named = ", ".join(f"P{n}" for n in range(1, 31))
    assert third_line(view) == f"with {named} and 14 more"


def test_everyones_journal_reads_the_names_it_shows(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"P{n}") for n in range(PEOPLE)]
    app_context.core.journal.log(ids, "event", "Gala")
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    with window_statements() as seen:
        with qtbot.waitExposed(view):
            view.show()
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # the page read on a worker
    assert most_ids_in_one_statement(seen) == 31, seen
    named = ", ".join(f"P{n}" for n in range(30))
    assert third_line(view) == f"{named} and 15 more"


def test_someone_on_a_row_but_not_named_still_has_it_read_again(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    """Deleting Bob takes him off Ana's entries, named on them or counted in 'and N more'."""
    ids = [person(f"P{n}") for n in range(PEOPLE)]
    core = app_context.core
    core.journal.log(ids, "event", "Gala")
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.show()
    view.set_contact(ids[0])
    assert third_line(view).endswith("and 14 more")
    core.contacts.delete([ids[40]])  # netdesk-cli, meanwhile
    app_context.changes.journal_changed.emit([ids[40]])
    assert third_line(view).endswith("and 13 more")
