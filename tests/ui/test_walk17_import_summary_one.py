"""The import's summary speaks of one new contact as one: "1 new contact" was followed by
"The new contacts are in “Imported today”… all at once", as if others had come with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _card(name: str) -> str:
    email = name.split()[0].lower() + "@example.org"
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\nEND:VCARD\r\n"


def _summary(qtbot: QtBot, app_context: AppContext, path: Path) -> tuple[str, str]:
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
    said = (box.text(), box.informativeText())
    box.close()
    return said


def test_one_new_contact_is_spoken_of_as_one(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "one.vcf"
    path.write_text(_card("Ana Nueva"), encoding="utf-8")
    text, more = _summary(qtbot, app_context, path)
    assert text.startswith("1 new contact,")
    assert more.startswith("The new contact is in “Imported today”")
    assert "all at once" not in more


def test_several_new_contacts_are_spoken_of_as_several(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "two.vcf"
    path.write_text(_card("Ana Nueva") + _card("Ben Stone"), encoding="utf-8")
    text, more = _summary(qtbot, app_context, path)
    assert text.startswith("2 new contacts,")
    assert more.startswith("The new contacts are in “Imported today”")
    assert more.endswith("all at once.")
