"""Undeclared Windows-1252 CSVs whose accents stand among typographic marks (“ ” – € «»)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdesk.cli import main
from netdesk.interop.csvfile import read_csv_file

HEADER = "First Name,Last Name,Company,E-mail Address,Notes"


@pytest.mark.parametrize(
    "names",
    [
        # read as Mac Roman: 'HÈlËne', 'LefËvre', 'ñ ìChez nousî'
        ["Hélène", "Lefèvre", "Café «Crème»", "naïve – “Chez nous” €5"],
        ["José", "Núñez", "Peña – Hijos", "“Pepe” de la Peña"],
        ["Françoise", "D’Arcy", "Société Générale", "ça va – très bien"],
        # read as Cyrillic: 'Jьrgen', 'WeiЯ', 'Bдckerei SьЯ'
        ["Jürgen", "Weiß", "Bäckerei Süß", "€ 5 – „Zitat“"],
        ["Søren", "Ørsted", "Åse & Co – €", "“Ærø”"],
    ],
)
def test_a_windows_csv_with_accents_and_quotes_keeps_its_accents(
    tmp_path: Path, names: list[str]
) -> None:
    row = ",".join([*names[:3], "someone@example.org", f'"{names[3]}"'])
    path = tmp_path / "contacts.csv"
    path.write_bytes("\r\n".join([HEADER, row, ""]).encode("cp1252"))
    contact = read_csv_file(path).cards[0].contact
    assert [contact.given_name, contact.family_name, contact.organization, contact.notes] == names


def test_a_mac_roman_csv_is_still_read_as_mac_roman(tmp_path: Path) -> None:
    names = ["Jürgen", "Müller-Lüdenscheidt", "Café Größe", "Hélène, élève"]
    row = ",".join([*names[:3], "someone@example.org", f'"{names[3]}"'])
    path = tmp_path / "contacts.csv"
    path.write_bytes("\r".join([HEADER, row, ""]).encode("mac_roman"))
    contact = read_csv_file(path).cards[0].contact
    assert [contact.given_name, contact.family_name, contact.organization, contact.notes] == names


def test_netdesk_cli_imports_a_windows_csv_with_its_accents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.csv"
    row = 'Zoë,Brontë,Café «Crème»,zoe@example.org,"naïve – “quoted” €5"'
    path.write_bytes("\r\n".join([HEADER, row, ""]).encode("cp1252"))
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "--json", "show", "1"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [shown["given_name"], shown["family_name"], shown["organization"]] == [
        "Zoë",
        "Brontë",
        "Café «Crème»",
    ]
    assert shown["notes"] == "naïve – “quoted” €5"
