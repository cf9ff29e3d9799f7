"""A journal made for one database reads nothing once another is open: CI saw the journal
search's 120 ms timer, left running by a test, fire in the next one and read that test's new
database through the one shared connection ("no such table: interaction")."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.journal import JournalService
from netdesk.core.paths import Paths
from netdesk.store.models import db
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import INTERACTION_ROLE, JournalModel, JournalView

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def listed(model: JournalModel) -> list[str]:
    return [model.index(r).data(INTERACTION_ROLE).summary for r in range(model.rowCount())]


@pytest.fixture
def pages_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The database file each journal page was read from (through the shared connection)."""
    files: list[str] = []
    real_page = JournalService.page

    def page(self: JournalService, **kwargs: object) -> object:
        files.append(str(db.database))
        return real_page(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JournalService, "page", page)
    return files


@pytest.fixture
def next_database(tmp_path: Path, core: Core, clock: FixedClock) -> Iterator[Callable[[], Core]]:
    """``next_database()`` closes the test's database and opens another (as the next test
    does), holding an entry with the test's own summary and Ana as contact 1."""
    opened: list[Core] = []

    def open_next() -> Core:
        core.close()
        folder = tmp_path / "next"
        folder.mkdir()
        other = Core.open(Paths(folder), clock)
        opened.append(other)
        return other

    yield open_next
    for other in opened:
        other.close()


def _other(core: Core) -> int:
    from netdesk.core.types import Contact

    ana = core.contacts.create(Contact(given_name="Ana"))
    core.journal.log([ana], "call", "The other database's offer", at=D(2026, 2, 1, 9))
    return ana


def test_a_search_timer_firing_after_the_database_was_replaced_reads_nothing(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    pages_read: list[str],
    next_database: Callable[[], Core],
) -> None:
    ana = person("Ana")
    app_context.core.journal.log([ana], "call", "Talked about the offer", at=D(2026, 1, 1, 9))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: listed(view.model) == ["Talked about the offer"])
    view.text.setText("offer")  # the search, in 120 ms
    assert view._timer.isActive()
    other = next_database()
    _other(other)
    pages_read.clear()
    qtbot.waitUntil(lambda: not view._timer.isActive())  # it fired
    QThreadPool.globalInstance().waitForDone(60_000)
    QCoreApplication.sendPostedEvents()
    assert pages_read == []  # the other database was not read
    assert "The other database's offer" not in listed(view.model)
    assert not view.model.scanning and not view.model.reading()
    assert not view.model.canFetchMore(view.model.index(0).parent())


def test_a_slice_that_comes_back_after_the_database_was_replaced_is_dropped(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    next_database: Callable[[], Core],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing more is read for it either: neither its next slice on the worker nor the
    names its rows show, on the window's thread."""
    ana = person("Ana")
    for day in range(1, 4):
        app_context.core.journal.log([ana], "call", f"Call {day}", at=D(2026, 1, day, 9))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    begun, go_on = threading.Event(), threading.Event()
    real_page = JournalService.page
    files: list[str] = []

    def held_page(self: JournalService, **kwargs: object) -> object:
        files.append(str(db.database))
        begun.set()
        go_on.wait(30)
        return real_page(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JournalService, "page", held_page)
    view.show()
    assert begun.wait(30)
    assert view.model.reading()
    other = next_database()
    _other(other)
    names_read: list[object] = []
    real_names = type(other.contacts).names
    monkeypatch.setattr(
        type(other.contacts),
        "names",
        lambda self, ids: names_read.append(ids) or real_names(self, ids),
    )
    go_on.set()
    QThreadPool.globalInstance().waitForDone(60_000)
    QCoreApplication.sendPostedEvents()
    assert len(files) == 1  # the slice on its way, no next one
    assert listed(view.model) == [] and names_read == []
    assert not view.model.scanning and not view.model.reading()


def test_a_contacts_journal_changed_after_the_database_was_replaced_reads_nothing(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    next_database: Callable[[], Core],
) -> None:
    ana = person("Ana")
    app_context.core.journal.log([ana], "call", "Talked about the offer", at=D(2026, 1, 1, 9))
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.set_contact(ana)
    assert listed(view.model) == ["Talked about the offer"]
    other = next_database()
    assert _other(other) == ana  # the same id, in the other file
    app_context.changes.journal_changed.emit(None)  # a change said late, to the old view
    assert "The other database's offer" not in listed(view.model)
