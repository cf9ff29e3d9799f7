"""The contact list reloads with its first page and reads the rest on a worker thread."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import ListFilter, SortOrder
from netdesk.ui import contact_list_model, list_reader
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_list_model import ContactListModel
from netdesk.ui.context import AppContext

PAGE = 10
PEOPLE = 25


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Ten rows to a page: 25 contacts make a list read in two steps."""
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", PAGE)
    yield
    list_reader.stop_all()  # no read left running on the test's database


@pytest.fixture
def people(person) -> list[int]:  # type: ignore[no-untyped-def]
    """P000..P024; every third one in "club" (one page of them), the first 20 in "crowd"."""
    return [
        person(f"P{n:03d}", tags=[t for t, on in (("club", n % 3 == 0), ("crowd", n < 20)) if on])
        for n in range(PEOPLE)
    ]


def names(model: ContactListModel) -> list[str]:
    return [model.index(r).data() for r in range(model.rowCount())]


def list_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "netdesk-list"]


def by_last_interaction(app_context: AppContext) -> list[int]:
    return app_context.core.contacts.list_ids(sort=SortOrder.LAST_INTERACTION)


def test_a_reload_shows_the_first_page_and_reads_the_rest_on_a_worker(
    qtbot: QtBot, qtmodeltester: ModelTester, app_context: AppContext, people: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    assert model.partial and model.reading  # returned before the whole list was read
    assert model.rowCount() == PEOPLE  # counted
    assert model.known_rows == PAGE
    assert [model.index(r).data() for r in range(PAGE)] == [f"P{n:03d}" for n in range(PAGE)]
    with qtbot.waitSignal(model.listed):
        pass
    assert not model.partial and not model.reading
    assert names(model) == [f"P{n:03d}" for n in range(PEOPLE)]
    qtmodeltester.check(model, force_py=True)

    model.set_query(sort=SortOrder.LAST_INTERACTION)  # a sort order: the same way
    assert model.partial
    qtmodeltester.check(model, force_py=True)  # also while the rest is on its way
    assert model.ids() == by_last_interaction(app_context)


def test_a_result_arriving_after_a_newer_query_is_dropped(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    job = model._job  # not list_reader.running(): on a busy machine the read may be over
    assert job is not None
    assert job.wait() is not None  # read; its report is still queued for the GUI thread
    model.set_query(tag="club")  # 9 contacts, one page: listed at once, no worker
    assert not model.partial
    qtbot.waitUntil(lambda: not list_reader.running())
    QCoreApplication.processEvents()  # the old read's report arrives now
    assert names(model) == [f"P{n:03d}" for n in range(0, PEOPLE, 3)]
    assert model.ids() == app_context.core.contacts.list_ids(tag="club")


def test_lookups_past_the_first_page_wait_for_the_whole_list(
    app_context: AppContext, people: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    assert model.partial
    assert model.row_of(people[20]) == 20
    assert not model.partial
    model.set_query(sort=SortOrder.LAST_INTERACTION)
    assert model.ids_between(5, PEOPLE - 1) == by_last_interaction(app_context)[5:]
    model.set_query(sort=SortOrder.NAME)
    assert model.contact_id(24) == people[24]


def test_a_save_keeps_the_rows_and_reads_no_list(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.load()
    with qtbot.waitSignal(panel.model.listed):
        pass
    assert panel.select_contact(people[20])
    contacts = app_context.core.contacts
    saved = contacts.get(people[20])
    assert saved is not None
    contacts.update(dataclasses.replace(saved, notes="met again"))
    with qtbot.assertNotEmitted(panel.model.modelReset), qtbot.assertNotEmitted(panel.model.listed):
        app_context.changes.contacts_changed.emit([people[20]])
        # one contact: its row alone is read again, not the first page, the count and the rest
        assert not panel.model.reading and not panel.model.partial
        assert panel.view.currentIndex().row() == 20  # the rows stay where they were
        assert panel.selected_ids() == [people[20]]
    assert panel.current_id() == people[20]
    assert panel.view.currentIndex().row() == 20


def test_the_current_contact_past_the_first_page_stays_current_across_a_reload(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.load()
    assert panel.select_contact(people[20])  # past the page: waits for the list
    with qtbot.assertNotEmitted(panel.current_changed), qtbot.waitSignal(panel.model.listed):
        panel.set_sort(SortOrder.LAST_INTERACTION)  # the card keeps showing P020
        assert panel.model.partial
        assert panel.current_id() == people[20]
    row = by_last_interaction(app_context).index(people[20])
    assert panel.view.currentIndex().row() == row
    assert panel.current_id() == people[20]


def test_a_filter_without_the_current_contact_selects_its_first_row_once_listed(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.load()
    assert panel.select_contact(people[22])  # not in the crowd
    with qtbot.waitSignal(panel.current_changed) as changed:
        panel.set_filter(ListFilter.ALL, tag="crowd")
        assert panel.model.partial
        assert not panel.view.currentIndex().isValid()  # not before the list says
    assert changed.args == [people[0]]
    assert panel.view.currentIndex().row() == 0


def test_a_filter_keeps_the_current_contact_past_its_first_page(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.load()
    assert panel.select_contact(people[15])  # in the crowd, past its first page
    with qtbot.assertNotEmitted(panel.current_changed), qtbot.waitSignal(panel.model.listed):
        panel.set_filter(ListFilter.ALL, tag="crowd")
        assert panel.model.partial
        assert not panel.view.currentIndex().isValid()  # not the first row meanwhile
    assert panel.view.currentIndex().row() == 15
    assert panel.current_id() == people[15]


def test_select_all_after_a_filter_change_selects_the_whole_new_list(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.load()
    panel.set_filter(ListFilter.ALL, tag="crowd")
    assert panel.model.partial  # 20 in the crowd: the first ten known
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_ids() == people[:20]


def test_a_restore_closes_the_reads_and_the_list_is_read_once_it_is_over(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    assert model.reading
    app_context.changes.database_replacing.emit(True)
    assert not list_threads()  # nothing holds the file the restore replaces
    assert model.partial and not model.reading
    model.set_query(sort=SortOrder.LAST_INTERACTION)  # a reload meanwhile reads no rest
    assert model.partial and not model.reading and not list_threads()
    with qtbot.waitSignal(model.listed):
        app_context.changes.database_replacing.emit(False)
        assert model.reading
    assert model.ids() == by_last_interaction(app_context)


def test_a_read_that_fails_on_the_worker_leaves_the_list_to_the_gui_thread(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    database = app_context.core.store.path
    moved = database.with_name("elsewhere.sqlite3")
    model = ContactListModel(app_context)
    model.reload()
    model.ids()  # the connection of this thread is open (and stays, as the app's does)
    database.rename(moved)  # the worker's read cannot open it
    try:
        model.set_query(sort=SortOrder.LAST_INTERACTION)
        # its own read's end (the hub also reports the cancelled read of the reload before)
        qtbot.waitUntil(lambda: not model.reading)
        assert model.partial  # no crash, nothing taken
        assert model.ids() == app_context.core.contacts.list_ids(sort=SortOrder.LAST_INTERACTION)
    finally:
        moved.rename(database)


def test_stopping_the_reads_cancels_them_and_ends_the_thread(
    qtbot: QtBot, app_context: AppContext, people: list[int]
) -> None:
    """What the app does when it quits (aboutToQuit)."""
    model = ContactListModel(app_context)
    model.reload()
    assert list_threads()
    list_reader.stop_all()
    assert not list_threads() and not list_reader.running()
    QCoreApplication.processEvents()
    model.complete()  # a read cancelled at quit: the list is read here if still needed
    assert names(model) == [f"P{n:03d}" for n in range(PEOPLE)]
    model.set_query(sort=SortOrder.LAST_INTERACTION)  # and reads start again
    with qtbot.waitSignal(model.listed):
        assert list_threads()


def test_a_write_by_another_program_is_read_again_when_the_window_is_back(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """``netdesk-cli`` or a cron import writing meanwhile: the list (and every view) showed
    what it had read until the next change made in the window itself."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from netdesk.ui import contact_list

    ana = person("Ana")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    assert panel._outside_timer.interval() == contact_list.OUTSIDE_WRITES_MS
    assert panel._outside_timer.isActive()  # also while the window stays in the background
    active = Qt.ApplicationState.ApplicationActive
    with qtbot.assertNotEmitted(app_context.changes.contacts_changed):
        QApplication.instance().applicationStateChanged.emit(active)  # type: ignore[union-attr]
    other = sqlite3.connect(app_context.paths.database)  # another program
    with other:
        other.execute(
            "UPDATE contact SET display_name = 'Anabel', sort_key = 'anabel' WHERE id = ?", (ana,)
        )
    other.close()
    with qtbot.waitSignal(app_context.changes.journal_changed):  # every view: as a restore
        QApplication.instance().applicationStateChanged.emit(active)  # type: ignore[union-attr]
    assert panel.model.index(0).data() == "Anabel"
    with qtbot.assertNotEmitted(app_context.changes.contacts_changed):
        panel.check_outside_writes()  # read once


def test_a_change_made_elsewhere_keeps_the_selection_and_what_the_view_shows(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """A contact renamed elsewhere (an undo, another program) reordered the list: three
    contacts selected became the current one alone (the next Tag… took only it), and the view
    jumped from where the user had scrolled to back to the current row."""
    from PySide6.QtCore import QItemSelectionModel

    people = [person(f"P{n:02d}") for n in range(40)]
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    panel.load()
    with qtbot.waitSignal(panel.model.listed):
        pass
    panel._select_row(2)
    add = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (3, 4, 8):
        panel.view.selectionModel().select(panel.model.index(row), add)
    assert panel.selected_ids() == [people[2], people[3], people[4], people[8]]
    panel.view.scrollTo(panel.model.index(25), panel.view.ScrollHint.PositionAtTop)
    top = panel.view.rowAt(0)
    contacts = app_context.core.contacts
    for n, name in ((30, "A first"), (3, "Z last")):  # one above, one selected moves down
        saved = contacts.get(people[n])
        assert saved is not None
        contacts.update(dataclasses.replace(saved, given_name=name))
    with qtbot.waitSignal(panel.model.listed):
        app_context.changes.contacts_changed.emit([people[30], people[3]])
        assert panel.model.partial  # a new first page: the rest comes from the worker
    assert panel.current_id() == people[2]
    assert sorted(panel.selected_ids()) == sorted([people[2], people[3], people[4], people[8]])
    assert panel.model.contact_id(panel.view.rowAt(0)) == people[top]  # the same in sight
    saved = contacts.get(people[31])
    assert saved is not None
    contacts.update(dataclasses.replace(saved, given_name="A second"))  # one more above
    with qtbot.assertNotEmitted(panel.model.modelReset):  # its row alone moves
        app_context.changes.contacts_changed.emit([people[31]])
    assert panel.model.ids()[:2] == [people[30], people[31]]  # "A first", "A second"
    assert panel.view.rowAt(0) == top + 1
    assert panel.model.contact_id(top + 1) == people[top]
    assert len(panel.selected_ids()) == 4


def test_time_alone_brings_a_follow_up_into_due_and_ends_imported_today(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Due listed what was due when it was read, however long the window stayed open: a
    follow-up falling due at 09:30 waited for the next change made to anything."""
    import datetime as dt

    from netdesk.core.types import Contact
    from netdesk.ui import contact_list

    clock = app_context.core.clock
    ana = person("Ana")
    bea = app_context.core.contacts.create(Contact(given_name="Bea", source_date=clock.now()))
    half_past = clock.now().replace(minute=30)  # the fixed clock says 09:00
    app_context.core.follow_ups.add(ana, half_past, "call back")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    panel.set_filter(ListFilter.DUE)
    assert panel.model.rowCount() == 0
    assert panel._time_timer.interval() == 1800 * 1000 + 500 and panel._time_timer.isActive()
    clock.set(half_past + dt.timedelta(seconds=1))
    panel._time_timer.timeout.emit()  # (what the timer does at 09:30)
    assert panel.model.ids() == [ana]
    assert panel.count_label.text() == "1 contact"
    panel.set_filter(ListFilter.IMPORTED_TODAY)
    assert panel.model.ids() == [bea]
    midnight = dt.datetime.combine(clock.now().date() + dt.timedelta(days=1), dt.time())
    wait = (midnight - clock.now()).total_seconds()
    assert panel._time_timer.interval() / 1000 == pytest.approx(
        min(wait, contact_list.TIME_RELOAD_MAX_S), abs=2
    )
    clock.set(midnight + dt.timedelta(seconds=1))
    panel._time_timer.timeout.emit()
    assert panel.model.ids() == []
    assert panel.no_match.text() == "Nobody was imported today."
