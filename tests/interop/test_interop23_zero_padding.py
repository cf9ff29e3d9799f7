"""A contact file that ends in zero bytes, as a save or a copy interrupted by a crash leaves
it on many file systems, is read without them, with a warning at the line they begin on: the
whole file was refused as "not a contact file (binary data)"."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from netdesk.interop.csvfile import read_contacts_file
from netdesk.interop.problems import ImportFileError

_CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Müller\r\nEMAIL:j@example.org\r\nEND:VCARD\r\n"
_CSV = "First Name,Last Name,E-mail Address\r\nJürgen,Müller,j@example.org\r\nAna,Gil,a@x.org\r\n"


def _warned(count: int, line: int) -> tuple[int, str, str]:
    return (
        line,
        "warning",
        f"the file ends in {count} zero bytes, as a save or a copy that was interrupted leaves "
        "it: read without them; check that its last contacts are complete",
    )


@pytest.mark.parametrize(
    ("name", "data", "zeros", "names", "line"),
    [
        ("cards.vcf", (_CARD * 2).encode(), 4096, ["Jürgen Müller"] * 2, 11),
        ("contacts.csv", _CSV.encode(), 7, ["Jürgen", "Ana"], 4),
        ("contacts.txt", _CSV.encode("cp1252"), 300, ["Jürgen", "Ana"], 4),  # told as a table
        ("cards.vcf", codecs.BOM_UTF16_LE + _CARD.encode("utf-16-le"), 512, ["Jürgen Müller"], 6),
        ("cards.vcf", _CARD.encode("utf-16-be"), 64, ["Jürgen Müller"], 6),  # no BOM
        ("contacts.csv", codecs.BOM_UTF16_LE + _CSV.encode("utf-16-le"), 8, ["Jürgen", "Ana"], 4),
    ],
)
def test_a_file_ending_in_zero_bytes_is_read_without_them(
    tmp_path: Path, name: str, data: bytes, zeros: int, names: list[str], line: int
) -> None:
    path = tmp_path / name
    path.write_bytes(data + b"\x00" * zeros)
    result = read_contacts_file(path)
    read = [c.contact.given_name or c.contact.formatted_name for c in result.cards]
    assert read == names
    assert [(p.line, p.severity, p.reason) for p in result.problems][-1:] == [_warned(zeros, line)]


def test_a_card_the_zeros_cut_off_is_said_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(_CARD.encode() + _CARD.encode()[:60] + b"\x00" * 2048)
    result = read_contacts_file(path)
    assert len(result.cards) == 2
    said = [(p.line, p.reason.split(";")[0].split(",")[0]) for p in result.problems]
    assert said[0] == (6, "card has no END:VCARD (file cut short?)")
    assert said[-1] == (9, "the file ends in 2048 zero bytes")


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 100,  # nothing but zeros
        b"First Name,Last\x00 Name\nAna,Gil\n\x00\x00",  # a zero inside the text: binary
    ],
)
def test_zeros_that_are_not_an_ending_still_refuse_the_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError):
        read_contacts_file(path)


def test_a_utf16_file_ending_as_utf16_does_is_not_said_padded(tmp_path: Path) -> None:
    # its last "\n" is 0A 00: no zero byte of padding
    path = tmp_path / "contacts.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + _CSV.encode("utf-16-le"))
    result = read_contacts_file(path)
    assert [c.contact.given_name for c in result.cards] == ["Jürgen", "Ana"]
    assert result.problems == []
