"""Log interaction opened with nobody chosen asks for the people, not for "someone else"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.log_dialog import LogInteractionDialog
from tests.ui.log_dialog_setup import OFFSCREEN, open_dialog

pytestmark = OFFSCREEN


def _people_label(dialog: LogInteractionDialog) -> str:
    return next(
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is dialog.people.picker.edit
    )


def test_with_nobody_chosen_the_people_row_is_not_about_others(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """From the toolbar with nobody selected (the Journal or Today view, a new database) it
    said "With: (choose below)", and below "Also there: Add someone else who was there…",
    others than nobody."""
    nobody = open_dialog(qtbot, app_context, [])
    assert nobody.who.text() == "(choose below)"
    assert _people_label(nobody) == "&People"
    assert nobody.people.picker.edit.placeholderText() == "Type a name…"
    assert nobody.people.picker.accessibleName() == "People"
    assert nobody.people.chosen.accessibleName() == "People"

    ana = person("Ana", "García")
    with_ana = open_dialog(qtbot, app_context, [ana])  # as before: the others who were there
    assert _people_label(with_ana) == "&Also there"
    assert with_ana.people.picker.edit.placeholderText() == "Add someone else who was there…"
