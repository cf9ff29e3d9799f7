"""One stray byte of another charset (latin-1 "é") in an otherwise UTF-8 file: a small file
was read whole in a legacy charset ('José' as 'JosĂŠ', every value of it) without a word,
where a big one was read as UTF-8. Now a small one is read as UTF-8 too, the stray byte in
a legacy charset, and the value or line holding it is said."""

from __future__ import annotations

from pathlib import Path

from netdesk.interop.csvfile import read_contacts_file
from netdesk.interop.encoding import mostly_utf8, utf8_with_stray

SMALL_VCARD = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\n"
    b"FN:Jos\xc3\xa9 M\xc3\xbcller\r\n"  # 3
    b"NOTE:caf\xe9 con le\xc3\xb1a\r\n"  # 4: UTF-8 "ñ" and a latin-1 "é"
    b"END:VCARD\r\n"
)


def test_a_small_vcard_with_a_stray_byte_is_read_as_utf8_and_the_value_said(
    tmp_path: Path,
) -> None:
    path = tmp_path / "small.vcf"
    path.write_bytes(SMALL_VCARD)
    result = read_contacts_file(path)
    contact = result.cards[0].contact
    assert (contact.formatted_name, contact.notes) == ("José Müller", "café con leña")
    assert [(p.line, p.severity, p.reason.partition(":")[0]) for p in result.problems] == [
        (4, "warning", "NOTE")
    ]
    assert "not UTF-8" in result.problems[0].reason


def test_a_small_csv_with_a_stray_byte_is_read_as_utf8_and_the_line_said(tmp_path: Path) -> None:
    path = tmp_path / "small.csv"
    path.write_bytes(
        b"First Name,Last Name,Notes\r\nJos\xc3\xa9,M\xc3\xbcller,caf\xe9\r\nAna,Pe\xc3\xb1a,x\r\n"
    )
    result = read_contacts_file(path)
    jose, ana = (card.contact for card in result.cards)
    assert (jose.given_name, jose.family_name, jose.notes) == ("José", "Müller", "café")
    assert ana.family_name == "Peña"
    assert [(p.line, p.severity) for p in result.problems] == [(2, "warning")]
    assert "not UTF-8" in result.problems[0].reason


def test_a_big_file_says_the_stray_byte_too(tmp_path: Path) -> None:
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos\xc3\xa9 %d\r\nNOTE:%s\r\nEND:VCARD\r\n"
    cards = [card % (n, b"Caf\xc3\xa9") for n in range(300)]
    cards[150] = card % (150, b"Caf\xe9")
    path = tmp_path / "big.vcf"
    path.write_bytes(b"".join(cards))
    result = read_contacts_file(path)
    assert result.cards[150].contact.notes == "Café"
    said = [(p.line, p.reason.partition(":")[0]) for p in result.problems]
    assert said == [(150 * 5 + 4, "NOTE")]


def test_a_legacy_file_is_no_utf8_with_stray_bytes() -> None:
    assert not mostly_utf8("Ján Novák, Łódź, Müller".encode("cp1250"))
    assert not mostly_utf8("Дід Панас, Київ".encode("cp1251"))
    assert mostly_utf8(b"Jos\xc3\xa9 M\xc3\xbcller caf\xe9")
    assert utf8_with_stray(b"Jos\xc3\xa9 caf\xe9", "cp1252") == "José café"
