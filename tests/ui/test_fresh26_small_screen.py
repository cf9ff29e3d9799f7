"""On a screen smaller than the window's usual minimum (1400x900 at QT_SCALE_FACTOR=2 is
700x450), the window fits it: held at 760x480 it ran off the screen, the card's right side
and the status bar out of reach."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.widgets import FRAME_ALLOWANCE

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _window(qtbot: QtBot, app_context: AppContext) -> MainWindow:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.load()
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_window_fits_a_screen_smaller_than_its_usual_minimum(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 700, 450))
    window = _window(qtbot, app_context)
    assert window.minimumWidth() <= 700 and window.minimumHeight() <= 450
    assert window.width() <= 700 and window.height() <= 450


def test_a_screen_with_room_keeps_the_usual_minimum(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    window = _window(qtbot, app_context)
    assert window.minimumSize() == QSize(760, 480)
    window.resize(300, 200)
    assert (window.width(), window.height()) == (760, 480)


def test_a_size_saved_on_a_larger_screen_is_brought_within_a_smaller_one(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same data folder opened at 200% after a run at 100%: the saved 760x480 was
    restored as it was, beyond the screen's edges."""
    first = _window(qtbot, app_context)
    first.setGeometry(30, 40, 760, 480)
    first.save_state()
    first.hide()
    free = QRect(0, 0, 700, 450)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: free)
    window = _window(qtbot, app_context)
    assert window.width() <= 700 and window.height() <= 450
    # not put back 40 px down, its bottom cut off (the offscreen frame of 2 px aside)
    frame = window.geometry().top() - window.frameGeometry().top()
    assert window.geometry().bottom() <= free.bottom() + frame
    assert window.geometry().right() <= free.right() + frame


def test_the_window_leaves_room_for_its_title_bar_on_a_small_screen(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sized to the whole free area, a window manager's title bar (Qt sizes the inside of
    the frame) pushed the status bar below the screen's edge. (review26)"""
    first = _window(qtbot, app_context)
    first.setGeometry(30, 40, 760, 480)
    first.save_state()
    first.hide()
    free = QRect(0, 0, 700, 450)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: free)
    window = _window(qtbot, app_context)
    assert window.height() <= free.height() - FRAME_ALLOWANCE.height()
    assert window.width() <= free.width() - FRAME_ALLOWANCE.width()
    assert window.minimumHeight() <= free.height() - FRAME_ALLOWANCE.height()
