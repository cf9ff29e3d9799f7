"""A search of everyone matching more than a page lists its first page at once and reads the
rest on the worker: the keystroke read a tenth of "m"'s 1,000 best matches. The rest is
counted when it comes and listed when the view scrolls to it or a lookup needs it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import ContactService
from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.store import search as store_search
from netdesk.ui import contact_list_model, list_reader
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.contact_list_model import ContactListModel
from netdesk.ui.context import AppContext

PAGE = 5


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A page of five, and more than three matches is a "broad" search (not ranked whole)."""
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(store_search, "RANK_LIMIT", 3)
    yield
    list_reader.stop_all()


@pytest.fixture
def anas(app_context: AppContext) -> list[int]:
    """30 people named "Ana …" and one "Bea" whose notes say "ana"."""
    now = app_context.core.clock.now()
    people = [Contact(given_name="Ana", family_name=f"Ruiz{n:02d}") for n in range(30)]
    people.append(Contact(given_name="Bea", notes="Ana's friend"))
    with bulk.write_transaction():
        return bulk.insert_contacts([(c, None) for c in people], now)


def best(app_context: AppContext, text: str) -> list[int]:
    return app_context.core.contacts.search(text, limit=contact_list_model.SEARCH_LIMIT + 1)


def typed(qtbot: QtBot, app_context: AppContext, text: str) -> ContactListPanel:
    """A list shown with ``text`` searched and its first page listed, the rest not come yet
    (no event handled since: the typing pause's zero timer is run at once)."""
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    panel.search.setText(text)
    panel._search_timer.timeout.emit()
    assert panel.model.rowCount() == PAGE and panel.model.reading
    return panel


