"""A file dropped by mistake is named for what it is: a picture, a PDF, a packed export."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from netdesk.interop.csvfile import read_contacts_file
from netdesk.interop.problems import ImportFileError


def _picture(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, kind)
    return out.getvalue()


def _office(*parts: tuple[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts:
            archive.writestr(name, text)
    return out.getvalue()


XLSX = _office(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"))
ODS = _office(
    ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<c/>")
)
DOCX = _office(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"))
SHEET = "not a contact file but a spreadsheet: save it as CSV and import that"


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("Takeout/Contacts/All Contacts/All Contacts.vcf", "BEGIN:VCARD\r\n")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.vcf", _picture("JPEG"), "not a contact file but a picture (JPEG)"),
        ("contacts.csv", _picture("PNG"), "not a contact file but a picture (PNG)"),
        ("scan.vcf", _picture("WEBP"), "not a contact file but a picture (WebP)"),
        ("people", _picture("GIF"), "not a contact file but a picture (GIF)"),
        (
            "takeout.vcf",
            _zip(),
            "not a contact file but a ZIP archive: unpack it and import the files inside",
        ),
        ("contacts.xlsx", XLSX, SHEET),  # an office file is a ZIP archive too (second review)
        ("contacts.ods", ODS, SHEET),
        ("contacts.docx", DOCX, "not a contact file but a document"),
        (
            "card.vcf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01\x02",
            "not a contact file but a PDF document",
        ),
        ("noise.vcf", bytes(range(256)) * 4, "not a contact file (binary data)"),
    ],
)
def test_a_binary_file_is_named_for_what_it_is(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    """A JPEG saved as .vcf, or Google Takeout's .zip dropped whole, was 'not a contact file
    (binary data)', which left the user guessing what was wrong with it."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as raised:
        read_contacts_file(path)
    assert raised.value.reason == reason
