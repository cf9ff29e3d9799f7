"""The system tray going away while netdesk runs (its panel quit or crashed): closing the
window quits netdesk instead of hiding it into a tray that is no longer there, and a window
hidden in it comes back; a tray that comes up again is lived in as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.tray import ReminderTray


class Panel:
    """Whether the system tray is there, as QSystemTrayIcon.isSystemTrayAvailable says."""

    def __init__(self) -> None:
        self.up = True

    def __call__(self) -> bool:
        return self.up


@pytest.fixture
def panel() -> Panel:
    return Panel()


@pytest.fixture
def closed(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each time the window's close went on to quitting netdesk (not app.quit in a test)."""
    ended: list[bool] = []
    monkeypatch.setattr(main_window, "_finish", lambda: ended.append(True))
    return ended


@pytest.fixture
def tray(
    main_window: MainWindow, app_context: AppContext, panel: Panel, person: Callable[..., int]
) -> Iterator[ReminderTray]:
    ana = person("Ana")
    now = app_context.core.clock.now()
    app_context.core.follow_ups.add(ana, now - dt.timedelta(days=1), "Send the proposal")
    app_context.settings.set(s.CLOSE_TO_TRAY_EXPLAINED, True)  # the news told already
    made = ReminderTray(app_context, main_window)
    made.available = True
    made.tray_available = panel
    made.start()
    yield made
    made.stop()
    QApplication.setQuitOnLastWindowClosed(True)


def test_closing_quits_once_the_tray_is_gone_and_hides_again_once_it_is_back(
    qtbot: QtBot, main_window: MainWindow, tray: ReminderTray, panel: Panel, closed: list[bool]
) -> None:
    main_window.show()
    assert not main_window.close()  # into the tray
    assert not main_window.isVisible() and closed == []
    main_window.show()
    panel.up = False  # the panel quits; the window is closed before the next look at it
    assert main_window.close()
    assert closed == [True], "hidden into a tray that is not there: netdesk ran on unseen"
    assert not tray.available and QApplication.quitOnLastWindowClosed()
    assert main_window.windowTitle() == "netdesk — 1 due"  # where the icon said it
    main_window.show()
    panel.up = True  # the panel is back
    tray.tray_watch.timeout.emit()
    assert tray.available and main_window.windowTitle() == "netdesk"
    assert not QApplication.quitOnLastWindowClosed()
    assert not main_window.close()
    assert not main_window.isVisible() and closed == [True]


def test_a_window_hidden_in_the_tray_comes_back_when_the_tray_goes(
    qtbot: QtBot, main_window: MainWindow, tray: ReminderTray, panel: Panel, closed: list[bool]
) -> None:
    main_window.show()
    assert not main_window.close()
    assert not main_window.isVisible()
    assert tray.tray_watch.isActive()  # the tray is looked at while netdesk lives in it
    panel.up = False
    tray.tray_watch.timeout.emit()
    assert not main_window.isVisible()  # a panel restarting is gone for a moment
    tray.tray_watch.timeout.emit()  # still gone at the next look
    assert main_window.isVisible(), "nothing left to bring the window back"
    assert main_window.windowTitle() == "netdesk — 1 due"
    assert closed == []


def test_a_panel_gone_for_one_look_leaves_the_hidden_window_hidden(
    qtbot: QtBot, main_window: MainWindow, tray: ReminderTray, panel: Panel, closed: list[bool]
) -> None:
    """A panel restarted (xfce4-panel -r, a theme change) caught by one look brought the
    window up from the tray, where the user had put it."""
    main_window.show()
    assert not main_window.close()
    panel.up = False
    tray.tray_watch.timeout.emit()
    panel.up = True  # back by the next look
    tray.tray_watch.timeout.emit()
    assert not main_window.isVisible() and tray.available
    assert not QApplication.quitOnLastWindowClosed()
    panel.up = False  # gone again: a single look again
    tray.tray_watch.timeout.emit()
    assert not main_window.isVisible()
