"""After a change to a few hundred contacts (1,000 selected, then Tag…, Archive or Set
cadence…) the filter menu's counts are read on the worker: read on the window's thread, they
held it 25-45 ms at 100,000 contacts. A change of a few is in the menu at once, as before."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _menu(window: MainWindow) -> list[str]:
    box = window.contacts.filter_box
    return [box.itemText(i) for i in range(box.count()) if "(" in box.itemText(i)]


@pytest.mark.parametrize("changed", [3, 150])
def test_the_menu_counts_of_a_change_of_hundreds_are_read_on_the_worker(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch, changed: int
) -> None:
    now = app_context.core.clock.now()
    people = [Contact(given_name=f"P{n:03d}", tags=["vip"]) for n in range(changed)]
    with bulk.write_transaction():
        ids = bulk.insert_contacts([(c, None) for c in people], now)
    app_context.core.contacts.create(Contact(given_name="Dora", tags=["other"]))
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.started_up):
        window.load()
    qtbot.waitUntil(lambda: _menu(window) == ["other (1)", f"vip ({changed})"])
    contacts = app_context.core.contacts
    read_here: list[bool] = []
    real_tags = contacts.tags

    def tags():  # type: ignore[no-untyped-def]
        read_here.append(threading.current_thread() is threading.main_thread())
        return real_tags()

    monkeypatch.setattr(contacts, "tags", tags)
    undo.push(app_context, undo.ArchiveContacts(app_context, ids))
    qtbot.waitUntil(lambda: not Operation.running_now())
    if changed > 100:
        qtbot.waitUntil(lambda: _menu(window) == ["other (1)"])  # from the worker
        assert not any(read_here)  # the worker reads through its own service, unseen here
    else:
        assert _menu(window) == ["other (1)"]  # at once
        assert any(read_here)
