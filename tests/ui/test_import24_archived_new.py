"""The import's summary does not send new contacts that come archived to "Imported today":
the list leaves archived contacts out, and netdesk's own export says which are (300 new
contacts were said to be there; 291 were listed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from netdesk.core.listing import ListFilter
from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _card(name: str, *, archived: bool = False) -> str:
    email = name.split()[0].lower() + "@example.org"
    flag = "X-NETDESK-ARCHIVED:1\r\n" if archived else ""
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\n{flag}END:VCARD\r\n"


def _imported(qtbot: QtBot, app_context: AppContext, path: Path) -> QMessageBox:
    controller = ImportController(app_context, None)
    controller.start([str(path)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None
    qtbot.addWidget(preview)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        preview.import_button.click()
    box = controller.summary_box
    assert box is not None
    qtbot.addWidget(box)
    return box


def _buttons(box: QMessageBox) -> list[str]:
    return [button.text() for button in box.findChildren(QPushButton)]


def test_new_contacts_archived_in_the_file_are_said_to_be_under_archived(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "netdesk-export.vcf"
    path.write_text(
        _card("Ana Nueva") + _card("Ben Old", archived=True) + _card("Cy Old", archived=True),
        encoding="utf-8",
    )
    box = _imported(qtbot, app_context, path)
    contacts = app_context.core.contacts
    assert contacts.count(ListFilter.IMPORTED_TODAY) == 1  # what Show imported contacts lists
    assert box.text().startswith("3 new contacts,")
    first, archived = box.informativeText().split("\n")
    assert first.startswith("The new contact is in “Imported today”")  # the one listed there
    assert archived.startswith("2 new contact")
    assert archived.endswith(
        "archived, as the file says: under “Archived”, not in “Imported today”."
    )
    assert "&Show imported contacts" in _buttons(box)
    box.close()


def test_when_every_new_contact_comes_archived_none_is_said_to_be_in_imported_today(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "archive.vcf"
    path.write_text(_card("Ben Old", archived=True) + _card("Cy Old", archived=True))
    box = _imported(qtbot, app_context, path)
    assert app_context.core.contacts.count(ListFilter.IMPORTED_TODAY) == 0
    assert box.text().startswith("2 new contacts,")
    assert "Imported today”:" not in box.informativeText()
    assert "under “Archived”" in box.informativeText()
    # an empty "Imported today" was all that button showed
    assert "&Show imported contacts" not in _buttons(box)
    box.close()
