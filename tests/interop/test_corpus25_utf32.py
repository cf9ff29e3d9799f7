"""UTF-32 with its BOM (what Python, .NET or a text editor may save a file as) is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.importing import plan_import

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nEMAIL:zoe@x.org\r\nEND:VCARD\r\n"
ROWS = "First Name,Last Name,E-mail Address\r\n太郎,山田,taro@x.org\r\n"


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize(("name", "text"), [("cards.vcf", CARD), ("people.csv", ROWS)])
def test_a_utf32_file_with_its_bom_is_read(
    core: Core, tmp_path: Path, codec: str, name: str, text: str
) -> None:
    """It was refused as 'not a contact file (binary data)'."""
    path = tmp_path / name
    bom = {"utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}.get(codec, b"")
    path.write_bytes(bom + text.encode(codec))
    plan = plan_import(core, [str(path)])
    assert plan.problems == []
    assert [card.contact.display_name for card in plan.cards] == (
        ["Zoë Müller"] if name == "cards.vcf" else ["山田太郎"]
    )
