"""Contact files joined end to end (``cat a.vcf b.vcf > all.vcf``), each with its own BOM."""

from __future__ import annotations

from pathlib import Path

from netdesk.core import Core
from netdesk.core.importing import plan_import

BOM = b"\xef\xbb\xbf"


def card(name: bytes) -> bytes:
    return b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + b"\r\nEND:VCARD\r\n"


def names(core: Core, path: Path) -> list[str]:
    plan = plan_import(core, [str(path)])
    assert plan.problems == []
    return [planned.contact.display_name for planned in plan.cards]


def test_every_card_of_utf8_files_joined_with_their_boms(core: Core, tmp_path: Path) -> None:
    """The BOM of the second file hid its BEGIN:VCARD: its cards were left out without a word."""
    joined = tmp_path / "all.vcf"
    joined.write_bytes(BOM + card(b"Ana") + BOM + card(b"Ben") + BOM + card(b"Zo\xc3\xab"))
    assert names(core, joined) == ["Ana", "Ben", "Zoë"]


def test_every_card_of_utf16_files_joined_with_their_boms(core: Core, tmp_path: Path) -> None:
    joined = tmp_path / "all.vcf"
    joined.write_bytes(b"".join(card(n).decode().encode("utf-16") for n in (b"Ana", b"Ben")))
    assert names(core, joined) == ["Ana", "Ben"]


def test_csv_rows_keep_no_bom_of_a_joined_file(core: Core, tmp_path: Path) -> None:
    """A BOM at a row's start was kept in its first cell: a name with an invisible character
    that the search and the duplicate finder did not match."""
    joined = tmp_path / "all.csv"
    header = b"First Name,Last Name,E-mail Address\r\n"
    joined.write_bytes(BOM + header + b"Ana,Smith,ana@x.org\r\n" + BOM + b"Ben,Jones,ben@x.org\r\n")
    plan = plan_import(core, [str(joined)])
    assert [card.contact.given_name for card in plan.cards] == ["Ana", "Ben"]


def test_files_without_a_last_line_break_joined_end_to_end(core: Core, tmp_path: Path) -> None:
    """A file ending in END:VCARD without a line break, joined to the next: 'END:VCARDBEGIN:
    VCARD' on one line hid both markers, and the second card's lines were read as extras of
    the first (its FN kept as an unmodelled line) without a word."""
    joined = tmp_path / "all.vcf"
    joined.write_bytes(
        card(b"Ana")[:-2] + card(b"Ben")[:-2] + BOM + card(b"Cleo")[:-2] + b"\r\n" + card(b"Dan")
    )
    plan = plan_import(core, [str(joined)])
    assert plan.problems == []
    assert [(c.contact.display_name, c.line, c.contact.raw_properties) for c in plan.cards] == [
        ("Ana", 1, []),
        ("Ben", 4, []),  # on the line Ana's card ends on
        ("Cleo", 7, []),
        ("Dan", 11, []),
    ]
