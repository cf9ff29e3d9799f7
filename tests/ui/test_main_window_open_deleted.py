"""Opening a contact deleted meanwhile (a stale journal row, a notification) says so and
leaves the list as it was."""

from __future__ import annotations

import pytest

from netdesk.core.listing import ListFilter
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_opening_a_contact_deleted_meanwhile_keeps_the_search_and_filter(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    person("Ana", tags=["investor"])
    gone = person("Old")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.set_filter(ListFilter.ALL, tag="investor")
    main_window.contacts.search.setText("an")
    app_context.core.contacts.delete([gone])  # by netdesk-cli, say: no signal yet
    main_window.open_contact(gone)
    assert main_window.contacts.search.text() == "an"  # it was cleared, and the filter
    assert main_window.contacts.filter_box.currentText().startswith("investor")
    assert main_window.statusBar().currentMessage() == "That contact was deleted meanwhile."
    assert main_window.card.contact_id() != gone
