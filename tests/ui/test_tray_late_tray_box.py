"""A tray that comes up after netdesk: the "No system tray" box said at start-up goes with it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_tray import FakeWindow, context, window  # noqa: F401  (fixtures)

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.tray import ReminderTray


def _open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_the_no_tray_box_closes_when_a_tray_comes_up(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811
    window: FakeWindow,  # noqa: F811
) -> None:
    """At login the panel came up seconds after netdesk: the box went on saying "closing the
    window quits netdesk" beside the new tray icon, though closing now hid it to the tray."""
    window.show()
    tray = ReminderTray(context, window)
    tray.available = False
    tray_up = False
    tray.tray_available = lambda: tray_up
    tray.start()
    try:
        [box] = _open_boxes()
        assert box.windowTitle() == "No system tray"
        tray_up = True
        tray.tray_watch.timeout.emit()
        assert tray.available
        qtbot.waitUntil(lambda: not _open_boxes())
        assert context.settings.get(s.NO_TRAY_EXPLAINED)  # told once: not again at each login
    finally:
        tray.stop()
        QApplication.setQuitOnLastWindowClosed(True)


def test_a_box_the_user_closed_is_left_alone(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811
    window: FakeWindow,  # noqa: F811
) -> None:
    window.show()
    tray = ReminderTray(context, window)
    tray.available = False
    tray_up = False
    tray.tray_available = lambda: tray_up
    tray.start()
    try:
        [box] = _open_boxes()
        with qtbot.waitSignal(box.destroyed):
            box.button(QMessageBox.StandardButton.Ok).click()
        tray_up = True
        tray.tray_watch.timeout.emit()  # nothing left to close: no error
        assert tray.available and not _open_boxes()
    finally:
        tray.stop()
        QApplication.setQuitOnLastWindowClosed(True)
