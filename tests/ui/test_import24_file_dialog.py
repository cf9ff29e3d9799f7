"""File > Import's file dialog: the contact files it offers."""

from __future__ import annotations

from fnmatch import fnmatchcase
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_import_dialog_offers_contact_files_named_in_capitals(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """GTK's dialog matches a filter's patterns case and all: "*.vcf" hid PHONE.VCF."""
    offered: list[list[str]] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        offered.append(widget.nameFilters())
        widget.reject()

    answers = ModalAnswers("Cancel", look)
    controller = ImportController(app_context, None)
    try:
        controller.choose_and_import()
    finally:
        answers.stop()
    assert offered, "no file dialog was shown"
    contact_files = offered[0][0]
    globs = contact_files[contact_files.index("(") + 1 : contact_files.rindex(")")].split()

    def shown(name: str) -> bool:  # as GTK matches: case and all
        return any(fnmatchcase(name, glob) for glob in globs)

    for name in ("PHONE.VCF", "contacts.vcf", "OUTLOOK.CSV", "sheet.tsv", "ANA.VCARD"):
        assert shown(name), f"{name} is hidden by {contact_files!r}"
    assert not shown("PHOTO.PNG")
    assert offered[0][-1].endswith("(*)")  # All files, as it was
    assert not controller.busy  # cancelled: nothing imported
