"""The filter menu's tag counts: read at once after a change of contacts, on the worker after a
change of follow-ups or of a journal alone (they cost ~20 ms at 100,000 contacts)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext


def _texts(panel: ContactListPanel) -> list[str]:
    box = panel.filter_box
    return [box.itemText(i) for i in range(box.count())]


@pytest.fixture
def panel(qtbot: QtBot, app_context: AppContext) -> ContactListPanel:
    shown = ContactListPanel(app_context)
    qtbot.addWidget(shown)
    shown.load()
    shown.refresh_filters()
    return shown


def test_follow_ups_and_interactions_read_no_tag_counts_on_the_window_thread(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana = person("Ana", tags=["club"])
    ben = person("Ben")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.load()
    panel.refresh_filters()
    assert "club (1)" in _texts(panel)
    core, changes = app_context.core, app_context.changes
    contacts = core.contacts
    reads: list[int] = []
    real = contacts.tags
    monkeypatch.setattr(contacts, "tags", lambda: reads.append(1) or real())

    # a follow-up added, then done: announced as FollowUpActions does
    core.follow_ups.add(ana, core.clock.now() + dt.timedelta(days=1), "call")
    changes.follow_ups_changed.emit()
    changes.contacts_changed.emit([ana])
    # an interaction logged (Ctrl+L): as the log dialog announces it
    core.journal.log([ana, ben], "call", "Talked")
    changes.journal_changed.emit([ana, ben])
    changes.contacts_changed.emit([ana, ben])
    changes.follow_ups_changed.emit()
    assert reads == []  # the window read no tag counts

    # the worker's read still brings what changed meanwhile (written without saying so)
    contacts.add_tag([ben], "club")
    changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: "club (2)" in _texts(panel))
    assert reads == []
    assert panel.filter_box.currentText() == "All contacts"


def test_a_tag_change_is_in_the_menu_at_once(
    panel: ContactListPanel,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """A change of contacts (tagged, archived) announced first: the menu is read there."""
    ana = person("Ana", tags=["club"])
    changes = app_context.changes
    changes.contacts_changed.emit(None)
    assert "club (1)" in _texts(panel)
    app_context.core.contacts.add_tag([ana], "mentors")
    changes.contacts_changed.emit([ana])
    changes.follow_ups_changed.emit()
    assert "mentors (1)" in _texts(panel)
    app_context.core.contacts.set_archived([ana], True)
    changes.contacts_changed.emit([ana])
    changes.follow_ups_changed.emit()
    assert not any(t.startswith(("club", "mentors")) for t in _texts(panel))


def test_the_filtered_tag_gone_meanwhile_lists_everyone_once_the_worker_says_so(
    qtbot: QtBot,
    panel: ContactListPanel,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", tags=["club"])
    person("Ben")
    app_context.changes.contacts_changed.emit(None)
    panel.set_filter(ListFilter.ALL, tag="club")
    assert panel.model.ids() == [ana]
    app_context.core.tags.delete("club")  # by netdesk-cli, say, with a follow-up's signal
    app_context.changes.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: panel.filter_box.currentText() == "All contacts")
    assert len(panel.model.ids()) == 2


def test_a_tag_only_archived_contacts_carry_is_listed_and_the_list_says_why_it_is_empty(
    panel: ContactListPanel,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Manage tags' Show contacts on such a tag (its count 0) closed the dialog and left the
    list as it was, unexplained."""
    person("Ana", tags=["club"])
    person("Old", tags=["alumni"], archived=True)
    app_context.changes.contacts_changed.emit(None)
    panel.set_filter(ListFilter.DUE)
    assert not any(t.startswith("alumni") for t in _texts(panel))
    panel.set_filter(ListFilter.ALL, tag="alumni")
    assert panel.filter_box.currentText() == "alumni (0)"
    assert panel.model.tag == "alumni" and panel.model.rowCount() == 0
    assert panel.no_match.isVisibleTo(panel)
    assert panel.no_match.text().startswith("Only an archived contact is tagged “alumni” (1).")
    panel.set_filter(ListFilter.ALL)  # left: off the menu again
    assert not any(t.startswith("alumni") for t in _texts(panel))
    panel.set_filter(ListFilter.DUE)
    panel.set_filter(ListFilter.ALL, tag="gone")  # no such tag (deleted meanwhile)
    assert panel.filter_box.currentText() == "Due" and panel.model.tag is None


def test_a_tag_renamed_follows_the_filter_only_when_it_is_the_tag_listed(
    panel: ContactListPanel,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """ "Émigré" and "ÉMIGRÉ" may be two tags (an older netdesk made them): renaming the one
    not listed took the list to the other's new name."""
    from legacy_tags import tagged_as_stored_before

    from netdesk.ui import undo
    from netdesk.ui.tags_dialog import RenameTag

    ana = person("Ana", tags=["Émigré"])
    ben = tagged_as_stored_before(app_context.core, "Ben", "ÉMIGRÉ")
    app_context.changes.contacts_changed.emit(None)
    panel.set_filter(ListFilter.ALL, tag="Émigré")
    assert panel.model.ids() == [ana]
    undo.push(app_context, RenameTag(app_context, "ÉMIGRÉ", "expat"))
    assert panel.filter_box.currentText() == "Émigré (1)"
    assert panel.model.ids() == [ana]
    undo.push(app_context, RenameTag(app_context, "Émigré", "exile"))  # the one listed
    assert panel.filter_box.currentText() == "exile (1)"
    assert panel.model.ids() == [ana]
    app_context.undo_stack.undo()
    assert panel.filter_box.currentText() == "Émigré (1)"
    panel.set_filter(ListFilter.ALL, tag="expat")
    assert panel.model.ids() == [ben]


def test_a_write_by_another_program_has_the_tags_counted_on_the_worker(
    qtbot: QtBot,
    panel: ContactListPanel,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """netdesk-cli or a cron job writing: the counts read on the window's thread after it
    held the window ~200 ms at 100,000 contacts (SQLite's cache of the file dropped)."""
    import sqlite3

    ana = person("Ana", tags=["club"])
    panel.show()
    app_context.changes.contacts_changed.emit(None)
    assert "club (1)" in _texts(panel)
    contacts = app_context.core.contacts
    reads: list[int] = []
    real = contacts.tags
    monkeypatch.setattr(contacts, "tags", lambda: reads.append(1) or real())
    other = sqlite3.connect(app_context.paths.database)  # another program tags Ana
    with other:
        other.execute("INSERT INTO tag (name) VALUES ('mentors')")
        other.execute(
            "INSERT INTO contact_tag (contact_id, tag_id) SELECT ?, id FROM tag "
            "WHERE name = 'mentors'",
            (ana,),
        )
    other.close()
    panel.check_outside_writes()
    assert reads == []
    qtbot.waitUntil(lambda: "mentors (1)" in _texts(panel))
    assert panel.filter_box.currentText() == "All contacts"


def test_the_menu_lists_tags_by_name_accents_aside_as_manage_tags_does(
    panel: ContactListPanel,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """SQLite's NOCASE order put "Ávila" and "Émigré" after "zeta"."""
    person("Ana", tags=["zeta", "Ávila", "beta", "Émigré", "alpha", "Ödön"])
    app_context.changes.contacts_changed.emit(None)
    tags = _texts(panel)[-6:]
    assert tags == [
        "alpha (1)",
        "Ávila (1)",
        "beta (1)",
        "Émigré (1)",
        "Ödön (1)",
        "zeta (1)",
    ]
