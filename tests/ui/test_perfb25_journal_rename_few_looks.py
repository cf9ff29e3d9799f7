"""A journal told that many contacts changed (a tag put on 100,000) looks up only the people
its rows name: a Python loop over every changed id took 32 ms for 100,000 on the window's
thread. Counted as the lines of journal_view.py run, not timed."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui import journal_view
from netdesk.ui.context import AppContext
from netdesk.ui.journal_view import INTERACTION_ROLE, JournalView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@contextmanager
def lines_run_in_journal_view() -> Iterator[list[int]]:
    """Counts the lines of netdesk/ui/journal_view.py run meanwhile (a loop: one per turn)."""
    seen = [0]
    here = journal_view.__file__

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename != here:
            return None
        if event == "line":
            seen[0] += 1
        return trace

    sys.settrace(trace)
    try:
        yield seen
    finally:
        sys.settrace(None)


def renamed(app_context: AppContext, contact_id: int, given_name: str) -> None:
    contact = app_context.core.contacts.get(contact_id)
    assert contact is not None
    contact.given_name = given_name
    app_context.core.contacts.update(contact)


def detail(view: JournalView) -> str:
    entry = view.model.index(0).data(INTERACTION_ROLE)
    return view.list.itemDelegate().detail(entry)  # type: ignore[attr-defined,no-any-return]


def test_many_changed_ids_are_not_gone_through_one_by_one(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ana, bob = person("Ana"), person("Bob")
    app_context.core.journal.log([ana, bob], "event", "Gala")
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.show()
    view.set_contact(ana)
    renamed(app_context, bob, "Robert")
    changed = [*range(10**6, 10**6 + 20_000), bob]  # a tag put on many, Bob among them
    with lines_run_in_journal_view() as lines:
        view.model.rename(changed)
    assert detail(view) == "with Robert"
    assert lines[0] < 100, lines  # 20,000 and more with a loop over the changed ids


def test_few_changed_ids_are_still_renamed(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ids = [person(f"P{n}") for n in range(5)]
    app_context.core.journal.log(ids, "event", "Gala")
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.show()
    view.set_contact(ids[0])
    renamed(app_context, ids[2], "Zed")
    view.model.rename([ids[2]])
    assert detail(view) == "with P1, Zed, P3, P4"
