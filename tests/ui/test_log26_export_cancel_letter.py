"""The Export dialog's Alt+C cancels, from its choices, on any desktop: the platform's
Cancel has an Alt+letter only under KDE's and GNOME's Qt themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_alt_c_cancels_the_export(qtbot: QtBot, app_context: AppContext) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = ExportDialog(app_context, [ana])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.format.setFocus()
    with qtbot.waitSignal(dialog.finished, timeout=1000) as finished:
        QTest.keyClick(dialog.format, "C", Qt.KeyboardModifier.AltModifier)
    assert finished.args == [QDialog.DialogCode.Rejected]
    assert dialog.written is None
