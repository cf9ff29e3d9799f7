"""File > Export…, Edit > Preferences… and Log interaction… leave nothing behind once
closed: the window (their parent) kept every one until netdesk quit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.export_dialog import ExportDialog
from netdesk.ui.log_dialog import LogInteractionDialog
from netdesk.ui.preferences import PreferencesDialog


@pytest.mark.parametrize(
    ("action", "kind"),
    [
        ("export_action", ExportDialog),
        ("preferences_action", PreferencesDialog),
        ("log_action", LogInteractionDialog),
    ],
)
def test_a_closed_dialog_is_released(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    app_context: AppContext,
    action: str,
    kind: type[QDialog],
) -> None:
    app_context.core.contacts.create(Contact(given_name="Ana"))
    app_context.changes.contacts_changed.emit(None)
    closed: list[QDialog] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            closed.append(dialog)
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(5)
    try:
        for opened in (1, 2):
            getattr(main_window, action).trigger()  # returns once closed
            assert len(closed) == opened
            qtbot.waitUntil(lambda: not main_window.findChildren(kind))
    finally:
        timer.stop()