def test_the_first_page_is_listed_at_once_and_the_rest_read_on_the_worker(
    qtbot: QtBot, app_context: AppContext, anas: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    model = ContactListModel(app_context)
    model.reload()

    def on_the_gui_thread(*_args: object, **_kwargs: object) -> list[int]:
        raise AssertionError("every match read on the GUI thread")

    whole = best(app_context, "ana")
    assert len(whole) == 31
    monkeypatch.setattr(ContactService, "search", on_the_gui_thread)
    with qtbot.waitSignal(model.grown):
        model.set_query(search_text="ana")
        assert model.rowCount() == PAGE and model.ids_between(0, PAGE - 1) == whole[:PAGE]
        assert model.more_coming and model.reading
        assert model.canFetchMore(QModelIndex())
    assert not model.reading and model.more_coming  # come, not listed yet
    assert model.rowCount() == PAGE and model.matches == 31 and not model.capped
    model.fetchMore(QModelIndex())
    assert not model.more_coming and not model.canFetchMore(QModelIndex())
    assert model.rowCount() == 31
    assert model.ids() == whole


def test_more_than_the_limit_are_capped_once_they_have_come(
    qtbot: QtBot, app_context: AppContext, anas: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contact_list_model, "SEARCH_LIMIT", 20)
    model = ContactListModel(app_context)
    model.reload()
    with qtbot.waitSignal(model.grown):
        model.set_query(search_text="ana")
        assert not model.capped
    assert model.capped and model.matches == 20
    assert model.ids() == best(app_context, "ana")[:20]


def test_a_lookup_past_the_first_page_waits_for_the_rest(
    app_context: AppContext, anas: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    model.set_query(search_text="ana")
    whole = best(app_context, "ana")
    assert model.row_of(whole[-1]) == 30  # not -1: the rest is waited for and listed
    assert model.rowCount() == 31 and not model.more_coming


def test_a_newer_query_cancels_the_rest_on_its_way(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    model.set_query(search_text="ana")
    model._more_timer.timeout.emit()  # the typing paused: the rest asked for
    old = model._more_job
    assert old is not None
    model.set_query(search_text="ruiz1")  # 10 matches: five now, the rest read again
    assert old.read.cancelled
    with qtbot.waitSignal(model.grown):
        pass
    model.complete()
    assert model.ids() == best(app_context, "ruiz1")
    model.set_query(search_text="")  # the whole list: nothing of the search comes after it
    qtbot.wait(50)
    assert not model.more_coming and model.rowCount() == 31


def test_the_rest_is_read_once_the_typing_pauses_not_at_each_key(
    qtbot: QtBot, app_context: AppContext, anas: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read at each key, the worker's read took the interpreter lock from the next
    keystroke's: keys typed faster than MORE_AFTER_MS start no read at all."""
    reads: list[str] = []
    real = contact_list_model.search_read

    def counted(database: object, text: str, **kwargs: object) -> object:
        reads.append(text)
        return real(database, text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contact_list_model, "search_read", counted)
    model = ContactListModel(app_context)
    model.reload()
    for text in ("a", "an", "ana"):
        model.set_query(search_text=text)
        assert model.more_coming and model._more_job is None
    with qtbot.waitSignal(model.grown):
        pass
    assert reads == ["ana"]
    assert model.ids() == best(app_context, "ana")


def test_a_lookup_before_the_typing_pauses_reads_the_rest_at_once(
    app_context: AppContext, anas: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    model.set_query(search_text="ana")
    assert model._more_job is None  # not asked for yet
    assert model.ids() == best(app_context, "ana")
    assert not model.more_coming and not model.reading


def test_a_list_changed_between_the_two_reads_is_shown_as_the_worker_read_it(
    qtbot: QtBot, app_context: AppContext, anas: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first contact listed deleted between the first page and the rest (by a second
    netdesk window's undo, an import's commit): the rest does not begin with the rows listed,
    so the list is replaced by what the worker read."""
    real = contact_list_model.search_read
    first = best(app_context, "ana")[0]

    def after_a_change(*args: object, **kwargs: object) -> object:
        app_context.core.contacts.delete([first])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contact_list_model, "search_read", after_a_change)
    model = ContactListModel(app_context)
    model.reload()
    model.set_query(search_text="ana")
    assert model.contact_id(0) == first  # read before the delete
    with qtbot.waitSignal(model.modelReset):
        pass
    assert not model.more_coming
    assert model.ids() == best(app_context, "ana") and first not in model.ids()
    assert len(model.ids()) == 30


def test_the_model_tester_passes_while_the_rest_is_on_its_way(
    qtbot: QtBot, qtmodeltester: ModelTester, app_context: AppContext, anas: list[int]
) -> None:
    model = ContactListModel(app_context)
    model.reload()
    model.set_query(search_text="ana")
    qtmodeltester.check(model, force_py=True)  # it fetches the rest, as a view does
    assert model.rowCount() == 31


def test_the_view_lists_the_rest_when_it_scrolls_to_the_end(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(360, 600)  # more than five rows high: the first page does not fill it
    panel.show()
    panel.load()
    with qtbot.waitSignal(panel.model.grown):
        panel.search.setText("ana")
    # a view whose rows end above its bottom fetches more (Qt's fetchMore), as scrolling
    # to the end of a longer page does
    qtbot.waitUntil(lambda: panel.model.rowCount() == 31)
    assert panel.count_label.text() == "31 matches"


def test_the_count_says_more_are_coming_then_how_many(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    panel = typed(qtbot, app_context, "ana")
    assert panel.count_label.text() == "5+ matches"
    panel.resize(300, 3 * 52)  # (fewer rows than the first page: the rest stays unlisted)
    with qtbot.waitSignal(panel.model.grown):
        pass
    assert panel.count_label.text() == "31 matches"
    assert panel.model.rowCount() == PAGE


def test_select_all_takes_every_match_even_before_the_rest_has_come(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    panel = typed(qtbot, app_context, "ana")
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(panel.selected_ids()) == sorted(best(app_context, "ana"))


def test_end_goes_to_the_last_match_not_the_last_of_the_first_page(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    panel = typed(qtbot, app_context, "ana")
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_End)
    assert panel.view.currentIndex().row() == 30
    assert panel.current_id() == best(app_context, "ana")[-1]


def searched(qtbot: QtBot, app_context: AppContext, text: str) -> ContactListPanel:
    """A list with ``text`` searched and every match listed (the view scrolled to them)."""
    panel = typed(qtbot, app_context, text)
    panel.resize(360, 300)
    panel.model.complete()
    assert not panel.model.more_coming
    return panel


def selecting(panel: ContactListPanel, first: int, last: int) -> list[int]:
    """Rows ``first`` to ``last`` selected, the first current: their contacts."""
    chosen = panel.model.ids_between(first, last)
    panel.select_contact(chosen[0])
    panel._add_to_selection([(first + 1, last)])
    assert sorted(panel.selected_ids()) == sorted(chosen)
    return chosen


def test_a_reload_of_the_search_keeps_the_current_contact_past_the_first_page(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    """A card saved while searching reloads the search: its first page again, the rest on its
    way. The current contact was further down: it stayed on the card with no row current,
    and Delete or Tag… acted on nobody."""
    panel = searched(qtbot, app_context, "ana")
    target = panel.model.contact_id(20)
    assert panel.select_contact(target)
    with qtbot.waitSignal(panel.model.grown):
        app_context.changes.contacts_changed.emit([target])  # as a card's save says it
        assert panel.model.more_coming
    current = panel.view.currentIndex()
    assert current.isValid() and current.row() == 20
    assert panel.selected_ids() == [target] and panel.current_id() == target


def test_a_reload_of_the_search_keeps_the_selection_past_the_first_page(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    panel = searched(qtbot, app_context, "ana")
    chosen = selecting(panel, 18, 20)
    with qtbot.waitSignal(panel.model.grown):
        app_context.changes.contacts_changed.emit([chosen[0]])
    assert sorted(panel.selected_ids()) == sorted(chosen)


def test_contacts_to_select_among_the_rest_come_and_unlisted_are_selected(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    """An undo selects the contacts it brought back: among a search's rest, come but not
    listed yet, only those of the first page were found."""
    panel = typed(qtbot, app_context, "ana")
    panel.resize(360, 3 * 52)
    with qtbot.waitSignal(panel.model.grown):
        pass
    assert panel.model.more_coming and not panel.model.reading
    wanted = best(app_context, "ana")[10:13]
    panel.select_contacts(wanted)
    assert sorted(panel.selected_ids()) == sorted(wanted)


def test_contacts_to_select_while_the_rest_is_on_its_way_are_selected_once_it_comes(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    panel = typed(qtbot, app_context, "ana")
    panel.resize(360, 3 * 52)
    wanted = best(app_context, "ana")[10:13]
    panel.select_contacts(wanted)
    assert panel.model.reading and panel.selected_ids() != sorted(wanted)
    with qtbot.waitSignal(panel.model.grown):
        pass
    assert sorted(panel.selected_ids()) == sorted(wanted)


def test_a_reload_of_the_search_keeps_the_view_s_place_past_the_first_page(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    """Scrolled past the first page, the reset's view showed that page's end: Qt fetched
    the rest inside its layout (the window waiting for the worker) and the place kept was
    cut to the first page's height."""
    panel = searched(qtbot, app_context, "ana")
    height = panel.view.verticalHeader().defaultSectionSize()
    target = panel.model.contact_id(20)
    panel.select_contact(target)
    bar = panel.view.verticalScrollBar()
    bar.setValue(18 * height + 10)
    place = (bar.value(), panel.view.rowAt(0))
    with qtbot.waitSignal(panel.model.grown):
        app_context.changes.contacts_changed.emit([target])
        assert panel.model.reading  # (not fetched inside the reset)
    assert (bar.value(), panel.view.rowAt(0)) == place
    assert panel.view.currentIndex().row() == 20


def test_a_keystroke_after_a_reload_does_not_bring_its_selection_back(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    """A reload kept the selection for the rest to come; a keystroke whose first page is the
    same ("ana", then "ana ") resets nothing: the old selection came back with the rest,
    beside the keystroke's first match, and Delete took them all."""
    panel = searched(qtbot, app_context, "ana")
    panel.resize(360, 3 * 52)
    chosen = selecting(panel, 18, 20)
    app_context.changes.contacts_changed.emit([chosen[0]])
    panel.search.setText("ana ")
    panel._search_timer.timeout.emit()  # the keystroke's query, before the rest comes
    with qtbot.waitSignal(panel.model.grown):
        pass
    assert panel.selected_ids() == [panel.model.contact_id(0)]
    assert panel.model.more_coming  # and the rest stays unlisted, as after any keystroke


def test_a_selection_kept_by_a_reload_is_acted_on_before_the_rest_comes(
    qtbot: QtBot, app_context: AppContext, anas: list[int]
) -> None:
    """Tag… or Delete right after a card was saved took the current contact alone."""
    panel = searched(qtbot, app_context, "ana")
    chosen = selecting(panel, 1, 3)
    app_context.changes.contacts_changed.emit([chosen[0]])
    assert panel.model.reading
    assert sorted(panel.selected_ids()) == sorted(chosen)
