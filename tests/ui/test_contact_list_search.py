"""Searching inside a filter or tag: a search matching many contacts is read on the worker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import ContactService, ListFilter, SortOrder
from netdesk.ui import contact_list_model, list_reader
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_list_model import ContactListModel
from netdesk.ui.context import AppContext


@pytest.fixture(autouse=True)
def _every_search_is_large(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any search in a filter matches "many" contacts: it goes to the worker."""
    monkeypatch.setattr(contact_list_model, "MATCHES_AT_ONCE", 0)
    yield
    list_reader.stop_all()


@pytest.fixture
def club(person) -> list[int]:  # type: ignore[no-untyped-def]
    """Ana, Anabel, Bea and Carla in the club (Bea's notes say "ana"), Anton outside it."""
    person("Anton", "Outside")
    return [
        person("Ana", "García", tags=["club"]),
        person("Anabel", "Ruiz", tags=["club"]),
        person("Bea", "Ortiz", tags=["club"], notes="Ana's sister"),
        person("Carla", "Díaz", tags=["club"]),
    ]


def names(model: ContactListModel) -> list[str]:
    return [model.index(r).data() for r in range(model.rowCount())]


def test_a_search_in_a_tag_matching_many_is_read_off_the_gui_thread(
    qtbot: QtBot,
    app_context: AppContext,
    club: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every match of "a" among 100,000 contacts took 100-250 ms on each keystroke inside a
    filter or tag (the whole address book's matches, then those of the tag kept)."""
    model = ContactListModel(app_context)
    model.set_query(tag="club", sort=SortOrder.NAME)
    shown = names(model)

    def on_the_gui_thread(*_args: object, **_kwargs: object) -> set[int]:
        raise AssertionError("every match read on the GUI thread")

    monkeypatch.setattr(ContactService, "matching", on_the_gui_thread)
    with qtbot.waitSignal(model.searched):
        model.set_query(search_text="ana")
        assert model.searching
        assert names(model) == shown  # the rows before stay until the result comes
    assert not model.searching
    assert names(model) == ["Ana García", "Anabel Ruiz", "Bea Ortiz"]  # the tag's order
    model.set_query(tag=None, search_text="an")  # the best matches of everyone: at once
    assert not model.searching
    assert sorted(names(model)) == ["Ana García", "Anabel Ruiz", "Anton Outside", "Bea Ortiz"]


def test_a_newer_query_drops_the_search_on_its_way(
    qtbot: QtBot, app_context: AppContext, club: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.set_query(tag="club")
    model.set_query(search_text="ana")
    old = model._search_job
    model.set_query(search_text="carla")
    assert old is not None and old.read.cancelled
    with qtbot.waitSignal(model.searched):
        pass
    assert names(model) == ["Carla Díaz"]
    model.set_query(search_text="")  # the tag's list, at once
    assert not model.searching and len(names(model)) == 4


def test_ids_wait_for_the_search_on_its_way(app_context: AppContext, club: list[int]) -> None:
    model = ContactListModel(app_context)
    model.set_query(tag="club")
    model.set_query(search_text="anab")
    assert model.searching
    assert model.ids() == [club[1]]  # a Select all and Delete act on what was typed
    assert not model.searching


def test_enter_in_the_search_field_opens_the_first_match_of_what_was_typed(
    qtbot: QtBot, app_context: AppContext, club: list[int]
) -> None:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    panel.set_filter(ListFilter.ALL, tag="club")
    panel.search.setFocus()
    panel.search.setText("carl")
    panel._search_timer.stop()
    panel._apply_search()  # what the typing pause runs (its result not reported yet)
    assert panel.model.searching
    assert not panel.no_match.isVisible()
    with qtbot.waitSignal(panel.activated) as opened:
        QTest.keyClick(panel.search, Qt.Key.Key_Return)  # before the result came
    assert opened.args == [club[3]]
    assert panel.count_label.text() == "1 match"
    panel.search.setText("zzz")  # nobody: said once the search has come
    qtbot.waitUntil(lambda: panel.no_match.isVisible())
    assert panel.count_label.text() == "0 matches"


def test_type_ahead_while_a_search_is_on_its_way_looks_in_its_result(
    app_context: AppContext, club: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.set_query(tag="club")
    last = model.index(model.rowCount() - 1)  # of the four rows shown before the search
    model.set_query(search_text="carla")
    assert model.searching
    assert model.match(last, Qt.ItemDataRole.DisplayRole, "ana", 1) == []  # not in it
    model.set_query(search_text="carla")
    found = model.match(last, Qt.ItemDataRole.DisplayRole, "c", 1)
    assert [i.data() for i in found] == ["Carla Díaz"]  # the one row of the search
