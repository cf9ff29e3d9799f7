"""With no system tray, the "No system tray" note waits its turn: held while start-up may
still ask about a damaged database, and while another box is open; not said at all when
the window is not on screen by then. It opened over the damaged database's question."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_tray import FakeWindow, context, window  # noqa: F401  (fixtures)

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.damaged_database import tell_damaged
from netdesk.ui.tray import ReminderTray


def _open_boxes() -> list[str]:
    return [
        w.windowTitle()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.fixture
def tray(context: AppContext, window: FakeWindow) -> Iterator[ReminderTray]:  # noqa: F811
    made = ReminderTray(context, window)
    made.available = False
    made.tray_available = lambda: False
    yield made
    made.stop()
    QApplication.setQuitOnLastWindowClosed(True)
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


def test_held_it_is_told_once_released(
    qtbot: QtBot,
    tray: ReminderTray,
    window: FakeWindow,  # noqa: F811
    context: AppContext,  # noqa: F811
) -> None:
    window.show()
    tray.hold_no_tray_note()
    tray.start()
    assert _open_boxes() == []
    assert not context.settings.get(s.NO_TRAY_EXPLAINED)
    tray.release_no_tray_note("")
    assert _open_boxes() == ["No system tray"]
    assert context.settings.get(s.NO_TRAY_EXPLAINED)


def test_the_damaged_databases_question_comes_first(
    qtbot: QtBot,
    tray: ReminderTray,
    window: FakeWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    """As start-up does it: the day's backup finds damage, its question opens, and the note
    held for it comes only once that is answered."""
    window.show()
    tray.hold_no_tray_note()
    tray.start()
    box = tell_damaged(window, "x is damaged", tmp_path / "netdesk.log", lambda: None)
    tray.release_no_tray_note("x is damaged")
    assert _open_boxes() == ["netdesk found damage in its database"]
    qtbot.wait(3 * tray.no_tray_later.interval())
    assert _open_boxes() == ["netdesk found damage in its database"]  # still alone
    box.reject()
    qtbot.waitUntil(lambda: _open_boxes() == ["No system tray"])


def test_an_open_error_box_is_answered_before_the_note_or_the_damage(
    qtbot: QtBot,
    tray: ReminderTray,
    window: FakeWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A read that met the damage told it in the error box (exec, waited for) while the
    day's backup found it too: its box and the note opened over the error box."""
    window.show()
    tray.hold_no_tray_note()
    tray.start()
    seen: list[list[str]] = []
    error = QMessageBox(
        QMessageBox.Icon.Critical, "netdesk: the database is damaged", "x", parent=window
    )

    def meanwhile() -> None:
        tell_damaged(window, "x is damaged", tmp_path / "netdesk.log", lambda: None)
        tray.release_no_tray_note("x is damaged")
        seen.append(_open_boxes())
        QTimer.singleShot(200, lambda: seen.append(_open_boxes()))
        QTimer.singleShot(300, error.reject)

    QTimer.singleShot(0, meanwhile)
    error.exec()
    assert seen == [["netdesk: the database is damaged"]] * 2
    qtbot.waitUntil(lambda: _open_boxes() == ["netdesk found damage in its database"])
    damage = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "damageFound")
    damage.reject()  # Later
    qtbot.waitUntil(lambda: _open_boxes() == ["No system tray"])


def test_not_told_when_the_window_is_not_on_screen(
    qtbot: QtBot,
    tray: ReminderTray,
    window: FakeWindow,  # noqa: F811
    context: AppContext,  # noqa: F811
) -> None:
    window.show()
    tray.hold_no_tray_note()
    tray.start()
    window.hide()  # closed meanwhile (quitting, with no tray to hide in)
    tray.release_no_tray_note("")
    assert _open_boxes() == []
    assert not context.settings.get(s.NO_TRAY_EXPLAINED)  # told at a later start
