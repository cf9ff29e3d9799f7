"""The window's actions (enabled or not, "N contacts selected") are set from how many contacts
are selected, not from who: a selection kept across a reload is selected again once the rest
of the list has come from the worker, and asking for its ids waited for that read on the
window's thread (Archive 1,000 and its undo: 55-127 ms at 100,000). The action run reads them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.ui import contact_list_model, list_reader, undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PAGE = 5


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", PAGE)
    yield
    list_reader.stop_all()


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext) -> MainWindow:
    now = app_context.core.clock.now()
    people = [Contact(given_name=f"P{n:02d}") for n in range(30)]
    with bulk.write_transaction():
        bulk.insert_contacts([(c, None) for c in people], now)
    shown = MainWindow(app_context)
    qtbot.addWidget(shown)
    shown.show()
    with qtbot.waitSignal(shown.started_up):
        shown.load()
    shown.contacts.model.complete()
    return shown


def test_a_selection_kept_across_a_reload_is_counted_without_waiting_for_the_list(
    qtbot: QtBot, app_context: AppContext, window: MainWindow
) -> None:
    panel = window.contacts
    ids = panel.model.ids()
    panel.select_contacts(ids[5:25])
    assert window.status_selected.text() == "20 contacts selected"
    undo.push(app_context, undo.ArchiveContacts(app_context, ids[25:]))  # others: a reload
    qtbot.waitUntil(lambda: not Operation.running_now())
    # the actions were set meanwhile: the rest of the list still on its way, not waited for
    assert panel.model.partial
    assert window.status_selected.isVisible()
    assert window.status_selected.text() == "20 contacts selected"
    assert window.archive_action.isEnabled() and not window.merge_action.isEnabled()
    qtbot.waitUntil(lambda: not panel.model.partial)
    assert window.selected_contact_ids() == ids[5:25]
    assert window.status_selected.text() == "20 contacts selected"


def test_a_selection_kept_that_left_the_list_is_counted_again_once_it_has_come(
    qtbot: QtBot, app_context: AppContext, window: MainWindow
) -> None:
    panel = window.contacts
    ids = panel.model.ids()
    panel.select_contacts(ids[5:25])
    undo.push(app_context, undo.ArchiveContacts(app_context, ids[10:25]))
    qtbot.waitUntil(lambda: not Operation.running_now())
    qtbot.waitUntil(lambda: not panel.model.partial)
    qtbot.waitUntil(lambda: window.status_selected.text() == "5 contacts selected")
    assert window.selected_contact_ids() == ids[5:10]
    assert window.status_selected.isVisible()


def test_two_selected_enable_merge_and_one_does_not(window: MainWindow) -> None:
    panel = window.contacts
    ids = panel.model.ids()
    panel.select_contacts(ids[3:5])
    assert window.merge_action.isEnabled()
    assert window.status_selected.text() == "2 contacts selected"
    panel.select_contacts(ids[3:4])
    assert not window.merge_action.isEnabled() and not window.status_selected.isVisible()
    assert window.archive_action.isEnabled()
