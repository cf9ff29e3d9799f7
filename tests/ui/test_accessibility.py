"""Every control of netdesk's dialogs has a name a screen reader can say.

A field is named by its accessibleName or by the label it is the buddy of (QFormLayout's
"&Date:" rows); a button by its text or its accessibleName. The main window's pages are walked
in test_main_window.py.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext

FIELDS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def nameless_controls(root: QWidget) -> list[str]:
    """The visible controls under ``root`` a screen reader could only call "edit", "list"..."""
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.accessibleName() or id(widget) in labelled:
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a table's corner button)
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QLineEdit)) or isinstance(
            widget, QHeaderView
        ):
            continue  # Qt's parts: a box's own line edit, a clear button, a table's header
        if isinstance(widget, QAbstractButton):
            if widget.text().replace("&", "").strip(" .…⋯"):
                continue
        elif not isinstance(widget, FIELDS):
            continue
        found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_the_export_dialog(qtbot: QtBot, app_context: AppContext) -> None:
    from netdesk.ui.export_dialog import ExportDialog

    ana = app_context.core.contacts.create(Contact(given_name="Ana", tags=["investor"]))
    dialog = ExportDialog(app_context, [ana])
    qtbot.addWidget(dialog)
    assert nameless_controls(dialog) == []


def test_the_log_interaction_dialog(qtbot: QtBot, app_context: AppContext) -> None:
    from netdesk.ui.log_dialog import LogInteractionDialog

    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = LogInteractionDialog(app_context, [ana])
    qtbot.addWidget(dialog)
    assert nameless_controls(dialog) == []


def test_the_follow_up_dialog(qtbot: QtBot) -> None:
    from netdesk.ui.follow_up_actions import FollowUpDialog

    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9), with_note=True)
    qtbot.addWidget(dialog)
    assert nameless_controls(dialog) == []


def test_the_preferences(qtbot: QtBot, app_context: AppContext) -> None:
    from netdesk.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(app_context)
    qtbot.addWidget(dialog)
    assert nameless_controls(dialog) == []


def test_the_csv_mapping_dialog(qtbot: QtBot) -> None:
    from netdesk.ui.csv_mapping import CsvMappingDialog

    dialog = CsvMappingDialog("odd.csv", ["Person", "Mail"], {"Person": "full_name"}, ["Dana"])
    qtbot.addWidget(dialog)
    assert nameless_controls(dialog) == []
