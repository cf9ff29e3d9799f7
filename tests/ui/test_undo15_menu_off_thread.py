"""After a change to thousands of contacts (Select all, then Tag… or Archive) the filter menu's
counts are read on the worker: read on the GUI thread after such a write, they held the window
0.3-0.6 s at 100,000 contacts. A change of a few is in the menu at once, as before."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui import contact_list, undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _menu(window: MainWindow) -> list[str]:
    box = window.contacts.filter_box
    return [box.itemText(i) for i in range(box.count()) if "(" in box.itemText(i)]


@pytest.mark.parametrize("many", [False, True])
def test_the_menu_counts_of_a_big_change_are_read_on_the_worker(
    qtbot: QtBot,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    many: bool,
) -> None:  # type: ignore[no-untyped-def]
    if many:
        monkeypatch.setattr(contact_list, "MENU_READ_HERE_MAX", 2)
    ids = [person(n, tags=["vip"]) for n in ("Ana", "Berta", "Carla")]
    person("Dora", tags=["other"])
    main_window = MainWindow(app_context)
    qtbot.addWidget(main_window)
    main_window.show()
    with qtbot.waitSignal(main_window.started_up):  # (its own read of the menu is over)
        main_window.load()
    qtbot.waitUntil(lambda: _menu(main_window) == ["other (1)", "vip (3)"])
    contacts = app_context.core.contacts
    read_here: list[bool] = []
    real_tags = contacts.tags

    def tags():  # type: ignore[no-untyped-def]
        read_here.append(threading.current_thread() is threading.main_thread())
        return real_tags()

    monkeypatch.setattr(contacts, "tags", tags)
    undo.push(app_context, undo.ArchiveContacts(app_context, ids))  # on this thread
    qtbot.waitUntil(lambda: not Operation.running_now())
    if many:
        qtbot.waitUntil(lambda: _menu(main_window) == ["other (1)"])  # from the worker
        # the spy sees a read on this thread (the case below); the worker reads through its
        # own service, which the spy does not see: none here means none on the GUI thread
        assert not any(read_here)
    else:
        assert _menu(main_window) == ["other (1)"]  # at once
        assert any(read_here)  # read on this thread, which the spy sees
