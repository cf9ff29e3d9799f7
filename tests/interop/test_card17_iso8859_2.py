"""Undeclared ISO 8859-2 CSVs whose Polish letters cp1250 also reads as letters (other ones)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.interop.csvfile import read_csv_file

HEADER = "First Name,Last Name,Company,E-mail Address,Notes"


def _read(tmp_path: Path, names: list[str], charset: str) -> list[str]:
    row = ",".join([*names[:3], "someone@example.org", f'"{names[3]}"'])
    path = tmp_path / "contacts.csv"
    path.write_bytes("\r\n".join([HEADER, row, ""]).encode(charset))
    contact = read_csv_file(path).cards[0].contact
    return [contact.given_name, contact.family_name, contact.organization, contact.notes]


@pytest.mark.parametrize(
    "names",
    [
        # 0xBC is ISO 8859-2's "ź" and cp1250's "Ľ": it came as 'ŁódĽ'
        ["Jan", "Kowalski", "Łódź", "Kraków"],
        ["Paweł", "Gdańsk", "Łódź & Żółć", "się, być, koń"],
        ["Łukasz", "Wójcik", "Biuro Łódź", "ul. Piotrkowska 1, Łódź"],
    ],
)
def test_a_polish_iso8859_2_csv_keeps_its_z_acute(tmp_path: Path, names: list[str]) -> None:
    assert _read(tmp_path, names, "iso8859_2") == names


@pytest.mark.parametrize(
    "names",
    [
        ["Paweł", "Gdańsk", "Łódź & Żółć", "się, być, koń"],
        ["Ľubomír", "Šťastný", "Ľudová banka", "ľad, žaba"],  # Slovak: cp1250's 0xBC is "Ľ"
        ["Jiří", "Dvořák", "Přemysl & Černý", "Jindřichův Hradec, město"],
    ],
)
def test_the_same_names_in_cp1250_are_still_read_as_cp1250(
    tmp_path: Path, names: list[str]
) -> None:
    assert _read(tmp_path, names, "cp1250") == names


@pytest.mark.parametrize(
    "names",
    [
        # 0xB9 is ISO 8859-2's "š" and cp1250's "ą": it came as 'Tomáą', 'Přílią'
        ["Tomáš", "Kateřina", "Ostrava", "Lukáš z Brna"],
        ["Mikuláš", "Novák", "Přílišná s.r.o.", "Jiří Dvořák"],
    ],
)
def test_a_czech_or_slovak_iso8859_2_csv_keeps_its_s_caron(
    tmp_path: Path, names: list[str]
) -> None:
    assert _read(tmp_path, names, "iso8859_2") == names
