"""Started in the tray at login (``--minimized``) before the panel: the window waits hidden
for the tray a moment, and the "while closed" message waits for the icon to show by; with
no tray after all, the window comes up and the lack of one is said."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.tray import TRAY_LOOK_MS, TRAY_WAIT_LOOK_MS, ReminderTray


class Panel:
    """Whether the system tray is there, as QSystemTrayIcon.isSystemTrayAvailable says."""

    def __init__(self) -> None:
        self.up = False  # the login's panel not up yet

    def __call__(self) -> bool:
        return self.up


@pytest.fixture
def panel() -> Panel:
    return Panel()


@pytest.fixture
def messages() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def told_no_tray() -> list[bool]:
    return []


@pytest.fixture
def tray(
    main_window: MainWindow,
    app_context: AppContext,
    panel: Panel,
    person: Callable[..., int],
    messages: list[tuple[str, str]],
    told_no_tray: list[bool],
) -> Iterator[ReminderTray]:
    app_context.settings.set(s.QUIET_HOURS_START, "00:00")  # none: the test's hour is any
    app_context.settings.set(s.QUIET_HOURS_END, "00:00")
    app_context.settings.set(s.CLOSE_TO_TRAY_EXPLAINED, True)  # its box would wait for a click
    now = app_context.core.clock.now()
    for name in ("Ana", "Bob", "Cleo"):  # fell due while netdesk was closed (logged out)
        app_context.core.follow_ups.add(person(name), now - dt.timedelta(days=1), "Call back")
    made = ReminderTray(app_context, main_window)
    made.available = False
    made.tray_available = panel
    made.post_message = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]

    def tell(_parent: QWidget | None) -> None:
        told_no_tray.append(True)

    made.tell_no_tray = tell
    yield made
    made.stop()
    QApplication.setQuitOnLastWindowClosed(True)


def test_a_panel_up_after_netdesk_gets_it_hidden_and_the_while_closed_message(
    main_window: MainWindow,
    tray: ReminderTray,
    panel: Panel,
    messages: list[tuple[str, str]],
    told_no_tray: list[bool],
) -> None:
    tray.start()  # netdesk --minimized: no window shown
    assert not main_window.isVisible()
    assert messages == [], "said with no tray to show it by: the message was lost"
    assert told_no_tray == [], "a panel a second late is no lack of a tray"
    assert tray.tray_watch.interval() == TRAY_WAIT_LOOK_MS  # looked for often meanwhile
    panel.up = True  # the panel comes up a few seconds after netdesk
    tray.tray_watch.timeout.emit()
    assert tray.available
    assert not main_window.isVisible(), "the window of a start in the tray stayed on screen"
    assert messages == [("3 follow-ups became due while netdesk was closed", "Ana, Bob, Cleo")]
    assert not tray.tray_wait.isActive() and tray.tray_watch.interval() == TRAY_LOOK_MS
    assert told_no_tray == []


def test_without_a_tray_after_all_the_window_comes_up_and_says_so(
    main_window: MainWindow,
    tray: ReminderTray,
    messages: list[tuple[str, str]],
    told_no_tray: list[bool],
) -> None:
    tray.start()
    assert not main_window.isVisible() and messages == []
    tray.tray_wait.timeout.emit()  # no tray came up
    assert main_window.isVisible(), "netdesk ran on with no window and no icon"
    assert told_no_tray == [True]
    assert [title for title, _text in messages] == [
        "3 follow-ups became due while netdesk was closed"
    ]
    assert tray.tray_watch.interval() == TRAY_LOOK_MS
    assert QApplication.quitOnLastWindowClosed(), "closing the window must quit, not hide"


def test_a_start_with_the_window_on_screen_says_at_once_there_is_no_tray(
    main_window: MainWindow,
    tray: ReminderTray,
    messages: list[tuple[str, str]],
    told_no_tray: list[bool],
) -> None:
    main_window.show()  # the usual start: the window is up before the tray starts
    tray.start()
    assert told_no_tray == [True]
    assert not tray.tray_wait.isActive()
    assert [title for title, _text in messages] == [
        "3 follow-ups became due while netdesk was closed"
    ]


def test_a_window_opened_during_the_wait_is_left_as_the_user_left_it(
    main_window: MainWindow, tray: ReminderTray, told_no_tray: list[bool]
) -> None:
    """A second start during the wait brought the window up, and the user minimized it:
    the end of the wait brought it back to the front."""
    tray.start()
    main_window.show()  # netdesk started again: the running one shows its window
    main_window.showMinimized()
    tray.tray_wait.timeout.emit()  # no tray came up
    assert main_window.isMinimized(), "the end of the wait pulled the window back up"
    assert told_no_tray == [True]


def test_a_backup_failed_during_the_wait_is_said_once_the_tray_is_up(
    main_window: MainWindow, tray: ReminderTray, panel: Panel, messages: list[tuple[str, str]]
) -> None:
    """The daily backup failed (a full drive) as netdesk started at login: said with no tray
    to show it by, and in the hidden window's status bar, it was never seen."""
    tray.start()
    tray.backup_failed("No space left on device")
    assert messages == [], "said with no tray to show it by: it was lost"
    panel.up = True
    tray.tray_watch.timeout.emit()
    assert [title for title, _text in messages] == [
        "3 follow-ups became due while netdesk was closed"  # given its time on screen first
    ]
    assert tray.backup_message_later.isActive()
    tray.message_up.stop()  # the reminders' message has had its time
    tray.backup_message_later.timeout.emit()
    assert messages[1:] == [("The daily backup failed", "No space left on device")]


def test_a_backup_failed_during_the_wait_is_said_in_the_window_without_a_tray(
    main_window: MainWindow, tray: ReminderTray
) -> None:
    tray.start()
    tray.backup_failed("No space left on device")
    main_window.statusBar().clearMessage()  # gone (15 s) before the window came up
    tray.tray_wait.timeout.emit()  # no tray came up
    assert main_window.isVisible()
    assert "No space left on device" in main_window.statusBar().currentMessage()
