"""Undeclared ISO 8859-2 CSVs whose accents are 'Ť' and 'ť' (bytes cp1252 reads as « »)."""

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
        # read as cp1250: '»ava', 'robi»', 'chu»'
        ["Ťava", "Rozsiať", "Robiť a dať", "chuť, ťava"],
        ["Matúš", "Šťastný", "Ťažké stroje", "robiť, dať, chuť"],
    ],
)
def test_a_slovak_iso8859_2_csv_keeps_its_t_caron(tmp_path: Path, names: list[str]) -> None:
    assert _read(tmp_path, names, "iso8859_2") == names


@pytest.mark.parametrize(
    "names",
    [
        ["Jean", "Dupont", "Café «Crème»", "dit «Jeannot»"],
        ["Jürgen", "Müller", "Bäckerei »Süß«", "Straße"],
        # one alone, as no 'ť' stands: 'Hélčne', 'Accueil ť Contacts'
        ["Hélène", "Lefèvre", "Accueil » Contacts", "Crème brûlée"],
    ],
)
def test_guillemets_alone_are_still_read_as_cp1252(tmp_path: Path, names: list[str]) -> None:
    assert _read(tmp_path, names, "cp1252") == names
