"""Fixtures for the main window tests: a real AppContext over a temporary database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from lock_holder import LockHolder
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.i18n import install_translators


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """As in the app: the English plural catalogue ("1 follow-up", "2 follow-ups") is loaded."""
    installed = install_translators(qapp, QLocale("en_US"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _no_list_read_left() -> Iterator[None]:
    """A window's list reads the rest of its ids on a worker: none is left running on the
    test's database (deleted after it) when the test ends, as none is when the app quits."""
    yield
    from netdesk.ui import list_reader

    list_reader.stop_all()


@pytest.fixture
def app_context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "logs" / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def main_window(qtbot: QtBot, app_context: AppContext):  # type: ignore[no-untyped-def]
    from netdesk.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.load()
    return window


@pytest.fixture
def active_main_window(main_window, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """The main window shown, active (keys reach its shortcuts) and past its first paint (the
    card follows the list). A test that fails with the card's edits unsaved does not hang on
    the box asking about them at the close: they are dropped."""
    original = main_window.closeEvent

    def close_without_asking(event) -> None:  # type: ignore[no-untyped-def]
        if main_window._card_dirty():
            main_window.card.revert()
        original(event)

    main_window.closeEvent = close_without_asking
    main_window.resize(1300, 900)
    with qtbot.waitExposed(main_window):
        main_window.show()
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window._after_first_paint()  # as the app's first paint does
    return main_window


def add(core: Core, given: str, family: str = "", **fields: object) -> int:
    return core.contacts.create(Contact(given_name=given, family_name=family, **fields))  # type: ignore[arg-type]


@pytest.fixture
def person(core: Core):  # type: ignore[no-untyped-def]
    """``person("Ana", "García", tags=[...])`` stores a contact and returns its id."""
    return lambda given, family="", **fields: add(core, given, family, **fields)


class WriteLock(LockHolder):
    """Another program holding the database's write lock until ``release()``; this process
    is made to give up waiting after 50 ms (the app waits seconds; the outcome is the same)."""

    def __init__(self, database: Path) -> None:
        from netdesk.store.models import db

        db.execute_sql("PRAGMA busy_timeout = 50")
        super().__init__(database)


@pytest.fixture
def write_lock(app_context: AppContext) -> Iterator[Callable[[], WriteLock]]:
    """``write_lock()`` locks the app's database from another process; released at the end."""
    locks: list[WriteLock] = []

    def lock() -> WriteLock:
        locks.append(WriteLock(app_context.core.store.path))
        return locks[-1]

    yield lock
    for held in locks:
        held.release()


@pytest.fixture
def holder(app_context: AppContext) -> Iterator[list[LockHolder]]:
    """The other programs a test starts holding the database (``LockHolder``), released at its
    end whatever happened."""
    held: list[LockHolder] = []
    yield held
    for one in held:
        one.release()


@pytest.fixture
def open_menu(qtbot: QtBot) -> Iterator[Callable[[QToolButton], QMenu]]:
    """Open a tool button's menu as a click does (its actions may be made only then), without
    the click's blocking exec(); menus left open are closed at the end."""
    opened: list[QMenu] = []

    def open_it(button: QToolButton) -> QMenu:
        menu = button.menu()
        assert menu is not None
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        opened.append(menu)
        return menu

    yield open_it
    for menu in opened:
        if shiboken6.isValid(menu):  # a refresh may have deleted its row since
            menu.close()
