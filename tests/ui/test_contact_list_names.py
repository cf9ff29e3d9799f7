"""The contact list shows names in the order they are written and finds them as typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.importing import import_files
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext


def test_a_phones_cards_are_listed_as_written_and_found_as_typed(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    card = tmp_path / "phone.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nFN:山田太郎\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nagy;Péter;;;\r\nFN:Nagy Péter\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:O'Brien;Conan;;;\r\nFN:Conan O'Brien\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:佐藤花子\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert import_files(app_context.core, [str(card)]).new == 4
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()

    def listed() -> list[str]:
        return [panel.model.index(r).data() for r in range(panel.model.rowCount())]

    assert listed() == ["Conan O'Brien", "Nagy Péter", "佐藤花子", "山田太郎"]
    for typed, found in (("obrien", "Conan O'Brien"), ("花子", "佐藤花子"), ("nagy", "Nagy Péter")):
        panel.search.clear()
        panel.search.setFocus()
        if typed.isascii():
            QTest.keyClicks(panel.search, typed)
        else:  # QTest types no key outside Latin-1 (it aborts)
            panel.search.insert(typed)
        qtbot.waitUntil(lambda found=found: listed() == [found])
