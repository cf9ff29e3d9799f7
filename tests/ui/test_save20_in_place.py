"""One contact saved changes its row in place: no reload, no recount, no reset of the list."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter, SortOrder
from netdesk.core.types import Contact
from netdesk.ui import contact_list_model, list_reader
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext

PAGE = 10
PEOPLE = 40


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Ten ids to a first page, eight rows to a summary page: 40 contacts are read in two
    steps, and a row moving crosses pages."""
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(contact_list_model, "SUMMARY_PAGE", 8)
    yield
    list_reader.stop_all()


@pytest.fixture
def people(person) -> list[int]:  # type: ignore[no-untyped-def]
    """P00..P39, every other one in "club"."""
    return [person(f"P{n:02d}", tags=["club"] if n % 2 else []) for n in range(PEOPLE)]


@pytest.fixture
def panel(qtbot: QtBot, app_context: AppContext, people: list[int]) -> ContactListPanel:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    with qtbot.waitSignal(panel.model.listed):
        panel.load()
    return panel


def shown(panel: ContactListPanel) -> list[str]:
    """Every row's name as painted (through the page cache)."""
    model = panel.model
    return [model.index(r).data() for r in range(model.rowCount())]


def rename(app_context: AppContext, contact_id: int, name: str) -> None:
    contacts = app_context.core.contacts
    saved = contacts.get(contact_id)
    assert saved is not None
    contacts.update(dataclasses.replace(saved, given_name=name))


def in_place(qtbot: QtBot, panel: ContactListPanel, ids: list[int]) -> None:
    """Announce a change of ``ids``, which must change the rows without a reset or a read."""
    model = panel.model
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.listed):
        panel.context.changes.contacts_changed.emit(ids)
        assert not model.reading and not model.partial


def test_a_contact_renamed_moves_to_its_place_and_stays_current(
    qtbot: QtBot, qtmodeltester: ModelTester, app_context: AppContext, panel: ContactListPanel
) -> None:
    people = panel.model.ids()
    assert panel.select_contact(people[30])
    for _ in range(6):  # every row painted once: the page cache holds the whole list
        shown(panel)
    rename(app_context, people[30], "A first")
    in_place(qtbot, panel, [people[30]])
    assert panel.model.ids() == app_context.core.contacts.list_ids()
    assert panel.model.contact_id(0) == people[30]
    assert shown(panel) == ["A first"] + [f"P{n:02d}" for n in range(PEOPLE) if n != 30]
    assert panel.current_id() == people[30]
    assert panel.view.currentIndex().row() == 0
    assert panel.selected_ids() == [people[30]]
    rename(app_context, people[30], "Z last")  # and down past every other
    in_place(qtbot, panel, [people[30]])
    assert panel.model.ids() == app_context.core.contacts.list_ids()
    assert shown(panel)[-1] == "Z last"
    assert panel.view.currentIndex().row() == PEOPLE - 1
    assert panel.count_label.text() == f"{PEOPLE} contacts"
    qtmodeltester.check(panel.model, force_py=True)


def test_a_contact_saved_in_its_place_repaints_its_row_alone(
    qtbot: QtBot, app_context: AppContext, panel: ContactListPanel
) -> None:
    people = panel.model.ids()
    shown(panel)
    rename(app_context, people[5], "P05 Smith")  # still between P04 and P06
    changed: list[tuple[int, int]] = []
    panel.model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    in_place(qtbot, panel, [people[5]])
    assert changed == [(5, 5)]
    assert shown(panel)[4:7] == ["P04", "P05 Smith", "P06"]


def test_a_new_contact_is_listed_in_its_place_and_counted(
    qtbot: QtBot, qtmodeltester: ModelTester, app_context: AppContext, panel: ContactListPanel
) -> None:
    shown(panel)
    new = app_context.core.contacts.create(Contact(given_name="P20a"))
    in_place(qtbot, panel, [new])
    assert panel.model.ids() == app_context.core.contacts.list_ids()
    assert panel.model.row_of(new) == 21
    assert shown(panel)[20:23] == ["P20", "P20a", "P21"]
    assert panel.count_label.text() == f"{PEOPLE + 1} contacts"
    qtmodeltester.check(panel.model, force_py=True)


def test_a_contact_the_filter_leaves_out_changes_nothing_listed(
    qtbot: QtBot, app_context: AppContext, panel: ContactListPanel
) -> None:
    people = panel.model.ids()
    with qtbot.waitSignal(panel.model.listed):
        panel.set_filter(ListFilter.ALL, tag="club")
    club = panel.model.ids()
    assert people[4] not in club
    rename(app_context, people[4], "A first")
    changed: list[object] = []
    panel.model.dataChanged.connect(lambda *args: changed.append(args))
    in_place(qtbot, panel, [people[4]])
    assert panel.model.ids() == club and not changed


