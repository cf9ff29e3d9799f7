"""A big delete goes through what it deleted (every journal entry of every contact, to find
whose journals change with them) on the worker, not on the window's thread after it: with
97,519 contacts and 1,000,000 entries that took the window ~0.5 s, after the delete and after
its redo."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_big_delete_reads_its_records_on_the_worker(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)
    core = app_context.core
    ids = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(3)]
    friend = core.contacts.create(Contact(given_name="Friend"))
    core.journal.log([ids[0], friend], "call", "Together")
    threads: set[str] = set()
    real_delete = core.contacts.delete

    def delete(*args, **kwargs):  # type: ignore[no-untyped-def]
        # whose journals change (everyone on an entry with them) is found by the delete
        # itself, as it reads the entries it takes out
        threads.add(threading.current_thread().name)
        return real_delete(*args, **kwargs)

    monkeypatch.setattr(core.contacts, "delete", delete)
    journals: list[object] = []
    app_context.changes.journal_changed.connect(journals.append)
    stack = app_context.undo_stack
    undo.push(app_context, undo.DeleteContacts(app_context, ids))
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    stack.undo()
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    stack.redo()
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    assert threads  # gone through, and
    assert threading.main_thread().name not in threads
    assert len(journals) == 3
    for named in journals:  # the friend's journal changes with them
        assert isinstance(named, list) and sorted(named) == sorted([*ids, friend])
