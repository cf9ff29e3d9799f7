"""The contact list model: qtmodeltester, filters, sort, search, paging."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from netdesk.core.clock import FixedClock
from netdesk.core.contacts import ListFilter, SortOrder
from netdesk.core.types import PartialDate
from netdesk.ui import contact_list_model
from netdesk.ui.contact_list_model import ContactListModel, Role
from netdesk.ui.context import AppContext
from netdesk.ui.journal_view import JournalModel


def names(model: ContactListModel) -> list[str]:
    return [model.index(r).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, app_context: AppContext, person
) -> None:
    for n in range(30):
        person(f"Person{n:02d}")
    model = ContactListModel(app_context)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.set_query(search_text="person1")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 10


def test_journal_model_passes_the_model_tester_while_fetching_more(
    qtmodeltester: ModelTester, app_context: AppContext, person
) -> None:
    ana = person("Ana")
    for n in range(230):
        app_context.core.journal.log(
            [ana], "note", f"entry {n}", at=dt.datetime(2025, 1, 1) + dt.timedelta(hours=n)
        )
    model = JournalModel(app_context)
    model.set_source(
        lambda limit, offset: app_context.core.journal.for_contact(ana, limit=limit, offset=offset)
    )
    assert model.rowCount() == 100  # one page until the view asks for more
    qtmodeltester.check(model, force_py=True)  # the tester fetches the rest, page by page
    assert model.rowCount() == 230
    assert not model.canFetchMore(model.index(0).parent())
    assert model.entry(0).summary == "entry 229"  # newest first


def test_filters_show_the_right_rows(app_context: AppContext, clock: FixedClock, person) -> None:
    core = app_context.core
    due = person("Dora", keep_in_touch_days=7)
    core.journal.log([due], "call", "hello", at=clock.now() - dt.timedelta(days=10))
    fresh = person("Fred", met_at="PyCon")
    core.journal.log([fresh], "call", "hi", at=clock.now() - dt.timedelta(days=1))
    old = person("Olga", met_on=PartialDate(2020))
    core.journal.log([old], "call", "long ago", at=clock.now() - dt.timedelta(days=400))
    archived = person("Arch", met_at="work")
    core.contacts.set_archived([archived], True)
    tagged = person("Tina", tags=["investor"], met_at="a dinner")
    core.journal.log([tagged], "call", "recent", at=clock.now() - dt.timedelta(days=2))

    model = ContactListModel(app_context)
    model.reload()
    assert names(model) == ["Dora", "Fred", "Olga", "Tina"]
    model.set_query(list_filter=ListFilter.DUE)
    assert names(model) == ["Dora"]
    model.set_query(list_filter=ListFilter.COBWEBS)
    assert names(model) == ["Olga"]
    model.set_query(list_filter=ListFilter.ORIGIN_UNKNOWN)
    assert names(model) == ["Dora"]
    model.set_query(list_filter=ListFilter.ARCHIVED)
    assert names(model) == ["Arch"]
    model.set_query(list_filter=ListFilter.ALL, tag="investor")
    assert names(model) == ["Tina"]
    model.set_query(tag=None, sort=SortOrder.LAST_INTERACTION)
    assert names(model) == ["Fred", "Tina", "Dora", "Olga"]


def test_search_respects_the_filter(app_context: AppContext, person) -> None:
    person("Ana", "García", tags=["investor"])
    person("Anabel", "Ruiz")
    model = ContactListModel(app_context)
    model.set_query(search_text="ana")
    assert sorted(names(model)) == ["Ana García", "Anabel Ruiz"]
    model.set_query(tag="investor")
    assert names(model) == ["Ana García"]


def test_a_search_inside_a_tag_finds_every_match_of_the_tag(
    app_context: AppContext, monkeypatch, person
) -> None:  # type: ignore[no-untyped-def]
    """The best SEARCH_LIMIT matches of the whole address book were taken first and then
    filtered: members of the tag who matched were left out when others matched better."""
    monkeypatch.setattr(contact_list_model, "SEARCH_LIMIT", 10)
    for n in range(15):
        person(f"Example {n:02d}", organization="Example Ltd")  # name matches: ranked first
    vips = [person(f"Vip {n}", notes="example.com", tags=["vip"]) for n in range(3)]
    model = ContactListModel(app_context)
    model.set_query(tag="vip")
    model.set_query(search_text="example")
    assert names(model) == ["Vip 0", "Vip 1", "Vip 2"]  # in the tag's own order
    assert not model.capped
    assert [model.index(r).data(Role.CONTACT_ID) for r in range(3)] == vips


def test_a_search_with_more_matches_than_listed_says_so(
    qtbot, app_context: AppContext, monkeypatch, person
) -> None:  # type: ignore[no-untyped-def]
    from netdesk.ui.contact_list import ContactListPanel

    monkeypatch.setattr(contact_list_model, "SEARCH_LIMIT", 10)
    for n in range(12):
        person(f"Ana {n:02d}")
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.load()
    panel.search.setText("ana")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 10)
    assert panel.model.capped
    assert panel.count_label.text() == "10+ matches"  # a Select all takes these ten only
    assert "type more" in panel.count_label.toolTip()
    panel.search.setText("ana 01")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert (panel.count_label.text(), panel.count_label.toolTip()) == ("1 match", "")


def test_rows_are_fetched_a_page_at_a_time(app_context: AppContext, monkeypatch, person) -> None:  # type: ignore[no-untyped-def]
    for n in range(250):
        person(f"P{n:03d}")
    asked: list[int] = []
    original = app_context.core.contacts.summaries

    def counting(ids):  # type: ignore[no-untyped-def]
        asked.append(len(ids))
        return original(ids)

    monkeypatch.setattr(app_context.core.contacts, "summaries", counting)
    monkeypatch.setattr(contact_list_model, "MAX_PAGES", 2)
    model = ContactListModel(app_context)
    model.reload()
    assert model.index(0).data() == "P000"
    assert model.index(249).data() == "P249"
    assert model.index(120).data(Role.CONTACT_ID) > 0
    # ids need no summaries; only painted pages are fetched (SUMMARY_PAGE rows: 224-249 last)
    assert asked == [32, 26]
    model.index(130).data()
    model.index(0).data()  # page 0 was dropped (two pages kept), so it is fetched again
    assert asked == [32, 26, 32, 32]


def test_the_row_cache_stays_bounded_while_scrolling_everything(
    app_context: AppContext,
    monkeypatch,
    person,  # type: ignore[no-untyped-def]
) -> None:
    for n in range(60):
        person(f"P{n:03d}")
    monkeypatch.setattr(contact_list_model, "SUMMARY_PAGE", 5)
    monkeypatch.setattr(contact_list_model, "MAX_PAGES", 3)
    model = ContactListModel(app_context)
    model.reload()
    for row in range(model.rowCount()):  # every row painted once, top to bottom
        assert model.index(row).data(Role.SUMMARY).display_name == f"P{row:03d}"
        assert model.cached_rows() <= 15
    assert model.cached_rows() == 15  # the last three pages, nothing more


def test_clearing_the_search_reuses_the_listed_ids(
    app_context: AppContext,
    monkeypatch,
    person,  # type: ignore[no-untyped-def]
) -> None:
    person("Ana")
    person("Berta")
    asked: list[object] = []
    original = app_context.core.contacts.list_ids

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(app_context.core.contacts, "list_ids", counting)
    model = ContactListModel(app_context)
    model.reload()
    model.set_query(search_text="ana")
    assert names(model) == ["Ana"]
    model.set_query(search_text="")
    assert names(model) == ["Ana", "Berta"]
    assert len(asked) == 1  # the full list was not asked for again
    app_context.changes.contacts_changed.emit(None)
    model.contacts_changed(None)  # a change forgets it
    assert len(asked) == 2
    model.set_query(sort=SortOrder.LAST_INTERACTION)  # so does another order
    assert len(asked) == 3


def test_a_reset_does_not_walk_every_row(qtbot, app_context: AppContext, person) -> None:  # type: ignore[no-untyped-def]
    """The view places rows by arithmetic: a QListView asked rowCount() twice per row."""
    from PySide6.QtWidgets import QWidget

    from netdesk.ui.contact_rows import contact_table

    for n in range(300):
        person(f"P{n:03d}")
    calls = [0]

    class Counting(ContactListModel):
        def rowCount(self, parent=None):  # type: ignore[no-untyped-def, override]
            calls[0] += 1
            return super().rowCount() if parent is None else super().rowCount(parent)

    host = QWidget()
    qtbot.addWidget(host)
    view = contact_table(host)
    model = Counting(app_context)
    view.setModel(model)
    host.resize(300, 400)
    host.show()
    model.reload()
    calls[0] = 0
    model.set_query(search_text="p1")
    model.set_query(search_text="")
    view.setCurrentIndex(model.index(0))
    view.viewport().repaint()
    assert model.rowCount() == 300
    assert calls[0] < 150  # not 2 x 300


def test_the_first_page_is_listed_before_the_rest(
    qtmodeltester: ModelTester,
    app_context: AppContext,
    monkeypatch,
    person,  # type: ignore[no-untyped-def]
) -> None:
    for n in range(25):
        person(f"P{n:03d}")
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", 10)
    limits: list[object] = []
    original = app_context.core.contacts.list_ids

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        limits.append(kwargs.get("limit"))
        return original(*args, **kwargs)

    monkeypatch.setattr(app_context.core.contacts, "list_ids", recording)
    model = ContactListModel(app_context)
    model.load_first_page()
    assert model.rowCount() == 25  # counted, not listed
    assert limits == [10]
    assert model.index(3).data() == "P003"
    assert limits == [10]
    assert model.index(20).data() == "P020"  # past the first page: the whole list is read
    assert limits == [10, None]
    assert names(model) == [f"P{n:03d}" for n in range(25)]
    qtmodeltester.check(model, force_py=True)
    other = ContactListModel(app_context)
    other.load_first_page()
    assert other.row_of(app_context.core.contacts.list_ids()[24]) == 24  # completes to find it
    other.load_first_page()
    other.complete()
    assert other.ids() == model.ids()


def test_before_the_database_opens_the_first_page_is_read_from_the_file(
    qtmodeltester: ModelTester,
    app_context: AppContext,
    monkeypatch,
    person,  # type: ignore[no-untyped-def]
) -> None:
    for n in range(25):
        person(f"P{n:03d}")
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", 10)
    opened: list[bool] = []

    def open_core() -> object:
        opened.append(True)
        return app_context.core

    later = AppContext(
        app_context.paths,
        None,
        app_context.settings,
        app_context.changes,
        app_context.log_file,
        app_context.undo_stack,
        clock=app_context.clock,
        open_core=open_core,  # type: ignore[arg-type]
    )
    model = ContactListModel(later)
    model.load_first_page()
    assert not later.core_open and opened == []
    assert model.rowCount() == 25 and model.partial
    assert model.known_row_of(model.contact_id(9)) == 9
    assert model.cached_rows() == 10  # the page's rows came with it
    assert [model.index(r).data() for r in range(10)] == [f"P{n:03d}" for n in range(10)]
    assert opened == []
    assert model.index(20).data() == "P020"  # past the page: the database opens
    assert opened == [True] and not model.partial
    qtmodeltester.check(model, force_py=True)


def test_a_screen_reader_hears_all_a_row_shows(
    app_context: AppContext, clock: FixedClock, person
) -> None:  # type: ignore[no-untyped-def]
    """AccessibleTextRole was the name alone: the organization, the last interaction and
    the "due" marker painted on the row were never read out."""

    ana = person("Ana", "Ruiz", title="CTO", organization="Acme")
    app_context.core.journal.log([ana], "call", "hi", at=clock.now() - dt.timedelta(days=21))
    app_context.core.follow_ups.add(ana, clock.now() - dt.timedelta(hours=1), "call back")
    person("Bea")
    model = ContactListModel(app_context)
    model.reload()
    read = [model.index(r).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(2)]
    assert read == [
        "Ana Ruiz, CTO · Acme, last interaction: 3 weeks ago, due",
        "Bea, last interaction: never",
    ]
