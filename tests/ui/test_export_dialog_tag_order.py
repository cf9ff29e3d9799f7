"""The export dialog lists tags in the order every list of tags shows them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_tags_by_name_case_and_accents_aside(qtbot: QtBot, app_context: AppContext) -> None:
    core = app_context.core
    for given, tag in (("Ana", "zeta"), ("Ben", "Émigré"), ("Cara", "ávila"), ("Dan", "Beta")):
        core.contacts.create(Contact(given_name=given, tags=[tag]))
    expected = ["ávila", "Beta", "Émigré", "zeta"]  # as the list's tag filter has them
    dialog = ExportDialog(app_context, [], tag="zeta")
    qtbot.addWidget(dialog)
    shown = [dialog.tag.itemText(i) for i in range(dialog.tag.count())]
    assert shown == expected
    assert dialog.tag.currentText() == "zeta"  # the tag the list shows is still offered first
    assert dialog.by_tag.isChecked()
