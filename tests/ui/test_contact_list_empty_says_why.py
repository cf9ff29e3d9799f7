"""What an empty list says is true of the address book: never "every contact is archived" of
one with no contacts at all, nor "in touch with everyone lately" of one where all are."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext

NONE_YET = "No contacts yet.\nA contact you add or import is listed here."
ALL_ARCHIVED = "Every contact is archived.\nChoose Archived above to see them."


def said(panel: ContactListPanel) -> str | None:
    return panel.no_match.text() if panel.no_match.isVisible() else None


def test_a_new_contact_on_an_empty_database_is_not_told_everyone_is_archived(
    qtbot: QtBot, main_window
) -> None:  # type: ignore[no-untyped-def]
    """The first run's Ctrl+N: the welcome page gives way to the list and a blank card, and
    the list said "Every contact is archived. Choose Archived above to see them"."""
    main_window.show()
    main_window.new_contact()
    panel = main_window.contacts
    assert panel.isVisible() and panel.model.rowCount() == 0
    assert said(panel) == NONE_YET
    panel.set_filter(ListFilter.COBWEBS)
    assert said(panel) == NONE_YET
    panel.set_filter(ListFilter.ORIGIN_UNKNOWN)
    assert said(panel) == NONE_YET
    panel.set_filter(ListFilter.ARCHIVED)
    assert said(panel) is not None and said(panel).startswith("No archived contacts.")


def test_every_contact_archived_is_said_by_each_filter_of_everyone(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """With all contacts archived, Cobwebs said "you have been in touch with everyone lately"
    and Origin unknown "you know how you met them all", of contacts never talked to and met
    nowhere; Due stays what it was (true either way), and Imported today leaves the archived
    open (who was imported today and archived since, the store cannot say)."""
    gone = [person("Olga"), person("Pia", met_at="a conference")]
    app_context.core.contacts.set_archived(gone, True)
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    panel.load()
    for list_filter in (ListFilter.ALL, ListFilter.COBWEBS, ListFilter.ORIGIN_UNKNOWN):
        panel.set_filter(list_filter)
        assert said(panel) == ALL_ARCHIVED, list_filter
    panel.set_filter(ListFilter.DUE)
    assert said(panel) is not None and said(panel).startswith("Nobody is due.")
    panel.set_filter(ListFilter.IMPORTED_TODAY)
    assert said(panel) == (
        "Nobody imported today is listed.\n"
        "Contacts imported today and archived since are under Archived."
    )
    panel.set_filter(ListFilter.ARCHIVED)
    assert said(panel) is None and panel.model.rowCount() == 2


def test_filters_with_someone_listed_elsewhere_keep_their_own_words(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """One active contact met at work and talked to today: Cobwebs and Origin unknown are
    empty for their own reason, and say it."""
    ana = person("Ana", met_at="work")
    app_context.core.journal.log([ana], "call", "hi")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    panel.load()
    panel.set_filter(ListFilter.COBWEBS)
    assert said(panel) == "No cobwebs: you have been in touch with everyone lately."
    panel.set_filter(ListFilter.ORIGIN_UNKNOWN)
    assert said(panel) == "Every contact has an origin: you know how you met them all."
    panel.set_filter(ListFilter.ARCHIVED)
    assert said(panel) is not None and said(panel).startswith("No archived contacts.")