def test_an_interaction_logged_moves_the_contact_up_the_last_interaction_order(
    qtbot: QtBot, app_context: AppContext, clock, panel: ContactListPanel
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    people = panel.model.ids()
    core.journal.log([people[3]], "call", "long ago", at=clock.now() - dt.timedelta(days=90))
    panel.context.changes.contacts_changed.emit(None)  # read anew once, then in place
    with qtbot.waitSignal(panel.model.listed):
        panel.set_sort(SortOrder.LAST_INTERACTION)
    assert panel.model.contact_id(0) == people[3]
    core.journal.log([people[12]], "call", "today", at=clock.now())
    in_place(qtbot, panel, [people[12]])
    assert panel.model.ids() == core.contacts.list_ids(sort=SortOrder.LAST_INTERACTION)
    assert panel.model.ids()[:2] == [people[12], people[3]]


def left(qtbot: QtBot, panel: ContactListPanel, contact_id: int) -> None:
    """Announce a change of a contact that leaves the list: a reset (the panel decides who
    is current after it, as after a reload), but nothing read again."""
    model = panel.model
    with qtbot.waitSignal(model.modelReset), qtbot.assertNotEmitted(model.listed):
        panel.context.changes.contacts_changed.emit([contact_id])
        assert not model.reading and not model.partial
    assert model.row_of(contact_id) == -1


def test_a_contact_archived_leaves_the_list_and_the_next_one_is_current(
    qtbot: QtBot, app_context: AppContext, panel: ContactListPanel
) -> None:
    contacts = app_context.core.contacts
    people = panel.model.ids()
    shown(panel)
    assert panel.select_contact(people[7])
    panel.move_on_when_gone()  # what Archive does first
    contacts.set_archived([people[7]], True)
    left(qtbot, panel, people[7])
    assert panel.model.ids() == contacts.list_ids()
    assert panel.current_id() == people[8]
    assert shown(panel)[6:8] == ["P06", "P08"]
    assert panel.count_label.text() == f"{PEOPLE - 1} contacts"


def test_a_contact_deleted_is_current_no_more(
    qtbot: QtBot, app_context: AppContext, panel: ContactListPanel
) -> None:
    contacts = app_context.core.contacts
    people = panel.model.ids()
    assert panel.select_contact(people[3])
    contacts.delete([people[3]])
    with qtbot.waitSignal(panel.current_changed) as gone:
        left(qtbot, panel, people[3])
    assert gone.args == [None] and panel.current_id() is None
    assert panel.model.ids() == contacts.list_ids()


def test_a_contact_edited_out_of_the_filter_stays_current(
    qtbot: QtBot, app_context: AppContext, panel: ContactListPanel
) -> None:
    """Its card stays, open to further edits, as after a reload: only Archive moves on."""
    contacts = app_context.core.contacts
    with qtbot.waitSignal(panel.model.listed):
        panel.set_filter(ListFilter.ALL, tag="club")
    club = panel.model.ids()
    assert panel.select_contact(club[4])
    saved = contacts.get(club[4])
    assert saved is not None
    contacts.update(dataclasses.replace(saved, tags=[]))
    with qtbot.assertNotEmitted(panel.current_changed):
        left(qtbot, panel, club[4])
    assert panel.current_id() == club[4]
    assert panel.model.ids() == contacts.list_ids(tag="club") == club[:4] + club[5:]


def test_another_contact_changed_too_reads_the_list_again(
    qtbot: QtBot, app_context: AppContext, panel: ContactListPanel
) -> None:
    contacts = app_context.core.contacts
    people = panel.model.ids()
    rename(app_context, people[8], "A first")
    rename(app_context, people[9], "Z last")  # not announced: the list is not the file's
    panel.context.changes.contacts_changed.emit([people[8]])
    panel.model.complete()
    assert panel.model.ids() == contacts.list_ids()


@pytest.mark.parametrize("sort", list(SortOrder))
def test_many_single_changes_in_a_row_leave_the_list_as_a_new_read_makes_it(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    app_context: AppContext,
    clock,  # type: ignore[no-untyped-def]
    panel: ContactListPanel,
    sort: SortOrder,
) -> None:
    """Renamed, talked to, archived and back, added, deleted, one at a time: after each, the
    rows (and the names painted from the page cache) are those of the list read anew."""
    core = app_context.core
    chooser = random.Random(20)
    if sort is not SortOrder.NAME:  # (listed by name already)
        with qtbot.waitSignal(panel.model.listed):
            panel.set_sort(sort)
    archived: list[int] = []
    for step in range(40):
        shown(panel)  # every row painted: the page cache holds them all
        listed = core.contacts.list_ids(sort=sort)
        kind = step % 6
        if kind == 0:
            contact_id = chooser.choice(listed)
            rename(app_context, contact_id, f"{chooser.choice('ABPZ')}{step:02d}")
        elif kind == 1:
            contact_id = chooser.choice(listed)
            days = chooser.randint(0, 300)
            core.journal.log([contact_id], "call", "hi", at=clock.now() - dt.timedelta(days=days))
        elif kind == 2:
            contact_id = chooser.choice(listed)
            core.contacts.set_archived([contact_id], True)
            archived.append(contact_id)
        elif kind == 3 and archived:
            contact_id = archived.pop(0)
            core.contacts.set_archived([contact_id], False)
        elif kind == 4:
            contact_id = core.contacts.create(Contact(given_name=f"N{step:02d}"))
        else:
            contact_id = chooser.choice(listed)
            core.contacts.delete([contact_id])
        panel.context.changes.contacts_changed.emit([contact_id])
        assert not panel.model.partial and not panel.model.reading, step
        expected = core.contacts.list_ids(sort=sort)
        assert panel.model.ids() == expected, step
        names = core.contacts.names(expected)
        assert shown(panel) == [names[i] for i in expected], step
        assert panel.count_label.text() == f"{len(expected)} contacts"
    qtmodeltester.check(panel.model, force_py=True)
