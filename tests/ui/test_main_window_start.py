"""The main window's start-up: the first page painted before the database opens, the rest after."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import Core, StoreError
from netdesk.core.clock import Clock, FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.contact_list import filter_labels
from netdesk.ui.contact_list_model import PAGE_SIZE, SUMMARY_PAGE
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _add(core: Core, count: int, **fields: object) -> list[int]:
    return [
        core.contacts.create(Contact(given_name=f"Person {n:03d}", **fields))  # type: ignore[arg-type]
        for n in range(count)
    ]


@pytest.fixture
def opened_later(core: Core, tmp_data_dir: Path, clock: FixedClock) -> Iterator[StartLater]:
    """Once the test has filled the ``core`` fixture's database: a context over it whose core
    opens on first use, as in the app, and the list of those openings."""
    made: list[AppContext] = []

    def start() -> tuple[AppContext, list[Clock]]:
        core.close()
        paths = Paths(tmp_data_dir)
        openings: list[Clock] = []

        def open_core(given: Clock) -> Core:
            openings.append(given)
            return Core.open(paths, given)

        context = AppContext.starting(paths, tmp_data_dir / "netdesk.log", open_core, clock)
        made.append(context)
        return context, openings

    yield start
    for context in made:
        context.undo_stack.clear()
        if context.core_open:
            context.core.close()


StartLater = Callable[[], tuple[AppContext, list[Clock]]]


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_the_first_page_is_painted_before_the_database_opens(
    qtbot: QtBot, core: Core, opened_later: StartLater, clock: FixedClock
) -> None:
    ids = _add(core, 3)
    core.contacts.add_tag([ids[0]], "family")
    context, openings = opened_later()
    context.settings.set(s.LAST_CONTACT, ids[1])
    window = _window(qtbot, context)
    with qtbot.waitSignal(window.first_page_painted):
        window.show()
        # the first page is listed and the last contact current, without the database
        assert window.contacts.model.rowCount() == 3
        assert window.contacts.current_id() == ids[1]
        assert not context.core_open and window._card is None
    with qtbot.waitSignal(window.started_up):
        pass
    assert openings == [clock]  # once, with the app's clock
    assert window.card.contact_id() == ids[1]
    assert window.card.title_label.text() == "Person 001"
    assert window.journal.isVisible()
    assert window.contacts.filter_box.count() > len(filter_labels()) + 1  # the tag filters
    assert window.status_due.text() == "Nothing due"


def test_a_last_contact_past_the_first_page_is_selected_once_the_list_is_read(
    qtbot: QtBot, core: Core, opened_later: StartLater
) -> None:
    ids = _add(core, PAGE_SIZE + 5)
    context, _openings = opened_later()
    context.settings.set(s.LAST_CONTACT, ids[-1])
    window = _window(qtbot, context)
    window.show()
    assert window.contacts.model.partial
    assert window.contacts.current_id() is None  # not on the page: nothing selected yet
    with qtbot.waitSignal(window.started_up):
        pass
    assert window.contacts.current_id() == ids[-1]
    assert window.card.contact_id() == ids[-1]
    assert window.contacts.model.rowCount() == PAGE_SIZE + 5
    assert not window.contacts.model.partial


def test_a_hidden_window_finishes_starting_without_a_paint(
    qtbot: QtBot, core: Core, opened_later: StartLater
) -> None:
    ids = _add(core, 2)
    context, openings = opened_later()
    window = _window(qtbot, context)
    with qtbot.waitSignal(window.started_up):
        window.load()
    assert len(openings) == 1
    assert window.card.contact_id() == ids[0]  # the first contact, as before


def test_a_database_that_cannot_open_after_the_paint_is_reported(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, clock: FixedClock
) -> None:
    _add(core, 2)
    core.close()

    def refuse(_clock: Clock) -> Core:
        raise StoreError("netdesk.sqlite3 is locked by another program")

    context = AppContext.starting(Paths(tmp_data_dir), tmp_data_dir / "x.log", refuse, clock)
    window = _window(qtbot, context)
    with (
        qtbot.assertNotEmitted(window.started_up, wait=100),
        qtbot.waitSignal(window.core_failed) as failed,
    ):
        window.show()
    assert isinstance(failed.args[0], StoreError)
    assert window._card is None  # nothing went on to use the database


def test_a_list_longer_than_the_first_page_is_painted_before_the_database_opens(
    qtbot: QtBot, core: Core, opened_later: StartLater
) -> None:
    """Selecting the first row at start reads the selection's ids from the first page: they
    were read from the whole list, which opened the database (and imported peewee) before the
    first paint, on every start without a last contact to go back to."""
    ids = _add(core, PAGE_SIZE + 5)
    context, openings = opened_later()
    window = _window(qtbot, context)
    with qtbot.waitSignal(window.first_page_painted):
        window.show()
        assert window.contacts.current_id() == ids[0]
        assert window.contacts.selected_ids() == [ids[0]]
        assert not context.core_open
    with qtbot.waitSignal(window.started_up):
        pass
    assert len(openings) == 1
    assert window.contacts.model.rowCount() == PAGE_SIZE + 5


def test_the_rest_of_the_list_is_read_off_the_gui_thread_after_start(
    qtbot: QtBot, core: Core, opened_later: StartLater
) -> None:
    """After the first paint the start-up read every id on the GUI thread (~75 ms for 100,000
    contacts, while the user may already be typing); the list's worker reads them now."""
    ids = _add(core, PAGE_SIZE + 5)
    context, _openings = opened_later()
    window = _window(qtbot, context)
    partial_when_started: list[bool] = []
    window.started_up.connect(lambda: partial_when_started.append(window.contacts.model.partial))
    with qtbot.waitSignal(window.started_up):
        window.show()
    assert partial_when_started == [True]
    qtbot.waitUntil(lambda: not window.contacts.model.partial)
    assert window.contacts.model.ids() == ids


def test_a_tall_window_paints_its_first_page_before_the_database_opens(
    qtbot: QtBot, core: Core, opened_later: StartLater
) -> None:
    """Rows are read for painting a screenful (SUMMARY_PAGE) at a time, but the first page
    holds PAGE_SIZE of them: a window showing more than one screenful (a portrait or 4K
    screen) opened the database on the first paint to read the rows past the first 32."""
    _add(core, PAGE_SIZE + 5)
    context, _openings = opened_later()
    window = _window(qtbot, context)
    rows = window.contacts.view.verticalHeader().defaultSectionSize()  # follows the font
    window.resize(1000, rows * (SUMMARY_PAGE + 12) + 400)
    painted_open: list[bool] = []
    window.first_page_painted.connect(lambda: painted_open.append(context.core_open))
    with qtbot.waitSignal(window.first_page_painted):
        window.show()
    view = window.contacts.view
    assert view.viewport().height() // view.rowHeight(0) > SUMMARY_PAGE  # rows painted
    assert painted_open == [False]
    with qtbot.waitSignal(window.started_up):
        pass
