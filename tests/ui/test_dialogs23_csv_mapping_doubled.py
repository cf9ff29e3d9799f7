"""The column question says when two columns are chosen for a field that holds one value."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from netdesk.interop.csvfile import read_csv_file
from netdesk.ui.csv_mapping import CsvMappingDialog

HEADERS = ["Vorname", "Nachname", "Mail", "Mail 2"]


def _dialog(qtbot: QtBot) -> CsvMappingDialog:
    mapping = {"Vorname": "given_name", "Nachname": "family_name", "Mail": "email",
               "Mail 2": "email"}  # fmt: skip
    dialog = CsvMappingDialog("people.csv", HEADERS, mapping, ["Hans", "Müller", "h@x.de", ""])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_two_columns_chosen_as_first_name_are_said(qtbot: QtBot, tmp_path: Path) -> None:
    """A slip of the arrow keys made "Nachname" a first name too: every last name of the
    file was dropped (the reader keeps one first name), and nothing said so."""
    dialog = _dialog(qtbot)
    assert dialog.doubled.isHidden()  # two e-mail columns: both are kept
    dialog.set_field("Nachname", "given_name")
    assert dialog.doubled.isVisible()
    said = dialog.doubled.text()
    assert "“Vorname”" in said and "“Nachname”" in said and "First name" in said
    assert "only one of them is kept" in said
    assert dialog.continue_button.isEnabled()  # said, not refused

    # what it says is so: the file read with these columns keeps one of the two names
    path = tmp_path / "people.csv"
    path.write_text("Vorname,Nachname,Mail,Mail 2\nHans,Müller,h@x.de,\n", encoding="utf-8")
    read = read_csv_file(path, mapping=dialog.mapping())
    contact = read.cards[0].contact
    assert "Müller" not in (contact.given_name, contact.family_name)

    dialog.set_field("Nachname", "family_name")
    assert dialog.doubled.isHidden()
