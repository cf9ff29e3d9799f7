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
